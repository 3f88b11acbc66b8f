import { Router } from "express";
import { z } from "./zod-setup";
import { idParam } from "./id-param";
import { errorResponses, type OpenAPIRegistry } from "./openapi";
import { parseBody, parseParams, parseQuery } from "./validate";

/** The use cases of a resource with create / read / update / soft delete / restore / list. */
export interface CrudHandlers<Create, Patch, ListQuery, View, Page> {
  list(q: ListQuery): Promise<Page>;
  create(input: Create): Promise<View>;
  get(id: number): Promise<View>;
  update(id: number, patch: Patch): Promise<View>;
  remove(id: number): Promise<View>;
  restore(id: number): Promise<View>;
}

export interface CrudSchemas {
  create: z.ZodType;
  update: z.ZodType;
  list: z.ZodType;
  view: z.ZodType;
}

/** Thin routes: validate -> use case -> respond. Errors go to the one error handler. */
export function crudRouter<C, P, Q, V, Pg>(schemas: CrudSchemas, h: CrudHandlers<C, P, Q, V, Pg>): Router {
  const r = Router();
  r.get("/", async (req, res) => void res.json(await h.list(parseQuery(schemas.list, req) as Q)));
  r.post("/", async (req, res) => void res.status(201).json(await h.create(parseBody(schemas.create, req) as C)));
  r.get("/:id", async (req, res) => void res.json(await h.get(parseParams(idParam, req).id)));
  r.patch("/:id", async (req, res) =>
    void res.json(await h.update(parseParams(idParam, req).id, parseBody(schemas.update, req) as P)),
  );
  r.delete("/:id", async (req, res) => void res.json(await h.remove(parseParams(idParam, req).id)));
  r.post("/:id/restore", async (req, res) => void res.json(await h.restore(parseParams(idParam, req).id)));
  return r;
}

/** OpenAPI paths for a crudRouter mounted at `basePath`. */
export function registerCrudDocs(registry: OpenAPIRegistry, basePath: string, noun: string, tag: string, s: CrudSchemas) {
  const json = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
  const page = z.object({ items: z.array(s.view), total: z.number(), limit: z.number(), offset: z.number() });
  const tags = [tag];
  const byId = `${basePath}/{id}`;
  registry.registerPath({
    method: "get", path: basePath, tags, summary: `${noun}列表（筛选、分页）`,
    request: { query: s.list as z.ZodObject },
    responses: { 200: { description: `${noun}分页列表`, ...json(page) }, ...errorResponses },
  });
  registry.registerPath({
    method: "post", path: basePath, tags, summary: `新建${noun}`,
    request: { body: json(s.create) },
    responses: { 201: { description: "已创建", ...json(s.view) }, ...errorResponses },
  });
  registry.registerPath({
    method: "get", path: byId, tags, summary: `${noun}详情`, request: { params: idParam },
    responses: { 200: { description: `${noun}详情`, ...json(s.view) }, ...errorResponses },
  });
  registry.registerPath({
    method: "patch", path: byId, tags, summary: `修改${noun}`, request: { params: idParam, body: json(s.update) },
    responses: { 200: { description: "已修改", ...json(s.view) }, ...errorResponses },
  });
  registry.registerPath({
    method: "delete", path: byId, tags, summary: `删除${noun}（可恢复）`, request: { params: idParam },
    responses: { 200: { description: "已删除", ...json(s.view) }, ...errorResponses },
  });
  registry.registerPath({
    method: "post", path: `${byId}/restore`, tags, summary: `恢复已删除${noun}`, request: { params: idParam },
    responses: { 200: { description: "已恢复", ...json(s.view) }, ...errorResponses },
  });
}
