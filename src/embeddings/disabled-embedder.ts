import { BaseEmbedder, type EmbedderStatus } from "./embedder";
import { embeddingModelKey, type ResolvedEmbedderOptions } from "./embedder-options";
import { EmbeddingsDisabledError } from "./embeddings-errors";

/** Stands in when the model cannot load: the service stays up keyword-only and says why. */
export class DisabledEmbedder extends BaseEmbedder {
  readonly modelKey: string;

  constructor(
    private readonly options: ResolvedEmbedderOptions,
    readonly reason: string,
  ) {
    super();
    this.modelKey = embeddingModelKey(options);
  }

  queryText(text: string): string {
    return this.options.queryPrefix + text;
  }

  async embedTexts(): Promise<Float32Array[]> {
    throw new EmbeddingsDisabledError(this.reason);
  }

  status(): EmbedderStatus {
    return { enabled: false, modelId: this.options.modelId, dimensions: this.options.dimensions, reason: this.reason };
  }

  async close(): Promise<void> {}
}
