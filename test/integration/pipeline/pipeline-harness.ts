import request from "supertest";
import type { Express } from "express";
import { createApp } from "../../../src/app";
import { createLogger } from "../../../src/logger";
import { createApiKey, createChamber, type Role } from "../../../src/modules/auth";
import { pipelineRouter, type PipelineDeps } from "../../../src/modules/pipeline";
import { agentWith, createTestContext, type Agent, type TestContext } from "../../helpers/test-services";
import { buildEnterpriseInput, buildProjectInput } from "../../helpers/builders";

/** A clock the test sets and moves; every due date and tracking period is measured against it. */
export class TestClock {
  private t: Date;
  constructor(iso: string) {
    this.t = new Date(iso);
  }
  now = () => new Date(this.t);
  set(iso: string) {
    this.t = new Date(iso);
  }
  advanceDays(days: number) {
    this.t = new Date(this.t.getTime() + days * 86_400_000);
  }
  /** The clock's calendar day in China plus `days`, as YYYY-MM-DD. */
  day(days = 0): string {
    return new Date(this.t.getTime() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  }
}

export interface PipelineHarness {
  ctx: TestContext;
  clock: TestClock;
  deps: PipelineDeps;
  /** The real app (real auth and rules) with the pipeline routes answered on the test clock. */
  app: Express;
  admin: Agent;
  as(role: Role, groups?: string[]): Promise<Agent>;
  createEnterprise(overrides?: Record<string, unknown>): Promise<number>;
  createProject(overrides?: Record<string, unknown>): Promise<number>;
  /** Drives a project from 策划 to 签约 as admin, with a passed assessment, a meeting approval and an agreement. */
  signProject(projectId: number, agreement?: Record<string, unknown>): Promise<{ enterpriseId: number; agreementId: number }>;
  close(): Promise<void>;
}

export const ALL_PASSED = ["合法性", "产业政策", "行业准入", "城乡规划", "环保要求", "安全生产", "经济效益"].map((category) => ({ category, result: "passed" }));

export async function createPipelineHarness(startIso: string): Promise<PipelineHarness> {
  const ctx = await createTestContext();
  const clock = new TestClock(startIso);
  const { services, config } = ctx;
  const deps: PipelineDeps = { db: services.db, regions: services.regions, defaults: config.pipeline, now: clock.now, countyName: config.county.name };
  // Mounted before the service's own routers, so the pipeline paths answer on the test clock.
  const app = createApp({ ...services, config, logger: createLogger("silent"), health: services.health, routers: [{ path: "", router: pipelineRouter(deps) }, ...services.routers] });
  const authDeps = { db: services.db, auth: config.auth };
  let chambers = 0;
  const as = async (role: Role, groups: string[] = []) => {
    const chamberId = role === "chamber" ? (await createChamber(authDeps, { name: `流程测试商会${++chambers}`, kind: "商会" })).id : null;
    const { key } = await createApiKey(authDeps, { name: `pipeline-${role}`, role, groups, chamberId });
    return agentWith(app, { Authorization: `Bearer ${key}` });
  };
  const admin = await as("admin");
  const ok = (res: request.Response, status: number) => {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const createEnterprise = async (overrides: Record<string, unknown> = {}) => ok(await admin.post("/api/enterprises").send(buildEnterpriseInput(overrides)), 201).id as number;
  const createProject = async (overrides: Record<string, unknown> = {}) =>
    ok(await admin.post("/api/projects").send(buildProjectInput({ expectedTax: 1800, ...overrides })), 201).id as number;
  const stage = async (projectId: number, to: string, extra: Record<string, unknown> = {}) => ok(await admin.post(`/api/projects/${projectId}/stage`).send({ to, note: `进入${to}`, ...extra }), 200);

  return {
    ctx, clock, deps, app, admin, as, createEnterprise, createProject,
    async signProject(projectId, agreement = {}) {
      const enterpriseId = await createEnterprise();
      for (const to of ["发布", "考察"]) await stage(projectId, to);
      await stage(projectId, "洽谈", { investorEnterpriseId: enterpriseId });
      await stage(projectId, "评审");
      ok(await admin.post(`/api/projects/${projectId}/assessments`).send({ items: ALL_PASSED, committee: { decidedAt: clock.day(), members: ["张主任", "李局长", "王镇长"] } }), 201);
      ok(await admin.post(`/api/projects/${projectId}/meeting-approvals`).send({ meeting: "县政府常务会", reference: "县政府常务会议纪要〔2026〕8号", date: clock.day() }), 201);
      await stage(projectId, "协议起草");
      const created = ok(await admin.post(`/api/projects/${projectId}/agreements`).send({
        parties: ["正安县人民政府", "重庆长鑫汽车零部件有限公司"], committedInvestment: 48_000, ...agreement,
      }), 201);
      await stage(projectId, "签约");
      return { enterpriseId, agreementId: created.id as number };
    },
    close: () => ctx.close(),
  };
}
