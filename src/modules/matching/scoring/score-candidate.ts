import { SIGNAL_DEFINITIONS } from "../signals/signal-registry";
import type { MatchContext, MatchEnterprise, MatchProject, SignalResult } from "../types";
import type { SignalWeights } from "./signal-weights";

/**
 * Coverage adjustment. Signals without data are left out of the mean, which alone would let a record with
 * one lucky signal (say text relevance 1.0 and nothing else known) top the list. So when the weight that had
 * data falls below COVERAGE_FLOOR of the total weight, the mean is shrunk toward a modest prior as if the
 * missing weight up to the floor had scored COVERAGE_PRIOR:
 *
 *   W = Σ weights (> 0),  Wd = Σ weights of signals with data,  m = Σ w·v / Wd,  coverage = Wd / W
 *   K = max(0, COVERAGE_FLOOR × W − Wd)
 *   final = min(m, (Wd·m + K·COVERAGE_PRIOR) / (Wd + K))
 *   total = round(100 × final, 1)
 *
 * Records with at least half the weight covered are untouched; the adjustment only ever lowers a score
 * (sparse data never helps), and it is mild: a record with 20% coverage and m = 1 ends at 0.58.
 */
export const COVERAGE_FLOOR = 0.5;
export const COVERAGE_PRIOR = 0.3;

export interface CandidateScore {
  /** 0..100, one decimal. */
  total: number;
  /** Every signal, in display order, including those with no data (value null). */
  signals: SignalResult[];
  /** Share of the total weight whose signals had data, 0..1. */
  coverage: number;
  /** Points taken off by the coverage adjustment (0 when coverage ≥ COVERAGE_FLOOR). */
  coveragePenalty: number;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** Total after the coverage adjustment, from the weighted mean m (0..1) and the covered/total weights. */
export function applyCoverageAdjustment(mean: number, coveredWeight: number, totalWeight: number): number {
  if (!(coveredWeight > 0) || !(totalWeight > 0)) return 0;
  const pseudo = Math.max(0, COVERAGE_FLOOR * totalWeight - coveredWeight);
  if (pseudo === 0) return mean;
  return Math.min(mean, (coveredWeight * mean + pseudo * COVERAGE_PRIOR) / (coveredWeight + pseudo));
}

/** Scores one project/enterprise pair on every signal; pure and deterministic for the same inputs. */
export function scoreCandidate(project: MatchProject, enterprise: MatchEnterprise, ctx: MatchContext, weights: Readonly<SignalWeights>): CandidateScore {
  const computed = SIGNAL_DEFINITIONS.map((definition) => {
    const weight = Math.max(0, weights[definition.key] ?? 0);
    const output = definition.compute(project, enterprise, ctx);
    return { definition, weight, output };
  });

  let totalWeight = 0;
  let coveredWeight = 0;
  let weightedSum = 0;
  for (const { weight, output } of computed) {
    totalWeight += weight;
    if (output.value !== null) {
      coveredWeight += weight;
      weightedSum += weight * output.value;
    }
  }
  const mean = coveredWeight > 0 ? weightedSum / coveredWeight : 0;
  const adjusted = applyCoverageAdjustment(mean, coveredWeight, totalWeight);

  const signals: SignalResult[] = computed.map(({ definition, weight, output }) => ({
    key: definition.key,
    label: definition.label,
    value: output.value,
    weight,
    contribution: output.value !== null && coveredWeight > 0 ? round1((100 * weight * output.value) / coveredWeight) : 0,
    reason: output.value === null ? `数据缺失：${output.reason}` : output.reason,
    fields: output.fields,
  }));
  return {
    total: round1(100 * adjusted),
    signals,
    coverage: totalWeight > 0 ? Math.round((coveredWeight / totalWeight) * 10_000) / 10_000 : 0,
    coveragePenalty: round1(100 * (mean - adjusted)),
  };
}
