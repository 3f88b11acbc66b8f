/**
 * The default search engine: one SQLite file (better-sqlite3, WAL) with FTS5 over jieba tokens, keyword
 * values for filters/facets, and usearch HNSW graphs for vectors, persisted next to the file.
 *
 * Everything runs synchronously on the caller's thread (better-sqlite3 is synchronous); queries are a few
 * to a few tens of ms at 1M documents, which a county bureau's handful of analysts will not notice.
 * Rebuilds run in batches and yield between them, so searches keep being answered meanwhile.
 */
import fs from "node:fs";
import path from "node:path";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import Database from "better-sqlite3";
import { createChineseTextAnalyzer, normalizeText, type ChineseTextAnalyzer, type ChineseTextOptions } from "../chinese-text";
import { hasMark, markTerms, renderHighlight } from "../highlight";
import { INDEX_SCHEMAS } from "../index-schemas";
import { normalizeFilters, normalizeRequest, type NormalizedFilter, type NormalizedRequest } from "../normalize-request";
import { SearchEngineError } from "../search-errors";
import { hybridScore, keywordScore, semanticScore } from "../score-fusion";
import {
  INDEX_NAMES,
  type EngineHealth,
  type Filter,
  type IndexName,
  type RebuildOptions,
  type SearchDoc,
  type SearchDocByIndex,
  type SearchEngine,
  type SearchHit,
  type SearchRequest,
  type SearchResult,
} from "../types";
import { fieldText } from "./document-rows";
import { generationTables, listGenerations, dropGenerationTables } from "./generation-tables";
import { GenerationStore } from "./generation-store";
import { toUnitVector, type HnswOptions } from "./generation-vectors";
import { bucketExpression, planKeywordQuery, type KeywordPlan } from "./keyword-plan";
import { processAlive } from "../../process-alive";

export interface EmbeddedSearchEngineOptions {
  /** The engine's own SQLite file, e.g. `<DATA_DIR>/search.db`. HNSW files go to `<file>.vectors/`. */
  file: string;
  /** Embedding size; 0 disables vector search. Default 512 (bge-small-zh-v1.5). */
  vectorDimensions?: number;
  /** HNSW tuning; defaults: f16, M=16, efConstruction=128, efSearch=128. */
  hnsw?: Omit<HnswOptions, "dimensions">;
  /** User dictionary and synonyms for segmentation. Changing them requires a rebuild (see health()). */
  text?: ChineseTextOptions;
  /** Candidates taken from each side of a hybrid query before fusion (at least offset + limit). Default 100. */
  hybridCandidates?: number;
  /** Collections of at most this many vectors get exact (brute-force) vector search. Default 50000. */
  exactVectorSearchMax?: number;
  /** Filters estimated to leave at most this many documents get exact vector search. Default 20000. */
  exactFilteredVectorMax?: number;
  /** SQLite page cache in MiB. Default 256. */
  cacheMiB?: number;
  /** Text buckets larger than this are ranked over their newest `rankBudget` matches. Default 2000. */
  rankBudget?: number;
  /** Buckets whose words have more postings than this are returned newest first without bm25. Default 400000. */
  idfBudget?: number;
  /** Totals estimated above twice this are reported as estimates instead of counted. Default 100000. */
  countCap?: number;
  /** Facet counts over more matching documents than this are extrapolated from the newest ones. Default 2000. */
  facetSampleCap?: number;
}

interface ScoredCandidate {
  id: number;
  keyword: number;
  semantic: number;
  score: number;
  bm25?: number;
  termsMatched?: number;
}

/** Measured at 1M: scoring the newest 2k matches of a huge bucket costs ~5-30 ms. */
const DEFAULT_RANK_BUDGET = 2_000;
/** bm25's IDF pass reads every posting of the query's words (~0.085 µs each at 1M): 400k ≈ 35 ms. */
const DEFAULT_IDF_BUDGET = 400_000;
/**
 * Counting 100k FTS matches costs ~10-20 ms at 1M, but a numeric range probed per row costs ~3 µs there
 * (6.5k rows: 21 ms, measured): past this many rows the total is estimated.
 */
const NUMERIC_COUNT_EXAMINE_MAX = 3_000;
const DEFAULT_COUNT_CAP = 100_000;
/** usearch brute force over this many int8 vectors costs ~5 ms. */
const DEFAULT_EXACT_VECTOR_MAX = 50_000;
/**
 * Filtered exact search must first fetch the filtered ids (~1 µs each with a numeric range probe) and copy
 * their rows: always worth it up to ~20k documents (100k bench: a 37k filter cost up to 190 ms exactly);
 * above, the cost model in vectorCandidates decides between it and the graph with over-fetch.
 */
