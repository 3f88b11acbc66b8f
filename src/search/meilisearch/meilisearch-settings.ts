/**
 * The Meilisearch index settings derived from the shared index schema, and the diff that makes applying
 * them idempotent: only keys whose live value differs are sent, so a restart does not enqueue a settings
 * task (which could trigger re-indexing) when nothing changed.
 */
import type { Settings } from "meilisearch";
import type { ChineseTextAnalyzer } from "../chinese-text";
import { INDEX_SCHEMAS } from "../index-schemas";
import type { IndexName } from "../types";

export const EMBEDDER_NAME = "default";
/**
 * Search-mode jieba tokens of all searchable text. Meilisearch segments Chinese in precise mode only, so 能源
 * would not find 新能源汽车; this hidden, lowest-priority field gives it the same recall as the embedded engine.
 */
export const SEARCH_TOKENS_FIELD = "searchTokens";
/** Totals are capped at maxTotalHits; a high cap keeps totals honest at 1M documents (deep paging is capped elsewhere). */
export const MAX_TOTAL_HITS = 10_000_000;
export const MAX_VALUES_PER_FACET = 100;

export function desiredSettings(index: IndexName, analyzer: ChineseTextAnalyzer, vectorDimensions: number): Settings {
  const schema = INDEX_SCHEMAS[index];
  const synonyms: Record<string, string[]> = {};
  for (const group of analyzer.synonyms) {
    for (const term of group) synonyms[term] = group.filter((t) => t !== term);
  }
  return {
    // Order matters: Meilisearch's attribute rule ranks earlier attributes higher (name > products > text).
    searchableAttributes: [...schema.searchable.map((s) => s.field), SEARCH_TOKENS_FIELD],
    filterableAttributes: [...schema.keywordFields, ...schema.numericFields],
    sortableAttributes: [...schema.sortable],
    // An explicit sort is what the analyst asked for, so it comes before relevance; without a sort
    // parameter the rule is a no-op.
    rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness"],
    localizedAttributes: [{ attributePatterns: ["*"], locales: ["cmn"] }],
    dictionary: [...analyzer.userWords],
    synonyms,
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { "*": "count" } },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    ...(vectorDimensions > 0 ? { embedders: { [EMBEDDER_NAME]: { source: "userProvided", dimensions: vectorDimensions } } } : {}),
  };
}

/** Keys of `desired` whose live value differs (order-insensitive where Meilisearch ignores order). */
export function settingsDiff(current: Settings, desired: Settings): Settings {
  const diff: Record<string, unknown> = {};
  for (const [key, want] of Object.entries(desired)) {
    const have = (current as Record<string, unknown>)[key];
    if (!sameSetting(key, have, want)) diff[key] = want;
  }
  return diff as Settings;
}

const ORDER_INSENSITIVE = new Set(["filterableAttributes", "sortableAttributes", "dictionary"]);

function sameSetting(key: string, have: unknown, want: unknown): boolean {
  if (ORDER_INSENSITIVE.has(key) && Array.isArray(have) && Array.isArray(want)) {
    return canonical([...have].map(canonical).sort()) === canonical([...want].map(canonical).sort());
  }
  if (key === "synonyms" && isRecord(have) && isRecord(want)) {
    const norm = (r: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v]));
    return canonical(norm(have)) === canonical(norm(want));
  }
  if (isRecord(have) && isRecord(want)) {
    // Meilisearch echoes objects with extra defaulted keys (e.g. faceting, embedders): compare only ours.
    return Object.entries(want).every(([k, v]) => sameSetting(`${key}.${k}`, have[k], v));
  }
  return canonical(have) === canonical(want);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** JSON with sorted object keys. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isRecord(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}
