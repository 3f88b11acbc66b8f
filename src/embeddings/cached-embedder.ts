import { BaseEmbedder, type Embedder, type EmbedderStatus } from "./embedder";
import { EmbeddingCache } from "./cache";
import { EmbeddingsDisabledError } from "./embeddings-errors";

export interface EmbeddingCacheStats {
  hits: number;
  misses: number;
}

/**
 * Serves vectors from the SQLite cache and sends only misses to the model. Keys use the inner embedder's
 * modelKey and the exact text (query prefix included, since embedQuery goes through queryText).
 */
export class CachedEmbedder extends BaseEmbedder {
  private readonly counters: EmbeddingCacheStats = { hits: 0, misses: 0 };

  constructor(
    private readonly inner: Embedder,
    private readonly cache: EmbeddingCache,
    /** Whether close() also closes the cache (true when opened through CachedEmbedder.open). */
    private readonly ownsCache = false,
  ) {
    super();
  }

  /** Wraps `inner` with a cache file it owns, e.g. `<DATA_DIR>/embeddings.db`. */
  static open(inner: Embedder, cachePath: string): CachedEmbedder {
    return new CachedEmbedder(inner, EmbeddingCache.open(cachePath), true);
  }

  get modelKey(): string {
    return this.inner.modelKey;
  }

  queryText(text: string): string {
    return this.inner.queryText(text);
  }

  async embedTexts(texts: readonly string[]): Promise<Float32Array[]> {
    const status = this.inner.status();
    // Disabled means no vectors at all, even cached ones: a half-working semantic search would be silently wrong.
    if (!status.enabled) throw new EmbeddingsDisabledError(status.reason ?? "unknown");
    if (texts.length === 0) return [];

    const found = this.cache.getMany(this.modelKey, texts, status.dimensions);
    const missing = [...new Set(texts.filter((_, i) => found[i] === undefined))];
    // Every text not sent to the model counts as a hit, repeats within one call included.
    this.counters.hits += texts.length - missing.length;
    this.counters.misses += missing.length;
    if (missing.length > 0) {
      const vectors = await this.inner.embedTexts(missing);
      this.cache.putMany(
        this.modelKey,
        missing.map((text, i) => ({ text, vector: vectors[i] })),
      );
      const byText = new Map(missing.map((text, i) => [text, vectors[i]]));
      texts.forEach((text, i) => {
        found[i] ??= byText.get(text);
      });
    }
    return found as Float32Array[];
  }

  status(): EmbedderStatus {
    return this.inner.status();
  }

  /** Since construction: hits = texts served without the model, misses = distinct texts sent to it. */
  stats(): EmbeddingCacheStats {
    return { ...this.counters };
  }

  /** Closes the wrapped embedder too (the wrapper stands in for it), and the cache if it owns it. */
  async close(): Promise<void> {
    await this.inner.close();
    if (this.ownsCache) this.cache.close();
  }
}
