import { inChunks, type Db } from "../src/db";
import type { Logger } from "../src/logger";
import type { SearchEngine } from "../src/search/types";
import type { EnterpriseSearchDoc, ProjectSearchDoc } from "../src/search/documents";
import type { Embedder } from "../src/embeddings";
import { findEnterprisesByIds } from "../src/modules/enterprises";
import { findProjectsByIds } from "../src/modules/projects";
import { enterpriseDocument, enterpriseEmbeddingText, projectDocument, projectEmbeddingText } from "./search-documents";
import type { IndustryInferrer } from "../src/modules/matching/inference";
import { inferEnterpriseCodes, storeInferredCodes } from "../src/modules/matching/industry-inference-service";
import type { EnterpriseRow } from "../src/modules/enterprises";

/** Computes and stores inferred codes, updating the rows in place so the documents carry them. */
export async function enrichWithInferredCodes(db: Db, inferrer: IndustryInferrer, rows: EnterpriseRow[]): Promise<void> {
  for (const row of rows) {
    if (row.deletedAt) continue;
    const inferred = inferEnterpriseCodes(inferrer, row);
    if (await storeInferredCodes(db, row, inferred)) {
      row.industries = [
        ...row.industries.filter((i) => i.kind !== "inferred"),
        ...inferred.map((i) => ({ enterpriseId: row.id, code: i.code, kind: "inferred", confidence: i.confidence, evidence: i.evidence })),
      ];
    }
  }
}

export interface OutboxIndexerOptions {
  db: Db;
  engine: SearchEngine;
  /** Optional: documents get `_vector` when it is enabled. */
  embedder?: Embedder;
  /** Optional: infers GB/T codes for enterprises while indexing (stored as kind = inferred). */
  inferrer?: IndustryInferrer;
  logger: Logger;
  /** Outbox rows taken per round. */
  batchSize?: number;
  /** Wait between polls when the outbox is empty. */
  idleMs?: number;
  /** First retry delay after an engine failure; doubles up to maxBackoffMs. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
}

export interface DrainResult {
  processed: number;
  upserted: number;
  deleted: number;
}

/**
 * Drains the outbox in id order into the search engine. Rows are marked processed only after the engine
 * confirmed the write, so a crash at any point leads to a replay, never a loss; upserts and deletes by id are
 * idempotent, so a replay lands each change once in the index.
 */
export class OutboxIndexer {
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private backoffMs = 0;
  lastError?: string;

  constructor(private readonly opts: OutboxIndexerOptions) {}

  /** One round: up to batchSize rows. Throws when the engine fails (rows stay pending, attempts counted). */
  async drainOnce(): Promise<DrainResult> {
    const { db } = this.opts;
    const events = await db.outboxEvent.findMany({
      where: { processedAt: null },
      orderBy: { id: "asc" },
      take: this.opts.batchSize ?? 200,
    });
    if (!events.length) return { processed: 0, upserted: 0, deleted: 0 };
    try {
      const result = await this.apply(events);
      const processedAt = new Date();
      await inChunks(events.map((e) => e.id), async (ids) => [
        await db.outboxEvent.updateMany({ where: { id: { in: ids } }, data: { processedAt, lastError: null } }),
      ]);
      return { processed: events.length, ...result };
    } catch (err) {
      const message = (err as Error).message ?? String(err);
      await inChunks(events.map((e) => e.id), async (ids) => [
        await db.outboxEvent.updateMany({ where: { id: { in: ids } }, data: { attempts: { increment: 1 }, lastError: message.slice(0, 1000) } }),
      ]);
      throw err;
    }
  }

  /** Drains until the outbox is empty (used by tests and the reindex CLI). */
  async drainAll(): Promise<DrainResult> {
    const total: DrainResult = { processed: 0, upserted: 0, deleted: 0 };
    for (;;) {
      const r = await this.drainOnce();
      if (!r.processed) return total;
      total.processed += r.processed;
      total.upserted += r.upserted;
      total.deleted += r.deleted;
    }
  }

  /** The current state of each entity is what gets indexed, so many events for one row become one write. */
  private async apply(events: { entity: string; entityId: number }[]) {
    const ids = (entity: string) => [...new Set(events.filter((e) => e.entity === entity).map((e) => e.entityId))];
    const enterpriseIds = ids("enterprise");
    const projectIds = ids("project");
    const enterprises = await findEnterprisesByIds(this.opts.db, enterpriseIds);
    if (this.opts.inferrer) await enrichWithInferredCodes(this.opts.db, this.opts.inferrer, enterprises);
    const projects = await findProjectsByIds(this.opts.db, projectIds);
    const liveEnterprises = enterprises.filter((r) => !r.deletedAt).map(enterpriseDocument);
    const liveProjects = projects.filter((r) => !r.deletedAt).map(projectDocument);
    const goneEnterprises = enterpriseIds.filter((id) => !liveEnterprises.some((d) => d.id === id));
    const goneProjects = projectIds.filter((id) => !liveProjects.some((d) => d.id === id));

    await this.attachVectors(liveEnterprises, enterpriseEmbeddingText);
    await this.attachVectors(liveProjects, projectEmbeddingText);
    const { engine } = this.opts;
    if (liveEnterprises.length) await engine.upsert("enterprises", liveEnterprises);
    if (liveProjects.length) await engine.upsert("projects", liveProjects);
    if (goneEnterprises.length) await engine.delete("enterprises", goneEnterprises);
    if (goneProjects.length) await engine.delete("projects", goneProjects);
    return {
      upserted: liveEnterprises.length + liveProjects.length,
      deleted: goneEnterprises.length + goneProjects.length,
    };
  }

  private async attachVectors<D extends EnterpriseSearchDoc | ProjectSearchDoc>(docs: D[], text: (d: D) => string) {
    const embedder = this.opts.embedder;
    if (!docs.length || !embedder?.status().enabled) return;
    const vectors = await embedder.embedDocuments(docs.map(text));
    docs.forEach((d, i) => (d._vector = Array.from(vectors[i])));
  }

  /** Runs in the background until stop(); retries with exponential backoff while the engine is down. */
  start(): void {
    if (this.running) return;
    this.running = true;
    const { logger } = this.opts;
    const idleMs = this.opts.idleMs ?? 500;
    const initial = this.opts.initialBackoffMs ?? 1000;
    const max = this.opts.maxBackoffMs ?? 60_000;
    this.loop = (async () => {
      while (this.running) {
        let delay = idleMs;
        try {
          const r = await this.drainOnce();
          if (this.backoffMs) logger.info("索引服务已恢复 (search engine reachable again)");
          this.backoffMs = 0;
          this.lastError = undefined;
          if (r.processed) delay = 0;
        } catch (err) {
          this.lastError = (err as Error).message;
          this.backoffMs = Math.min(max, this.backoffMs ? this.backoffMs * 2 : initial);
          delay = this.backoffMs;
          logger.warn({ err: this.lastError, retryInMs: delay }, "索引写入失败，稍后重试 (indexing failed, will retry)");
        }
        if (delay && this.running) await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, delay);
          this.wake = () => {
            clearTimeout(t);
            resolve();
          };
        });
      }
    })();
  }

  /** Poll now instead of waiting for the idle timer (after a write, in tests). */
  nudge(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  status() {
    return { running: this.running, backoffMs: this.backoffMs, lastError: this.lastError };
  }
}
