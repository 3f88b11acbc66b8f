import type { NextFunction, Request, RequestHandler, Response } from "express";
import { rateLimit, ipKeyGenerator } from "express-rate-limit";
import { AppError, forbidden, unauthorized } from "../../http/app-error";
import { ANONYMOUS_ACTOR, actorCan, runAsActor, type Actor } from "./actor";
import { findAccessRule } from "./access-rules";
import { withoutContacts } from "./redaction";
import { resolveApiKey, resolveSession, userActor, type AuthDeps, type ResolvedSession } from "./service";

export const SESSION_COOKIE = "im_sid";
export const CSRF_HEADER = "x-csrf-token";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface RequestAuth {
  actor: Actor;
  session: ResolvedSession | null;
}

declare module "express-serve-static-core" {
  interface Request {
    auth?: RequestAuth;
  }
}

export function requestAuth(req: Request): RequestAuth {
  return req.auth ?? { actor: ANONYMOUS_ACTOR, session: null };
}

function presentedApiKey(req: Request): string | null {
  const header = req.get("authorization");
  if (header?.toLowerCase().startsWith("bearer ")) return header.slice(7).trim();
  return req.get("x-api-key")?.trim() || null;
}

/**
 * Mounted on /api and /form. Identifies the caller (API key header or session cookie), then applies the
 * access rule of the /api route:
 * anonymous → 401, missing permission → 403, a session's write without its CSRF token → 403. Everything
 * after runs inside the actor's context (`currentActor()`), and JSON responses lose contact fields when the
 * actor may not read them.
 */
export function authenticate(deps: AuthDeps): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const requestId = req.id == null ? null : String(req.id);
      const meta = { ip: req.ip ?? null, requestId };
      let actor: Actor = { ...ANONYMOUS_ACTOR, ip: meta.ip, requestId };
      let session: ResolvedSession | null = null;
      const key = presentedApiKey(req);
      if (key) {
        const keyActor = await resolveApiKey(deps, key, meta);
        if (!keyActor) throw new AppError("INVALID_API_KEY", "API密钥无效、已撤销或已过期", 401);
        actor = keyActor;
      } else {
        const sid = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
        if (sid) session = await resolveSession(deps, sid);
        if (session) actor = userActor(session.user, meta.ip, requestId);
      }
      req.auth = { actor, session };
      if (req.baseUrl === "/api") authorize(req, actor, session);
      if (!actorCan(actor, "contact:read")) {
        const json = res.json.bind(res);
        res.json = (body: unknown) => json(withoutContacts(body));
      }
      runAsActor(actor, next);
    } catch (err) {
      next(err);
    }
  };
}

function authorize(req: Request, actor: Actor, session: ResolvedSession | null): void {
  const path = req.baseUrl + req.path;
  const rule = findAccessRule(req.method, path);
  // Deny by default: a route without a rule answers as if it did not exist.
  if (!rule) throw new AppError("ROUTE_NOT_FOUND", `接口不存在：${req.method} ${path}`, 404);
  if (rule.access === "public") return;
  if (actor.kind === "anonymous") throw unauthorized("请先登录");
  if (rule.access !== "signed-in" && !actorCan(actor, rule.access)) {
    throw forbidden(`当前账号（${actor.name}）无权访问此功能`);
  }
  if (session && !SAFE_METHODS.has(req.method) && req.get(CSRF_HEADER) !== session.csrfToken) {
    throw new AppError("CSRF_TOKEN_INVALID", "请求缺少有效的 CSRF 令牌，请刷新页面后重试", 403);
  }
}

function rateLimitMessage(message: string) {
  return (_req: Request, res: Response) => void res.status(429).json({ error: { code: "TOO_MANY_REQUESTS", message } });
}

/** Requests per minute per user or API key (per IP before sign-in). */
export function apiRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    keyGenerator: (req) => {
      const { actor } = requestAuth(req);
      return actor.kind === "anonymous" ? `ip:${ipKeyGenerator(req.ip ?? "")}` : `${actor.kind}:${actor.id}`;
    },
    handler: rateLimitMessage("请求过于频繁，请稍后再试"),
  });
}

/** Login attempts per IP per 15 minutes (on top of the per-account lockout). */
export function loginRateLimit(limit: number): RequestHandler {
  return rateLimit({
    windowMs: 15 * 60_000,
    limit,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    keyGenerator: (req) => ipKeyGenerator(req.ip ?? ""),
    handler: rateLimitMessage("登录尝试过于频繁，请15分钟后再试"),
  });
}
