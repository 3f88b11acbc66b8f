import { currentActor, recordAudit } from "../auth";
import { Router } from "express";
import { z } from "../../http/zod-setup";
import { idParam } from "../../http/id-param";
import { AppError, notFound } from "../../http/app-error";
import { errorResponses, type OpenAPIRegistry } from "../../http/openapi";
import { parseBody, parseParams, parseQuery } from "../../http/validate";
import type { Logger } from "../../logger";
import { enterpriseMatchesQuery, matchRunBody, negativeListBody, projectMatchesQuery, unsuitableBody } from "./schemas";
import { matchesForEnterprise, matchesForProject, type MatchingDeps } from "./service";
import { MatchingSettings, updateMatchingSettingsBody } from "./matching-settings";
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
    const data = { reason: body.reason, markedBy: body.markedBy ?? currentActor().name };
    const mark = await deps.db.$transaction(async (tx) => {
      const saved = await tx.unsuitableMark.upsert({
        where: { projectId_enterpriseId: { projectId, enterpriseId: body.enterpriseId } },
        create: { projectId, enterpriseId: body.enterpriseId, ...data },
        update: data,
      });
      await recordAudit(tx, { action: "mark_unsuitable", entityType: "Project", entityId: projectId, after: { enterpriseId: body.enterpriseId, ...data } });
      return saved;
    });
    res.status(201).json(mark);
  });
  r.delete("/projects/:id/unsuitable/:enterpriseId", async (req, res) => {
    const { id, enterpriseId } = parseParams(z.object({ id: z.coerce.number().int().positive(), enterpriseId: z.coerce.number().int().positive() }), req);
    const removed = await deps.db.$transaction(async (tx) => {
      const result = await tx.unsuitableMark.deleteMany({ where: { projectId: id, enterpriseId } });
      if (result.count) await recordAudit(tx, { action: "unmark_unsuitable", entityType: "Project", entityId: id, summary: { enterpriseId } });
      return result;
    });
    if (!removed.count) throw notFound("不合适标记", `${id}/${enterpriseId}`);
    res.json({ removed: removed.count });
  });
  r.get("/negative-list", async (_req, res) => void res.json({ items: await deps.db.negativeListEntry.findMany({ orderBy: { code: "asc" } }) }));
  r.put("/negative-list", async (req, res) => {
    const body = parseBody(negativeListBody, req);
    await deps.db.$transaction(async (tx) => {
      const before = await tx.negativeListEntry.findMany({ orderBy: { code: "asc" } });
      await tx.negativeListEntry.deleteMany();
      if (body.entries.length) await tx.negativeListEntry.createMany({ data: body.entries });
      await recordAudit(tx, { action: "update", entityType: "NegativeList", before: { entries: before }, after: { entries: body.entries } });
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
  r.get("/settings/matching", (_req, res) => void res.json(settingsView(deps)));
  r.put("/settings/matching", async (req, res) => {
    if (!deps.settings) throw new AppError("SETTINGS_UNAVAILABLE", "匹配设置不可用", 503);
    await deps.settings.update(deps.db, parseBody(updateMatchingSettingsBody, req));
    res.json(settingsView(deps));
  });
  r.get("/match-runs/:id", async (req, res) => void res.json(await getMatchRun(deps, parseParams(idParam, req).id)));
  r.get("/match-runs/:id/projects/:projectId", async (req, res) => {
    const { id, projectId } = parseParams(z.object({ id: z.coerce.number().int().positive(), projectId: z.coerce.number().int().positive() }), req);
    res.json(await getMatchRunEntries(deps, id, projectId));
  });
  return r;
}

function settingsView(deps: MatchingDeps) {
  const s = (deps.settings ?? MatchingSettings.builtIn()).current();
  return {
    ...s,
    note: "权重为相对值（只看比例）；产业链图修改后立即用于评分和行业推断，已索引企业的推断行业在重建索引后更新。",
  };
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
  registry.registerPath({ method: "get", path: "/api/settings/matching", tags, summary: "匹配权重与产业链图（当前生效）", responses: { 200: ok("设置"), ...errorResponses } });
  registry.registerPath({
    method: "put", path: "/api/settings/matching", tags, summary: "修改匹配权重或产业链图（null 恢复默认）",
    request: { body: { content: { "application/json": { schema: updateMatchingSettingsBody } } } }, responses: { 200: ok("设置"), ...errorResponses },
  });
  registry.registerPath({ method: "get", path: "/api/match-runs/{id}", tags, summary: "匹配批次概况", request: { params: idParam }, responses: { 200: ok("批次"), ...errorResponses } });
}
