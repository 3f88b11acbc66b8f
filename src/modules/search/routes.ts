import { Router } from "express";
import { z } from "../../http/zod-setup";
import { errorResponses, type OpenAPIRegistry } from "../../http/openapi";
import { parseQuery } from "../../http/validate";
import { searchEnterprisesQuery, searchProjectsQuery } from "./schemas";
import { searchEnterprises, searchProjects, type SearchDeps } from "./service";

export function searchRouter(deps: SearchDeps): Router {
  const r = Router();
  r.get("/enterprises", async (req, res) => void res.json(await searchEnterprises(deps, parseQuery(searchEnterprisesQuery, req))));
  r.get("/projects", async (req, res) => void res.json(await searchProjects(deps, parseQuery(searchProjectsQuery, req))));
  return r;
}

export function registerSearchDocs(registry: OpenAPIRegistry): void {
  const result = z.object({
    mode: z.enum(["keyword", "hybrid"]),
    hits: z.array(z.object({ id: z.number(), score: z.number(), highlights: z.record(z.string(), z.string()).optional(), doc: z.unknown() })),
    total: z.number(),
    facets: z.record(z.string(), z.record(z.string(), z.number())),
    processingMs: z.number(),
  });
  const tags = ["检索 Search"];
  for (const [path, query, summary] of [
    ["/api/search/enterprises", searchEnterprisesQuery, "企业全文检索（中文分词、筛选、分面、高亮）"],
    ["/api/search/projects", searchProjectsQuery, "项目全文检索"],
  ] as const) {
    registry.registerPath({
      method: "get", path, tags, summary, request: { query },
      responses: { 200: { description: "检索结果", content: { "application/json": { schema: result } } }, ...errorResponses },
    });
  }
}
