import { Router } from "express";
import { z } from "../../http/zod-setup";
import { idParam } from "../../http/id-param";
import { notFound } from "../../http/app-error";
import { errorResponses, type OpenAPIRegistry } from "../../http/openapi";
import { parseBody, parseParams, parseQuery } from "../../http/validate";
import type { Logger } from "../../logger";
import { enterpriseMatchesQuery, matchRunBody, negativeListBody, projectMatchesQuery, unsuitableBody } from "./schemas";
import { matchesForEnterprise, matchesForProject, type MatchingDeps } from "./service";
import { createMatchRun, getMatchRun, getMatchRunEntries } from "./match-runs";

/** Matching endpoints, mounted under /api. */
export function matchingRouter(deps: MatchingDeps & { logger?: Logger }): Router {
  const r = Router();
  r.get("/projects/:id/matches", async (req, res) => {
    res.json(await matchesForProject(deps, parseParams(idParam, req).id, parseQuery(projectMatchesQuery, req)));
  });
  r.get("/enterprises/:id/matches", async (req, res) => {
    res.json(await matchesForEnterprise(deps, parseParams(idParam, req).id, parseQuery(enterpriseMatchesQuery, req)));
  });
  r.post("/projects/:id/unsuitable", async (req, res) => {
    const projectId = parseParams(idParam, req).id;
    const body = parseBody(unsuitableBody, req);
    if (!(await deps.db.project.findUnique({ where: { id: projectId } }))) throw notFound("项目", projectId);
    if (!(await deps.db.enterprise.findUnique({ where: { id: body.enterpriseId } }))) throw notFound("企业", body.enterpriseId);
    const data = { reason: body.reason, markedBy: body.markedBy ?? "analyst" };
    const mark = await deps.db.unsuitableMark.upsert({
      where: { projectId_enterpriseId: { projectId, enterpriseId: body.enterpriseId } },
      create: { projectId, enterpriseId: body.enterpriseId, ...data },
      update: data,
    });
    res.status(201).json(mark);
  });
  r.delete("/projects/:id/unsuitable/:enterpriseId", async (req, res) => {
    const { id, enterpriseId } = parseParams(z.object({ id: z.coerce.number().int().positive(), enterpriseId: z.coerce.number().int().positive() }), req);
    const removed = await deps.db.unsuitableMark.deleteMany({ where: { projectId: id, enterpriseId } });
    if (!removed.count) throw notFound("不合适标记", `${id}/${enterpriseId}`);
    res.json({ removed: removed.count });
  });
  r.get("/negative-list", async (_req, res) => void res.json({ items: await deps.db.negativeListEntry.findMany({ orderBy: { code: "asc" } }) }));
  r.put("/negative-list", async (req, res) => {
    const body = parseBody(negativeListBody, req);
    await deps.db.$transaction(async (tx) => {
      await tx.negativeListEntry.deleteMany();
      if (body.entries.length) await tx.negativeListEntry.createMany({ data: body.entries });
    });
    res.json({ items: await deps.db.negativeListEntry.findMany({ orderBy: { code: "asc" } }) });
  });
  r.post("/match-runs", async (req, res) => {
    const body = parseBody(matchRunBody, req);
    const { run, done } = await createMatchRun(deps, body);
    if (req.query.wait === "true") {
      await done;
      res.status(201).json(await getMatchRun(deps, run.id));
    } else res.status(202).json(run);
  });
  r.get("/match-runs/:id", async (req, res) => void res.json(await getMatchRun(deps, parseParams(idParam, req).id)));
  r.get("/match-runs/:id/projects/:projectId", async (req, res) => {
    const { id, projectId } = parseParams(z.object({ id: z.coerce.number().int().positive(), projectId: z.coerce.number().int().positive() }), req);
    res.json(await getMatchRunEntries(deps, id, projectId));
  });
  return r;
}

export function registerMatchingDocs(registry: OpenAPIRegistry): void {
  const tags = ["匹配 Matching"];
  const ok = (description: string) => ({ description, content: { "application/json": { schema: z.object({}).passthrough() } } });
  registry.registerPath({
    method: "get", path: "/api/projects/{id}/matches", tags, summary: "项目的目标企业排名（可解释的分项得分）",
    request: { params: idParam, query: projectMatchesQuery }, responses: { 200: ok("排名"), ...errorResponses },
  });
  registry.registerPath({
    method: "get", path: "/api/enterprises/{id}/matches", tags, summary: "企业适合的招商项目",
    request: { params: idParam, query: enterpriseMatchesQuery }, responses: { 200: ok("排名"), ...errorResponses },
  });
  registry.registerPath({
    method: "post", path: "/api/projects/{id}/unsuitable", tags, summary: "标记企业不适合该项目（附原因）",
    request: { params: idParam, body: { content: { "application/json": { schema: unsuitableBody } } } }, responses: { 201: ok("已标记"), ...errorResponses },
  });
  registry.registerPath({
    method: "put", path: "/api/negative-list", tags, summary: "设置产业负面清单（GB/T 代码前缀）",
    request: { body: { content: { "application/json": { schema: negativeListBody } } } }, responses: { 200: ok("负面清单"), ...errorResponses },
  });
  registry.registerPath({
    method: "post", path: "/api/match-runs", tags, summary: "计算并保存一批项目的目标企业名单（标记新增）",
    request: { body: { content: { "application/json": { schema: matchRunBody } } } },
    responses: { 201: ok("已完成（?wait=true）"), 202: ok("已开始"), ...errorResponses },
  });
  registry.registerPath({ method: "get", path: "/api/match-runs/{id}", tags, summary: "匹配批次概况", request: { params: idParam }, responses: { 200: ok("批次"), ...errorResponses } });
}
