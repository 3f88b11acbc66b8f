import { recordAudit } from "../auth";
import fs from "node:fs";
import { Router } from "express";
import multer from "multer";
import type { Config } from "../../config";
import { z } from "../../http/zod-setup";
import { badRequest, notFound } from "../../http/app-error";
import { idParam } from "../../http/id-param";
import { errorResponses, type OpenAPIRegistry } from "../../http/openapi";
import { parseBody, parseParams, parseQuery } from "../../http/validate";
import { getImportJob, listImportJobs, startImportJob } from "./import-jobs";
import { detectImportFormat } from "./readers";
import { importEnterpriseFile, type ImportDeps } from "./service";

const importBody = z
  .object({
    kind: z.literal("enterprises", { error: "目前只支持导入企业（kind=enterprises）" }).default("enterprises"),
    mapping: z
      .string()
      .optional()
      .transform((text, ctx) => {
        if (!text) return undefined;
        try {
          const parsed = z.record(z.string(), z.string()).safeParse(JSON.parse(text));
          if (parsed.success) return parsed.data;
        } catch {
          // fall through to the issue below
        }
        ctx.addIssue({ code: "custom", message: "列映射应为 JSON 对象，例如 {\"公司\":\"name\"}" });
        return z.NEVER;
      })
      .openapi({ description: "列映射（JSON）：表头 → 字段名，如 {\"公司\":\"name\",\"备注\":\"ignore\"}" }),
    wait: z.enum(["true", "false"]).default("false").openapi({ description: "true：导入完成后再返回结果" }),
    strict: z
      .enum(["true", "false"])
      .default("false")
      .openapi({ description: "true：任一单元格无法识别即拒绝整行；默认仅名称、信用代码、外部编号出错才拒绝，其余跳过该项并给出警告" }),
  })
  .strict();

const listQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) }).strict();

export function importsRouter(deps: ImportDeps & { config: Config }): Router {
  fs.mkdirSync(deps.config.uploadDir, { recursive: true });
  const upload = multer({ dest: deps.config.uploadDir, limits: { fileSize: deps.config.importMaxBytes, files: 1 } });
  const r = Router();

  r.post("/", upload.single("file"), async (req, res) => {
    const file = req.file;
    try {
      if (!file) throw badRequest("请上传文件（表单字段名 file）");
      const body = parseBody(importBody, req);
      // Multer gives latin1-decoded names; browsers send UTF-8.
      const originalName = Buffer.from(file.originalname, "latin1").toString("utf8");
      const fileRef = { path: file.path, originalName, mimeType: file.mimetype };
      // Unreadable files (empty, wrong type) are refused at once rather than as a failed background job.
      await detectImportFormat(fileRef, { maxBytes: deps.config.importMaxBytes });
      const job = await startImportJob(deps.db, body.kind, originalName);
      await recordAudit(deps.db, { action: "import_start", entityType: "ImportJob", entityId: job.id, summary: { file: originalName, kind: body.kind } });
      const run = importEnterpriseFile(
        deps,
        { file: fileRef, mapping: body.mapping, strict: body.strict === "true", maxBytes: deps.config.importMaxBytes },
        job.id,
      ).finally(() => fs.rm(file.path, { force: true }, () => undefined));
      if (body.wait === "true") {
        await run;
        res.status(201).json(await getImportJob(deps.db, job.id));
      } else {
        run.catch((err) => deps.logger?.warn({ err: (err as Error).message, jobId: job.id }, "import failed"));
        res.status(202).json(job);
      }
    } catch (err) {
      if (file) fs.rm(file.path, { force: true }, () => undefined);
      throw err;
    }
  });
  r.get("/", async (req, res) => void res.json({ items: await listImportJobs(deps.db, parseQuery(listQuery, req).limit) }));
  r.get("/:id", async (req, res) => {
    const id = parseParams(idParam, req).id;
    const job = await getImportJob(deps.db, id);
    if (!job) throw notFound("导入任务", id);
    res.json(job);
  });
  return r;
}

export function registerImportDocs(registry: OpenAPIRegistry): void {
  const tags = ["导入 Imports"];
  const job = z
    .object({
      id: z.number(), kind: z.string(), fileName: z.string(), status: z.enum(["running", "done", "failed"]),
      totalRows: z.number(), created: z.number(), updated: z.number(), unchanged: z.number(), rejected: z.number(),
      warnings: z.number(),
      errors: z
        .array(z.object({ row: z.number(), column: z.string().optional(), message: z.string(), severity: z.enum(["error", "warning"]) }))
        .optional(),
      message: z.string().nullable(),
    })
    .openapi("ImportJob");
  registry.registerPath({
    method: "post", path: "/api/imports", tags,
    summary: "批量导入企业（CSV UTF-8/GBK、XLSX、JSON）；按信用代码、外部编号、规范化名称更新或新建",
    request: {
      body: {
        content: {
          "multipart/form-data": { schema: importBody.extend({ file: z.string().openapi({ format: "binary" }) }) },
        },
      },
    },
    responses: {
      201: { description: "导入完成（wait=true）", content: { "application/json": { schema: job } } },
      202: { description: "已开始导入，轮询 /api/imports/{id}", content: { "application/json": { schema: job } } },
      ...errorResponses,
    },
  });
  registry.registerPath({
    method: "get", path: "/api/imports/{id}", tags, summary: "导入任务进度与逐行错误", request: { params: idParam },
    responses: { 200: { description: "导入任务", content: { "application/json": { schema: job } } }, ...errorResponses },
  });
}
