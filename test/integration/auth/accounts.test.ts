import request from "supertest";
import Database from "better-sqlite3";
import path from "node:path";
import { createTestContext, type TestContext } from "../../helpers/test-services";
import { buildEnterpriseInput, buildProjectInput } from "../../helpers/builders";
import { createLogger } from "../../../src/logger";
import { createApp } from "../../../src/app";

describe("sign-in, sessions and CSRF", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ LOGIN_MAX_FAILURES: "3" });
  });
  afterAll(() => ctx.close());

  it("signs in with an httpOnly SameSite=Strict cookie, knows the user, and signs out", async () => {
    const sut = await ctx.login("analyst", { groups: ["新能源汽车"] });
    const me = await sut.get("/api/auth/me").expect(200);
    expect(me.body.user).toMatchObject({ username: sut.username, role: "analyst", roleLabel: "招商分析员", groups: ["新能源汽车"] });
    expect(me.body.user.permissions).toContain("contact:read");
    expect(me.body.csrfToken).toBe(sut.csrfToken);
    expect(me.body.user).not.toHaveProperty("passwordHash");

    const login = await request(ctx.app).post("/api/auth/login").send({ username: sut.username, password: "Test-password-123" }).expect(200);
    const cookie = String(login.headers["set-cookie"]);
    expect(cookie).toMatch(/im_sid=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);

    await sut.post("/api/auth/logout").expect(200);
    await sut.get("/api/auth/me").expect(401);
    await sut.get("/api/enterprises").expect(401);
  });

  it("stores passwords only as scrypt hashes", async () => {
    const sut = await ctx.login("viewer");
    const row = await ctx.services.db.user.findUniqueOrThrow({ where: { username: sut.username } });
    expect(row.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(row.passwordHash).not.toContain("Test-password-123");
  });

  it("refuses a session's write without the CSRF token and changes nothing", async () => {
    const sut = await ctx.login("analyst");
    const cookie = sut.headers.Cookie;
    const before = await ctx.services.db.enterprise.count();
    const missing = await request(ctx.app).post("/api/enterprises").set("Cookie", cookie).send(buildEnterpriseInput()).expect(403);
    expect(missing.body.error.code).toBe("CSRF_TOKEN_INVALID");
    expect(missing.body.error.message).toMatch(/CSRF/);
    await request(ctx.app).post("/api/enterprises").set("Cookie", cookie).set("X-CSRF-Token", "forged").send(buildEnterpriseInput()).expect(403);
    expect(await ctx.services.db.enterprise.count()).toBe(before);
    await sut.post("/api/enterprises").send(buildEnterpriseInput()).expect(201);
    // Reads need no token.
    await request(ctx.app).get("/api/enterprises").set("Cookie", cookie).expect(200);
  });

  it("locks an account after repeated failures, even for the right password, until an admin unlocks it", async () => {
    const sut = await ctx.login("analyst", { password: "Right-password-1" });
    for (let i = 0; i < 3; i++) {
      const res = await request(ctx.app).post("/api/auth/login").send({ username: sut.username, password: "wrong-password-9" }).expect(401);
      expect(res.body.error).toEqual({ code: "INVALID_CREDENTIALS", message: "用户名或密码错误" });
    }
    const locked = await request(ctx.app).post("/api/auth/login").send({ username: sut.username, password: "Right-password-1" }).expect(423);
    expect(locked.body.error.code).toBe("ACCOUNT_LOCKED");
    expect(locked.body.error.message).toMatch(/锁定/);
    const failures = await ctx.services.db.auditLog.count({ where: { action: "login_failed", actorName: sut.username } });
    expect(failures).toBe(4);

    const user = await ctx.services.db.user.findUniqueOrThrow({ where: { username: sut.username } });
    await ctx.request.patch(`/api/users/${user.id}`).send({ unlock: true }).expect(200);
    await request(ctx.app).post("/api/auth/login").send({ username: sut.username, password: "Right-password-1" }).expect(200);
  });

  it("answers an unknown user exactly like a wrong password", async () => {
    const res = await request(ctx.app).post("/api/auth/login").send({ username: "nobody", password: "whatever-123" }).expect(401);
    expect(res.body.error.code).toBe("INVALID_CREDENTIALS");
  });

  it("ends sessions that are idle too long, past their lifetime, or revoked by an admin", async () => {
    const idle = await ctx.login("viewer");
    await ctx.services.db.session.updateMany({ where: { user: { username: idle.username } }, data: { lastSeenAt: new Date(Date.now() - 9 * 3_600_000) } });
    await idle.get("/api/auth/me").expect(401);

    const old = await ctx.login("viewer");
    await ctx.services.db.session.updateMany({ where: { user: { username: old.username } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await old.get("/api/auth/me").expect(401);

    const revoked = await ctx.login("viewer");
    await revoked.get("/api/auth/me").expect(200);
    const user = await ctx.services.db.user.findUniqueOrThrow({ where: { username: revoked.username } });
    expect((await ctx.request.post(`/api/users/${user.id}/revoke-sessions`).expect(200)).body.revoked).toBe(1);
    await revoked.get("/api/auth/me").expect(401);
  });

  it("validates new users: password strength, role, unknown groups, duplicate names", async () => {
    const weak = await ctx.request.post("/api/users").send({ username: "weakling", displayName: "弱密码", role: "analyst", password: "short" }).expect(400);
    expect(weak.body.error.message).toMatch(/密码至少10位/);
    const role = await ctx.request.post("/api/users").send({ username: "badrole", displayName: "角色", role: "boss", password: "Good-password-1" }).expect(400);
    expect(JSON.stringify(role.body.error.details)).toMatch(/角色/);
    const group = await ctx.request.post("/api/users").send({ username: "nogroup", displayName: "组", role: "analyst", password: "Good-password-1", groups: ["不存在的组"] }).expect(400);
    expect(group.body.error.message).toMatch(/产业链组不存在/);
    const chamber = await ctx.request.post("/api/users").send({ username: "nochamber", displayName: "商会", role: "chamber", password: "Good-password-1" }).expect(400);
    expect(chamber.body.error.message).toMatch(/商协会/);
    await ctx.request.post("/api/users").send({ username: "twice", displayName: "甲", role: "viewer", password: "Good-password-1" }).expect(201);
    await ctx.request.post("/api/users").send({ username: "twice", displayName: "乙", role: "viewer", password: "Good-password-1" }).expect(409);
    expect(await ctx.services.db.user.count({ where: { username: { in: ["weakling", "badrole", "nogroup", "nochamber"] } } })).toBe(0);
  });
});

describe("API keys", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  it("shows a key once, stores only its hash, records its use, and refuses it after revocation", async () => {
    const chamber = (await ctx.request.post("/api/chambers").send({ name: "温州商会", region: "浙江温州" }).expect(201)).body;
    const created = (await ctx.request.post("/api/api-keys").send({ name: "温州商会系统", role: "chamber", chamberId: chamber.id }).expect(201)).body;
    expect(created.key).toMatch(/^imk_[0-9a-f]{12}_/);
    const row = await ctx.services.db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.keyHash).not.toContain(created.key);
    expect(row.lastUsedAt).toBeNull();

    const list = (await ctx.request.get("/api/api-keys").expect(200)).body.items;
    const listed = list.find((k: { id: number }) => k.id === created.id);
    expect(listed).toMatchObject({ name: "温州商会系统", role: "chamber", prefix: row.prefix });
    expect(JSON.stringify(list)).not.toContain(created.key);
    expect(listed).not.toHaveProperty("keyHash");

    const asChamber = request(ctx.app).get("/api/chambers").set("Authorization", `Bearer ${created.key}`);
    await asChamber.expect(200);
    expect((await ctx.services.db.apiKey.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt).not.toBeNull();
    // A chamber key is scoped to its role: no enterprise data.
    await request(ctx.app).get("/api/enterprises").set("X-API-Key", created.key).expect(403);

    await ctx.request.post(`/api/api-keys/${created.id}/revoke`).expect(200);
    const refused = await request(ctx.app).get("/api/chambers").set("Authorization", `Bearer ${created.key}`).expect(401);
    expect(refused.body.error.code).toBe("INVALID_API_KEY");
  });

  it("refuses expired, malformed and forged keys", async () => {
    const created = (await ctx.request.post("/api/api-keys").send({ name: "短期", role: "viewer", expiresAt: new Date(Date.now() + 1500).toISOString() }).expect(201)).body;
    await request(ctx.app).get("/api/projects").set("Authorization", `Bearer ${created.key}`).expect(200);
    await new Promise((r) => setTimeout(r, 1600));
    await request(ctx.app).get("/api/projects").set("Authorization", `Bearer ${created.key}`).expect(401);
    await request(ctx.app).get("/api/projects").set("Authorization", "Bearer not-a-key").expect(401);
    const forged = created.key.slice(0, -4) + "AAAA";
    await request(ctx.app).get("/api/projects").set("Authorization", `Bearer ${forged}`).expect(401);
    const past = await ctx.request.post("/api/api-keys").send({ name: "过去", role: "viewer", expiresAt: "2020-01-01" }).expect(400);
    expect(past.body.error.message).toMatch(/过期时间/);
  });
});

describe("roles and scope on records", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  it("never shows contact details to a viewer: detail, list, search and matches", async () => {
    const input = buildEnterpriseInput({ contacts: [{ name: "王经理", title: "投资总监", phone: "13800138000", email: "wang@example.com" }] });
    const created = (await ctx.request.post("/api/enterprises").send(input).expect(201)).body;
    expect(created.contacts).toHaveLength(1);
    const analyst = await ctx.as("analyst");
    expect((await analyst.get(`/api/enterprises/${created.id}`).expect(200)).body.contacts[0].phone).toBe("13800138000");

    const viewer = await ctx.as("viewer");
    const detail = (await viewer.get(`/api/enterprises/${created.id}`).expect(200)).body;
    expect(detail.name).toBe(input.name);
    expect(detail).not.toHaveProperty("contacts");
    const list = await viewer.get("/api/enterprises").expect(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(JSON.stringify(list.body)).not.toMatch(/13800138000|wang@example|王经理/);
    await ctx.services.indexer.drainAll();
    const search = await viewer.get("/api/search/enterprises?q=长鑫").expect(200);
    expect(search.body.hits.length).toBeGreaterThan(0);
    expect(JSON.stringify(search.body)).not.toMatch(/13800138000|wang@example|王经理/);
    const project = (await ctx.request.post("/api/projects").send(buildProjectInput()).expect(201)).body;
    await ctx.services.indexer.drainAll();
    const matches = await viewer.get(`/api/projects/${project.id}/matches`).expect(200);
    expect(matches.body.items.map((m: { enterprise: { id: number } }) => m.enterprise.id)).toContain(created.id);
    expect(JSON.stringify(matches.body)).not.toMatch(/13800138000|wang@example|王经理/);
  });

  it("lets an analyst change only projects of their industry groups", async () => {
    const own = (await ctx.request.post("/api/projects").send(buildProjectInput({ industryGroup: "新能源汽车" })).expect(201)).body;
    const other = (await ctx.request.post("/api/projects").send(buildProjectInput({ industryGroup: "医药制造", industryCodes: ["2710"] })).expect(201)).body;
    const sut = await ctx.as("analyst", { groups: ["新能源汽车"] });
    await sut.patch(`/api/projects/${own.id}`).send({ landArea: 150 }).expect(200);
    const refused = await sut.patch(`/api/projects/${other.id}`).send({ landArea: 999 }).expect(403);
    expect(refused.body.error.message).toMatch(/医药制造.*不在您负责的产业链组/);
    expect((await ctx.request.get(`/api/projects/${other.id}`)).body.landArea).not.toBe(999);
    await sut.patch(`/api/projects/${own.id}`).send({ industryGroup: "医药制造" }).expect(403);
    await sut.delete(`/api/projects/${other.id}`).expect(403);
    await sut.post("/api/projects").send(buildProjectInput({ industryGroup: "文化旅游" })).expect(403);
    // Reading stays open; an analyst without groups works on all of them.
    await sut.get(`/api/projects/${other.id}`).expect(200);
    const unscoped = await ctx.as("analyst");
    await unscoped.patch(`/api/projects/${other.id}`).send({ landArea: 160 }).expect(200);
  });
});

describe("audit trail", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  it("records who changed what with a before/after diff, for each kind of write", async () => {
    const sut = await ctx.login("analyst");
    const created = (await sut.post("/api/enterprises").send(buildEnterpriseInput({ registeredCapital: 5000 })).expect(201)).body;
    await sut.patch(`/api/enterprises/${created.id}`).send({ registeredCapital: 8000 }).expect(200);
    await sut.delete(`/api/enterprises/${created.id}`).expect(200);
    await sut.post(`/api/enterprises/${created.id}/restore`).expect(200);
    const project = (await sut.post("/api/projects").send(buildProjectInput()).expect(201)).body;
    await sut.post(`/api/projects/${project.id}/unsuitable`).send({ enterpriseId: created.id, reason: "规模不符" }).expect(201);
    await ctx.request.put("/api/negative-list").send({ entries: [{ code: "B06", reason: "高耗能" }] }).expect(200);

    const rows = (await ctx.request.get(`/api/audit?entityType=Enterprise&entityId=${created.id}`).expect(200)).body.items;
    expect(rows.map((r: { action: string }) => r.action)).toEqual(["restore", "delete", "update", "create"]);
    const update = rows.find((r: { action: string }) => r.action === "update");
    expect(update).toMatchObject({ actorType: "user", actorName: "测试analyst", role: "analyst", ip: expect.any(String) });
    expect(update.changes).toEqual({ registeredCapital: [5000, 8000] });
    const projectRows = (await ctx.request.get(`/api/audit?entityType=Project&entityId=${project.id}`).expect(200)).body.items;
    expect(projectRows.map((r: { action: string }) => r.action)).toEqual(["mark_unsuitable", "create"]);
    const negative = (await ctx.request.get("/api/audit?entityType=NegativeList").expect(200)).body.items;
    expect(negative[0].actorType).toBe("apiKey");
    expect(negative[0].apiKeyId).toEqual(expect.any(Number));
    const logins = (await ctx.request.get("/api/audit?action=login").expect(200)).body.items;
    expect(logins.length).toBeGreaterThan(0);
  });

  it("is append-only: the database refuses updates and deletes of audit rows", async () => {
    const db = new Database(path.join(ctx.dir, "investmatch.db"));
    try {
      expect(() => db.prepare('UPDATE "AuditLog" SET "action" = ?').run("tampered")).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM "AuditLog"').run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
  });

  it("is for admins only", async () => {
    await (await ctx.as("analyst")).get("/api/audit").expect(403);
  });
});

describe("hardening", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ API_RATE_LIMIT_PER_MINUTE: "20" });
  });
  afterAll(() => ctx.close());

  it("sends security headers with a strict content security policy", async () => {
    const res = await request(ctx.app).get("/api/health").expect(200);
    expect(res.headers["content-security-policy"]).toMatch(/default-src 'self'/);
    expect(res.headers["content-security-policy"]).toMatch(/script-src 'self'(;|$)/);
    expect(res.headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-powered-by"]).toBeUndefined();
  });

  it("refuses oversized bodies with a clear message", async () => {
    const res = await ctx.request.post("/api/enterprises").set("Content-Type", "application/json").send(`{"name":"${"很".repeat(1_200_000)}"}`).expect(413);
    expect(res.body.error.message).toBe("请求体过大");
  });

  it("limits requests per key", async () => {
    const sut = await ctx.as("viewer");
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) statuses.push((await sut.get("/api/industry-groups")).status);
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
    // Another key has its own budget.
    await (await ctx.as("viewer")).get("/api/industry-groups").expect(200);
  });

  it("keeps SQL and stack traces out of error responses", async () => {
    const res = await ctx.request.get("/api/enterprises/abc").expect(400);
    expect(JSON.stringify(res.body)).not.toMatch(/at \w+ \(|SELECT|sqlite/i);
  });
});

