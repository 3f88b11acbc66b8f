import type { Router } from "express";
import request from "supertest";
import { createTestContext, type Agent, type TestContext } from "../../helpers/test-services";
import { ACCESS_RULES, findAccessRule, roleCan, ROLES, type Role } from "../../../src/modules/auth";
import type { ApiMount } from "../../../src/app";

interface RouteInfo {
  method: string;
  path: string;
}

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
}

function routesOf(base: string, router: Router): RouteInfo[] {
  const out: RouteInfo[] = [];
  for (const layer of (router as unknown as { stack: Layer[] }).stack) {
    if (!layer.route) continue;
    for (const p of ([] as string[]).concat(layer.route.path)) {
      const full = `${base}${p}`.replace(/\/+$/, "") || "/";
      for (const [m, on] of Object.entries(layer.route.methods)) if (on && m !== "_all") out.push({ method: m.toUpperCase(), path: full });
    }
  }
  return out;
}

/** Every API route the app serves: the mounted routers plus routes on the app itself. */
function allApiRoutes(ctx: TestContext): RouteInfo[] {
  const mounts = ctx.app.locals.apiMounts as ApiMount[];
  const own = routesOf("", (ctx.app as unknown as { router: Router }).router).filter((r) => r.path.startsWith("/api"));
  const seen = new Set<string>();
  return [...mounts.flatMap((m) => routesOf(m.base, m.router)), ...own].filter((r) => {
    const key = `${r.method} ${r.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type Who = Role | "anonymous";

function expected(rule: (typeof ACCESS_RULES)[number], who: Who): "allowed" | 401 | 403 {
  if (rule.access === "public") return "allowed";
  if (who === "anonymous") return 401;
  if (rule.access === "signed-in") return "allowed";
  return roleCan(who, rule.access) ? "allowed" : 403;
}

describe("authorization matrix: every route × every role", () => {
  let ctx: TestContext;
  const agents = {} as Record<Who, Agent>;

  beforeAll(async () => {
    ctx = await createTestContext();
    for (const role of ROLES) agents[role] = await ctx.as(role);
    const anon = (m: "get" | "post" | "put" | "patch" | "delete" | "head") => (url: string) => request(ctx.app)[m](url);
    agents.anonymous = { get: anon("get"), post: anon("post"), put: anon("put"), patch: anon("patch"), delete: anon("delete"), head: anon("head"), headers: {} };
  });
  afterAll(() => ctx.close());

  it("finds the routes of every module", () => {
    const routes = allApiRoutes(ctx);
    expect(routes.length).toBeGreaterThan(40);
    expect(routes).toEqual(expect.arrayContaining([{ method: "GET", path: "/api/enterprises" }, { method: "GET", path: "/api/docs" }]));
  });

  it("has an access rule for every mounted route (a new route without one fails here)", () => {
    const missing = allApiRoutes(ctx).filter((r) => !findAccessRule(r.method, r.path)).map((r) => `${r.method} ${r.path}`);
    expect(missing).toEqual([]);
  });

  it("has no rule for a route that does not exist", () => {
    const routes = new Set(allApiRoutes(ctx).map((r) => `${r.method} ${r.path}`));
    const stale = ACCESS_RULES.filter((r) => !routes.has(`${r.method} ${r.path}`)).map((r) => `${r.method} ${r.path}`);
    expect(stale).toEqual([]);
  });

  it("answers each route for each role as the rules say, and every successful write leaves an audit row", async () => {
    const problems: string[] = [];
    let checked = 0;
    for (const route of allApiRoutes(ctx)) {
      const rule = findAccessRule(route.method, route.path)!;
      const url = route.path.replace(/:[A-Za-z]+/g, "1");
      for (const who of [...ROLES, "anonymous"] as Who[]) {
        const want = expected(rule, who);
        const auditBefore = await ctx.services.db.auditLog.count();
        const method = route.method.toLowerCase() as "get" | "post" | "put" | "patch" | "delete";
        const req = agents[who][method](url);
        const res = await (method === "get" || method === "delete" ? req : req.send({}));
        checked++;
        const got = res.status;
        if (want === "allowed" ? got === 401 || got === 403 : got !== want) {
          problems.push(`${route.method} ${route.path} as ${who}: expected ${want}, got ${got} ${JSON.stringify(res.body?.error ?? "")}`);
        }
        if (want !== "allowed") expect(res.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
        const isWrite = !["GET", "HEAD"].includes(route.method) && !route.path.startsWith("/api/auth/");
        if (isWrite && got >= 200 && got < 300 && (await ctx.services.db.auditLog.count()) <= auditBefore) {
          problems.push(`${route.method} ${route.path} as ${who}: succeeded (${got}) without an audit row`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  }, 300_000);

  it("refuses an unknown API route with 404 for everyone, signed in or not", async () => {
    await agents.admin.get("/api/no-such-thing").expect(404);
    await agents.anonymous.get("/api/no-such-thing").expect(404);
  });
});
