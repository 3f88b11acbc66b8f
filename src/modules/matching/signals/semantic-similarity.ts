import type { MatchContext, MatchEnterprise, MatchProject } from "../types";
import { clamp01, noData, round4, type SignalOutput } from "./signal-output";

/**
 * bge-small-zh cosines are compressed: unrelated Chinese business texts still sit around 0.3-0.45, close
 * paraphrases reach 0.85-0.9. A raw cosine would give every pair a third of the weight for free, so the
 * useful band is stretched linearly onto [0,1]: cos ≤ FLOOR → 0, cos ≥ CEILING → 1.
 */
export const SEMANTIC_COSINE_FLOOR = 0.4;
export const SEMANTIC_COSINE_CEILING = 0.85;

/** Maps an embedding cosine (-1..1) to [0,1] over the band where bge cosines carry information. */
export function mapCosineToUnit(cosine: number): number {
  return clamp01((cosine - SEMANTIC_COSINE_FLOOR) / (SEMANTIC_COSINE_CEILING - SEMANTIC_COSINE_FLOOR));
}

export function semanticSimilarity(_project: MatchProject, _enterprise: MatchEnterprise, ctx: MatchContext): SignalOutput {
  const fields = ["ctx.semanticSimilarity"];
  const cosine = ctx.semanticSimilarity;
  if (cosine === undefined || cosine === null || !Number.isFinite(cosine)) {
    return noData("语义向量不可用（未启用向量模型或企业尚无向量）", fields);
  }
  const value = round4(mapCosineToUnit(cosine));
  const band = value >= 0.7 ? "高度相近" : value >= 0.4 ? "较为相近" : value > 0 ? "略有相近" : "不相近";
  return {
    value,
    reason: `项目与企业描述的语义相似度（向量余弦）${cosine.toFixed(3)}，${band}（${SEMANTIC_COSINE_FLOOR} 以下计 0，${SEMANTIC_COSINE_CEILING} 以上计满分）`,
    fields,
  };
}
