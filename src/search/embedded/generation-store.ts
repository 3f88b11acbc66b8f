/**
 * Reads and writes one index generation in SQLite: documents, keyword values, FTS5 text and vectors.
 * It knows SQL but not ranking policy; embedded-search-engine.ts decides what to ask.
 */
import type Database from "better-sqlite3";
import type { ChineseTextAnalyzer } from "../chinese-text";
import { INDEX_SCHEMAS } from "../index-schemas";
import type { NormalizedFilter } from "../normalize-request";
import type { IndexName, SearchDoc, SortClause } from "../types";
import { toDocumentRows } from "./document-rows";
import {
  FILTER_COLUMN,
  filterToken,
  createGenerationTables,
  createSecondaryIndexes,
  dropGenerationTables,
  type GenerationTables,
  generationTables,
  keywordFieldIds,
  numericColumn,
} from "./generation-tables";
import { GenerationVectors, type HnswOptions } from "./generation-vectors";

interface Sql {
  sql: string;
  params: unknown[];
}

export interface RankedRow {
  id: number;
  /** bm25 as a positive number (FTS5 returns it negated); higher is better. */
  bm25: number;
}

const MAX_FACET_VALUES = 100;
/** Per-row probe cost over per-posting IDF cost (1.5 µs / 0.085 µs, measured at 1M). */
const TOKEN_VS_PROBE_COST_RATIO = 17;
const NUMERIC_SAMPLE_SIZE = 20_000;
/** Keyword filters matching at most this many documents drive a browse through FTS5 (then sort). */
const BROWSE_DRIVE_MAX = 50_000;

export class GenerationStore {
  readonly tables: GenerationTables;
  readonly vectors: GenerationVectors | null;
  private readonly fieldIds: Map<string, number>;
  private readonly fieldNames: string[];
  private readonly bm25Weights: string;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly dfCache = new Map<string, number>();
  private readonly numericSamples = new Map<string, (number | null)[]>();
  private writesSinceSample = 0;
  private docCountCache: number | null = null;

  constructor(
    private readonly db: Database.Database,
    readonly index: IndexName,
    readonly generation: number,
    private readonly analyzer: ChineseTextAnalyzer,
    vectorOptions: { dir: string; hnsw: HnswOptions } | null,
    create: { bulk: boolean } | null,
  ) {
    this.tables = generationTables(index, generation);
    if (create) {
      createGenerationTables(db, this.tables);
      if (!create.bulk) createSecondaryIndexes(db, this.tables);
    }
    this.fieldIds = keywordFieldIds(index);
    this.fieldNames = INDEX_SCHEMAS[index].keywordFields;
    this.bm25Weights = [...INDEX_SCHEMAS[index].searchable.map((s) => s.weight), 0].join(", ");
    this.vectors = vectorOptions ? GenerationVectors.open(db, this.tables, vectorOptions.dir, vectorOptions.hnsw) : null;
  }

  /** Inserts or replaces documents; the caller wraps this in a transaction. */
  write(docs: readonly SearchDoc[], vectors: readonly (Float32Array | undefined)[], mode: "live" | "bulk"): void {
    const schema = INDEX_SCHEMAS[this.index];
    const t = this.tables;
    const numericCols = schema.numericFields.map(numericColumn);
    const insertDoc = this.stmt(
      `INSERT OR REPLACE INTO ${t.docs} (id${numericCols.map((c) => `, ${c}`).join("")}) VALUES (?${numericCols.map(() => ", ?").join("")})`,
    );
    const insertBody = this.stmt(`INSERT OR REPLACE INTO ${t.bodies} (id, body) VALUES (?, ?)`);
    const insertValue = this.stmt(`INSERT OR IGNORE INTO ${t.values} (id, field, value) VALUES (?, ?, ?)`);
    const ftsCols = [...schema.searchable.map((s) => `"${s.field}"`), `"${FILTER_COLUMN}"`];
    const insertFts = this.stmt(`INSERT OR REPLACE INTO ${t.fts} (rowid, ${ftsCols.join(", ")}) VALUES (?${ftsCols.map(() => ", ?").join("")})`);
    // Old keyword values of a replaced document must go; docs and FTS rows are replaced in place.
    this.removeRows(
      docs.map((d) => d.id),
      { keepDocs: true, keepFts: true },
    );
    const vectorIds: number[] = [];
    const vectorValues: Float32Array[] = [];
    const noVector: number[] = [];
    docs.forEach((doc, i) => {
      const rows = toDocumentRows(this.index, doc, this.analyzer, this.fieldIds);
      insertDoc.run(rows.id, ...rows.numeric);
      insertBody.run(rows.id, rows.body);
      for (const [field, value] of rows.values) insertValue.run(rows.id, field, value);
      insertFts.run(rows.id, ...rows.ftsColumns);
      const vector = vectors[i];
      if (vector) {
        vectorIds.push(doc.id);
        vectorValues.push(vector);
      } else noVector.push(doc.id);
    });
    if (this.vectors) {
      if (mode === "bulk") this.vectors.bulkLoad(vectorIds, vectorValues);
      else {
        this.vectors.upsert(vectorIds, vectorValues);
        // A replaced document that lost its vector must leave the graph too.
        this.vectors.remove(noVector);
      }
    }
    this.touched();
  }

