import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** sha256 of the exact UTF-8 text that was embedded (query prefix included). */
export function embeddingTextHash(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}

interface CacheRow {
  dims: number;
  vector: Buffer;
}

/**
 * Embeddings on disk, keyed by (model key, sha256 of the text), in their own SQLite file so the cache can
 * be deleted or copied without touching the source-of-truth database. Unchanged texts are never
 * re-embedded; a new model key simply misses and fills its own rows, so vectors from two models (or two
 * dimensionalities) are never returned for one key.
 */
export class EmbeddingCache {
  private readonly select: Database.Statement<[string, Buffer], CacheRow>;
  private readonly upsert: Database.Statement<[string, Buffer, number, Buffer, number]>;

  private constructor(private readonly db: Database.Database) {
    db.pragma("journal_mode = WAL");
    // The cache is rebuildable, so losing the last transactions in a power cut is acceptable.
    db.pragma("synchronous = NORMAL");
    db.exec(`
      CREATE TABLE IF NOT EXISTS embedding_cache (
        model_key   TEXT    NOT NULL,
        text_sha256 BLOB    NOT NULL,
        dims        INTEGER NOT NULL,
        vector      BLOB    NOT NULL,
        created_at  INTEGER NOT NULL,
        PRIMARY KEY (model_key, text_sha256)
      ) WITHOUT ROWID;
    `);
    this.select = db.prepare("SELECT dims, vector FROM embedding_cache WHERE model_key = ? AND text_sha256 = ?");
    this.upsert = db.prepare(
      `INSERT INTO embedding_cache (model_key, text_sha256, dims, vector, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (model_key, text_sha256) DO UPDATE SET dims = excluded.dims, vector = excluded.vector, created_at = excluded.created_at`,
    );
  }

  /** Opens (creating the folder and table if needed) the cache file, e.g. `<DATA_DIR>/embeddings.db`. */
  static open(filePath: string): EmbeddingCache {
    fs.mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true });
    return new EmbeddingCache(new Database(filePath));
  }

  /** One entry per text: the cached vector, or undefined when missing or stored with other dims. */
  getMany(modelKey: string, texts: readonly string[], dimensions: number): Array<Float32Array | undefined> {
    return texts.map((text) => {
      const row = this.select.get(modelKey, embeddingTextHash(text));
      if (!row || row.dims !== dimensions || row.vector.byteLength !== dimensions * 4) return undefined;
      // Copy into a fresh, 4-byte aligned buffer: SQLite blobs may sit at any offset.
      return new Float32Array(new Uint8Array(row.vector).buffer);
    });
  }

  putMany(modelKey: string, entries: ReadonlyArray<{ text: string; vector: Float32Array }>): void {
    const now = Date.now();
    const insertAll = this.db.transaction(() => {
      for (const { text, vector } of entries) {
        // Stored in the machine's byte order (little-endian on x86/ARM); the file is a local cache, not an exchange format.
        const blob = Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength);
        this.upsert.run(modelKey, embeddingTextHash(text), vector.length, blob, now);
      }
    });
    insertAll();
  }

  count(modelKey?: string): number {
    const row = modelKey
      ? this.db.prepare<[string], { n: number }>("SELECT COUNT(*) AS n FROM embedding_cache WHERE model_key = ?").get(modelKey)
      : this.db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM embedding_cache").get();
    return row?.n ?? 0;
  }

  /** Frees space after a model switch; returns the number of rows removed. */
  deleteOtherModels(keepModelKey: string): number {
    return this.db.prepare("DELETE FROM embedding_cache WHERE model_key <> ?").run(keepModelKey).changes;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
