import { Router, type Request } from "express";
import { rateLimit } from "express-rate-limit";
import { z } from "../../http/zod-setup";
import { forbidden, tooManyRequests } from "../../http/app-error";
import { idParam } from "../../http/id-param";
import { errorResponses, type OpenAPIRegistry } from "../../http/openapi";
import { parseBody, parseParams, parseQuery } from "../../http/validate";
import { requestAuth, runAsActor, type Actor } from "../auth";
import * as svc from "./service";
import {
  attachmentParams,
  chamberLeadView,
  formLinkBody,
  idempotencyKeyField,
  leadDetailView,
  leadStatsQuery,
  leadSubmissionBody,
  leadView,
  listLeadsQuery,
  mergeBody,
  mergePreviewQuery,
  myLeadsQuery,
  rejectBody,
} from "./schemas";
import { leadUploads, validateSubmission } from "./submission-input";

export interface LeadRouterDeps extends svc.LeadReviewDeps {
  formSecret: string;
}

const actorOf = (req: Request): Actor => requestAuth(req).actor;

function chamberOf(actor: Actor): number {
  if (actor.role !== "chamber" || !actor.chamberId) throw forbidden("只有绑定了商协会的账号或 API 密钥可以提交和查看商协会线索");
  return actor.chamberId;
}

const idempotencyHeader = z.object({ "Idempotency-Key": idempotencyKeyField.optional() });

