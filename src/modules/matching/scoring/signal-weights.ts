import { z } from "zod";
import { SIGNAL_KEYS, type SignalKey } from "../signals/signal-registry";

export type SignalWeights = Record<SignalKey, number>;

/**
 * Default weights (relative; only their ratios matter, the total is a weighted mean).
 *
 * Industry and chain fit lead because they are what a bureau means by "fits the project" and they are
 * available for most real records (codes inferred from 申万 labels and product lists). Text and semantic
 * relevance follow: strong, but they also reward companies that merely talk about the same things.
 * Capacity, expansion and track record refine the order; geography is a tie-breaker-plus, since the
 * bureau courts investors nationwide.
 */
export const DEFAULT_SIGNAL_WEIGHTS: Readonly<SignalWeights> = Object.freeze({
  industryFit: 3,
  industryChainFit: 2.5,
  textRelevance: 2,
  semanticSimilarity: 2,
  capacityFit: 1.5,
  expansionSignals: 1.5,
  geographyTies: 1,
  trackRecord: 1.5,
});

/**
 * Per-industry-group adjustments (merged over the defaults). Why each:
 * - 医药制造: GMP licences bind a company to its exact line (饮片 ≠ 中成药 ≠ 化学制剂), so the code matters more.
 * - 山地高效农业 / 特色食品加工: investors are mostly from the province and its neighbours (raw-material
 *   sourcing, logistics), and projects are small, so geography counts more and capacity less.
 * - 文化旅游: GB/T codes describe tourism operators poorly (景区, 酒店, 旅行社 sit in different sections) while
 *   project size matters a lot (resorts are capital-heavy), so industry fit counts less and capacity more.
 * - 山地农机设备: a narrow machinery niche; the chain position (整机 vs 配件 vs 经销) tells most.
 */
export const INDUSTRY_GROUP_WEIGHT_OVERRIDES: Readonly<Record<string, Partial<SignalWeights>>> = Object.freeze({
  医药制造: { industryFit: 3.5 },
  山地高效农业: { geographyTies: 2, capacityFit: 1 },
  特色食品加工: { geographyTies: 1.5, capacityFit: 1 },
  文化旅游: { industryFit: 2, capacityFit: 2.5, geographyTies: 1.5 },
  山地农机设备: { industryChainFit: 3 },
});

const weightValue = z.number({ error: "权重必须是数字" }).min(0, "权重不能小于 0").max(10, "权重不能大于 10");

/** Per-request (or per-group) weight overrides: any subset of signal keys, each 0..10. Unknown keys are rejected. */
export const signalWeightOverridesSchema = z
  .object({
    industryFit: weightValue.optional(),
    industryChainFit: weightValue.optional(),
    textRelevance: weightValue.optional(),
    semanticSimilarity: weightValue.optional(),
    capacityFit: weightValue.optional(),
    expansionSignals: weightValue.optional(),
    geographyTies: weightValue.optional(),
    trackRecord: weightValue.optional(),
  })
  .strict();

export type SignalWeightOverrides = z.infer<typeof signalWeightOverridesSchema>;

/** A full set of weights: every key 0..10 and at least one above zero (else no total can be computed). */
export const signalWeightsSchema = signalWeightOverridesSchema.required().refine(
  (w) => SIGNAL_KEYS.some((k) => (w[k] ?? 0) > 0),
  { message: "至少需要一个信号的权重大于 0" },
);

export interface ResolveSignalWeightsOptions {
  /** The project's industry group, for its overrides. */
  industryGroup?: string;
  /** Per-request overrides, validated here (throws a ZodError on a bad key or value). */
  overrides?: unknown;
  /** Defaults from config; DEFAULT_SIGNAL_WEIGHTS when absent. */
  defaults?: Readonly<SignalWeights>;
  /** Group overrides from config; INDUSTRY_GROUP_WEIGHT_OVERRIDES when absent. */
  groupOverrides?: Readonly<Record<string, Partial<SignalWeights>>>;
}

/** defaults ← group overrides ← request overrides, each validated; the result is frozen. */
export function resolveSignalWeights(options: ResolveSignalWeightsOptions = {}): Readonly<SignalWeights> {
  const defaults = signalWeightsSchema.parse(options.defaults ?? DEFAULT_SIGNAL_WEIGHTS);
  const groupTable = options.groupOverrides ?? INDUSTRY_GROUP_WEIGHT_OVERRIDES;
  const group = options.industryGroup !== undefined ? groupTable[options.industryGroup] : undefined;
  const groupWeights = group ? signalWeightOverridesSchema.parse(group) : {};
  const requestWeights = options.overrides === undefined || options.overrides === null ? {} : signalWeightOverridesSchema.parse(options.overrides);
  const merged = { ...defaults, ...dropUndefined(groupWeights), ...dropUndefined(requestWeights) };
  return Object.freeze(signalWeightsSchema.parse(merged) as SignalWeights);
}

function dropUndefined(weights: SignalWeightOverrides): Partial<SignalWeights> {
  return Object.fromEntries(Object.entries(weights).filter(([, v]) => v !== undefined)) as Partial<SignalWeights>;
}
