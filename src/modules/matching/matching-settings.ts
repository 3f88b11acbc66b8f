import type { Db } from "../../db";
import { badRequest } from "../../http/app-error";
import { z } from "../../http/zod-setup";
import { currentActor, recordAudit } from "../auth";
import { readSettings, writeSetting } from "../settings";
import { DEFAULT_CHAIN_MAP } from "./chain-map.data";
import { chainMapSchema, type ChainMap } from "./chain-map.types";
import {
  DEFAULT_SIGNAL_WEIGHTS,
  INDUSTRY_GROUP_WEIGHT_OVERRIDES,
  signalWeightOverridesSchema,
  signalWeightsSchema,
  type SignalWeights,
} from "./scoring/signal-weights";

const WEIGHTS_KEY = "matching.weights";
const CHAIN_MAP_KEY = "matching.chainMap";

export const matchingWeightsSchema = z
  .object({
    defaults: signalWeightsSchema,
    /** Per industry group: any subset of signal keys, merged over the defaults. */
    groups: z.record(z.string(), signalWeightOverridesSchema).default({}),
  })
  .strict();

/** `null` puts the built-in default back. */
export const updateMatchingSettingsBody = z
  .object({ weights: matchingWeightsSchema.nullable(), chainMap: chainMapSchema.nullable() })
  .partial()
  .strict()
  .refine((b) => b.weights !== undefined || b.chainMap !== undefined, { message: "请提供 weights 或 chainMap" });

export type UpdateMatchingSettings = z.infer<typeof updateMatchingSettingsBody>;

export interface MatchingSettingsSnapshot {
  weights: { defaults: Readonly<SignalWeights>; groups: Readonly<Record<string, Partial<SignalWeights>>> };
  chainMap: ChainMap;
  customized: { weights: boolean; chainMap: boolean };
  updated: { weights: { by: string; at: string } | null; chainMap: { by: string; at: string } | null };
}

const BUILT_IN = { defaults: DEFAULT_SIGNAL_WEIGHTS, groups: INDUSTRY_GROUP_WEIGHT_OVERRIDES };

/**
 * The scoring weights and the chain map in force: built-in defaults (code) unless an admin saved their own
 * (Setting table). Held in memory and replaced on every save through `update`, so scoring never waits on
 * the database; another process picks a change up when it starts.
 */
export class MatchingSettings {
  private constructor(
    private snapshot: MatchingSettingsSnapshot,
    private readonly listeners: ((s: MatchingSettingsSnapshot) => void)[] = [],
  ) {}

  static async load(db: Db): Promise<MatchingSettings> {
    return new MatchingSettings(await readSnapshot(db));
  }

  static builtIn(): MatchingSettings {
    return new MatchingSettings(snapshotOf(new Map()));
  }

  current(): MatchingSettingsSnapshot {
    return this.snapshot;
  }

  /** Called after each change (e.g. to rebuild the industry inferrer from a new chain map). */
  onChange(listener: (s: MatchingSettingsSnapshot) => void): void {
    this.listeners.push(listener);
  }

  async update(db: Db, patch: UpdateMatchingSettings): Promise<MatchingSettingsSnapshot> {
    const groups = new Set((await db.industryGroup.findMany({ select: { name: true } })).map((g) => g.name));
    const unknownWeightGroups = Object.keys(patch.weights?.groups ?? {}).filter((g) => !groups.has(g));
    if (unknownWeightGroups.length) throw badRequest(`权重中的产业链组不存在：${unknownWeightGroups.join("、")}`);
    const unknownChainGroups = (patch.chainMap?.groups ?? []).map((g) => g.name).filter((g) => !groups.has(g));
    if (unknownChainGroups.length) throw badRequest(`产业链图中的产业链组不存在：${unknownChainGroups.join("、")}`);
    const actor = currentActor();
    await db.$transaction(async (tx) => {
      const before = await readSettings(tx, [WEIGHTS_KEY, CHAIN_MAP_KEY]);
      if (patch.weights !== undefined) {
        await writeSetting(tx, WEIGHTS_KEY, patch.weights, actor.name);
        await recordAudit(tx, { action: patch.weights ? "update" : "reset", entityType: "Setting", entityId: WEIGHTS_KEY, before: { value: before.get(WEIGHTS_KEY)?.value ?? BUILT_IN }, after: { value: patch.weights ?? BUILT_IN } });
      }
      if (patch.chainMap !== undefined) {
        await writeSetting(tx, CHAIN_MAP_KEY, patch.chainMap, actor.name);
        await recordAudit(tx, { action: patch.chainMap ? "update" : "reset", entityType: "Setting", entityId: CHAIN_MAP_KEY, summary: { groups: (patch.chainMap ?? DEFAULT_CHAIN_MAP).groups.map((g) => `${g.name}: ${g.nodes.length} 节点 / ${g.edges.length} 边`) } });
      }
    });
    this.snapshot = await readSnapshot(db);
    for (const l of this.listeners) l(this.snapshot);
    return this.snapshot;
  }
}

async function readSnapshot(db: Db): Promise<MatchingSettingsSnapshot> {
  return snapshotOf(await readSettings(db, [WEIGHTS_KEY, CHAIN_MAP_KEY]));
}

function snapshotOf(stored: Awaited<ReturnType<typeof readSettings>>): MatchingSettingsSnapshot {
  const w = stored.get(WEIGHTS_KEY);
  const c = stored.get(CHAIN_MAP_KEY);
  // Stored values were validated on save; a value that no longer validates (older format) falls back to the default.
  const weights = w ? matchingWeightsSchema.safeParse(w.value) : null;
  const chain = c ? chainMapSchema.safeParse(c.value) : null;
  const stamp = (s: typeof w) => (s ? { by: s.updatedBy, at: s.updatedAt.toISOString() } : null);
  return {
    weights: weights?.success ? { defaults: Object.freeze(weights.data.defaults as SignalWeights), groups: weights.data.groups as Record<string, Partial<SignalWeights>> } : BUILT_IN,
    chainMap: chain?.success ? chain.data : DEFAULT_CHAIN_MAP,
    customized: { weights: !!weights?.success, chainMap: !!chain?.success },
    updated: { weights: stamp(w), chainMap: stamp(c) },
  };
}
