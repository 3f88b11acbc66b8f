import type { EntityId } from "../types";

export interface RankableCandidate {
  id: EntityId;
  /** The displayed 0..100 total (already rounded), so equal-looking totals are ordered by id. */
  total: number;
}

/**
 * Stable id order: numbers numerically, strings by code units (not locale rules, which vary by runtime),
 * numbers before strings.
 */
export function compareEntityIds(a: EntityId, b: EntityId): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Total descending, then id ascending. */
export function compareCandidates(a: RankableCandidate, b: RankableCandidate): number {
  return b.total - a.total || compareEntityIds(a.id, b.id);
}

/** A sorted copy: same input, same order, whatever order the candidates arrived in. */
export function rankCandidates<T extends RankableCandidate>(candidates: readonly T[]): T[] {
  return [...candidates].sort(compareCandidates);
}
