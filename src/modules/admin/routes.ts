import { Router } from "express";
import type { Db } from "../../db";
import type { Logger } from "../../logger";
import type { SearchEngine } from "../../search/types";
import type { Embedder } from "../../embeddings";
import type { IndustryInferrer } from "../matching/inference";
import { errorResponses, type OpenAPIRegistry } from "../../http/openapi";
import { z } from "../../http/zod-setup";
import { rebuildSearchIndexes, type RebuildProgress } from "../../../indexer/rebuild";
import { recordAudit } from "../auth";

export interface AdminDeps {
  db: Db;
  engine: SearchEngine;
  embedder: Embedder;
  inferrer: IndustryInferrer;
  logger: Logger;
  /**
   * Rereads the reference tables a CLI import may have replaced while the service ran (the full GB/T table):
   * a rebuild then infers enterprise codes with them.
   */
  reloadReferenceData?: () => Promise<void>;
}

interface ReindexState {
  status: "idle" | "running" | "done" | "failed";
  startedAt: string | null;
  finishedAt: string | null;
  progress: RebuildProgress | null;
  result: { enterprises: number; projects: number; replayed: number } | null;
  message: string | null;
}

/**
 * Rebuilds the search indexes from the database inside the running service (the embedded index belongs to
 * this process, so `npm run reindex` would have to stop the server first). Search stays up meanwhile. The
 * reference tables are read again first, and enterprise codes are inferred anew on the way.
 */
export function adminRouter(deps: AdminDeps): Router {
  const r = Router();
  let state: ReindexState = { status: "idle", startedAt: null, finishedAt: null, progress: null, result: null, message: null };
  r.get("/admin/reindex", (_req, res) => void res.json(state));
  r.post("/admin/reindex", async (_req, res) => {
    if (state.status === "running") {
      res.status(409).json({ error: { code: "REINDEX_RUNNING", message: "索引重建正在进行中，请稍后查看进度" }, state });
      return;
    }
    await recordAudit(deps.db, { action: "reindex", entityType: "SearchIndex", summary: {} });
    state = { status: "running", startedAt: new Date().toISOString(), finishedAt: null, progress: null, result: null, message: null };
    void Promise.resolve(deps.reloadReferenceData?.())
      .then(() => rebuildSearchIndexes(deps.db, deps.engine, deps.embedder, (p) => (state.progress = p), 500, deps.inferrer))
      .then((result) => (state = { ...state, status: "done", result, finishedAt: new Date().toISOString() }))
      .catch((err: Error) => {
        deps.logger.error({ err: err.message }, "索引重建失败");
        state = { ...state, status: "failed", message: `索引重建失败：${err.message}`, finishedAt: new Date().toISOString() };
      });
    res.status(202).json(state);
  });
  return r;
}

export function registerAdminDocs(registry: OpenAPIRegistry): void {
  const tags = ["系统管理 Admin"];
  const ok = (description: string) => ({ description, content: { "application/json": { schema: z.object({}).passthrough() } } });
  registry.registerPath({ method: "post", path: "/api/admin/reindex", tags, summary: "从数据库重建搜索索引（后台进行，搜索不中断）", responses: { 202: ok("已开始"), ...errorResponses } });
  registry.registerPath({ method: "get", path: "/api/admin/reindex", tags, summary: "索引重建进度", responses: { 200: ok("进度"), ...errorResponses } });
}