  delete(ids: readonly number[]): void {
    this.removeRows(ids, { keepDocs: false, keepFts: false });
    this.vectors?.remove(ids);
    this.touched();
  }

  /** Called once after a bulk load: secondary indexes, FTS segment merge, planner statistics. */
  finishBulkLoad(): void {
    createSecondaryIndexes(this.db, this.tables);
    // One merged FTS segment answers queries faster than the many small ones a bulk insert leaves.
    this.db.prepare(`INSERT INTO ${this.tables.fts} (${this.tables.fts}) VALUES ('optimize')`).run();
    this.db.exec(`ANALYZE ${this.tables.docs};`);
    this.vectors?.save();
    this.touched();
  }

  drop(): void {
    this.vectors?.destroy();
    dropGenerationTables(this.db, this.tables);
    this.statements.clear();
  }

  docCount(): number {
    if (this.docCountCache === null) this.docCountCache = (this.stmt(`SELECT count(*) AS n FROM ${this.tables.docs}`).get() as { n: number }).n;
    return this.docCountCache;
  }

  /** Number of documents containing an index token. */
  documentFrequency(token: string): number {
    let df = this.dfCache.get(token);
    if (df === undefined) {
      const row = this.stmt(`SELECT doc FROM ${this.tables.vocab} WHERE term = ?`).get(token) as { doc: number } | undefined;
      df = row?.doc ?? 0;
      if (this.dfCache.size > 50_000) this.dfCache.clear();
      this.dfCache.set(token, df);
    }
    return df;
  }

  getDocs(ids: readonly number[]): Map<number, SearchDoc> {
    const out = new Map<number, SearchDoc>();
    for (let start = 0; start < ids.length; start += 500) {
      const chunk = ids.slice(start, start + 500);
      const rows = this.stmt(`SELECT id, body FROM ${this.tables.bodies} WHERE id IN (${placeholders(chunk.length)})`).all(...chunk) as {
        id: number;
        body: string;
      }[];
      for (const row of rows) out.set(row.id, JSON.parse(row.body) as SearchDoc);
    }
    return out;
  }

