import type { ErrorRequestHandler, RequestHandler } from "express";
import { ZodError } from "zod";
import multer from "multer";
import { AppError } from "./app-error";
import type { Logger } from "../logger";
import { zodIssuesToDetails } from "./zod-details";

/** The one place errors become responses: `{ error: { code, message, details? } }`, 5xx details hidden. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    if (err instanceof AppError) {
      res.status(err.statusCode).json({ error: { code: err.code, message: err.message, details: err.details } });
      return;
    }
    if (err instanceof ZodError) {
      res.status(400).json({
        error: { code: "VALIDATION_ERROR", message: "请求参数不正确", details: zodIssuesToDetails(err) },
      });
      return;
    }
    if (err instanceof multer.MulterError) {
      const message = err.code === "LIMIT_FILE_SIZE" ? "文件过大，超过允许的上传大小" : `上传失败：${err.message}`;
      res.status(err.code === "LIMIT_FILE_SIZE" ? 413 : 400).json({ error: { code: err.code, message } });
      return;
    }
    const status = typeof err?.status === "number" ? err.status : typeof err?.statusCode === "number" ? err.statusCode : 500;
    if (status < 500) {
      // body-parser and friends: malformed JSON, payload too large.
      const message =
        err?.type === "entity.parse.failed" ? "请求体不是有效的 JSON" : err?.type === "entity.too.large" ? "请求体过大" : "请求无效";
      res.status(status).json({ error: { code: err?.type ?? "BAD_REQUEST", message } });
      return;
    }
    logger.error({ err }, "unhandled error");
    res.status(500).json({ error: { code: "INTERNAL_ERROR", message: "服务器内部错误，请稍后重试" } });
  };
}

export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).json({ error: { code: "ROUTE_NOT_FOUND", message: `接口不存在：${req.method} ${req.path}` } });
};
