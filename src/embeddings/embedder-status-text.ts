import type { EmbedderStatus } from "./embedder";

/** The line /api/health and the UI show for semantic search. */
export function describeEmbedderStatus(status: EmbedderStatus): string {
  if (status.enabled) return `语义检索已启用（${status.modelId}，${status.dimensions} 维）`;
  return `语义检索未启用：${status.reason ?? "原因未知 (unknown reason)"}`;
}