  /**
   * Top documents for a text expression by bm25 (or by `sort`, bm25 breaking ties), after filters.
   *
   * Cost model (measured at 1M): FTS5's bm25() first counts every phrase of the MATCH over the whole index
   * to get its IDF (~0.085 µs per posting: 20 ms for a 230k-document word), then scores each matching row.
   * Hence: a keyword filter with far more documents than the text can match is probed per row instead of
   * joining the MATCH (an 820k filter token alone would cost 70 ms of IDF, while probing the few hundred
   * rows of a rare word costs < 1 ms); `rankBudget` scores only the newest matches of a huge
   * bucket; `ranked: false` skips bm25 (newest first) for buckets whose words are too common to rank cheaply.
   */
  rankedMatches(
    text: string,
    filters: readonly NormalizedFilter[],
    limit: number,
    options: { sort?: readonly SortClause[]; rankBudget?: number; ranked?: boolean; textRowsBound?: number } = {},
  ): RankedRow[] {
    const f = this.tables.fts;
    const ranked = options.ranked ?? true;
    // A filter token costs ~0.085 µs per posting in bm25's IDF pass; probing it instead costs ~1.5 µs per
    // row the text matches. Join the MATCH when that is cheaper. Unranked, there is no IDF pass, but a token
    // far commoner than the text still costs a seek into its long posting list for every candidate row
    // (an all-but-universal status filter doubled the cost of a 7-word AND at 1M): it joins only when it is
    // the rarer of the two.
    const maxTokenDf = ranked ? TOKEN_VS_PROBE_COST_RATIO * (options.textRowsBound ?? 0) : (options.textRowsBound ?? Infinity);
    const { match, residual } = this.ftsMatch(text, filters, maxTokenDf);
    const where = this.filterSql(residual, `${f}.rowid`);
    const bm25 = ranked ? `bm25(${f}, ${this.bm25Weights})` : "0";
    const sort = options.sort ?? [];
    let sql: string;
    const params: unknown[] = [match, ...where.params];
    if (sort.length === 1 && options.rankBudget !== undefined) return this.sortedByIndexWalk(text, filters, limit, sort[0]);
    if (sort.length > 0) {
      sql = `SELECT ${f}.rowid AS id, -${bm25} AS bm25 FROM ${f} JOIN ${this.tables.docs} d ON d.id = ${f}.rowid
        WHERE ${f} MATCH ?${where.sql} ORDER BY ${orderBy(sort, "d")}, ${bm25}, ${f}.rowid LIMIT ?`;
    } else if (!ranked) {
      sql = `SELECT ${f}.rowid AS id, 0 AS bm25 FROM ${f} WHERE ${f} MATCH ?${where.sql} ORDER BY ${f}.rowid DESC LIMIT ?`;
    } else if (options.rankBudget !== undefined) {
      sql = `SELECT id, bm25 FROM (SELECT ${f}.rowid AS id, -${bm25} AS bm25 FROM ${f} WHERE ${f} MATCH ?${where.sql} ORDER BY ${f}.rowid DESC LIMIT ?)
        ORDER BY bm25 DESC, id LIMIT ?`;
      params.push(options.rankBudget);
    } else {
      sql = `SELECT ${f}.rowid AS id, -${bm25} AS bm25 FROM ${f} WHERE ${f} MATCH ?${where.sql} ORDER BY ${bm25}, ${f}.rowid LIMIT ?`;
    }
    return this.stmt(sql).all(...params, limit) as RankedRow[];
  }

  /**
   * A large text match sorted by one numeric field: walk that field's index in order and keep the rows in
   * the (materialised) match set, stopping at `limit`, instead of joining and sorting every match (230k
   * matches: ~40 ms against ~250 ms with bm25 tie-breaks, measured at 1M). Rows without the field follow,
   * as in Meilisearch. Only for large matches: a rare word would make the walk cover the whole index.
   */
  private sortedByIndexWalk(text: string, filters: readonly NormalizedFilter[], limit: number, sort: SortClause): RankedRow[] {
    const f = this.tables.fts;
    const { match, residual } = this.ftsMatch(text, filters);
    const where = this.filterSql(residual, "d.id", "d");
    const col = numericColumn(sort.field);
    const dir = sort.dir === "asc" ? "ASC" : "DESC";
    const base = `FROM ${this.tables.docs} d INDEXED BY ${this.tables.docs}_${sort.field} WHERE d.id IN (SELECT rowid FROM ${f} WHERE ${f} MATCH ?)${where.sql}`;
    const withValue = this.stmt(`SELECT d.id AS id, 0 AS bm25 ${base} AND d.${col} IS NOT NULL ORDER BY d.${col} ${dir}, d.id ${dir} LIMIT ?`).all(
      match,
      ...where.params,
      limit,
    ) as RankedRow[];
    if (withValue.length >= limit) return withValue;
    const withoutValue = this.stmt(`SELECT d.id AS id, 0 AS bm25 FROM ${this.tables.docs} d WHERE d.id IN (SELECT rowid FROM ${f} WHERE ${f} MATCH ?)${where.sql} AND d.${col} IS NULL ORDER BY d.id DESC LIMIT ?`).all(
      match,
      ...where.params,
      limit - withValue.length,
    ) as RankedRow[];
    return [...withValue, ...withoutValue];
  }

