import type { Config } from "../../config";
import type { Db, Tx } from "../../db";
import { recordAudit } from "../auth/audit";
import { readSettings, writeSetting } from "../settings";
import { ASSESSMENT_CATEGORIES, type AssessmentRules } from "./assessment-rules";
import { dayOfIso } from "./calendar";
import type { SettingsPatch } from "./schemas";

export type PipelineDefaults = Config["pipeline"];

/** The effective pipeline settings: config defaults, overridden per key by an admin. */
export interface PipelineSettings extends AssessmentRules {
  trackingGraceDays: number;
  /** First day of the first tracking period (config only: moving it would re-bucket stored reports). */
  trackingAnchor: string;
}

export const DEFAULT_VETO_CATEGORIES = ["环保要求", "安全生产"] as const;

type OverridableKey = keyof SettingsPatch;

function defaultsOf(d: PipelineDefaults): Record<OverridableKey, unknown> {
  return {
    minInvestmentPerMu: d.minInvestmentPerMu,
    minTaxPerMu: d.minTaxPerMu,
    minOutput: d.minOutput,
    minJobs: d.minJobs,
    vetoCategories: [...DEFAULT_VETO_CATEGORIES],
    requiredCategories: [...ASSESSMENT_CATEGORIES],
    trackingGraceDays: d.trackingGraceDays,
  };
}

/** Stored in the shared Setting table as "pipeline.<key>". */
const KEY_PREFIX = "pipeline.";

async function overridesOf(db: Db | Tx): Promise<Partial<Record<OverridableKey, unknown>>> {
  const keys = Object.keys(defaultsOf({} as PipelineDefaults)).map((k) => KEY_PREFIX + k);
  const stored = await readSettings(db, keys);
  return Object.fromEntries([...stored].map(([key, s]) => [key.slice(KEY_PREFIX.length), s.value]));
}

function effective(defaults: PipelineDefaults, overrides: Partial<Record<OverridableKey, unknown>>): PipelineSettings {
  const v = { ...defaultsOf(defaults), ...overrides } as Record<OverridableKey, never>;
  return {
    thresholds: { minInvestmentPerMu: v.minInvestmentPerMu, minTaxPerMu: v.minTaxPerMu, minOutput: v.minOutput, minJobs: v.minJobs },
    vetoCategories: v.vetoCategories,
    requiredCategories: v.requiredCategories,
    trackingGraceDays: v.trackingGraceDays,
    trackingAnchor: defaults.trackingAnchor,
  };
}

export async function loadPipelineSettings(db: Db | Tx, defaults: PipelineDefaults): Promise<PipelineSettings> {
  return effective(defaults, await overridesOf(db));
}

export function trackingAnchorDay(settings: PipelineSettings): number {
  return dayOfIso(settings.trackingAnchor);
}

export async function describePipelineSettings(db: Db, defaults: PipelineDefaults) {
  const overrides = await overridesOf(db);
  return { ...effective(defaults, overrides), defaults: defaultsOf(defaults), overrides };
}

/** Sets or (with null) resets the given keys; one audit row with the changed effective values. */
export async function updatePipelineSettings(db: Db, defaults: PipelineDefaults, patch: SettingsPatch, actorName: string) {
  await db.$transaction(async (tx) => {
    const before = await loadPipelineSettings(tx, defaults);
    for (const [key, value] of Object.entries(patch) as [OverridableKey, unknown][]) {
      if (value === undefined) continue;
      await writeSetting(tx, KEY_PREFIX + key, value, actorName);
    }
    const after = await loadPipelineSettings(tx, defaults);
    await recordAudit(tx, { action: "update", entityType: "Setting", entityId: "pipeline", before, after });
  });
  return describePipelineSettings(db, defaults);
}
