import { Router } from "express";
import type { Db } from "../../db";
import { outboxStats } from "../outbox";

/** Returns a component's status (`ok` plus whatever explains it); a throw is reported as not ok. */
export type HealthSource = () => Promise<{ ok: boolean }> | { ok: boolean };

/** `/api/health`: database, search engine, embedder and indexer lag, each with its own status. */
export function healthRouter(db: Db, components: Record<string, HealthSource>): Router {
  const r = Router();
  r.get("/", async (_req, res) => {
    const checks: Record<string, unknown> = {};
    let ok = true;
    try {
      await db.$queryRawUnsafe("SELECT 1");
      checks.database = { ok: true };
    } catch (err) {
      ok = false;
      checks.database = { ok: false, message: `数据库不可用：${(err as Error).message}` };
    }
    try {
      const stats = await outboxStats(db);
      checks.outbox = { ok: true, ...stats, lagSeconds: stats.oldestPendingAt ? Math.round((Date.now() - stats.oldestPendingAt.getTime()) / 1000) : 0 };
    } catch {
      checks.outbox = { ok: false };
    }
    for (const [name, source] of Object.entries(components)) {
      try {
        checks[name] = await source();
      } catch (err) {
        checks[name] = { ok: false, message: (err as Error).message };
      }
    }
    res.status(ok ? 200 : 503).json({ status: ok ? "ok" : "degraded", checks });
  });
  return r;
}
