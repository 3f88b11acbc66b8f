import { Router, type Request, type Response } from "express";
import { z } from "../../http/zod-setup";
import { idParam } from "../../http/id-param";
import { errorResponses, type OpenAPIRegistry } from "../../http/openapi";
import { parseParams, parseQuery } from "../../http/validate";
import type { MatchingDeps } from "../matching";
import type { SearchDeps } from "../search";
import { enterpriseExportQuery, enterpriseSearchExportQuery, projectMatchesExportQuery } from "./schemas";
import { exportEnterprises, exportProjectMatches, exportSearchedEnterprises, type ExportDeps, type PreparedExport } from "./service";
import { sendExportTable } from "./table-writer";

/** Streams a prepared export; a failure after the first byte aborts the download and is logged. */
export async function sendExport<R>(req: Request, res: Response, prepared: PreparedExport<R>): Promise<void> {
  const outcome = await sendExportTable(res, prepared.format, prepared.table);
  if (outcome.error) req.log?.error({ err: outcome.error, rows: outcome.rows }, "export cut short");
}

/**
 * GET /api/enterprises/export. Mounted ahead of the enterprises router, whose GET /:id would otherwise
 * take "export" for an id.
 */
export function enterpriseExportRouter(deps: ExportDeps): Router {
  const r = Router();
  r.get("/", async (req, res) => sendExport(req, res, await exportEnterprises(deps, parseQuery(enterpriseExportQuery, req))));
  return r;
}

/** GET /api/search/enterprises/export: the 企业库 search page as a file. Mounted at its own path. */
export function enterpriseSearchExportRouter(deps: ExportDeps & SearchDeps): Router {
  const r = Router();
  r.get("/", async (req, res) => sendExport(req, res, await exportSearchedEnterprises(deps, parseQuery(enterpriseSearchExportQuery, req))));
  return r;
}

/** GET /api/projects/:id/matches/export, mounted under /api. */
export function matchesExportRouter(deps: MatchingDeps): Router {
  const r = Router();
  r.get("/projects/:id/matches/export", async (req, res) =>
    sendExport(req, res, await exportProjectMatches(deps, parseParams(idParam, req).id, parseQuery(projectMatchesExportQuery, req))),
  );
  return r;
}

/** OpenAPI response of a file download, for every export route. */
export const fileResponses = {
  200: {
    description: "文件下载（Content-Disposition 带中文文件名）",
    content: {
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: z.string().openapi({ format: "binary" }) },
      "text/csv": { schema: z.string() },
    },
  },
  ...errorResponses,
} as const;

export function registerExportDocs(registry: OpenAPIRegistry): void {
  const tags = ["导出 Exports"];
  registry.registerPath({
    method: "get", path: "/api/enterprises/export", tags,
    summary: "导出企业列表（与列表接口相同的筛选和排序，全部页；无 contact:read 权限时不含联系人列）",
    request: { query: enterpriseExportQuery }, responses: fileResponses,
  });
  registry.registerPath({
    method: "get", path: "/api/search/enterprises/export", tags,
    summary:
      "导出企业检索结果（企业库页面：与 /api/search/enterprises 相同的检索词、筛选和排序，全部页；带检索词时最多 2000 家；无 contact:read 权限时不含联系人列）",
    request: { query: enterpriseSearchExportQuery }, responses: fileResponses,
  });
  registry.registerPath({
    method: "get", path: "/api/projects/{id}/matches/export", tags,
    summary: "导出项目的目标企业排名（与匹配接口相同的筛选和权重，含分项得分与理由）",
    request: { params: idParam, query: projectMatchesExportQuery }, responses: fileResponses,
  });
}