  /**
   * Share of documents whose numeric field lies in [min, max], from a cached sample of the column (an
   * estimate for planning and for totals too large to count).
   */
  numericShare(filter: Extract<NormalizedFilter, { kind: "range" }>): number {
    let sample = this.numericSamples.get(filter.field);
    if (!sample) {
      const step = Math.max(1, Math.floor(this.docCount() / NUMERIC_SAMPLE_SIZE));
      // Every step-th document of the table, missing values included (they never pass a range).
      // Read from the column's covering index, not the table with its JSON bodies (~10x faster at 1M).
      sample = this.stmt(`SELECT ${numericColumn(filter.field)} FROM ${this.tables.docs} INDEXED BY ${this.tables.docs}_${filter.field} WHERE id % ? = 0 LIMIT ?`)
        .pluck()
        .all(step, NUMERIC_SAMPLE_SIZE) as (number | null)[];
      this.numericSamples.set(filter.field, sample);
    }
    if (sample.length === 0) return 1;
    const pass = sample.filter((v) => v !== null && (filter.min === undefined || v >= filter.min) && (filter.max === undefined || v <= filter.max)).length;
    return Math.max(pass, 0.5) / sample.length;
  }

  /**
   * Documents matching `text` (null: any) and the filters, counting at most `cap` + 1, so asking "more than
   * cap?" costs O(cap). Keyword filters are FTS5 token intersections; numeric ranges are checked per row.
   */
  countDocs(text: string | null, filters: readonly NormalizedFilter[], cap = Number.MAX_SAFE_INTEGER): number {
    const limit = Math.min(cap + 1, Number.MAX_SAFE_INTEGER);
    const { match, residual } = this.ftsMatch(text, filters);
    if (match === null) {
      if (residual.length === 0) return Math.min(this.docCount(), limit);
      const where = this.filterSql(residual, "d.id", "d");
      return (this.stmt(`SELECT count(*) AS n FROM (SELECT 1 FROM ${this.tables.docs} d WHERE 1${where.sql} LIMIT ?)`).get(...where.params, limit) as { n: number }).n;
    }
    const f = this.tables.fts;
    const where = this.filterSql(residual, `${f}.rowid`);
    return (this.stmt(`SELECT count(*) AS n FROM (SELECT 1 FROM ${f} WHERE ${f} MATCH ?${where.sql} LIMIT ?)`).get(match, ...where.params, limit) as { n: number }).n;
  }

  /** Ids of documents passing the filters, or null when there are more than `cap`. */
  filteredIds(filters: readonly NormalizedFilter[], cap: number): number[] | null {
    const { match, residual } = this.ftsMatch(null, filters);
    let ids: number[];
    if (match === null) {
      const where = this.filterSql(residual, "d.id", "d");
      ids = this.stmt(`SELECT d.id FROM ${this.tables.docs} d WHERE 1${where.sql} LIMIT ?`).pluck().all(...where.params, cap + 1) as number[];
    } else {
      const f = this.tables.fts;
      const where = this.filterSql(residual, `${f}.rowid`);
      ids = this.stmt(`SELECT ${f}.rowid FROM ${f} WHERE ${f} MATCH ?${where.sql} LIMIT ?`).pluck().all(match, ...where.params, cap + 1) as number[];
    }
    return ids.length > cap ? null : ids;
  }

  /**
   * Browse: documents passing the filters, in sort order. Narrow keyword filters drive through FTS5 and the
   * few survivors are sorted; broad ones walk the sort column's index and probe each row's values, which
   * stops as soon as a page is full (a 470k-document filter took 1.8 s the other way round).
   */
  browse(filters: readonly NormalizedFilter[], sort: readonly SortClause[], limit: number, offset: number, estimatedTotal: number): number[] {
    const { match, residual } = this.ftsMatch(null, filters);
    if (match !== null && estimatedTotal <= BROWSE_DRIVE_MAX) {
      const f = this.tables.fts;
      const where = this.filterSql(residual, `${f}.rowid`, "d");
      return this.stmt(
        `SELECT d.id FROM ${f} JOIN ${this.tables.docs} d ON d.id = ${f}.rowid WHERE ${f} MATCH ?${where.sql} ORDER BY ${orderBy(sort, "d")}, d.id DESC LIMIT ? OFFSET ?`,
      )
        .pluck()
        .all(match, ...where.params, limit, offset) as number[];
    }
    const where = this.filterSql(filters, "d.id", "d");
    return this.stmt(`SELECT d.id FROM ${this.tables.docs} d WHERE 1${where.sql} ORDER BY ${orderBy(sort, "d")}, d.id DESC LIMIT ? OFFSET ?`)
      .pluck()
      .all(...where.params, limit, offset) as number[];
  }