const DEFAULT_EXACT_FILTERED_VECTOR_MAX = 20_000;
/** Facets over more matches than this are extrapolated from the newest ones. */
const DEFAULT_FACET_SAMPLE_CAP = 2_000;
/** ANN over-fetch for filtered queries never asks the graph for more than this. */
const MAX_ANN_CANDIDATES = 10_000;
/**
 * Neighbours asked of the graph per wanted survivor of the filters' estimated share. The graph's cost grows
 * with k (~27 µs per neighbour at 1M, measured); 1.25 still leaves ~25% spare on the synthetic bench filters.
 */
const ANN_FILTER_OVERFETCH = 1.25;
/**
 * Measured costs at 1M (µs) behind the filtered vector plan: reading a keyword filter's id list, probing one
 * id against the filters, one neighbour of the graph search, and an exact comparison per filtered document
 * (gathering its int8 row dominates) after a listed or a probed id fetch.
 */
const LISTED_ID_US = 0.3;
const PROBED_ID_US = 9;
const ANN_NEIGHBOUR_US = 27;
const EXACT_LISTED_US = 2.5;
const EXACT_PROBED_US = 5;
const META_TABLE = "search_meta";

export function createEmbeddedSearchEngine(options: EmbeddedSearchEngineOptions): EmbeddedSearchEngine {
  return new EmbeddedSearchEngine(options);
}

export class EmbeddedSearchEngine implements SearchEngine {
  readonly kind = "embedded" as const;
  private readonly db: Database.Database;
  private readonly analyzer: ChineseTextAnalyzer;
  private readonly dimensions: number;
  private readonly vectorDir: string;
  private readonly live = new Map<IndexName, GenerationStore>();
  private readonly building = new Map<IndexName, GenerationStore>();
  private readonly staleAnalysis = new Set<IndexName>();
  private ready = false;
  private closed = false;

