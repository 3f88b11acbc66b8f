import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig, type Config } from "../../src/config";
import { createLogger } from "../../src/logger";
import { applyMigrationsSql } from "../../src/migrations";
import { openServices, type Services } from "../../src/services";
import request from "supertest";
import { createApp } from "../../src/app";
import { createApiKey, createChamber, createUser, type Role } from "../../src/modules/auth";

type Test = ReturnType<ReturnType<typeof request>["get"]>;

/** Like `request(app)`, with credentials on every request (each request gets its own server, so calls may overlap). */
export interface Agent {
  get(url: string): Test;
  post(url: string): Test;
  put(url: string): Test;
  patch(url: string): Test;
  delete(url: string): Test;
  head(url: string): Test;
  headers: Record<string, string>;
}

export function agentWith(app: Parameters<typeof request>[0], headers: Record<string, string>): Agent {
  const call = (method: "get" | "post" | "put" | "patch" | "delete" | "head") => (url: string) => request(app)[method](url).set(headers);
  return { get: call("get"), post: call("post"), put: call("put"), patch: call("patch"), delete: call("delete"), head: call("head"), headers };
}

export interface AsOptions {
  groups?: string[];
  chamberId?: number;
}

export interface TestContext {
  dir: string;
  config: Config;
  services: Services;
  app: ReturnType<typeof createApp>;
  /** An agent signed in as an admin (API key): the default way tests call the API. */
  request: Agent;
  /** An agent for `role`, authenticated by a fresh API key with that role and scope. */
  as(role: Role, opts?: AsOptions): Promise<Agent>;
  /** An agent signed in through the login form (session cookie), sending the CSRF header on writes. */
  login(role: Role, opts?: AsOptions & { username?: string; password?: string }): Promise<Agent & { csrfToken: string; username: string }>;
  close(): Promise<void>;
}

/** A real SQLite database in a temp folder with the committed migrations applied, and the real app on it. */
export async function createTestContext(env: Record<string, string> = {}): Promise<TestContext> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "investmatch-test-"));
  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dir, LOG_LEVEL: "silent", DEMO_SEED: "false", EMBEDDING_ENABLED: "false", ...env });
  applyMigrationsSql(path.join(dir, "investmatch.db"));
  const logger = createLogger("silent");
  const services = await openServices(config, logger);
  const app = createApp({ ...services, config, logger, health: services.health, routers: services.routers });
  const authDeps = { db: services.db, auth: config.auth };
  let chamberSeq = 0;
  let userSeq = 0;
  const chamberFor = async (role: Role, opts: AsOptions) =>
    role === "chamber" ? (opts.chamberId ?? (await createChamber(authDeps, { name: `测试商会${++chamberSeq}`, kind: "商会" })).id) : null;
  const as = async (role: Role, opts: AsOptions = {}) => {
    const { key } = await createApiKey(authDeps, { name: `test-${role}`, role, groups: opts.groups ?? [], chamberId: await chamberFor(role, opts) });
    return agentWith(app, { Authorization: `Bearer ${key}` });
  };
  const adminAgent = await as("admin");
  return {
    dir,
    config,
    services,
    app,
    request: adminAgent,
    as,
    async login(role, opts = {}) {
      const username = opts.username ?? `${role}${++userSeq}`;
      const password = opts.password ?? "Test-password-123";
      await createUser(authDeps, { username, displayName: `测试${role}`, role, password, groups: opts.groups ?? [], chamberId: await chamberFor(role, opts) });
      const res = await request(app).post("/api/auth/login").send({ username, password });
      if (res.status !== 200) throw new Error(`test login failed: ${res.status} ${JSON.stringify(res.body)}`);
      const csrfToken = res.body.csrfToken as string;
      const cookie = ([] as string[]).concat(res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
      return Object.assign(agentWith(app, { Cookie: cookie, "X-CSRF-Token": csrfToken }), { csrfToken, username });
    },
    async close() {
      await services.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
