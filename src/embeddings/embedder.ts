/** What the rest of the service sees of embeddings; implementations: transformers, disabled, cached. */
export interface Embedder {
  /** Namespace for cached vectors (model id + options that change the numbers). */
  readonly modelKey: string;
  /** Document side (enterprise profiles, project descriptions): texts are embedded exactly as given. */
  embedDocuments(texts: readonly string[]): Promise<Float32Array[]>;
  /** Query side ("who are we looking for"): the configured instruction prefix is prepended. */
  embedQuery(text: string): Promise<Float32Array>;
  /** Embeds exact texts, no prefix; the primitive the other two and the cache build on. */
  embedTexts(texts: readonly string[]): Promise<Float32Array[]>;
  /** The exact text embedQuery embeds for `text` (prefix applied). */
  queryText(text: string): string;
  status(): EmbedderStatus;
  close(): Promise<void>;
}

export interface EmbedderStatus {
  enabled: boolean;
  modelId: string;
  dimensions: number;
  /** Why semantic search is off, in Chinese then English; only when enabled is false. */
  reason?: string;
}

/** Shared plumbing so every implementation derives documents/queries from embedTexts the same way. */
export abstract class BaseEmbedder implements Embedder {
  abstract readonly modelKey: string;
  abstract queryText(text: string): string;
  abstract embedTexts(texts: readonly string[]): Promise<Float32Array[]>;
  abstract status(): EmbedderStatus;
  abstract close(): Promise<void>;

  embedDocuments(texts: readonly string[]): Promise<Float32Array[]> {
    return this.embedTexts(texts);
  }

  async embedQuery(text: string): Promise<Float32Array> {
    const [vector] = await this.embedTexts([this.queryText(text)]);
    return vector;
  }
}