  /** Of `ids`, those passing the filters (post-filtering ANN candidates). */
  passFilters(ids: readonly number[], filters: readonly NormalizedFilter[]): Set<number> {
    if (filters.length === 0) return new Set(ids);
    const out = new Set<number>();
    const where = this.filterSql(filters, "d.id", "d");
    for (let start = 0; start < ids.length; start += 500) {
      const chunk = ids.slice(start, start + 500);
      const rows = this.stmt(`SELECT d.id FROM ${this.tables.docs} d WHERE d.id IN (${placeholders(chunk.length)})${where.sql}`)
        .pluck()
        .all(...chunk, ...where.params) as number[];
      for (const id of rows) out.add(id);
    }
    return out;
  }

  /**
   * Value counts per facet field over the documents matching `text` (null: any) and the filters; at most
   * MAX_FACET_VALUES values per field, most frequent first. When more than `sampleCap` documents match,
   * counts come from the newest `sampleCap` of them scaled to `total` (counting every value of 200k
   * documents costs seconds; the bar lengths in the UI do not need more precision than this).
   */
  facetCounts(
    text: string | null,
    filters: readonly NormalizedFilter[],
    fields: readonly string[],
    options: { total: number; sampleCap: number },
  ): { facets: Record<string, Record<string, number>>; sampled: boolean } {
    const facets: Record<string, Record<string, number>> = {};
    if (fields.length === 0) return { facets, sampled: false };
    for (const field of fields) facets[field] = {};
    const fieldIdList = fields.map((f) => this.fieldIds.get(f)!);
    const sampled = options.total > options.sampleCap;
    const v = this.tables.values;
    const { match, residual } = this.ftsMatch(text, filters);
    let matching: Sql;
    if (match === null) {
      const where = this.filterSql(residual, "d.id", "d");
      matching = { sql: `SELECT d.id AS id FROM ${this.tables.docs} d WHERE 1${where.sql}${sampled ? " ORDER BY d.id DESC" : ""} LIMIT ?`, params: where.params };
    } else {
      const f = this.tables.fts;
      const where = this.filterSql(residual, `${f}.rowid`);
      matching = { sql: `SELECT ${f}.rowid AS id FROM ${f} WHERE ${f} MATCH ?${where.sql}${sampled ? ` ORDER BY ${f}.rowid DESC` : ""} LIMIT ?`, params: [match, ...where.params] };
    }
    const limit = sampled ? options.sampleCap : Number.MAX_SAFE_INTEGER;
    const rows = this.stmt(
      `SELECT v.field AS field, v.value AS value, count(*) AS n FROM (${matching.sql}) m JOIN ${v} v ON v.id = m.id AND v.field IN (${placeholders(fieldIdList.length)})
       GROUP BY v.field, v.value`,
    ).all(...matching.params, limit, ...fieldIdList) as { field: number; value: string; n: number }[];
    const scale = sampled ? options.total / options.sampleCap : 1;
    const byField = new Map<number, { value: string; n: number }[]>();
    for (const row of rows) {
      const list = byField.get(row.field) ?? [];
      list.push({ value: row.value, n: row.n });
      byField.set(row.field, list);
    }
    for (const [fieldId, list] of byField) {
      list.sort((a, b) => b.n - a.n || (a.value < b.value ? -1 : 1));
      const target = facets[this.fieldNames[fieldId]];
      for (const { value, n } of list.slice(0, MAX_FACET_VALUES)) target[value] = Math.max(1, Math.round(n * scale));
    }
    return { facets, sampled };
  }

  /** Document frequency of a keyword-field value (its filter token). */
  valueFrequency(field: string, value: string): number {
    return this.documentFrequency(filterToken(this.fieldIds.get(field)!, value));
  }

  /** Documents having any of the values (sum of their token frequencies; an upper bound). */
  valueCount(field: string, values: readonly string[]): number {
    return values.reduce((sum, value) => sum + this.valueFrequency(field, value), 0);
  }

