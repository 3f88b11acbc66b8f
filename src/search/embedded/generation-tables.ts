/**
 * The SQLite tables of one index generation. A rebuild fills generation N+1 next to the live generation N
 * and then flips a pointer in `search_meta`, so searches never see a half-built index.
 */
import type Database from "better-sqlite3";
import { INDEX_SCHEMAS } from "../index-schemas";
import type { IndexName } from "../types";

export interface GenerationTables {
  index: IndexName;
  generation: number;
  /**
   * id and one REAL column per numeric field: kept narrow (~30 bytes a row) so the per-row range probes and
   * sort walks stay in cache; with the JSON inline a probe cost ~2.5 µs at 1M, measured.
   */
  docs: string;
  /** id → the document JSON without its vector. */
  bodies: string;
  /** (id, field, value) for every keyword field value (facets, per-row filter probes); field is a small integer. */
  values: string;
  /**
   * Contentless FTS5 over jieba tokens, one column per searchable field, plus a last column holding one
   * token per keyword-field value (see filterToken) so keyword filters join the MATCH expression.
   */
  fts: string;
  /** fts5vocab 'row' view: document frequency per token, for IDF-based query term selection. */
  vocab: string;
  /** Durable copy of the vectors (float32 blobs); the HNSW file is rebuilt from it when stale. */
  vectors: string;
  /** Vector writes since the HNSW file was last saved, replayed into it on open. */
  vectorLog: string;
}

export function generationTables(index: IndexName, generation: number): GenerationTables {
  const p = `${index}_g${generation}`;
  return {
    index,
    generation,
    docs: `${p}_docs`,
    bodies: `${p}_bodies`,
    values: `${p}_values`,
    fts: `${p}_fts`,
    vocab: `${p}_vocab`,
    vectors: `${p}_vectors`,
    vectorLog: `${p}_vector_log`,
  };
}

/** Keyword field names are stored as their position in the schema list: 1 byte instead of ~15 per row. */
export function keywordFieldIds(index: IndexName): Map<string, number> {
  return new Map(INDEX_SCHEMAS[index].keywordFields.map((field, i) => [field, i]));
}

/** The hidden FTS column with filter tokens; its bm25 weight is 0 so filters never change relevance. */
export const FILTER_COLUMN = "_filters";

/**
 * A keyword value as one FTS token ("k<fieldId>x<utf8 hex>"): only letters and digits, so unicode61 keeps it
 * whole, and unique per field and value. A filter ANDed into the MATCH is intersected by FTS5 with its
 * skip lists instead of probing a table once per text match (measured at 1M: a province filter on a
 * 230k-document term went from ~300 ms of probes to a few ms).
 */
export function filterToken(fieldId: number, value: string): string {
  return `k${fieldId}x${Buffer.from(value, "utf8").toString("hex")}`;
}

/** Column name in the docs table for a numeric field (quoted: field names are camelCase). */
export function numericColumn(field: string): string {
  return `"n_${field}"`;
}

/**
 * Creates the tables without their secondary indexes: a bulk load appends in id order to the primary keys
 * and builds the secondary indexes once at the end (createSecondaryIndexes), several times faster than
 * maintaining them row by row.
 */
export function createGenerationTables(db: Database.Database, t: GenerationTables): void {
  const schema = INDEX_SCHEMAS[t.index];
  const numericCols = schema.numericFields.map((f) => `, ${numericColumn(f)} REAL`).join("");
  const ftsCols = [...schema.searchable.map((s) => `"${s.field}"`), `"${FILTER_COLUMN}"`].join(", ");
  db.exec(`
    CREATE TABLE IF NOT EXISTS ${t.docs} (id INTEGER PRIMARY KEY${numericCols});
    CREATE TABLE IF NOT EXISTS ${t.bodies} (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS ${t.values} (id INTEGER NOT NULL, field INTEGER NOT NULL, value TEXT NOT NULL,
      PRIMARY KEY (id, field, value)) WITHOUT ROWID;
    -- detail=column: we never run phrase queries (tokens are whole jieba words) and highlight in JS, so
    -- positions are not needed; the index is smaller and bm25 still knows which column matched.
    CREATE VIRTUAL TABLE IF NOT EXISTS ${t.fts} USING fts5(${ftsCols}, content='', contentless_delete=1,
      detail=column, tokenize='unicode61 remove_diacritics 0');
    CREATE VIRTUAL TABLE IF NOT EXISTS ${t.vocab} USING fts5vocab(${t.fts}, 'row');
    CREATE TABLE IF NOT EXISTS ${t.vectors} (id INTEGER PRIMARY KEY, v BLOB NOT NULL);
    CREATE TABLE IF NOT EXISTS ${t.vectorLog} (seq INTEGER PRIMARY KEY AUTOINCREMENT, id INTEGER NOT NULL);
  `);
}

/**
 * Only the numeric columns need indexes (range filters, sort walks). Keyword filters are FTS5 tokens and the
 * values table is read by primary key (id, field, value), so no (field, value) index is kept.
 */
export function createSecondaryIndexes(db: Database.Database, t: GenerationTables): void {
  const schema = INDEX_SCHEMAS[t.index];
  for (const field of schema.numericFields) {
    db.exec(`CREATE INDEX IF NOT EXISTS ${t.docs}_${field} ON ${t.docs} (${numericColumn(field)});`);
  }
}

export function dropGenerationTables(db: Database.Database, t: GenerationTables): void {
  // The vocab view must go before the FTS table it reads.
  db.exec(`
    DROP TABLE IF EXISTS ${t.vocab};
    DROP TABLE IF EXISTS ${t.fts};
    DROP TABLE IF EXISTS ${t.values};
    DROP TABLE IF EXISTS ${t.docs};
    DROP TABLE IF EXISTS ${t.bodies};
    DROP TABLE IF EXISTS ${t.vectors};
    DROP TABLE IF EXISTS ${t.vectorLog};
  `);
}

/** Generations present in the file for an index (live, or left over from an interrupted rebuild). */
export function listGenerations(db: Database.Database, index: IndexName): number[] {
  const rows = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB ?`)
    .all(`${index}_g*_docs`) as { name: string }[];
  return rows
    .map((r) => Number(/_g(\d+)_docs$/.exec(r.name)?.[1]))
    .filter((n) => Number.isInteger(n))
    .sort((a, b) => a - b);
}
