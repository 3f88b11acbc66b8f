/**
 * The engine-neutral search contract. Two implementations exist: the embedded engine (SQLite FTS5 +
 * usearch HNSW, the default) and the Meilisearch engine. Both pass test/contract/search-engine.contract.ts.
 */
import type { EnterpriseSearchDoc, ProjectSearchDoc } from "./documents";

/** The two indexes every engine serves. */
export type IndexName = "enterprises" | "projects";
export const INDEX_NAMES: readonly IndexName[] = ["enterprises", "projects"];

export interface SearchDocByIndex {
  enterprises: EnterpriseSearchDoc;
  projects: ProjectSearchDoc;
}
export type SearchDoc = EnterpriseSearchDoc | ProjectSearchDoc;

/**
 * One condition of a filter; a request's filters are ANDed.
 * - `eq`: equality; on a multi-valued field (tags, industryPrefixes, ...) it means "contains".
 * - `in`: any of the listed values (an OR inside one condition).
 * - `gte` / `lte` / `between` (inclusive `[min, max]`): numeric fields only.
 * - `prefix`: hierarchical codes. Industry and region codes are indexed with all their prefixes
 *   (see expandIndustryPrefixes / expandRegionPrefixes), so a prefix condition becomes an equality on the
 *   prefix field in both engines; the prefix must sit on a level boundary (C, C36, C367, C3670 / 52, 5203).
 */
export type Filter =
  | { field: string; op: "eq"; value: string | number | boolean }
  | { field: string; op: "in"; value: Array<string | number> }
  | { field: string; op: "gte" | "lte"; value: number }
  | { field: string; op: "between"; value: [number, number] }
  | { field: string; op: "prefix"; value: string };

export interface SortClause {
  field: string;
  dir: "asc" | "desc";
}

export interface SearchRequest {
  /** Free text (Chinese or mixed). Empty/absent = browse everything that passes the filters. */
  q?: string;
  /** Query embedding (same model and dimensions as the documents' `_vector`). */
  vector?: Float32Array | number[];
  /**
   * Share of the vector similarity in the final score, 0..1, like Meilisearch's `hybrid.semanticRatio`:
   * 0 = keyword only, 1 = vector only. Ignored without `vector`. Default 0.5 when a vector is given.
   */
  semanticRatio?: number;
  filters?: Filter[];
  /** Keyword fields to count values of, over every document that matches (not just this page). */
  facets?: string[];
  /**
   * Explicit sort; relevance only breaks ties. Documents missing the field come last.
   * Without sort, hits are ordered by relevance (or by `updatedAt` desc when there is no query at all).
   */
  sort?: SortClause[];
  limit: number;
  offset?: number;
  /** Return `highlights` (HTML-escaped text with `<em>` around matched terms) for matched text fields. */
  highlight?: boolean;
  /**
   * Hits carry their id and score only (`doc` is `{ id }`, no highlights): for callers that load the rows
   * themselves, such as matching's retrieval. Saves reading and parsing every hit's document.
   */
  idsOnly?: boolean;
}

export interface SearchHit<D = SearchDoc> {
  id: number;
  /** Relevance in [0,1]; 1 for browse queries without text or vector. Comparable within one response. */
  score: number;
  /** Engine-specific explanation (Meilisearch `_rankingScoreDetails`, or the embedded engine's parts). */
  rankingDetails?: Record<string, unknown>;
  highlights?: Record<string, string>;
  doc: D;
}

export interface SearchResult<D = SearchDoc> {
  hits: SearchHit<D>[];
  /**
   * Documents that match (text and filters). Exact for ordinary result sets; for very large ones both
   * engines report an estimate (Meilisearch's estimatedTotalHits; the embedded engine's countCap rules).
   */
  total: number;
  /**
   * field -> value -> count, over all matching documents (the embedded engine extrapolates from a sample
   * above facetSampleCap matches), at most 100 values per field, most frequent first.
   */
  facets: Record<string, Record<string, number>>;
  processingMs: number;
}

export interface EngineHealth {
  ok: boolean;
  engine: "embedded" | "meilisearch";
  /** Documents per index (undefined when unknown because the engine is down). */
  documents: Partial<Record<IndexName, number>>;
  /** True while rebuild() runs for that index. */
  rebuilding: Partial<Record<IndexName, boolean>>;
  /** Whether vector (hybrid) search is available. */
  vectors: boolean;
  /** Set when the index was built with another dictionary/synonym set and should be rebuilt. */
  needsRebuild?: boolean;
  message?: string;
}

export interface RebuildOptions {
  /** Called after every source batch, for progress bars. */
  onProgress?: (indexed: number) => void;
}

/**
 * A search engine serving the `enterprises` and `projects` indexes.
 *
 * Rebuild contract (so that no write is lost and search never goes empty):
 * 1. `rebuild(index, source)` fills a fresh index from `source` while the current one keeps answering;
 *    it swaps atomically at the end and only then drops the old one.
 * 2. `upsert`/`delete` calls made while a rebuild runs are applied to the live index AND to the index being
 *    built, so they are visible before and after the swap.
 * 3. The source is a snapshot read over time, so a document read before a concurrent change can overwrite
 *    that change in the new index. The caller therefore records its change-log position (outbox high-water
 *    mark) BEFORE it starts reading the source and, after `rebuild` resolves, replays every change after that
 *    position. Upsert and delete are idempotent, so replaying twice is harmless.
 */
export interface SearchEngine {
  readonly kind: "embedded" | "meilisearch";
  /** Create indexes and apply settings; idempotent, call at startup before any write. */
  ensureSettings(): Promise<void>;
  /** Insert or fully replace documents by id. Resolves once the engine has durably applied them. */
  upsert<I extends IndexName>(index: I, docs: SearchDocByIndex[I][]): Promise<void>;
  /** Remove documents by id; unknown ids are ignored. */
  delete(index: IndexName, ids: number[]): Promise<void>;
  search<I extends IndexName>(index: I, request: SearchRequest): Promise<SearchResult<SearchDocByIndex[I]>>;
  /** Number of documents, optionally only those passing `filters`. */
  count(index: IndexName, filters?: Filter[]): Promise<number>;
  /** Full rebuild from `source` into a fresh index, then swap. See the rebuild contract above. */
  rebuild<I extends IndexName>(
    index: I,
    source: AsyncIterable<SearchDocByIndex[I][]>,
    options?: RebuildOptions,
  ): Promise<{ indexed: number }>;
  health(): Promise<EngineHealth>;
  /** Flush and release resources; the engine is unusable afterwards. */
  close(): Promise<void>;
}
