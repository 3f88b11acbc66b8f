/** Public surface of src/embeddings; other folders import from here only. */
export type { Embedder, EmbedderStatus } from "./embedder";
export {
  BGE_ZH_QUERY_PREFIX,
  DEFAULT_EMBEDDING_MODEL_ID,
  embeddingModelKey,
  resolveEmbedderOptions,
  type EmbedderOptions,
  type EmbeddingDtype,
  type EmbeddingPooling,
} from "./embedder-options";
export { createEmbedder, type CreateEmbedderDeps } from "./create-embedder";
export { EmbeddingDimensionMismatchError, EmbeddingsDisabledError } from "./embeddings-errors";
export type { EmbeddingsLogger } from "./embeddings-logger";
export { describeEmbedderStatus } from "./embedder-status-text";
export { buildEmbeddingText, type EmbeddingTextField } from "./build-embedding-text";
export { EmbeddingCache, embeddingTextHash } from "./cache";
export { CachedEmbedder, type EmbeddingCacheStats } from "./cached-embedder";
export { downloadModel, ModelDownloadError, type DownloadModelOptions, type DownloadedModel } from "./download-model";
export type { ModelLoadProgress } from "./shared-model";
