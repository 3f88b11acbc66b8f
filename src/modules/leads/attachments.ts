import crypto from "node:crypto";
import { AppError } from "../../http/app-error";
import type { FieldIssue } from "../../http/zod-details";
import { sniffAttachmentType } from "./file-sniffing";
import type { NewAttachment } from "./repository";

export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
}

export interface AttachmentLimits {
  maxBytes: number;
  maxFiles: number;
}

export const formatMegabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** Multer hands over names decoded as latin1; browsers and curl send UTF-8. Paths and control characters go. */
function cleanFilename(raw: string, fallback: string): string {
  const utf8 = Buffer.from(raw, "latin1").toString("utf8");
  const name = (utf8.includes("\ufffd") ? raw : utf8).split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 200);
  return cleaned || fallback;
}

/**
 * Checks uploaded files by their content (PDF, PNG, JPEG only), size and count; all problems are reported
 * together, each under `attachments.<n>` with a Chinese message.
 */
export function prepareAttachments(files: UploadedFile[], limits: AttachmentLimits): NewAttachment[] {
  const issues: FieldIssue[] = [];
  if (files.length > limits.maxFiles) issues.push({ path: "attachments", message: `附件最多${limits.maxFiles}个` });
  const out: NewAttachment[] = [];
  files.forEach((file, i) => {
    const filename = cleanFilename(file.originalname, `附件${i + 1}`);
    const path = `attachments.${i}`;
    if (file.buffer.length === 0) {
      issues.push({ path, message: `附件「${filename}」是空文件` });
      return;
    }
    if (file.buffer.length > limits.maxBytes) {
      issues.push({ path, message: `附件「${filename}」超过${formatMegabytes(limits.maxBytes)}` });
      return;
    }
    const type = sniffAttachmentType(file.buffer);
    if (!type) {
      issues.push({ path, message: `附件「${filename}」不是 PDF、PNG 或 JPEG 文件（按文件内容识别，与扩展名无关）` });
      return;
    }
    out.push({
      filename,
      mime: type.mime,
      size: file.buffer.length,
      sha256: crypto.createHash("sha256").update(file.buffer).digest("hex"),
      content: file.buffer,
    });
  });
  if (issues.length) throw new AppError("VALIDATION_ERROR", "附件不符合要求", 400, issues);
  return out;
}
