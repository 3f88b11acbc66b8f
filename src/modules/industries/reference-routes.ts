import { Router } from "express";
import type { Db } from "../../db";
import { z } from "../../http/zod-setup";
import { errorResponses, type OpenAPIRegistry } from "../../http/openapi";
import { parseQuery } from "../../http/validate";

const industriesQuery = z
  .object({
    parent: z.string().trim().max(4).optional().openapi({ description: "上级代码；留空返回门类" }),
    q: z.string().trim().max(50).optional().openapi({ description: "按名称或代码查找" }),
  })
  .strict();
const regionsQuery = z
  .object({
    parent: z.string().regex(/^\d{6}$/, "上级代码应为6位数字").optional().openapi({ description: "上级代码；留空返回省级" }),
    q: z.string().trim().max(50).optional(),
  })
  .strict();

/** Reference tables: GB/T 4754 industries, administrative regions, the county's industry groups. */
export function referenceRouter(db: Db): Router {
  const r = Router();
  r.get("/industries", async (req, res) => {
    const q = parseQuery(industriesQuery, req);
    const where = q.q
      ? { OR: [{ name: { contains: q.q } }, { code: { startsWith: q.q.toUpperCase() } }] }
      : { parentCode: q.parent ?? null };
    res.json({ items: await db.industryCode.findMany({ where, orderBy: { code: "asc" }, take: 200 }) });
  });
  r.get("/regions", async (req, res) => {
    const q = parseQuery(regionsQuery, req);
    const where = q.q ? { name: { contains: q.q } } : { parentCode: q.parent ?? null };
    res.json({ items: await db.region.findMany({ where, orderBy: { code: "asc" }, take: 500 }) });
  });
  r.get("/industry-groups", async (_req, res) => {
    const groups = await db.industryGroup.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }] });
    res.json({ items: groups });
  });
  return r;
}

export function registerReferenceDocs(registry: OpenAPIRegistry): void {
  const tags = ["基础数据 Reference"];
  const ok = (description: string) => ({ description, content: { "application/json": { schema: z.object({ items: z.array(z.unknown()) }) } } });
  registry.registerPath({ method: "get", path: "/api/industries", tags, summary: "国民经济行业分类（GB/T 4754-2017）", request: { query: industriesQuery }, responses: { 200: ok("行业代码"), ...errorResponses } });
  registry.registerPath({ method: "get", path: "/api/regions", tags, summary: "行政区划", request: { query: regionsQuery }, responses: { 200: ok("行政区划"), ...errorResponses } });
  registry.registerPath({ method: "get", path: "/api/industry-groups", tags, summary: "县产业组", responses: { 200: ok("产业组") } });
}
