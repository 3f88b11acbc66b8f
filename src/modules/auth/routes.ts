import { Router, type Response } from "express";
import { z } from "../../http/zod-setup";
import { idParam } from "../../http/id-param";
import { badRequest, unauthorized } from "../../http/app-error";
import { errorResponses, type OpenAPIRegistry } from "../../http/openapi";
import { parseBody, parseParams, parseQuery } from "../../http/validate";
import { loginRateLimit, requestAuth, SESSION_COOKIE } from "./middleware";
import { auditQuery, changePasswordBody, createApiKeyBody, createChamberBody, createUserBody, loginBody, updateUserBody } from "./schemas";
import * as svc from "./service";

export interface AuthRouterDeps extends svc.AuthDeps {
  cookieSecure: boolean;
}

function setSessionCookie(res: Response, deps: AuthRouterDeps, value: string, expires: Date) {
  res.cookie(SESSION_COOKIE, value, { httpOnly: true, sameSite: "strict", secure: deps.cookieSecure, path: "/", expires });
}

/** Sign-in, one's own session, users, API keys, chambers and the audit trail; mounted under /api. */
export function authRouter(deps: AuthRouterDeps): Router {
  const r = Router();
  r.post("/auth/login", loginRateLimit(deps.auth.loginRateLimit), async (req, res) => {
    const body = parseBody(loginBody, req);
    const signed = await svc.login(deps, body, { ip: req.ip ?? null, userAgent: req.get("user-agent") ?? null, requestId: req.id == null ? null : String(req.id) });
    setSessionCookie(res, deps, signed.sessionId, signed.expiresAt);
    res.json({ user: signed.user, csrfToken: signed.csrfToken });
  });
  r.post("/auth/logout", async (req, res) => {
    const { session } = requestAuth(req);
    if (session) await svc.logout(deps, session.idHash);
    res.clearCookie(SESSION_COOKIE, { path: "/" });
    res.json({ ok: true });
  });
  r.get("/auth/me", async (req, res) => {
    const { actor, session } = requestAuth(req);
    if (actor.kind === "user" && session) {
      res.json({ user: svc.toUserView(session.user), csrfToken: session.csrfToken });
      return;
    }
    if (actor.kind === "apiKey") {
      res.json({ apiKey: { id: actor.id, name: actor.name, role: actor.role, groups: actor.groups, chamberId: actor.chamberId } });
      return;
    }
    throw unauthorized();
  });
  r.post("/auth/password", async (req, res) => {
    const { actor } = requestAuth(req);
    if (actor.kind !== "user" || actor.id === null) throw badRequest("API 密钥没有密码，只有登录用户可以修改密码");
    const body = parseBody(changePasswordBody, req);
    await svc.changeOwnPassword(deps, actor.id, body.currentPassword, body.newPassword);
    res.json({ ok: true });
  });

  r.get("/users", async (_req, res) => void res.json(await svc.listUsers(deps)));
  r.post("/users", async (req, res) => void res.status(201).json(await svc.createUser(deps, parseBody(createUserBody, req))));
  r.patch("/users/:id", async (req, res) =>
    void res.json(await svc.updateUser(deps, parseParams(idParam, req).id, parseBody(updateUserBody, req))),
  );
  r.post("/users/:id/revoke-sessions", async (req, res) => void res.json(await svc.revokeSessionsOfUser(deps, parseParams(idParam, req).id)));

  r.get("/api-keys", async (_req, res) => void res.json(await svc.listApiKeys(deps)));
  r.post("/api-keys", async (req, res) => void res.status(201).json(await svc.createApiKey(deps, parseBody(createApiKeyBody, req))));
  r.post("/api-keys/:id/revoke", async (req, res) => void res.json(await svc.revokeApiKey(deps, parseParams(idParam, req).id)));

  r.get("/chambers", async (_req, res) => void res.json(await svc.listChambers(deps)));
  r.post("/chambers", async (req, res) => void res.status(201).json(await svc.createChamber(deps, parseBody(createChamberBody, req))));

  r.get("/audit", async (req, res) => void res.json(await svc.listAudit(deps, parseQuery(auditQuery, req))));
  return r;
}

export function registerAuthDocs(registry: OpenAPIRegistry): void {
  const tags = ["账号与权限 Accounts"];
  const json = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
  const ok = (description: string) => ({ description, ...json(z.object({}).passthrough()) });
  const paths: [method: "get" | "post" | "patch", path: string, summary: string, body?: z.ZodType, query?: z.ZodObject][] = [
    ["post", "/api/auth/login", "登录（设置会话 Cookie，返回 CSRF 令牌）", loginBody],
    ["post", "/api/auth/logout", "退出登录"],
    ["get", "/api/auth/me", "当前账号"],
    ["post", "/api/auth/password", "修改自己的密码", changePasswordBody],
    ["get", "/api/users", "用户列表"],
    ["post", "/api/users", "新建用户", createUserBody],
    ["patch", "/api/users/{id}", "修改用户（角色、产业链组、停用、解锁、重置密码）", updateUserBody],
    ["post", "/api/users/{id}/revoke-sessions", "注销用户的所有会话"],
    ["get", "/api/api-keys", "API 密钥列表（不含密钥本身）"],
    ["post", "/api/api-keys", "新建 API 密钥（密钥只显示这一次）", createApiKeyBody],
    ["post", "/api/api-keys/{id}/revoke", "撤销 API 密钥"],
    ["get", "/api/chambers", "商协会列表"],
    ["post", "/api/chambers", "新建商协会", createChamberBody],
    ["get", "/api/audit", "审计日志（筛选，新到旧）", undefined, auditQuery],
  ];
  for (const [method, path, summary, body, query] of paths) {
    registry.registerPath({
      method, path, tags, summary,
      request: { ...(path.includes("{id}") ? { params: idParam } : {}), ...(body ? { body: json(body) } : {}), ...(query ? { query } : {}) },
      responses: { 200: ok(summary), ...errorResponses },
    });
  }
}