/** `/api/leads/**` and `/api/chambers/:id/form-link`; mounted at /api. */
export function leadsRouter(deps: LeadRouterDeps): Router {
  const r = Router();
  const limits = { maxBytes: deps.leads.attachmentMaxBytes, maxFiles: deps.leads.attachmentMaxFiles };
  // Per API key (a chamber's integration), on top of the general API limit.
  const submitLimit = rateLimit({
    windowMs: 60_000,
    limit: deps.leads.submitRatePerMinute,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    keyGenerator: (req) => `${actorOf(req).kind}:${actorOf(req).id}`,
    handler: (_req, _res, next) => next(tooManyRequests(`提交过于频繁：每个密钥每分钟最多提交${deps.leads.submitRatePerMinute}条线索，请稍后重试`)),
  });

  r.post("/leads", submitLimit, leadUploads(limits), async (req, res) => {
    const actor = actorOf(req);
    const chamberId = chamberOf(actor);
    const { "Idempotency-Key": idempotencyKey } = idempotencyHeader.parse({ "Idempotency-Key": req.get("idempotency-key") });
    const { input, attachments } = validateSubmission(req, limits, !!req.is("multipart/form-data"));
    const result = await runAsActor(actor, () =>
      svc.submitLead(deps, { chamberId, via: "api", input, attachments, idempotencyKey: idempotencyKey ?? null, actor }),
    );
    if (!result.created) res.set("Idempotent-Replayed", "true");
    res.status(result.created ? 201 : 200).location(`/api/leads/mine/${result.lead.id}`).json(result.lead);
  });

  r.get("/leads/mine", async (req, res) => {
    const chamberId = chamberOf(actorOf(req));
    res.json(await svc.listChamberLeads(deps, chamberId, parseQuery(myLeadsQuery, req)));
  });
  r.get("/leads/mine/:id", async (req, res) => {
    const chamberId = chamberOf(actorOf(req));
    res.json(await svc.getChamberLead(deps, chamberId, parseParams(idParam, req).id));
  });
  r.get("/leads/stats", async (req, res) => void res.json(await svc.leadResponseStats(deps, parseQuery(leadStatsQuery, req).since)));

  r.get("/leads", async (req, res) => void res.json(await svc.listLeads(deps, parseQuery(listLeadsQuery, req))));
  r.get("/leads/:id", async (req, res) => void res.json(await svc.getLead(deps, parseParams(idParam, req).id)));
  r.get("/leads/:id/merge-preview", async (req, res) => {
    const { id } = parseParams(idParam, req);
    res.json(await svc.previewLeadMerge(deps, id, parseQuery(mergePreviewQuery, req).enterpriseId));
  });
  r.get("/leads/:id/attachments/:attachmentId", async (req, res) => {
    const { id, attachmentId } = parseParams(attachmentParams, req);
    const file = await svc.getLeadAttachment(deps, id, attachmentId);
    res
      .type(file.mime)
      .set("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .set("X-Content-Type-Options", "nosniff")
      .send(Buffer.from(file.content));
  });

  r.post("/leads/:id/start-review", async (req, res) => {
    res.json(await svc.startLeadReview(deps, parseParams(idParam, req).id, actorOf(req)));
  });
  r.post("/leads/:id/accept", async (req, res) => {
    res.status(201).json(await svc.acceptLead(deps, parseParams(idParam, req).id, actorOf(req)));
  });
  r.post("/leads/:id/merge", async (req, res) => {
    res.json(await svc.mergeLead(deps, parseParams(idParam, req).id, parseBody(mergeBody, req), actorOf(req)));
  });
  r.post("/leads/:id/reject", async (req, res) => {
    res.json(await svc.rejectLead(deps, parseParams(idParam, req).id, parseBody(rejectBody, req).reason, actorOf(req)));
  });

  r.post("/chambers/:id/form-link", async (req, res) => {
    const { expiresInDays } = parseBody(formLinkBody, req);
    res.status(201).json(await svc.createFormLink(deps, parseParams(idParam, req).id, expiresInDays, actorOf(req)));
  });
  return r;
}

export function registerLeadDocs(registry: OpenAPIRegistry): void {
  const tags = ["商协会线索 Leads"];
  const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });
  const page = (item: z.ZodType) => z.object({ items: z.array(item), total: z.number(), limit: z.number(), offset: z.number() });
  const leadId = z.object({ id: z.number().int().positive() });
  registry.registerPath({
    method: "post", path: "/api/leads", tags,
    summary: "商协会提交招商线索（需绑定商协会的 API 密钥）；可带 Idempotency-Key，重试返回同一条线索（200）",
    request: {
      headers: idempotencyHeader,
      body: {
        content: {
          "application/json": { schema: leadSubmissionBody },
          "multipart/form-data": {
            schema: z.object({ attachments: z.array(z.string().openapi({ format: "binary" })) }).openapi({
              description: "各字段作为文本字段提交（consent=true），附件字段名 attachments，仅限 PDF/PNG/JPEG（按内容识别）",
            }),
          },
        },
      },
    },
    responses: {
      201: json(chamberLeadView, "已接收"),
      200: json(chamberLeadView, "同一 Idempotency-Key 的重试：返回原线索"),
      409: json(z.object({}), "Idempotency-Key 已用于内容不同的提交"),
      413: json(z.object({}), "附件过大"),
      429: json(z.object({}), "提交过于频繁"),
      ...errorResponses,
    },
  });
  registry.registerPath({
    method: "get", path: "/api/leads/mine", tags, summary: "本商协会提交的线索及处理状态、驳回原因", request: { query: myLeadsQuery },
    responses: { 200: json(page(chamberLeadView), "线索列表"), ...errorResponses },
  });
  registry.registerPath({
    method: "get", path: "/api/leads/mine/{id}", tags, summary: "本商协会的一条线索", request: { params: leadId },
    responses: { 200: json(chamberLeadView, "线索"), ...errorResponses },
  });
  registry.registerPath({
    method: "get", path: "/api/leads/stats", tags, summary: "各商协会线索的响应时间（接收→首次审核）与超期未处理线索", request: { query: leadStatsQuery },
    responses: { 200: json(z.object({}).passthrough(), "统计"), ...errorResponses },
  });
  registry.registerPath({
    method: "get", path: "/api/leads", tags, summary: "线索审核队列（按状态、商协会、是否超期筛选）", request: { query: listLeadsQuery },
    responses: { 200: json(page(leadView), "线索列表"), ...errorResponses },
  });
  registry.registerPath({
    method: "get", path: "/api/leads/{id}", tags, summary: "线索详情：疑似重复的企业和线索（含匹配原因）、合并记录", request: { params: leadId },
    responses: { 200: json(leadDetailView, "线索详情"), ...errorResponses },
  });
  registry.registerPath({
    method: "get", path: "/api/leads/{id}/merge-preview", tags, summary: "合并预览：线索与企业逐字段对比，标出必须选择的冲突字段",
    request: { params: leadId, query: mergePreviewQuery }, responses: { 200: json(z.object({}).passthrough(), "对比"), ...errorResponses },
  });
  registry.registerPath({
    method: "get", path: "/api/leads/{id}/attachments/{attachmentId}", tags, summary: "下载线索附件", request: { params: attachmentParams },
    responses: { 200: { description: "文件" }, ...errorResponses },
  });
  registry.registerPath({
    method: "post", path: "/api/leads/{id}/start-review", tags, summary: "开始审核（商协会看到“审核中”；记为首次响应）", request: { params: leadId },
    responses: { 200: json(leadView, "线索"), ...errorResponses },
  });
  registry.registerPath({
    method: "post", path: "/api/leads/{id}/accept", tags, summary: "采纳为新企业（进入索引），返回匹配的招商项目", request: { params: leadId },
    responses: { 201: json(z.object({ lead: leadView, enterprise: z.object({}).passthrough(), matches: z.unknown() }), "已采纳"), 409: json(z.object({}), "已处理或企业已存在"), ...errorResponses },
  });
  registry.registerPath({
    method: "post", path: "/api/leads/{id}/merge", tags, summary: "合并到已有企业：逐字段选择，保留合并记录",
    request: { params: leadId, body: { content: { "application/json": { schema: mergeBody } } } },
    responses: { 200: json(leadDetailView, "已合并"), ...errorResponses },
  });
  registry.registerPath({
    method: "post", path: "/api/leads/{id}/reject", tags, summary: "驳回线索（须填写原因，商协会可见）",
    request: { params: leadId, body: { content: { "application/json": { schema: rejectBody } } } },
    responses: { 200: json(leadView, "已驳回"), ...errorResponses },
  });
  registry.registerPath({
    method: "post", path: "/api/chambers/{id}/form-link", tags, summary: "为商协会生成公开报送表单链接（签名，有到期时间）",
    request: { params: leadId, body: { content: { "application/json": { schema: formLinkBody } } } },
    responses: { 201: json(z.object({ chamberId: z.number(), chamberName: z.string(), token: z.string(), path: z.string(), expiresAt: z.string() }), "链接"), ...errorResponses },
  });
}
