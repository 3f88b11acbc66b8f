import type { ErrorRequestHandler, Request, RequestHandler } from "express";
import multer from "multer";
import { AppError } from "../../http/app-error";
import { zodIssuesToDetails, type FieldIssue } from "../../http/zod-details";
import { requestAuth, runAsActor } from "../auth";
import { formatMegabytes, prepareAttachments, type AttachmentLimits } from "./attachments";
import type { NewAttachment } from "./repository";
import { leadSubmissionBody, textFieldsToSubmission, type LeadSubmission } from "./schemas";

/** The field that carries files, in the API's multipart body and in the public form. */
export const ATTACHMENTS_FIELD = "attachments";

/**
 * Multipart parsing for a lead (files kept in memory: they are small, checked by content, and stored in the
 * database with the lead). Runs only for multipart requests. Multer's callback comes from the upload stream,
 * outside the request's actor context, so the context is restored before the next handler.
 */
export function leadUploads(limits: AttachmentLimits): RequestHandler {
  const handler = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: limits.maxBytes, files: limits.maxFiles, fields: 40, fieldSize: 64 * 1024, parts: limits.maxFiles + 40 },
  }).array(ATTACHMENTS_FIELD, limits.maxFiles);
  return (req, res, next) => {
    if (!req.is("multipart/form-data")) return next();
    handler(req, res, (err?: unknown) => runAsActor(requestAuth(req).actor, () => next(err ? uploadError(err, limits) : undefined)));
  };
}

function uploadError(err: unknown, limits: AttachmentLimits): unknown {
  if (!(err instanceof multer.MulterError)) return err;
  const detail = (message: string): FieldIssue[] => [{ path: ATTACHMENTS_FIELD, message }];
  switch (err.code) {
    case "LIMIT_FILE_SIZE":
      return new AppError("FILE_TOO_LARGE", `附件过大：每个附件不能超过${formatMegabytes(limits.maxBytes)}`, 413, detail(`每个附件不能超过${formatMegabytes(limits.maxBytes)}`));
    case "LIMIT_FILE_COUNT":
    case "LIMIT_UNEXPECTED_FILE":
      return new AppError("VALIDATION_ERROR", "附件不符合要求", 400, detail(`附件最多${limits.maxFiles}个，表单字段名为 ${ATTACHMENTS_FIELD}`));
    default:
      return new AppError("VALIDATION_ERROR", "上传内容不符合要求", 400, detail(`上传失败：${err.message}`));
  }
}

/** Turns a body-parser failure on the form (too large, malformed) into a Chinese 400/413 for the error page. */
export const formBodyErrors: ErrorRequestHandler = (err, _req, _res, next) => {
  const type = (err as { type?: string })?.type;
  if (type === "entity.too.large") return next(new AppError("PAYLOAD_TOO_LARGE", "提交内容过大", 413));
  if (type?.startsWith("entity.") || type?.startsWith("charset.")) return next(new AppError("BAD_REQUEST", "提交内容无法识别", 400));
  next(err);
};

export interface ValidSubmission {
  input: LeadSubmission;
  attachments: NewAttachment[];
}

/**
 * Validates the fields (JSON, or text fields of a multipart/urlencoded body) and the files together, so one
 * answer lists every problem: `{path, message}` per field, attachments as `attachments.<n>`.
 */
export function validateSubmission(req: Request, limits: AttachmentLimits, textFields: boolean, ignore: string[] = []): ValidSubmission {
  const raw = { ...((req.body ?? {}) as Record<string, unknown>) };
  for (const key of ignore) delete raw[key];
  const parsed = leadSubmissionBody.safeParse(textFields ? textFieldsToSubmission(raw) : raw);
  const issues: FieldIssue[] = parsed.success ? [] : zodIssuesToDetails(parsed.error);
  let attachments: NewAttachment[] = [];
  try {
    attachments = prepareAttachments((req.files as Express.Multer.File[] | undefined) ?? [], limits);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    issues.push(...(err.details as FieldIssue[]));
  }
  if (issues.length || !parsed.success) throw new AppError("VALIDATION_ERROR", "请求参数不正确", 400, issues);
  return { input: parsed.data, attachments };
}