  constructor(private readonly options: EmbeddedSearchEngineOptions) {
    this.dimensions = options.vectorDimensions ?? 512;
    this.analyzer = createChineseTextAnalyzer(options.text);
    fs.mkdirSync(path.dirname(path.resolve(options.file)), { recursive: true });
    this.vectorDir = `${options.file}.vectors`;
    if (this.dimensions > 0) fs.mkdirSync(this.vectorDir, { recursive: true });
    acquireProcessLock(this.lockPath());
    this.db = new Database(options.file);
    this.db.pragma("journal_mode = WAL");
    // NORMAL in WAL mode: a power cut can lose the last commits but never corrupts; the outbox replays them.
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma(`cache_size = -${(options.cacheMiB ?? 256) * 1024}`);
    this.db.pragma("temp_store = MEMORY");
    this.db.pragma("mmap_size = 1073741824");
    this.db.exec(`CREATE TABLE IF NOT EXISTS ${META_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
  }

  async ensureSettings(): Promise<void> {
    this.ensureReady();
  }

  async upsert<I extends IndexName>(index: I, docs: SearchDocByIndex[I][]): Promise<void> {
    this.ensureReady();
    if (docs.length === 0) return;
    const unique = [...new Map(docs.map((d) => [validId(d.id), d])).values()];
    const vectors = unique.map((d) => this.documentVector(index, d));
    const targets = this.writeTargets(index);
    this.db.transaction(() => {
      for (const store of targets) store.write(unique, vectors, "live");
    })();
    this.live.get(index)!.vectors?.saveIfDirty();
  }

  async delete(index: IndexName, ids: number[]): Promise<void> {
    this.ensureReady();
    if (ids.length === 0) return;
    const unique = [...new Set(ids.map(validId))];
    const targets = this.writeTargets(index);
    this.db.transaction(() => {
      for (const store of targets) store.delete(unique);
    })();
    this.live.get(index)!.vectors?.saveIfDirty();
  }

  async count(index: IndexName, filters?: Filter[]): Promise<number> {
    this.ensureReady();
    const store = this.live.get(index)!;
    const normalized = normalizeFilters(index, filters);
    return normalized.length === 0 ? store.docCount() : store.countDocs(null, normalized);
  }

  async search<I extends IndexName>(index: I, request: SearchRequest): Promise<SearchResult<SearchDocByIndex[I]>> {
    this.ensureReady();
    const started = performance.now();
    const req = normalizeRequest(index, request);
    const store = this.live.get(index)!;
    const result = this.runSearch(store, req);
    return { ...result, processingMs: Math.round((performance.now() - started) * 10) / 10 } as SearchResult<SearchDocByIndex[I]>;
  }

  async rebuild<I extends IndexName>(index: I, source: AsyncIterable<SearchDocByIndex[I][]>, options: RebuildOptions = {}): Promise<{ indexed: number }> {
    this.ensureReady();
    if (this.building.has(index)) {
      throw new SearchEngineError("invalid_query", `a rebuild of ${index} is already running`, { userMessage: "索引正在重建中" });
    }
    const generation = Math.max(0, ...listGenerations(this.db, index)) + 1;
    const next = new GenerationStore(this.db, index, generation, this.analyzer, this.vectorOptions(), { bulk: true });
    this.building.set(index, next);
    let indexed = 0;
    try {
      for await (const batch of source) {
        if (this.closed) throw new SearchEngineError("closed", "engine closed during rebuild");
        const unique = [...new Map(batch.map((d) => [validId(d.id), d])).values()];
        const vectors = unique.map((d) => this.documentVector(index, d));
        this.db.transaction(() => next.write(unique, vectors, "bulk"))();
        indexed += batch.length;
        options.onProgress?.(indexed);
        // Let searches and live writes run between batches.
        await yieldToEventLoop();
      }
      next.finishBulkLoad();
      const previous = this.live.get(index)!;
      this.db.transaction(() => {
        this.setMeta(`active:${index}`, String(generation));
        this.setMeta(`fingerprint:${index}`, this.analyzer.fingerprint);
      })();
      this.live.set(index, next);
      this.building.delete(index);
      this.staleAnalysis.delete(index);
      previous.drop();
      return { indexed };
    } catch (error) {
      this.building.delete(index);
      if (!this.closed) next.drop();
      throw error;
    }
  }

  async health(): Promise<EngineHealth> {
    if (this.closed) return { ok: false, engine: "embedded", documents: {}, rebuilding: {}, vectors: false, message: "closed" };
    this.ensureReady();
    const documents: Partial<Record<IndexName, number>> = {};
    const rebuilding: Partial<Record<IndexName, boolean>> = {};
    for (const index of INDEX_NAMES) {
      documents[index] = this.live.get(index)!.docCount();
      rebuilding[index] = this.building.has(index);
    }
    const needsRebuild = this.staleAnalysis.size > 0;
    return {
      ok: true,
      engine: "embedded",
      documents,
      rebuilding,
      vectors: this.dimensions > 0,
      needsRebuild,
      message: needsRebuild ? `dictionary or synonyms changed since ${[...this.staleAnalysis].join(", ")} was built; run a reindex` : undefined,
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const store of this.live.values()) store.vectors?.saveIfDirty(true);
    this.db.close();
    releaseProcessLock(this.lockPath());
  }

  private lockPath(): string {
    return `${this.options.file}.lock`;
  }

  /** Bytes on disk (SQLite file, WAL and HNSW files), for the benchmark and health pages. */
  diskUsageBytes(): number {
    const files = [this.options.file, `${this.options.file}-wal`, `${this.options.file}-shm`];
    if (fs.existsSync(this.vectorDir)) files.push(...fs.readdirSync(this.vectorDir).map((f) => path.join(this.vectorDir, f)));
    return files.reduce((sum, f) => sum + (fs.existsSync(f) ? fs.statSync(f).size : 0), 0);
  }

  /** Flushes the WAL into the main file (after bulk loads, before measuring size). */
  checkpoint(): void {
    this.db.pragma("wal_checkpoint(TRUNCATE)");
  }

  private runSearch(store: GenerationStore, req: NormalizedRequest): Omit<SearchResult, "processingMs"> {
    const need = req.offset + req.limit;
    const vector = req.vector && store.vectors && req.semanticRatio > 0 ? toUnitVector(req.vector, this.dimensions, "query") : undefined;
    const semanticOnly = vector !== undefined && req.semanticRatio >= 1;
    const plan = req.q && !semanticOnly ? planKeywordQuery(req.q, this.analyzer, (t) => store.documentFrequency(t), store.docCount()) : null;
    const textMatches = plan !== null && plan.terms.length > 0;
    const facetsOf = (text: string | null, total: number) =>
      store.facetCounts(text, req.filters, req.facets, { total, sampleCap: this.options.facetSampleCap ?? DEFAULT_FACET_SAMPLE_CAP }).facets;

    // Text that matches nothing, and no vector to fall back on: nothing matches.
    if (plan && !textMatches && !vector) return { hits: [], total: 0, facets: emptyFacets(req.facets) };

    if (!textMatches && !vector) {
      const sort = req.sort.length > 0 ? req.sort : [INDEX_SCHEMAS[store.index].defaultSort];
      const total = this.filteredTotal(store, req.filters);
      const ids = store.browse(req.filters, sort, req.limit, req.offset, total);
      const candidates = ids.map((id) => ({ id, keyword: 1, semantic: 0, score: 1 }));
      return { hits: this.toHits(store, candidates, req, null), total, facets: facetsOf(null, total) };
    }

    const candidateCount = vector && textMatches ? Math.max(need, this.options.hybridCandidates ?? 100) : need;
    let keyword: { candidates: ScoredCandidate[]; total: number } | null = null;
    if (textMatches) keyword = this.keywordCandidates(store, plan, req, candidateCount);
    const semantic = vector ? this.vectorCandidates(store, vector, req, candidateCount) : null;

    let candidates: ScoredCandidate[];
    if (keyword && semantic) candidates = this.fuse(store, plan!, keyword.candidates, semantic, vector!, req.semanticRatio);
    else candidates = keyword ? keyword.candidates : semantic!;
    if (req.sort.length > 0 && (semantic || !keyword)) candidates = this.sortCandidates(store, candidates, req);

    const page = candidates.slice(req.offset, need);
    if (keyword) {
      const total = Math.max(keyword.total, candidates.length);
      return { hits: this.toHits(store, page, req, plan), total, facets: facetsOf(bucketExpression(plan!.terms, 1), keyword.total) };
    }
    const total = this.filteredTotal(store, req.filters);
    return { hits: this.toHits(store, page, req, plan), total, facets: facetsOf(null, total) };
  }

  /**
   * Documents passing the filters: counted when the estimate is within reach of countCap, else estimated
   * (counting 800k documents through numeric probes took ~250 ms at 1M).
   */
  private filteredTotal(store: GenerationStore, filters: NormalizedFilter[]): number {
    const docCount = store.docCount();
    if (filters.length === 0) return docCount;
    const cap = this.options.countCap ?? DEFAULT_COUNT_CAP;
    const estimate = Math.round(docCount * this.filterShare(store, filters));
    if (estimate > 2 * cap || this.countTooCostly(store, filters, docCount)) return estimate;
    const counted = store.countDocs(null, filters, cap);
    return counted <= cap ? counted : Math.max(cap, estimate);
  }

  /** Estimated share of documents passing the filters, assuming independent filters. */
  private filterShare(store: GenerationStore, filters: readonly NormalizedFilter[]): number {
    const docCount = Math.max(1, store.docCount());
    let share = 1;
    for (const f of filters) share *= f.kind === "values" ? Math.min(1, store.valueCount(f.field, f.values) / docCount) : store.numericShare(f);
    return share;
  }

  /**
   * Buckets as in keyword-plan.ts: all terms, then without the most frequent, ... With an explicit sort the
   * whole loosest bucket is ordered by the sort fields instead, relevance breaking ties.
   *
   * Cost control at scale: a bucket that may exceed rankBudget is ranked over its newest rankBudget matches
   * only, one made of very common words is returned newest first, and a total too costly to count is
   * reported as an estimate (like Meilisearch's estimatedTotalHits).
   */
  private keywordCandidates(store: GenerationStore, plan: KeywordPlan, req: NormalizedRequest, want: number): { candidates: ScoredCandidate[]; total: number } {
    const n = plan.terms.length;
    const coverage = (k: number) => (plan.totalIdf > 0 ? plan.terms.slice(0, k).reduce((s, t) => s + t.idf, 0) / plan.totalIdf : 1);
    const estimate = this.bucketSizeEstimator(store, plan, req);
    const rankBudget = this.options.rankBudget ?? DEFAULT_RANK_BUDGET;
    const loosest = bucketExpression(plan.terms, 1);
    const total = (fetchedAll: boolean, fetched: number) => (fetchedAll ? fetched : this.countBucket(store, plan, req, estimate(1)));
    if (req.sort.length > 0) {
      const textRowsBound = plan.terms[0].df * plan.terms[0].alternatives.length;
      const rows = store.rankedMatches(loosest, req.filters, want, { sort: req.sort, textRowsBound, rankBudget: textRowsBound > rankBudget ? rankBudget : undefined });
      const docs = store.getDocs(rows.map((r) => r.id));
      const best = Math.max(0, ...rows.map((r) => r.bm25));
      const candidates = rows.map((r) => {
        const matched = this.matchedTermCount(store.index, plan, docs.get(r.id));
        const kw = keywordScore(coverage(matched), r.bm25, best);
        return { id: r.id, keyword: kw, semantic: 0, score: kw, bm25: r.bm25, termsMatched: matched };
      });
      return { candidates, total: total(rows.length < want, rows.length) };
    }
    const candidates: ScoredCandidate[] = [];
    const seen = new Set<number>();
    let fetchedAll = true;
    for (let k = n; k >= 1; k--) {
      const remaining = want - candidates.length;
      if (remaining <= 0) {
        fetchedAll = false;
        break;
      }
      // bm25 first counts every phrase of the expression over the index (its IDF): skip it when that alone
      // would cost more than the query budget, i.e. for buckets made of very common words.
      const postings = plan.terms.slice(0, k).reduce((sum, t) => sum + t.df * t.alternatives.length, 0);
      const ranked = postings <= (this.options.idfBudget ?? DEFAULT_IDF_BUDGET);
      // The capped form ranks the newest rankBudget matches; for smaller buckets that is all of them, so it
      // is used whenever the bucket might be larger (no count needed to decide).
      const textRowsBound = Math.min(...plan.terms.slice(0, k).map((t) => t.df * t.alternatives.length));
      // Stricter buckets' documents are skipped here rather than with FTS5 NOT, which would add the excluded
      // word to bm25's IDF pass; at most `want` of them exist.
      const requested = remaining + seen.size;
      const fetched = store.rankedMatches(bucketExpression(plan.terms, k), req.filters, requested, {
        rankBudget: textRowsBound > rankBudget ? rankBudget : undefined,
        ranked,
        textRowsBound,
      });
      // A full fetch means there may be more matches than we looked at.
      if (fetched.length === requested) fetchedAll = false;
      const rows = fetched.filter((row) => !seen.has(row.id)).slice(0, remaining);
      const best = rows.length > 0 ? rows[0].bm25 : 0;
      for (const row of rows) {
        const kw = keywordScore(coverage(k), row.bm25, best);
        candidates.push({ id: row.id, keyword: kw, semantic: 0, score: kw, bm25: row.bm25, termsMatched: k });
        seen.add(row.id);
      }
    }
    return { candidates, total: total(fetchedAll, candidates.length) };
  }

  /**
   * Estimated size of bucket k (documents containing terms[0..k-1] and passing the keyword filters),
   * assuming independence: N × Π df/N. Only steers cost decisions.
   */
  private bucketSizeEstimator(store: GenerationStore, plan: KeywordPlan, req: NormalizedRequest): (k: number) => number {
    const docCount = Math.max(1, store.docCount());
    const filterShare = this.filterShare(store, req.filters);
    return (k) => plan.terms.slice(0, k).reduce((est, t) => est * Math.min(1, t.df / docCount), docCount) * filterShare;
  }

  /**
   * Total of the loosest bucket: exact from the vocabulary (one word, no filter), counted when that is cheap,
   * otherwise estimated like Meilisearch's estimatedTotalHits.
   */
  private countBucket(store: GenerationStore, plan: KeywordPlan, req: NormalizedRequest, estimate: number): number {
    const rarest = plan.terms[0];
    const cap = this.options.countCap ?? DEFAULT_COUNT_CAP;
    if (req.filters.length === 0) {
      if (rarest.alternatives.length === 1) return rarest.df;
      // Synonyms: the union lies between the largest df and the sum; count it only when that is cheap.
      const dfs = rarest.alternatives.map((a) => store.documentFrequency(a));
      const sum = dfs.reduce((a, b) => a + b, 0);
      if (sum > cap) return Math.max(...dfs);
    }
    if (estimate > 2 * cap || this.countTooCostly(store, req.filters, rarest.df * rarest.alternatives.length)) return Math.round(estimate);
    const counted = store.countDocs(bucketExpression(plan.terms, 1), req.filters, cap);
    return counted > cap ? Math.max(cap, Math.round(estimate)) : counted;
  }

  /**
   * Counting intersects FTS5 postings cheaply (~0.1 µs a row) but a numeric range is probed per row
   * (~3 µs at 1M): past NUMERIC_COUNT_EXAMINE_MAX rows to examine, an estimate is returned instead.
   */
  private countTooCostly(store: GenerationStore, filters: readonly NormalizedFilter[], textRows: number): boolean {
    if (!filters.some((f) => f.kind === "range")) return false;
    let examine = textRows;
    for (const f of filters) if (f.kind === "values") examine = Math.min(examine, store.valueCount(f.field, f.values));
    return examine > NUMERIC_COUNT_EXAMINE_MAX;
  }

  /**
   * Vector candidates. Small collections and narrow filters are answered exactly from the in-memory int8
   * matrix (usearch brute force, ~0.1 µs per document); otherwise the HNSW graph is asked for enough neighbours that, after
   * post-filtering by the filters' estimated selectivity, `want` remain.
   */
  private vectorCandidates(store: GenerationStore, vector: Float32Array, req: NormalizedRequest, want: number): ScoredCandidate[] {
    const vectors = store.vectors!;
    const exactMax = this.options.exactVectorSearchMax ?? DEFAULT_EXACT_VECTOR_MAX;
    let matches: { id: number; similarity: number }[] | null = null;
    let k = want;
    let estimate = 0;
    if (req.filters.length === 0) {
      if (vectors.size <= exactMax) matches = vectors.exactSearch(vector, null, want);
    } else {
      estimate = Math.max(1, Math.round(store.docCount() * this.filterShare(store, req.filters)));
      // Over-fetch from the graph so that about `want` neighbours survive the filters.
      k = Math.min(MAX_ANN_CANDIDATES, Math.ceil(((want * Math.max(1, vectors.size)) / estimate) * ANN_FILTER_OVERFETCH));
      // Exact over the filtered documents when that costs less than the graph search and its filtering.
      const listed = req.filters.every((f) => f.kind === "values");
      const exactCost = estimate * (listed ? EXACT_LISTED_US : EXACT_PROBED_US);
      const graphCost = k * ANN_NEIGHBOUR_US + Math.min(listed ? estimate * LISTED_ID_US : Infinity, k * PROBED_ID_US);
      const filteredMax = this.options.exactFilteredVectorMax ?? DEFAULT_EXACT_FILTERED_VECTOR_MAX;
      if (estimate <= filteredMax || exactCost <= graphCost) {
        // Independence estimates can be off; the id fetch is capped so a surprise stays bounded.
        const ids = store.filteredIds(req.filters, 2 * Math.max(filteredMax, estimate));
        if (ids) matches = vectors.exactSearch(vector, ids, want);
      }
    }
    if (!matches) {
      matches = vectors.search(vector, Math.max(k, want));
      if (req.filters.length > 0) {
        const pass = this.filterMembership(store, req.filters, matches.map((m) => m.id), estimate);
        matches = matches.filter((m) => pass.has(m.id));
      }
    }
    matches.sort((a, b) => b.similarity - a.similarity || a.id - b.id);
    return matches.slice(0, want).map((m) => {
      const s = semanticScore(m.similarity);
      return { id: m.id, keyword: 0, semantic: s, score: s };
    });
  }

  /**
   * Which of `ids` pass the filters. Keyword filters alone are FTS5 tokens whose id list comes at ~0.3 µs an id,
   * while probing an id's rows costs ~9 µs (both measured at 1M): the filter's own list is read when that is
   * the cheaper of the two.
   */
  private filterMembership(store: GenerationStore, filters: readonly NormalizedFilter[], ids: number[], estimate: number): Set<number> {
    if (filters.every((f) => f.kind === "values") && estimate * LISTED_ID_US < ids.length * PROBED_ID_US) {
      const listed = store.filteredIds(filters, 2 * estimate);
      if (listed) return new Set(listed);
    }
    return store.passFilters(ids, filters);
  }

  private fuse(
    store: GenerationStore,
    plan: KeywordPlan,
    keyword: ScoredCandidate[],
    semantic: ScoredCandidate[],
    vector: Float32Array,
    ratio: number,
  ): ScoredCandidate[] {
    const byId = new Map<number, ScoredCandidate>();
    for (const c of keyword) byId.set(c.id, { ...c });
    const semanticOnly: number[] = [];
    for (const c of semantic) {
      const existing = byId.get(c.id);
      if (existing) existing.semantic = c.semantic;
      else {
        byId.set(c.id, { ...c });
        semanticOnly.push(c.id);
      }
    }
    // Keyword candidates need their vector similarity (exact, from the stored vectors).
    const semanticIds = new Set(semantic.map((c) => c.id));
    const missing = keyword.filter((c) => !semanticIds.has(c.id)).map((c) => c.id);
    for (const [id, sim] of store.vectors!.similarities(missing, vector)) byId.get(id)!.semantic = semanticScore(sim);
    // Vector-only candidates get a keyword score from the terms they contain (bm25 unknown: lower bound).
    if (semanticOnly.length > 0) {
      const docs = store.getDocs(semanticOnly);
      for (const id of semanticOnly) {
        const matched = this.matchedTermCount(store.index, plan, docs.get(id));
        const coverage = plan.totalIdf > 0 ? plan.terms.slice(0, matched).reduce((s, t) => s + t.idf, 0) / plan.totalIdf : 0;
        const c = byId.get(id)!;
        c.termsMatched = matched;
        c.keyword = matched > 0 ? keywordScore(coverage, 0, 1) : 0;
      }
    }
    const fused = [...byId.values()];
    for (const c of fused) c.score = hybridScore(c.keyword, c.semantic, ratio);
    return fused.sort((a, b) => b.score - a.score || a.id - b.id);
  }

  /** Orders an in-memory candidate list (hybrid / vector results) by explicit sort fields. */
  private sortCandidates(store: GenerationStore, candidates: ScoredCandidate[], req: NormalizedRequest): ScoredCandidate[] {
    const docs = store.getDocs(candidates.map((c) => c.id));
    const value = (id: number, field: string) => {
      const v = (docs.get(id) as unknown as Record<string, unknown> | undefined)?.[field];
      return typeof v === "number" ? v : null;
    };
    return [...candidates].sort((a, b) => {
      for (const { field, dir } of req.sort) {
        const va = value(a.id, field);
        const vb = value(b.id, field);
        if (va === vb) continue;
        if (va === null) return 1;
        if (vb === null) return -1;
        return dir === "asc" ? va - vb : vb - va;
      }
      return b.score - a.score;
    });
  }

  /**
   * How many of the plan's terms (rarest first, as buckets count them) a document contains, where FTS5 did
   * not tell us its bucket (vector-only candidates, sorted results). Substring containment on the normalised
   * text stands in for token membership: search-mode segmentation emits nearly every dictionary word inside
   * a text, and re-segmenting 200 candidates per query cost ~25 ms (measured) against ~0.5 ms for this.
   */
  private matchedTermCount(index: IndexName, plan: KeywordPlan, doc: SearchDoc | undefined): number {
    if (!doc) return 0;
    const text = INDEX_SCHEMAS[index].searchable.map(({ field }) => normalizeText(fieldText(doc, field))).join("\n");
    let matched = 0;
    for (const term of plan.terms) if (term.alternatives.some((a) => text.includes(a))) matched++;
    return matched;
  }

  private toHits(store: GenerationStore, candidates: ScoredCandidate[], req: NormalizedRequest, plan: KeywordPlan | null): SearchHit[] {
    const docs = req.idsOnly ? new Map(candidates.map((c) => [c.id, { id: c.id } as SearchDoc])) : store.getDocs(candidates.map((c) => c.id));
    const markWords = plan ? [...new Set(plan.terms.flatMap((t) => t.alternatives))] : [];
    const hits: SearchHit[] = [];
    for (const c of candidates) {
      const doc = docs.get(c.id);
      if (!doc) continue;
      const hit: SearchHit = {
        id: c.id,
        score: round(c.score),
        rankingDetails: {
          keywordScore: round(c.keyword),
          ...(c.bm25 !== undefined ? { bm25: round(c.bm25) } : {}),
          ...(plan && c.termsMatched !== undefined ? { termsMatched: c.termsMatched, termsTotal: plan.terms.length } : {}),
          ...(req.vector ? { semanticScore: round(c.semantic), semanticRatio: req.semanticRatio } : {}),
        },
        doc,
      };
      if (req.highlight && markWords.length > 0) hit.highlights = highlightDoc(store.index, doc, markWords);
      hits.push(hit);
    }
    return hits;
  }

  /**
   * A wrong dimension is a configuration error and throws; an all-zero or non-finite vector is indexed as
   * "no vector" so one bad embedding cannot block the outbox forever.
   */
  private documentVector(index: IndexName, doc: SearchDoc): Float32Array | undefined {
    const raw = doc._vector;
    if (!raw || raw.length === 0 || this.dimensions === 0) return undefined;
    if (raw.length === this.dimensions && !Array.prototype.some.call(raw, (x: number) => x !== 0 && Number.isFinite(x))) return undefined;
    try {
      return toUnitVector(raw, this.dimensions, `${index} document ${doc.id}`);
    } catch (error) {
      if (raw.length !== this.dimensions) throw error;
      return undefined;
    }
  }

  private writeTargets(index: IndexName): GenerationStore[] {
    const building = this.building.get(index);
    return building ? [this.live.get(index)!, building] : [this.live.get(index)!];
  }

  private vectorOptions(): { dir: string; hnsw: HnswOptions } | null {
    return this.dimensions > 0 ? { dir: this.vectorDir, hnsw: { ...this.options.hnsw, dimensions: this.dimensions } } : null;
  }

  /** Opens (or creates) the live generation of each index and removes leftovers of interrupted rebuilds. */
  private ensureReady(): void {
    if (this.closed) throw new SearchEngineError("closed", "search engine is closed");
    if (this.ready) return;
    for (const index of INDEX_NAMES) {
      const active = Number(this.getMeta(`active:${index}`) ?? 0);
      const existing = listGenerations(this.db, index);
      for (const generation of existing) {
        if (generation === active) continue;
        dropGenerationTables(this.db, generationTables(index, generation));
        fs.rmSync(path.join(this.vectorDir, `${index}-g${generation}.usearch`), { force: true });
      }
      const generation = existing.includes(active) ? active : 1;
      const store = new GenerationStore(this.db, index, generation, this.analyzer, this.vectorOptions(), existing.includes(active) ? null : { bulk: false });
      this.live.set(index, store);
      const built = this.getMeta(`fingerprint:${index}`);
      if (!existing.includes(active) || store.docCount() === 0) {
        this.setMeta(`active:${index}`, String(generation));
        this.setMeta(`fingerprint:${index}`, this.analyzer.fingerprint);
      } else if (built !== this.analyzer.fingerprint) {
        this.staleAnalysis.add(index);
      }
    }
    this.ready = true;
  }

  private getMeta(key: string): string | undefined {
    return (this.db.prepare(`SELECT value FROM ${META_TABLE} WHERE key = ?`).get(key) as { value: string } | undefined)?.value;
  }

  private setMeta(key: string, value: string): void {
    this.db.prepare(`INSERT INTO ${META_TABLE} (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(key, value);
  }
}

/**
 * One process owns the file: the HNSW graphs live in that process's memory and a rebuild swaps tables under
 * it, so a second process (say a reindex CLI next to the server) would serve stale vectors or drop the
 * other's tables. The lock holds the owner's pid; a lock left by a dead process is taken over. The same
 * process may open the file again (tests simulate a crash that way).
 */
function acquireProcessLock(lockPath: string): void {
  try {
    fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const owner = Number(fs.readFileSync(lockPath, "utf8").trim());
  if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && processAlive(owner)) {
    throw new SearchEngineError("engine_unavailable", `${lockPath}: the search index is in use by process ${owner}; run reindex inside the server or stop it first`, {
      userMessage: "搜索索引正被另一个进程使用",
    });
  }
  fs.writeFileSync(lockPath, String(process.pid));
}

function releaseProcessLock(lockPath: string): void {
  try {
    if (fs.readFileSync(lockPath, "utf8").trim() === String(process.pid)) fs.rmSync(lockPath, { force: true });
  } catch {
    // Already gone.
  }
}


function highlightDoc(index: IndexName, doc: SearchDoc, words: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { field } of INDEX_SCHEMAS[index].searchable) {
    const marked = markTerms(fieldText(doc, field), words);
    if (hasMark(marked)) out[field] = renderHighlight(marked);
  }
  return out;
}

function validId(id: unknown): number {
  if (typeof id !== "number" || !Number.isSafeInteger(id) || id < 0) {
    throw new SearchEngineError("invalid_query", `document id must be a non-negative integer, got ${String(id)}`, { userMessage: "文档编号无效" });
  }
  return id;
}

function emptyFacets(fields: readonly string[]): Record<string, Record<string, number>> {
  return Object.fromEntries(fields.map((f) => [f, {}]));
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