  /**
   * Splits filters into the part FTS5 evaluates (keyword values, as filter tokens ANDed into the MATCH)
   * and the residual checked per row (numeric ranges; keyword values with more than maxTokenDf documents).
   * `match` is null when there is neither text nor a keyword filter.
   */
  private ftsMatch(
    text: string | null,
    filters: readonly NormalizedFilter[],
    maxTokenDf = Infinity,
  ): { match: string | null; residual: NormalizedFilter[] } {
    const parts = text === null ? [] : [`(${text})`];
    const residual: NormalizedFilter[] = [];
    for (const filter of filters) {
      if (filter.kind !== "values" || (text !== null && maxTokenDf < Infinity && this.valueCount(filter.field, filter.values) > maxTokenDf)) {
        residual.push(filter);
        continue;
      }
      const fieldId = this.fieldIds.get(filter.field)!;
      const tokens = filter.values.map((v) => `"${filterToken(fieldId, v)}"`);
      parts.push(`{${FILTER_COLUMN}} : ${tokens.length === 1 ? tokens[0] : `(${tokens.join(" OR ")})`}`);
    }
    return { match: parts.length > 0 ? parts.join(" AND ") : null, residual };
  }

  /** " AND ..." conditions on the document whose id is `idExpr` (docs alias given when already joined). */
  private filterSql(filters: readonly NormalizedFilter[], idExpr: string, docsAlias?: string): Sql {
    const parts: string[] = [];
    const params: unknown[] = [];
    for (const filter of filters) {
      if (filter.kind === "values") {
        parts.push(
          `EXISTS (SELECT 1 FROM ${this.tables.values} WHERE id = ${idExpr} AND field = ? AND value IN (${placeholders(filter.values.length)}))`,
        );
        params.push(this.fieldIds.get(filter.field), ...filter.values);
      } else {
        const col = numericColumn(filter.field);
        const conds: string[] = [];
        if (filter.min !== undefined) {
          conds.push(`${col} >= ?`);
          params.push(filter.min);
        }
        if (filter.max !== undefined) {
          conds.push(`${col} <= ?`);
          params.push(filter.max);
        }
        if (conds.length === 0) continue;
        if (docsAlias) parts.push(conds.map((c) => `${docsAlias}.${c}`).join(" AND "));
        else parts.push(`EXISTS (SELECT 1 FROM ${this.tables.docs} WHERE id = ${idExpr} AND ${conds.join(" AND ")})`);
      }
    }
    return { sql: parts.map((p) => ` AND ${p}`).join(""), params };
  }

  private removeRows(ids: readonly number[], keep: { keepDocs: boolean; keepFts: boolean }): void {
    const t = this.tables;
    const delValues = this.stmt(`DELETE FROM ${t.values} WHERE id = ?`);
    const delDoc = this.stmt(`DELETE FROM ${t.docs} WHERE id = ?`);
    const delBody = this.stmt(`DELETE FROM ${t.bodies} WHERE id = ?`);
    const delFts = this.stmt(`DELETE FROM ${t.fts} WHERE rowid = ?`);
    for (const id of ids) {
      delValues.run(id);
      if (!keep.keepDocs) {
        delDoc.run(id);
        delBody.run(id);
      }
      if (!keep.keepFts) delFts.run(id);
    }
  }

  private touched(): void {
    this.docCountCache = null;
    if (++this.writesSinceSample > NUMERIC_SAMPLE_SIZE) {
      this.numericSamples.clear();
      this.writesSinceSample = 0;
    }
    // A cached df of 0 for a token that a write just introduced would drop that query term, so document
    // frequencies (also used as filter selectivities) never outlive a write.
    this.dfCache.clear();
  }

  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      // Statements with a variable number of placeholders are many; keep the cache bounded.
      if (this.statements.size > 500) this.statements.clear();
      this.statements.set(sql, s);
    }
    return s;
  }
}

function placeholders(n: number): string {
  return Array(n).fill("?").join(",");
}

/**
 * Missing values sort last in both directions, as in Meilisearch. NULLS LAST (not an IS NULL term) keeps a
 * descending sort able to walk the column's index.
 */
function orderBy(sort: readonly SortClause[], alias: string): string {
  return sort.map((s) => `${alias}.${numericColumn(s.field)} ${s.dir === "asc" ? "ASC" : "DESC"} NULLS LAST`).join(", ");
}
