/** How the embedder is configured. The composition root maps config to this; nothing here reads process.env. */
export interface EmbedderOptions {
  /** false = keyword-only by configuration; the embedder comes up disabled with that reason. */
  enabled?: boolean;
  /** Hugging Face style id; files live at `<localModelPath>/<modelId>/`. */
  modelId?: string;
  pooling?: EmbeddingPooling;
  normalize?: boolean;
  /** Prepended to query texts only (bge retrieval instruction); documents are embedded as they are. */
  queryPrefix?: string;
  /** Expected vector length; a model that outputs anything else is refused rather than mixed into an index. */
  dimensions?: number;
  /** fp32 loads onnx/model.onnx, q8 loads onnx/model_quantized.onnx. */
  dtype?: EmbeddingDtype;
  /** Folder holding `<org>/<name>/{config.json,tokenizer.json,tokenizer_config.json,onnx/*.onnx}`. */
  localModelPath: string;
  /** Hugging Face compatible host, e.g. a mirror such as https://hf-mirror.com for users in China. */
  remoteHost?: string;
  /** Download missing files from remoteHost into localModelPath; off in production. */
  allowRemote?: boolean;
  /** Token limit per text (including [CLS]/[SEP]); capped by the model's own limit. */
  maxTokens?: number;
  /** Largest number of texts run through the model at once. */
  batchSize?: number;
  /** Texts waiting for the model; callers beyond this wait (backpressure) instead of growing memory. */
  maxQueueLength?: number;
  /** Give up loading (and run keyword-only) after this long, so a hung download cannot block startup. */
  loadTimeoutMs?: number;
}

export type EmbeddingPooling = "cls" | "mean";
export type EmbeddingDtype = "fp32" | "q8";

export type ResolvedEmbedderOptions = Required<Omit<EmbedderOptions, "remoteHost" | "maxTokens">> &
  Pick<EmbedderOptions, "remoteHost" | "maxTokens">;

export const DEFAULT_EMBEDDING_MODEL_ID = "Xenova/bge-small-zh-v1.5";
/** The instruction bge-*-zh-v1.5 was trained with for short queries against passages. */
export const BGE_ZH_QUERY_PREFIX = "为这个句子生成表示以用于检索相关文章：";

export function resolveEmbedderOptions(options: EmbedderOptions): ResolvedEmbedderOptions {
  return {
    enabled: options.enabled ?? true,
    modelId: options.modelId ?? DEFAULT_EMBEDDING_MODEL_ID,
    pooling: options.pooling ?? "cls",
    normalize: options.normalize ?? true,
    queryPrefix: options.queryPrefix ?? BGE_ZH_QUERY_PREFIX,
    dimensions: options.dimensions ?? 512,
    dtype: options.dtype ?? "fp32",
    localModelPath: options.localModelPath,
    remoteHost: options.remoteHost,
    allowRemote: options.allowRemote ?? false,
    maxTokens: options.maxTokens,
    batchSize: options.batchSize ?? 16,
    maxQueueLength: options.maxQueueLength ?? 256,
    loadTimeoutMs: options.loadTimeoutMs ?? 5 * 60_000,
  };
}

/** Problems with the options themselves, in the bilingual reason format; empty when valid. */
export function validateEmbedderOptions(options: ResolvedEmbedderOptions): string[] {
  const problems: string[] = [];
  const positiveInteger = (value: number | undefined) => value === undefined || (Number.isInteger(value) && value > 0);
  if (!options.localModelPath) problems.push("未配置本地模型目录 (localModelPath is empty)");
  if (!options.modelId) problems.push("未配置模型 ID (modelId is empty)");
  if (!positiveInteger(options.dimensions)) problems.push(`向量维度无效 (dimensions must be a positive integer, got ${options.dimensions})`);
  if (!positiveInteger(options.batchSize)) problems.push(`批大小无效 (batchSize must be a positive integer, got ${options.batchSize})`);
  if (!positiveInteger(options.maxQueueLength)) {
    problems.push(`队列长度无效 (maxQueueLength must be a positive integer, got ${options.maxQueueLength})`);
  }
  // [CLS] + at least one token + [SEP]
  if (options.maxTokens !== undefined && (!Number.isInteger(options.maxTokens) || options.maxTokens < 3)) {
    problems.push(`最大 token 数无效 (maxTokens must be an integer >= 3, got ${options.maxTokens})`);
  }
  return problems;
}

/**
 * Cache namespace for vectors: the model id plus every option that changes the numbers, so a switch of
 * model, dtype, pooling or token limit re-embeds instead of mixing vectors from different spaces.
 */
export function embeddingModelKey(options: ResolvedEmbedderOptions): string {
  const parts = [options.modelId, options.dtype, options.pooling, options.normalize ? "l2" : "raw", `d${options.dimensions}`];
  if (options.maxTokens !== undefined) parts.push(`t${options.maxTokens}`);
  return parts.join("|");
}