describe("request logs", () => {
  it("record requests without passwords, tokens, cookies or contact details", async () => {
    const ctx = await createTestContext();
    try {
      const lines: string[] = [];
      const logger = createLogger("info", { write: (line: string) => void lines.push(line) });
      const app = createApp({ ...ctx.services, config: ctx.config, logger, health: ctx.services.health, routers: ctx.services.routers });
      const sut = await ctx.login("analyst", { password: "Secret-pass-4321" });
      await request(app).post("/api/auth/login").send({ username: sut.username, password: "Secret-pass-4321" }).expect(200);
      await request(app).post("/api/auth/login").send({ username: sut.username, password: "Wrong-pass-4321" }).expect(401);
      await request(app)
        .post("/api/enterprises")
        .set("Cookie", sut.headers.Cookie)
        .set("X-CSRF-Token", sut.csrfToken)
        .send(buildEnterpriseInput({ contacts: [{ name: "李联系", phone: "13912345678" }] }))
        .expect(201);
      const log = lines.join("\n");
      expect(log).toMatch(/\/api\/enterprises/);
      expect(log).not.toMatch(/Secret-pass|Wrong-pass|13912345678|李联系/);
      expect(log).not.toContain(sut.csrfToken);
      expect(log).not.toContain(sut.headers.Cookie.split("=")[1]);
    } finally {
      await ctx.close();
    }
  });
});
