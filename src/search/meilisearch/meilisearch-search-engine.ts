/**
 * SearchEngine over a Meilisearch server (used when MEILI_URL is set), through the official client.
 *
 * - Settings come from the shared index schema and are applied idempotently before any document
 *   (ensureSettings creates missing indexes and sends only settings that differ).
 * - Every write waits for its task with a timeout suited to bulk loads and fails loudly on task.error.
 * - rebuild() fills `<uid>_rebuild_<ts>`, swaps it with the live index, then deletes the old one.
 * - The API key must be a scoped key (see scoped-api-key.ts); the master key is refused.
 */
import { Meilisearch, MeilisearchApiError, type EnqueuedTaskPromise, type Hit, type Index, type SearchParams, type SearchResponse } from "meilisearch";
import { createChineseTextAnalyzer, type ChineseTextAnalyzer, type ChineseTextOptions } from "../chinese-text";
import { MARK_END, MARK_START } from "../highlight";
import { INDEX_SCHEMAS } from "../index-schemas";
import { normalizeFilters, normalizeRequest } from "../normalize-request";
import { SearchEngineError } from "../search-errors";
import { clamp01 } from "../score-fusion";
import {
  INDEX_NAMES,
  type EngineHealth,
  type Filter,
  type IndexName,
  type RebuildOptions,
  type SearchDocByIndex,
  type SearchEngine,
  type SearchDoc,
  type SearchHit,
  type SearchRequest,
  type SearchResult,
} from "../types";
import { fromMeilisearchHit, highlightsFromHit, toMeilisearchDocument } from "./meilisearch-documents";
import { toMeilisearchFilter } from "./meilisearch-filter";
import { desiredSettings, EMBEDDER_NAME, settingsDiff } from "./meilisearch-settings";
import { awaitTask, toSearchEngineError, type TaskWait } from "./meilisearch-tasks";

export interface MeilisearchEngineOptions {
  /** MEILI_URL, e.g. http://meilisearch:7700 */
  url: string;
  /**
   * A scoped key from createScopedApiKey (MEILI_API_KEY). The master key is rejected by ensureSettings.
   * Absent only for a development server started without a master key.
   */
  apiKey?: string;
  /** Prefix of index uids, so several environments can share a server. Default "investmatch_". */
  indexPrefix?: string;
  /** Embedding size for the userProvided embedder; 0 disables hybrid search. Default 512. */
  vectorDimensions?: number;
  /** User dictionary and synonyms (sent as Meilisearch `dictionary` and `synonyms`). */
  text?: ChineseTextOptions;
  /** Documents per addDocuments call. Default 1000. */
  batchSize?: number;
  /** Wait for document tasks (bulk loads on a busy server can take minutes). Default 10 min. */
  documentsTimeoutMs?: number;
  /** Wait for settings, index creation, swap and deletion tasks. Default 2 min. */
  settingsTimeoutMs?: number;
  /** HTTP timeout per request. Default 30 s. */
  requestTimeoutMs?: number;
  /** For tests against a throwaway server only. */
  allowMasterKey?: boolean;
}

export function createMeilisearchEngine(options: MeilisearchEngineOptions): MeilisearchEngine {
  return new MeilisearchEngine(options);
}

export class MeilisearchEngine implements SearchEngine {
  readonly kind = "meilisearch" as const;
  private readonly client: Meilisearch;
  private readonly analyzer: ChineseTextAnalyzer;
  private readonly dimensions: number;
  private readonly prefix: string;
  private readonly documentsWait: TaskWait;
  private readonly settingsWait: TaskWait;
  /** Index uid being rebuilt per index; writes go there too (see the rebuild contract in types.ts). */
  private readonly rebuilding = new Map<IndexName, string>();
  private ready: Promise<void> | null = null;
  private closed = false;

  constructor(private readonly options: MeilisearchEngineOptions) {
    this.client = new Meilisearch({ host: options.url, apiKey: options.apiKey, timeout: options.requestTimeoutMs ?? 30_000 });
    this.analyzer = createChineseTextAnalyzer(options.text);
    this.dimensions = options.vectorDimensions ?? 512;
    this.prefix = options.indexPrefix ?? "investmatch_";
    this.documentsWait = { timeoutMs: options.documentsTimeoutMs ?? 10 * 60_000, intervalMs: 200 };
    this.settingsWait = { timeoutMs: options.settingsTimeoutMs ?? 2 * 60_000, intervalMs: 100 };
  }

  /** The Meilisearch index uid serving an index. */
  uid(index: IndexName): string {
    return `${this.prefix}${index}`;
  }

  ensureSettings(): Promise<void> {
    this.assertOpen();
    // Memoised so concurrent first calls share one round of settings tasks; a failure allows a retry.
    this.ready ??= this.applySettings().catch((error: unknown) => {
      this.ready = null;
      throw error;
    });
    return this.ready;
  }

  async upsert<I extends IndexName>(index: I, docs: SearchDocByIndex[I][]): Promise<void> {
    await this.ensureSettings();
    if (docs.length === 0) return;
    const payload = docs.map((d) => toMeilisearchDocument(index, d, this.analyzer, this.dimensions));
    await Promise.all(this.targets(index).map((uid) => this.addDocuments(uid, payload)));
  }

