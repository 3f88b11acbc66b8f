/**
 * Ranking quality metrics with binary relevance, for the eval harness (`npm run eval`).
 *
 * Conventions: `ranked` is best first; an id repeated in `ranked` counts once, at its first position;
 * `relevant` is the set of known investors. A query with no relevant items has no defined recall or nDCG,
 * so the per-query functions return 0 for it and `evaluateRankings` leaves it out of the means (and counts it).
 */
import type { EntityId } from "../types";

type Ids = readonly EntityId[] | ReadonlySet<EntityId>;

function toKey(id: EntityId): string {
  return `${typeof id}:${String(id)}`;
}

function keySet(ids: Ids): Set<string> {
  return new Set([...ids].map(toKey));
}

function dedupe(ranked: readonly EntityId[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const id of ranked) {
    const key = toKey(id);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(key);
    }
  }
  return out;
}

function assertK(k: number): void {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k 必须是正整数：${k}`);
}

/** Share of the relevant items found in the top k. */
export function recallAtK(ranked: readonly EntityId[], relevant: Ids, k: number): number {
  assertK(k);
  const rel = keySet(relevant);
  if (rel.size === 0) return 0;
  const hits = dedupe(ranked).slice(0, k).filter((id) => rel.has(id)).length;
  return hits / rel.size;
}

/** 1 / position of the first relevant item (1-based), 0 when none is ranked. */
export function reciprocalRank(ranked: readonly EntityId[], relevant: Ids): number {
  const rel = keySet(relevant);
  const position = dedupe(ranked).findIndex((id) => rel.has(id));
  return position === -1 ? 0 : 1 / (position + 1);
}

/** Mean of reciprocal ranks over queries (queries without relevant items left out); 0 for no queries. */
export function meanReciprocalRank(queries: readonly { ranked: readonly EntityId[]; relevant: Ids }[]): number {
  const usable = queries.filter((q) => keySet(q.relevant).size > 0);
  if (usable.length === 0) return 0;
  return usable.reduce((sum, q) => sum + reciprocalRank(q.ranked, q.relevant), 0) / usable.length;
}

/** nDCG@k with binary gains: DCG = Σ rel_i / log2(i + 1) over positions i = 1..k, divided by the ideal DCG. */
export function ndcgAtK(ranked: readonly EntityId[], relevant: Ids, k: number): number {
  assertK(k);
  const rel = keySet(relevant);
  if (rel.size === 0) return 0;
  let dcg = 0;
  dedupe(ranked)
    .slice(0, k)
    .forEach((id, i) => {
      if (rel.has(id)) dcg += 1 / Math.log2(i + 2);
    });
  let ideal = 0;
  for (let i = 0; i < Math.min(k, rel.size); i++) ideal += 1 / Math.log2(i + 2);
  return dcg / ideal;
}

export interface RankingEvaluation {
  /** Queries with at least one relevant item (the ones averaged). */
  queries: number;
  /** Queries left out because they had no relevant item. */
  skipped: number;
  recall: Record<number, number>;
  mrr: number;
  ndcg: Record<number, number>;
}

/** Means of Recall@k and nDCG@k for each k, and MRR, over a set of queries. */
export function evaluateRankings(
  queries: readonly { ranked: readonly EntityId[]; relevant: Ids }[],
  options: { recallAt?: readonly number[]; ndcgAt?: readonly number[] } = {},
): RankingEvaluation {
  const recallAt = options.recallAt ?? [10, 50];
  const ndcgAt = options.ndcgAt ?? [10];
  const usable = queries.filter((q) => keySet(q.relevant).size > 0);
  const mean = (f: (q: (typeof usable)[number]) => number) => (usable.length === 0 ? 0 : usable.reduce((s, q) => s + f(q), 0) / usable.length);
  return {
    queries: usable.length,
    skipped: queries.length - usable.length,
    recall: Object.fromEntries(recallAt.map((k) => [k, mean((q) => recallAtK(q.ranked, q.relevant, k))])),
    mrr: meanReciprocalRank(usable),
    ndcg: Object.fromEntries(ndcgAt.map((k) => [k, mean((q) => ndcgAtK(q.ranked, q.relevant, k))])),
  };
}
