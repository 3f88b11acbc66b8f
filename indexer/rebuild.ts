import type { Db } from "../src/db";
import type { Embedder } from "../src/embeddings";
import type { SearchEngine } from "../src/search/types";
import type { EnterpriseSearchDoc, ProjectSearchDoc } from "../src/search/documents";
import { findEnterprisesByIds } from "../src/modules/enterprises";
import { findProjectsByIds } from "../src/modules/projects";
import { enterpriseDocument, enterpriseEmbeddingText, projectDocument, projectEmbeddingText } from "./search-documents";
import { enrichWithInferredCodes } from "./outbox-indexer";
import type { IndustryInferrer } from "../src/modules/matching/inference";

export interface RebuildProgress {
  index: "enterprises" | "projects";
  done: number;
  total: number;
}

async function* batches<Row extends { id: number; deletedAt: Date | null }, Doc extends EnterpriseSearchDoc | ProjectSearchDoc>(
  db: Db,
  table: "enterprise" | "project",
  load: (ids: number[]) => Promise<Row[]>,
  toDoc: (row: Row) => Doc,
  text: (doc: Doc) => string,
  embedder: Embedder | undefined,
  size: number,
  enrich?: (rows: Row[]) => Promise<void>,
): AsyncGenerator<Doc[]> {
  let after = 0;
  for (;;) {
    const idRows =
      table === "enterprise"
        ? await db.enterprise.findMany({ where: { id: { gt: after }, deletedAt: null }, select: { id: true }, orderBy: { id: "asc" }, take: size })
        : await db.project.findMany({ where: { id: { gt: after }, deletedAt: null }, select: { id: true }, orderBy: { id: "asc" }, take: size });
    if (!idRows.length) return;
    after = idRows[idRows.length - 1].id;
    const rows = (await load(idRows.map((r) => r.id))).filter((r) => !r.deletedAt).sort((a, b) => a.id - b.id);
    await enrich?.(rows);
    const docs = rows.map(toDoc);
    if (embedder?.status().enabled) {
      const vectors = await embedder.embedDocuments(docs.map(text));
      docs.forEach((d, i) => (d._vector = Array.from(vectors[i])));
    }
    yield docs;
  }
}

/**
 * Rebuilds both indexes from the database (the source of truth) into fresh indexes, swapped in at the end.
 * Changes made while it runs are not lost: the outbox position is taken first and every change after it is
 * marked pending again afterwards, so the indexer re-applies it to the new index (the engine's rebuild contract).
 */
export async function rebuildSearchIndexes(
  db: Db,
  engine: SearchEngine,
  embedder: Embedder | undefined,
  onProgress?: (p: RebuildProgress) => void,
  batchSize = 500,
  inferrer?: IndustryInferrer,
): Promise<{ enterprises: number; projects: number; replayed: number }> {
  const mark = (await db.outboxEvent.aggregate({ _max: { id: true } }))._max.id ?? 0;
  const enterpriseTotal = await db.enterprise.count({ where: { deletedAt: null } });
  const projectTotal = await db.project.count({ where: { deletedAt: null } });
  const projects = await engine.rebuild(
    "projects",
    batches(db, "project", (ids) => findProjectsByIds(db, ids), projectDocument, projectEmbeddingText, embedder, batchSize),
    { onProgress: (done) => onProgress?.({ index: "projects", done, total: projectTotal }) },
  );
  const enterprises = await engine.rebuild(
    "enterprises",
    batches(db, "enterprise", (ids) => findEnterprisesByIds(db, ids), enterpriseDocument, enterpriseEmbeddingText, embedder, batchSize, (rows) =>
      inferrer ? enrichWithInferredCodes(db, inferrer, rows) : Promise.resolve(),
    ),
    { onProgress: (done) => onProgress?.({ index: "enterprises", done, total: enterpriseTotal }) },
  );
  const replay = await db.outboxEvent.updateMany({ where: { id: { gt: mark } }, data: { processedAt: null } });
  return { enterprises: enterprises.indexed, projects: projects.indexed, replayed: replay.count };
}

/**
 * Rebuilds when the index cannot be trusted: the engine says so (new dictionary, new storage format) or its
 * document counts disagree with the database after the outbox is drained (a deleted or foreign search file).
 */
export async function rebuildIfStale(
  db: Db,
  engine: SearchEngine,
  embedder: Embedder | undefined,
  inferrer: IndustryInferrer | undefined,
  log: (message: string) => void,
): Promise<boolean> {
  const pending = await db.outboxEvent.count({ where: { processedAt: null } });
  const health = await engine.health();
  const [enterprises, projects] = await Promise.all([
    db.enterprise.count({ where: { deletedAt: null } }),
    db.project.count({ where: { deletedAt: null } }),
  ]);
  const countsDiffer =
    pending === 0 && (health.documents.enterprises !== enterprises || health.documents.projects !== projects);
  if (!health.needsRebuild && !countsDiffer) return false;
  log(`搜索索引与数据库不一致，正在重建（企业 ${enterprises}，项目 ${projects}）`);
  await rebuildSearchIndexes(db, engine, embedder, undefined, 500, inferrer);
  return true;
}