  async delete(index: IndexName, ids: number[]): Promise<void> {
    await this.ensureSettings();
    if (ids.length === 0) return;
    await Promise.all(this.targets(index).map((uid) => awaitTask(this.client.index(uid).deleteDocuments(ids), `delete from ${uid}`, this.documentsWait)));
  }

  async count(index: IndexName, filters?: Filter[]): Promise<number> {
    await this.ensureSettings();
    const filter = toMeilisearchFilter(normalizeFilters(index, filters));
    try {
      if (filter.length === 0) return (await this.client.index(this.uid(index)).getStats()).numberOfDocuments;
      const response = await this.client.index(this.uid(index)).search("", { filter, hitsPerPage: 0, page: 1 });
      return response.totalHits;
    } catch (error) {
      throw toSearchEngineError(error, `count ${index}`);
    }
  }

  async search<I extends IndexName>(index: I, request: SearchRequest): Promise<SearchResult<SearchDocByIndex[I]>> {
    await this.ensureSettings();
    const started = performance.now();
    const req = normalizeRequest(index, request);
    const schema = INDEX_SCHEMAS[index];
    const filter = toMeilisearchFilter(req.filters);
    // Without an embedder (vectorDimensions 0) a query vector is ignored, as in the embedded engine.
    const vector = this.dimensions > 0 ? req.vector : undefined;
    const params: SearchParams = {
      filter: filter.length > 0 ? filter : undefined,
      facets: req.facets.length > 0 ? req.facets : undefined,
      matchingStrategy: "frequency",
      showRankingScore: true,
      showRankingScoreDetails: true,
      locales: ["cmn"],
    };
    // Exhaustive totals (page mode) when the window is page-aligned, as the UI's pagination is.
    const pageAligned = req.limit > 0 && req.offset % req.limit === 0;
    if (pageAligned) Object.assign(params, { hitsPerPage: req.limit, page: req.offset / req.limit + 1 });
    else Object.assign(params, { limit: req.limit, offset: req.offset });
    if (req.sort.length > 0) params.sort = req.sort.map((s) => `${s.field}:${s.dir}`);
    else if (!req.q && !vector) params.sort = [`${schema.defaultSort.field}:${schema.defaultSort.dir}`];
    if (vector) {
      if (vector.length !== this.dimensions) {
        throw new SearchEngineError("invalid_query", `query vector has ${vector.length} dimensions, expected ${this.dimensions}`, { userMessage: "查询向量维度不符" });
      }
      params.vector = Array.from(vector);
      params.hybrid = { embedder: EMBEDDER_NAME, semanticRatio: req.semanticRatio };
    }
    if (req.idsOnly) params.attributesToRetrieve = ["id"];
    if (req.highlight && req.q) {
      params.attributesToHighlight = schema.searchable.map((s) => s.field);
      params.highlightPreTag = MARK_START;
      params.highlightPostTag = MARK_END;
    }
    let response: SearchResponse;
    try {
      response = (await this.client.index(this.uid(index)).search(vector && req.semanticRatio >= 1 ? "" : req.q, params)) as SearchResponse;
    } catch (error) {
      throw toSearchEngineError(error, `search ${index}`);
    }
    const hits: SearchHit[] = response.hits.map((hit: Hit) => {
      const out: SearchHit = {
        id: Number(hit.id),
        score: clamp01(hit._rankingScore ?? 1),
        rankingDetails: hit._rankingScoreDetails as Record<string, unknown> | undefined,
        doc: req.idsOnly ? ({ id: Number(hit.id) } as SearchDoc) : fromMeilisearchHit(hit),
      };
      if (req.highlight && req.q) out.highlights = highlightsFromHit(index, hit);
      return out;
    });
    const facets: Record<string, Record<string, number>> = {};
    for (const field of req.facets) facets[field] = { ...(response.facetDistribution?.[field] ?? {}) };
    return {
      hits: hits as SearchHit<SearchDocByIndex[I]>[],
      total: response.totalHits ?? response.estimatedTotalHits ?? hits.length,
      facets,
      processingMs: Math.round((performance.now() - started) * 10) / 10,
    };
  }

  async rebuild<I extends IndexName>(index: I, source: AsyncIterable<SearchDocByIndex[I][]>, options: RebuildOptions = {}): Promise<{ indexed: number }> {
    await this.ensureSettings();
    if (this.rebuilding.has(index)) throw new SearchEngineError("invalid_query", `a rebuild of ${index} is already running`, { userMessage: "索引正在重建中" });
    const live = this.uid(index);
    const fresh = `${live}_rebuild_${Date.now().toString(36)}`;
    let indexed = 0;
    try {
      await this.createIndex(fresh);
      await this.applyIndexSettings(index, fresh);
      this.rebuilding.set(index, fresh);
      for await (const batch of source) {
        this.assertOpen();
        await this.addDocuments(
          fresh,
          batch.map((d) => toMeilisearchDocument(index, d, this.analyzer, this.dimensions)),
        );
        indexed += batch.length;
        options.onProgress?.(indexed);
      }
      // Omitting `rename` (false by default) keeps this a swap on servers older than the rename option.
      const swap = [{ indexes: [live, fresh] }] as unknown as Parameters<Meilisearch["swapIndexes"]>[0];
      await awaitTask(this.client.swapIndexes(swap), `swap ${live} with ${fresh}`, this.settingsWait);
      this.rebuilding.delete(index);
      // `fresh` now holds the previous documents.
      await awaitTask(this.client.deleteIndex(fresh), `delete old ${index} index`, this.settingsWait);
      return { indexed };
    } catch (error) {
      this.rebuilding.delete(index);
      await this.client.deleteIndexIfExists(fresh).catch(() => undefined);
      throw toSearchEngineError(error, `rebuild ${index}`);
    }
  }

