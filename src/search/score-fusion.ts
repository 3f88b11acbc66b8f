/**
 * How the embedded engine turns keyword and vector evidence into one score in [0,1].
 *
 * keyword score = coverage × (0.5 + 0.5 × bm25 / best bm25 in the same bucket)
 *   coverage: IDF-weighted share of the query terms the document contains (1 when it contains all), so a
 *   document matching only the rarest of three words cannot outrank one matching all three; within a bucket
 *   bm25 (name > products > business text) orders documents, scaled to the bucket's best.
 * semantic score = max(0, cosine(query vector, document vector))
 * hybrid score   = (1 - r) × keyword + r × semantic, r = semanticRatio
 *   computed over the union of the top keyword candidates and the top vector candidates; each candidate gets
 *   both parts (semantic from its stored vector, 0 without one; keyword from the terms it contains, 0 when it
 *   contains none). r = 0 is keyword order, r = 1 is vector order, as in Meilisearch. Meilisearch itself
 *   merges the two lists by weighted score instead of summing, so mid-range ratios order slightly differently.
 */

export function keywordScore(coverage: number, bm25: number, bestBm25InBucket: number): number {
  // With very few documents FTS5's IDF is clamped to ~0 and every bm25 is ~0: fall back to coverage alone.
  const relative = bestBm25InBucket > 1e-9 ? Math.min(1, Math.max(0, bm25 / bestBm25InBucket)) : 1;
  return clamp01(coverage * (0.5 + 0.5 * relative));
}

export function semanticScore(cosine: number): number {
  return clamp01(cosine);
}

export function hybridScore(keyword: number, semantic: number, semanticRatio: number): number {
  return clamp01((1 - semanticRatio) * keyword + semanticRatio * semantic);
}

export function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
