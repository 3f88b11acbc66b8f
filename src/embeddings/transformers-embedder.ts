import { BatchQueue } from "./batch-queue";
import { BaseEmbedder, type EmbedderStatus } from "./embedder";
import { embeddingModelKey, type ResolvedEmbedderOptions } from "./embedder-options";
import { EmbeddingDimensionMismatchError, EmbeddingsDisabledError } from "./embeddings-errors";
import type { EmbeddingsLogger } from "./embeddings-logger";
import { encodeBatch } from "./encode-batch";
import { poolEmbeddings } from "./pool-embeddings";
import type { ModelHandle } from "./shared-model";

const CLOSED_REASON = "嵌入模型已关闭 (embedder closed)";

/** Embeds through a loaded transformers.js feature-extraction model, batching concurrent callers. */
export class TransformersEmbedder extends BaseEmbedder {
  readonly modelKey: string;
  /** Effective token limit: the configured maxTokens capped by what the model supports. */
  readonly maxTokens: number;
  private readonly queue: BatchQueue<string, Float32Array>;
  private closed = false;

  constructor(
    private readonly options: ResolvedEmbedderOptions,
    private readonly handle: ModelHandle,
    private readonly logger: EmbeddingsLogger,
  ) {
    super();
    this.modelKey = embeddingModelKey(options);
    this.maxTokens = Math.min(options.maxTokens ?? Number.POSITIVE_INFINITY, handle.model.maxTokens);
    this.queue = new BatchQueue({
      run: (texts) => this.embedBatch(texts),
      batchSize: options.batchSize,
      maxQueueLength: options.maxQueueLength,
    });
  }

  queryText(text: string): string {
    return this.options.queryPrefix + text;
  }

  async embedTexts(texts: readonly string[]): Promise<Float32Array[]> {
    if (this.closed) throw new EmbeddingsDisabledError(CLOSED_REASON);
    if (texts.length === 0) return [];
    return this.queue.pushAll(texts);
  }

  status(): EmbedderStatus {
    const base = { modelId: this.options.modelId, dimensions: this.options.dimensions };
    return this.closed ? { ...base, enabled: false, reason: CLOSED_REASON } : { ...base, enabled: true };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue.close(new EmbeddingsDisabledError(CLOSED_REASON));
    await this.handle.release();
  }

  /** Runs one batch straight through the model; used by the queue and by the load-time probe. */
  async embedBatch(texts: readonly string[]): Promise<Float32Array[]> {
    const { model } = this.handle;
    const encoded = encodeBatch(model.tokenizer, texts, this.maxTokens);
    if (encoded.truncated.length > 0) {
      this.logger.debug?.(
        { modelId: this.options.modelId, maxTokens: this.maxTokens, truncated: encoded.truncated.length },
        "embedding texts truncated to the model's token limit",
      );
    }
    const dims = [encoded.batchSize, encoded.sequenceLength];
    const outputs = await model.run({
      input_ids: new model.Tensor("int64", encoded.inputIds, dims),
      attention_mask: new model.Tensor("int64", encoded.attentionMask, dims),
      token_type_ids: new model.Tensor("int64", encoded.tokenTypeIds, dims),
    });
    const hidden = outputs.last_hidden_state ?? outputs.token_embeddings;
    if (!hidden || hidden.dims.length !== 3) {
      throw new Error(`模型没有输出 last_hidden_state (model ${this.options.modelId} has no 3-d last_hidden_state output)`);
    }
    const width = hidden.dims[2];
    if (width !== this.options.dimensions) {
      throw new EmbeddingDimensionMismatchError(this.options.modelId, this.options.dimensions, width);
    }
    return poolEmbeddings(hidden.data, hidden.dims, encoded.attentionMask, this.options.pooling, this.options.normalize);
  }
}
