import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import express, { Router, type ErrorRequestHandler, type NextFunction, type Request, type Response } from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import { AppError, tooManyRequests } from "../../../http/app-error";
import type { FieldIssue } from "../../../http/zod-details";
import type { Logger } from "../../../logger";
import { ANONYMOUS_ACTOR, type Actor } from "../../auth";
import { verifyFormLink } from "../form-link";
import * as svc from "../service";
import { formBodyErrors, leadUploads, validateSubmission } from "../submission-input";
import { confirmationPage, formPage, messagePage, type FieldErrors } from "./pages";

export interface LeadFormDeps extends svc.LeadDeps {
  formSecret: string;
  countyName: string;
  logger?: Logger;
}

const CSS = fs.readFileSync(path.join(__dirname, "lead-form.css"), "utf8");
const SUBMISSION_ID = /^[A-Za-z0-9_-]{16,64}$/;

function sendPage(res: Response, status: number, page: string): void {
  // The URL carries the chamber's token: keep pages out of caches.
  res.status(status).set("Cache-Control", "no-store").type("html").send(page);
}

const LINK_PROBLEMS = {
  malformed: "链接无效，请核对链接是否完整，或联系招商局重新获取。",
  "bad-signature": "链接无效，请核对链接是否完整，或联系招商局重新获取。",
  expired: "链接已过期，请联系招商局重新获取报送链接。",
  "no-chamber": "该报送单位不存在，请联系招商局。",
} as const;

/** The chamber a token was issued for, or a Chinese page explaining why the link does not work. */
async function chamberForToken(deps: LeadFormDeps, req: Request, res: Response): Promise<{ id: number; name: string } | null> {
  const check = verifyFormLink(deps.formSecret, String(req.params.token), deps.now?.() ?? new Date());
  if (!check.ok) {
    sendPage(res, check.reason === "expired" ? 410 : 404, messagePage("无法打开报送表单", LINK_PROBLEMS[check.reason]));
    return null;
  }
  const chamber = await svc.findChamberForForm(deps, check.claims.chamberId);
  if (!chamber) sendPage(res, 404, messagePage("无法打开报送表单", LINK_PROBLEMS["no-chamber"]));
  return chamber;
}

/** What the form shows back after a refused submission: the texts as typed (escaped when rendered). */
function typedValues(body: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    const value = Array.isArray(v) ? v[0] : v;
    if (typeof value === "string") out[k] = value.slice(0, 10_000);
  }
  return out;
}

function fieldErrors(details: unknown): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of (Array.isArray(details) ? details : []) as FieldIssue[]) {
    const name = issue.path.split(".")[0] || "form";
    (out[name] ??= []).push(issue.message);
  }
  return out;
}

/**
 * The public form: GET /form/leads/:token shows it, POST accepts it (multipart or urlencoded). No sign-in;
 * the signed token names the chamber. Submissions go through the same validation and use case as the API;
 * a hidden submission id makes a double click or a refresh return the first lead instead of a second one.
 */
export function leadFormRouter(deps: LeadFormDeps): Router {
  const r = Router();
  const limits = { maxBytes: deps.leads.attachmentMaxBytes, maxFiles: deps.leads.attachmentMaxFiles };
  const page = (token: string, chamberName: string, extra: { values?: Record<string, string>; errors?: FieldErrors; submissionId?: string; filesDropped?: boolean } = {}) =>
    formPage({
      token, chamberName, countyName: deps.countyName, maxBytes: limits.maxBytes, maxFiles: limits.maxFiles,
      submissionId: extra.submissionId ?? crypto.randomBytes(16).toString("base64url"),
      values: extra.values ?? {}, errors: extra.errors ?? {}, filesDropped: extra.filesDropped,
    });
  const submitLimit = rateLimit({
    windowMs: 60_000,
    limit: deps.leads.submitRatePerMinute,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    keyGenerator: (req) => `form:${ipKeyGenerator(req.ip ?? "")}`,
    handler: (_req, _res, next) => next(tooManyRequests("提交过于频繁，请一分钟后再试")),
  });

  r.get("/assets/lead-form.css", (_req, res) => void res.type("css").set("Cache-Control", "public, max-age=3600").send(CSS));

  r.get("/leads/:token", async (req, res) => {
    const chamber = await chamberForToken(deps, req, res);
    if (chamber) sendPage(res, 200, page(String(req.params.token), chamber.name));
  });

  r.post(
    "/leads/:token",
    submitLimit,
    // The link is checked before any upload is read.
    async (req: Request, res: Response, next: NextFunction) => {
      const chamber = await chamberForToken(deps, req, res);
      if (chamber) {
        res.locals.chamber = chamber;
        next();
      }
    },
    express.urlencoded({ extended: false, limit: "200kb" }),
    formBodyErrors,
    leadUploads(limits),
    async (req: Request, res: Response) => {
      const token = String(req.params.token);
      const chamber = res.locals.chamber as { id: number; name: string };
      const body = (req.body ?? {}) as Record<string, unknown>;
      const givenId = typeof body.submissionId === "string" && SUBMISSION_ID.test(body.submissionId) ? body.submissionId : null;
      const submissionId = givenId ?? crypto.randomBytes(16).toString("base64url");
      let valid;
      try {
        valid = validateSubmission(req, limits, true, ["submissionId"]);
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== "VALIDATION_ERROR") throw err;
        const files = (req.files as Express.Multer.File[] | undefined) ?? [];
        sendPage(res, 400, page(token, chamber.name, { values: typedValues(body), errors: fieldErrors(err.details), submissionId, filesDropped: files.length > 0 }));
        return;
      }
      const actor: Actor = { ...ANONYMOUS_ACTOR, name: `报送表单（${chamber.name}）`, chamberId: chamber.id, ip: req.ip ?? null, requestId: req.id == null ? null : String(req.id) };
      // Same id and same content = the same submission (double click, refresh); edited content is a new lead.
      const content = crypto.createHash("sha256").update(JSON.stringify([valid.input, valid.attachments.map((a) => a.sha256)])).digest("hex");
      const result = await svc.submitLead(deps, {
        chamberId: chamber.id, via: "form", input: valid.input, attachments: valid.attachments,
        idempotencyKey: `form:${submissionId}:${content.slice(0, 16)}`, actor,
      });
      sendPage(
        res,
        result.created ? 201 : 200,
        confirmationPage({
          token, chamberName: chamber.name, countyName: deps.countyName, leadId: result.lead.id, companyName: result.lead.companyName,
          status: result.lead.status, replay: !result.created,
        }),
      );
    },
  );

  // Errors on these pages are pages too, never JSON or a stack trace.
  const errorPage: ErrorRequestHandler = (err, _req, res, _next) => {
    const status = err instanceof AppError ? err.statusCode : 500;
    if (status >= 500) deps.logger?.error({ err }, "lead form failed");
    const message = err instanceof AppError && status < 500 ? err.message : "服务器暂时无法处理，请稍后重试。";
    sendPage(res, status, messagePage(status === 429 ? "提交过于频繁" : "提交未成功", message));
  };
  r.use(errorPage);
  return r;
}
