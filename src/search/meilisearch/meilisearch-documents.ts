/** Conversion between search documents and Meilisearch documents/hits. */
import type { Hit } from "meilisearch";
import type { ChineseTextAnalyzer } from "../chinese-text";
import { hasMark, renderHighlight } from "../highlight";
import { INDEX_SCHEMAS } from "../index-schemas";
import { SearchEngineError } from "../search-errors";
import type { IndexName, SearchDoc } from "../types";
import { EMBEDDER_NAME, SEARCH_TOKENS_FIELD } from "./meilisearch-settings";

/** Fields Meilisearch adds to hits (and ours), never part of a SearchDoc. */
const ENGINE_FIELDS = new Set(["_vectors", "_formatted", "_rankingScore", "_rankingScoreDetails", "_matchesPosition", "_semanticScore", SEARCH_TOKENS_FIELD]);

export function toMeilisearchDocument(index: IndexName, doc: SearchDoc, analyzer: ChineseTextAnalyzer, vectorDimensions: number): Record<string, unknown> {
  const { _vector: vector, ...rest } = doc;
  const record = rest as unknown as Record<string, unknown>;
  const text = INDEX_SCHEMAS[index].searchable.flatMap(({ field }) => asStrings(record[field]));
  const out: Record<string, unknown> = { ...record, [SEARCH_TOKENS_FIELD]: [...new Set(text.flatMap((t) => analyzer.segmentForIndex(t)))].join(" ") };
  if (vectorDimensions > 0) {
    if (vector && vector.length > 0 && vector.length !== vectorDimensions) {
      throw new SearchEngineError("invalid_query", `${index} document ${doc.id}: vector has ${vector.length} dimensions, expected ${vectorDimensions}`, {
        userMessage: `向量维度应为 ${vectorDimensions}`,
      });
    }
    // A userProvided embedder needs the key on every document; null means "no embedding yet". An all-zero
    // or non-finite vector is sent as null too (as in the embedded engine), so it cannot block the outbox.
    const usable = vector && vector.length > 0 && Array.from(vector).every(Number.isFinite) && Array.from(vector).some((x) => x !== 0);
    out._vectors = { [EMBEDDER_NAME]: usable ? Array.from(vector) : null };
  }
  return out;
}

export function fromMeilisearchHit(hit: Hit): SearchDoc {
  const doc: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(hit)) if (!ENGINE_FIELDS.has(key)) doc[key] = value;
  return doc as unknown as SearchDoc;
}

/** `_formatted` values carry our sentinels around matches; keep the fields that have one, rendered safely. */
export function highlightsFromHit(index: IndexName, hit: Hit): Record<string, string> {
  const formatted = (hit._formatted ?? {}) as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const { field } of INDEX_SCHEMAS[index].searchable) {
    const text = asStrings(formatted[field]).join("、");
    if (hasMark(text)) out[field] = renderHighlight(text);
  }
  return out;
}

function asStrings(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.filter((v) => v !== undefined && v !== null && v !== "").map(String);
  return value === "" ? [] : [String(value)];
}