  async health(): Promise<EngineHealth> {
    const documents: Partial<Record<IndexName, number>> = {};
    const rebuilding: Partial<Record<IndexName, boolean>> = {};
    try {
      await this.client.health();
      for (const index of INDEX_NAMES) {
        rebuilding[index] = this.rebuilding.has(index);
        documents[index] = await this.client
          .index(this.uid(index))
          .getStats()
          .then((s) => s.numberOfDocuments)
          .catch(() => undefined);
      }
      return { ok: !this.closed, engine: "meilisearch", documents, rebuilding, vectors: this.dimensions > 0 };
    } catch (error) {
      return { ok: false, engine: "meilisearch", documents, rebuilding, vectors: this.dimensions > 0, message: toSearchEngineError(error, "health").message };
    }
  }

  async close(): Promise<void> {
    // The client holds no sockets of its own (fetch); just refuse further use.
    this.closed = true;
  }

  /** Deletes this engine's indexes (test clean-up and `reindex --drop`). */
  async dropIndexes(): Promise<void> {
    for (const index of INDEX_NAMES) await this.client.deleteIndexIfExists(this.uid(index));
    this.ready = null;
  }

  private async applySettings(): Promise<void> {
    if (this.options.apiKey && !this.options.allowMasterKey) await this.refuseMasterKey();
    for (const index of INDEX_NAMES) {
      await this.createIndex(this.uid(index));
      await this.applyIndexSettings(index, this.uid(index));
    }
  }

  /** Only the master key may list keys; a scoped or admin key gets 403 there. */
  private async refuseMasterKey(): Promise<void> {
    try {
      await this.client.getKeys({ limit: 1 });
    } catch (error) {
      if (error instanceof MeilisearchApiError) return;
      throw toSearchEngineError(error, "check API key");
    }
    throw new SearchEngineError("engine_unavailable", "MEILI_API_KEY is the master key; create a scoped key with createScopedApiKey and use that", {
      userMessage: "搜索服务配置错误：不能使用主密钥",
    });
  }

  private async createIndex(uid: string): Promise<void> {
    try {
      await this.client.getIndex(uid);
      return;
    } catch (error) {
      if (!(error instanceof MeilisearchApiError && error.cause?.code === "index_not_found")) throw toSearchEngineError(error, `get index ${uid}`);
    }
    // A concurrent creator may win; index_already_exists is then fine.
    try {
      await awaitTask(this.client.createIndex(uid, { primaryKey: "id" }), `create index ${uid}`, this.settingsWait);
    } catch (error) {
      if (!(error instanceof SearchEngineError && /index_already_exists/.test(error.message))) throw error;
    }
  }

  private async applyIndexSettings(index: IndexName, uid: string): Promise<void> {
    const target = this.client.index(uid);
    const desired = desiredSettings(index, this.analyzer, this.dimensions);
    let current;
    try {
      current = await target.getSettings();
    } catch (error) {
      throw toSearchEngineError(error, `get settings of ${uid}`);
    }
    const diff = settingsDiff(current, desired);
    if (Object.keys(diff).length === 0) return;
    await awaitTask(target.updateSettings(diff), `update settings of ${uid}`, this.settingsWait);
  }

  private async addDocuments(uid: string, docs: Record<string, unknown>[]): Promise<void> {
    const batchSize = this.options.batchSize ?? 1000;
    const index: Index = this.client.index(uid);
    // Enqueue every batch first (Meilisearch auto-batches consecutive additions into one indexing run), then
    // wait for each. Each enqueue is awaited right away so a rejected request is never left unhandled.
    const enqueued: EnqueuedTaskPromise[] = [];
    for (let start = 0; start < docs.length; start += batchSize) {
      const task = index.addDocuments(docs.slice(start, start + batchSize), { primaryKey: "id" });
      try {
        await task;
      } catch (error) {
        throw toSearchEngineError(error, `add documents to ${uid}`);
      }
      enqueued.push(task);
    }
    for (const task of enqueued) await awaitTask(task, `add documents to ${uid}`, this.documentsWait);
  }

  private targets(index: IndexName): string[] {
    const fresh = this.rebuilding.get(index);
    return fresh ? [this.uid(index), fresh] : [this.uid(index)];
  }

  private assertOpen(): void {
    if (this.closed) throw new SearchEngineError("closed", "search engine is closed");
  }
}
