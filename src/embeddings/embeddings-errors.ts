/** Semantic search is off (model missing, misconfigured, closed); callers fall back to keyword-only. */
export class EmbeddingsDisabledError extends Error {
  readonly code = "EMBEDDINGS_DISABLED";

  constructor(readonly reason: string) {
    super(`语义检索未启用：${reason}`);
    this.name = "EmbeddingsDisabledError";
  }
}

/** The model produced vectors of another length than configured; never stored, never compared. */
export class EmbeddingDimensionMismatchError extends Error {
  readonly code = "EMBEDDING_DIMENSION_MISMATCH";

  constructor(
    readonly modelId: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(
      `模型 ${modelId} 输出 ${actual} 维向量，与配置的 ${expected} 维不一致，请检查 EMBEDDING_DIMENSIONS 或模型 ` +
        `(model ${modelId} outputs ${actual} dimensions but ${expected} are configured)`,
    );
    this.name = "EmbeddingDimensionMismatchError";
  }
}
