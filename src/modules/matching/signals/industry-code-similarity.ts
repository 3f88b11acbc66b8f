import { industryAncestors, normalizeIndustryCode } from "../../industries/reference-data";

// Scoring compares the same few hundred codes millions of times in a match run; parsing each spelling once
// (NFKC, regex, section lookup) instead of on every comparison is most of the scorer's speed.
const CACHE_LIMIT = 20_000;
const canonicalCache = new Map<string, string | null>();
const ancestorCache = new Map<string, readonly string[]>();

/** normalizeIndustryCode, memoised. */
export function canonicalIndustryCode(code: string): string | null {
  let canonical = canonicalCache.get(code);
  if (canonical === undefined) {
    canonical = normalizeIndustryCode(code);
    if (canonicalCache.size < CACHE_LIMIT) canonicalCache.set(code, canonical);
  }
  return canonical;
}

/** industryAncestors, memoised: 'C3670' / '3670' -> ['C', '36', '367', '3670']. */
export function codeAncestors(code: string): readonly string[] {
  let chain = ancestorCache.get(code);
  if (chain === undefined) {
    chain = Object.freeze(industryAncestors(code));
    if (ancestorCache.size < CACHE_LIMIT) ancestorCache.set(code, chain);
  }
  return chain;
}

/**
 * How close two GB/T codes are on the hierarchy, seen from the project's side.
 *
 * Scores by the deepest level the two codes share: same 小类 1.0 > same 中类 0.75 > same 大类 0.5 > same 门类 0.2.
 * One exception: when the enterprise code lies inside a project code of level 大类 or finer ('3670' inside
 * '36'), the project asked for nothing finer, so the match is complete (1.0). A section letter says too little
 * to count as complete. A coarser enterprise code ('38' against '3841') only agrees as far as it goes.
 */
export const SHARED_LEVEL_SCORE = { 4: 1, 3: 0.75, 2: 0.5, 1: 0.2, 0: 0 } as const;

export type IndustryRelation = "same" | "contained" | "group" | "division" | "section" | "none";

export const INDUSTRY_LEVEL_NAME = { 1: "门类", 2: "大类", 3: "中类", 4: "小类" } as const;

export interface IndustryCodeSimilarity {
  score: number;
  relation: IndustryRelation;
  /** Deepest shared code ('367' for 3670 vs 3671), null when nothing is shared. */
  sharedCode: string | null;
}

/** Chinese wording of a relation, e.g. "相同（小类一致）", "同属中类 367". */
export function describeIndustryRelation(similarity: IndustryCodeSimilarity): string {
  const level = similarity.sharedCode ? (codeAncestors(similarity.sharedCode).length as 1 | 2 | 3 | 4) : null;
  switch (similarity.relation) {
    case "same":
      return `相同（${INDUSTRY_LEVEL_NAME[level ?? 4]}一致）`;
    case "contained":
      return "范围内";
    case "none":
      return "不在同一门类";
    default:
      return `同属${INDUSTRY_LEVEL_NAME[level ?? 1]} ${similarity.sharedCode}`;
  }
}

export function industryCodeSimilarity(projectCode: string, enterpriseCode: string): IndustryCodeSimilarity {
  const p = codeAncestors(projectCode);
  const e = codeAncestors(enterpriseCode);
  if (p.length === 0 || e.length === 0) return { score: 0, relation: "none", sharedCode: null };
  let shared = 0;
  while (shared < p.length && shared < e.length && p[shared] === e[shared]) shared++;
  const sharedCode = shared > 0 ? p[shared - 1] : null;
  const projectLevel = p.length;
  if (shared === projectLevel && projectLevel === e.length && projectLevel >= 2) return { score: 1, relation: "same", sharedCode };
  if (shared === projectLevel && projectLevel >= 2) return { score: 1, relation: "contained", sharedCode };
  const relation: IndustryRelation = shared >= 3 ? "group" : shared === 2 ? "division" : shared === 1 ? "section" : "none";
  return { score: SHARED_LEVEL_SCORE[Math.min(shared, 4) as 0 | 1 | 2 | 3 | 4], relation, sharedCode };
}

/** Canonical codes only; anything malformed is dropped rather than compared. */
export function canonicalCodes(codes: readonly string[]): string[] {
  const out: string[] = [];
  for (const code of codes) {
    const canonical = canonicalIndustryCode(code);
    if (canonical && !out.includes(canonical)) out.push(canonical);
  }
  return out;
}

/** True when `code` is `prefix` or lies below it (section letters included: '0610' is under 'B'). */
export function industryCodeWithin(code: string, prefix: string): boolean {
  const canonicalPrefix = canonicalIndustryCode(prefix);
  if (!canonicalPrefix) return false;
  return codeAncestors(code).includes(canonicalPrefix);
}

