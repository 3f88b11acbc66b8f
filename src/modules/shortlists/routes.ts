import { Router } from "express";
import { z } from "../../http/zod-setup";
import { idParam } from "../../http/id-param";
import { errorResponses, type OpenAPIRegistry } from "../../http/openapi";
import { parseBody, parseParams, parseQuery } from "../../http/validate";
import { exportFormatQuery, fileResponses, sendExport } from "../exports";
import {
  addItemsBody,
  addItemsResult,
  addNoteBody,
  createShortlistBody,
  itemParams,
  itemView,
  listShortlistsQuery,
  noteView,
  shortlistDetail,
  shortlistItemsQuery,
  shortlistSummary,
  updateItemBody,
  updateShortlistBody,
} from "./schemas";
import * as svc from "./service";

/** 目标清单 endpoints, mounted at /api/shortlists. Thin: validate → use case → respond. */
export function shortlistsRouter(deps: svc.ShortlistDeps): Router {
  const r = Router();
  const id = (req: Parameters<typeof parseParams>[1]) => parseParams(idParam, req).id;
  r.get("/", async (req, res) => void res.json(await svc.listShortlists(deps, parseQuery(listShortlistsQuery, req))));
  r.post("/", async (req, res) => void res.status(201).json(await svc.createShortlist(deps, parseBody(createShortlistBody, req))));
  r.get("/:id", async (req, res) => void res.json(await svc.getShortlist(deps, id(req), parseQuery(shortlistItemsQuery, req))));
  r.patch("/:id", async (req, res) => void res.json(await svc.updateShortlist(deps, id(req), parseBody(updateShortlistBody, req))));
  r.delete("/:id", async (req, res) => void res.json(await svc.deleteShortlist(deps, id(req))));
  r.get("/:id/export", async (req, res) => {
    const shortlistId = id(req);
    const { format } = parseQuery(exportFormatQuery, req);
    await sendExport(req, res, await svc.exportShortlist(deps, shortlistId, format));
  });
  r.post("/:id/items", async (req, res) => {
    const result = await svc.addShortlistItems(deps, id(req), parseBody(addItemsBody, req));
    res.status(result.added.length ? 201 : 200).json(result);
  });
  r.patch("/:id/items/:enterpriseId", async (req, res) => {
    const p = parseParams(itemParams, req);
    res.json(await svc.updateShortlistItem(deps, p.id, p.enterpriseId, parseBody(updateItemBody, req)));
  });
  r.delete("/:id/items/:enterpriseId", async (req, res) => {
    const p = parseParams(itemParams, req);
    res.json(await svc.removeShortlistItem(deps, p.id, p.enterpriseId));
  });
  r.get("/:id/items/:enterpriseId/notes", async (req, res) => {
    const p = parseParams(itemParams, req);
    res.json(await svc.listShortlistNotes(deps, p.id, p.enterpriseId));
  });
  r.post("/:id/items/:enterpriseId/notes", async (req, res) => {
    const p = parseParams(itemParams, req);
    res.status(201).json(await svc.addShortlistNote(deps, p.id, p.enterpriseId, parseBody(addNoteBody, req)));
  });
  return r;
}

export function registerShortlistDocs(registry: OpenAPIRegistry): void {
  const tags = ["目标清单 Shortlists"];
  const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });
  const body = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
  const base = "/api/shortlists";
  const byId = `${base}/{id}`;
  const item = `${byId}/items/{enterpriseId}`;
  const page = z.object({ items: z.array(shortlistSummary), total: z.number(), limit: z.number(), offset: z.number() });
  const paths = [
    { method: "get", path: base, summary: "目标清单列表（默认我的清单，scope=all 为全部）", request: { query: listShortlistsQuery }, responses: { 200: json(page, "清单分页列表") } },
    {
      method: "post", path: base, summary: "新建目标清单（可关联项目并同时加入企业）", request: { body: body(createShortlistBody) },
      responses: { 201: json(shortlistDetail.extend({ addResult: addItemsResult.optional() }), "已创建") },
    },
    { method: "get", path: byId, summary: "目标清单详情及目标企业（按得分排序，分页）", request: { params: idParam, query: shortlistItemsQuery }, responses: { 200: json(shortlistDetail, "清单详情") } },
    { method: "patch", path: byId, summary: "重命名 / 修改说明", request: { params: idParam, body: body(updateShortlistBody) }, responses: { 200: json(shortlistSummary, "已修改") } },
    { method: "delete", path: byId, summary: "删除目标清单（软删除）", request: { params: idParam }, responses: { 200: json(shortlistSummary, "已删除") } },
    { method: "get", path: `${byId}/export`, summary: "导出目标清单（xlsx / csv，含分项得分；无 contact:read 权限时不含联系人列）", request: { params: idParam, query: exportFormatQuery }, responses: fileResponses },
    {
      method: "post", path: `${byId}/items`, summary: "加入目标企业（一个或多个；已在清单中的不重复添加并在结果中说明）", request: { params: idParam, body: body(addItemsBody) },
      responses: { 201: json(addItemsResult, "已加入"), 200: json(addItemsResult, "全部已在清单中，未改动") },
    },
    { method: "patch", path: item, summary: "修改目标企业的跟进状态、负责人、截止日期", request: { params: itemParams, body: body(updateItemBody) }, responses: { 200: json(itemView, "已修改") } },
    { method: "delete", path: item, summary: "从清单移除企业", request: { params: itemParams }, responses: { 200: json(z.object({ removed: z.number(), itemCount: z.number() }), "已移除") } },
    { method: "get", path: `${item}/notes`, summary: "目标企业的跟进备注（最新在前）", request: { params: itemParams }, responses: { 200: json(z.object({ items: z.array(noteView) }), "备注") } },
    { method: "post", path: `${item}/notes`, summary: "添加跟进备注（记录时间与作者）", request: { params: itemParams, body: body(addNoteBody) }, responses: { 201: json(noteView, "已添加") } },
  ] as const;
  for (const p of paths) {
    registry.registerPath({ ...p, tags, responses: { ...errorResponses, ...p.responses } } as Parameters<OpenAPIRegistry["registerPath"]>[0]);
  }
}
