import { createPipelineHarness, type PipelineHarness } from "./pipeline-harness";

/**
 * Biweekly tracking on the test clock. Periods are 14 days from 2024-01-01: around March 2026 they start on
 * 02-23, 03-09, 03-23 and 04-06.
 */
describe("biweekly tracking reports", () => {
  let h: PipelineHarness;
  beforeAll(async () => {
    h = await createPipelineHarness("2026-03-02T10:00:00+08:00");
  });
  afterAll(() => h.close());

  const report = (over: Record<string, unknown> = {}) => ({
    progress: "完成土地平整，主体厂房开始基础施工", helpRequested: "", industryDept: "县工业和信息化局", township: "凤仪镇", ...over,
  });

  it("marks a missing report overdue after its period ends, until a late report fills it", async () => {
    const projectId = await h.createProject();
    const notSigned = await h.admin.post(`/api/projects/${projectId}/tracking-reports`).send(report());
    expect(notSigned.status).toBe(409);
    expect(notSigned.body.error.code).toBe("TRACKING_NOT_SIGNED");
    await h.signProject(projectId); // signed on 2026-03-02: the first tracked period is 03-09..03-22

    h.clock.set("2026-03-20T15:00:00+08:00");
    const first = await h.admin.post(`/api/projects/${projectId}/tracking-reports`).send(report());
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ periodStart: "2026-03-09", periodEnd: "2026-03-22", industryDept: "县工业和信息化局", township: "凤仪镇" });
    const dup = await h.admin.post(`/api/projects/${projectId}/tracking-reports`).send(report({ progress: "重复报送" }));
    expect(dup.status).toBe(409);
    expect(dup.body.error).toEqual({ code: "TRACKING_REPORT_EXISTS", message: "2026-03-09至2026-03-22的跟踪报告已报送" });
    expect((await h.admin.post(`/api/projects/${projectId}/tracking-reports`).send(report({ periodStart: "2026-03-23" }))).body.error.code).toBe("TRACKING_PERIOD_IN_FUTURE");
    expect((await h.admin.post(`/api/projects/${projectId}/tracking-reports`).send(report({ township: "" }))).status).toBe(400);

    h.clock.set("2026-04-05T20:00:00+08:00");
    expect((await h.admin.get("/api/pipeline/alerts").query({ projectId, kind: "report_overdue" })).body.items).toEqual([]);
    h.clock.set("2026-04-07T09:00:00+08:00");
    const overdue = (await h.admin.get("/api/pipeline/alerts").query({ projectId, kind: "report_overdue" })).body.items;
    expect(overdue).toEqual([expect.objectContaining({ periodStart: "2026-03-23", dueDate: "2026-04-05", daysOverdue: 2 })]);
    const view = (await h.admin.get(`/api/projects/${projectId}/pipeline`)).body.tracking;
    expect(view).toMatchObject({ tracked: true, signedOn: "2026-03-02", currentPeriod: { start: "2026-04-06", end: "2026-04-19" } });
    expect(view.periods.map((p: { start: string; status: string }) => `${p.start}:${p.status}`)).toEqual(["2026-04-06:open", "2026-03-23:overdue", "2026-03-09:submitted"]);
    expect((await h.admin.get("/api/dashboard").query({ year: 2026 })).body.overdue.reports).toEqual({ count: 1, projects: 1 });

    // A late report for any day of the missed period fills it.
    const late = await h.admin.post(`/api/projects/${projectId}/tracking-reports`).send(report({ periodStart: "2026-03-30", helpRequested: "协调供电线路迁改" }));
    expect(late.body.periodStart).toBe("2026-03-23");
    expect((await h.admin.get("/api/pipeline/alerts").query({ projectId })).body.items).toEqual([]);
    const list = await h.admin.get("/api/tracking-reports").query({ projectId });
    expect(list.body.items.map((r: { periodStart: string }) => r.periodStart)).toEqual(["2026-03-23", "2026-03-09"]);
  });

  it("assigns problems to a unit and closes them", async () => {
    h.clock.set("2026-03-02T10:00:00+08:00");
    const projectId = await h.createProject();
    await h.signProject(projectId);
    h.clock.set("2026-03-10T10:00:00+08:00");
    const analyst = await h.as("analyst", ["新能源汽车"]);
    const res = await analyst.post(`/api/projects/${projectId}/tracking-reports`).send(report({
      problems: [{ text: "施工用电尚未接通", assignedUnit: "县供电局" }, { text: "环评批复等待中" }],
    }));
    expect(res.status).toBe(201);
    const [power, env] = res.body.problems;
    expect(power).toMatchObject({ status: "open", assignedUnit: "县供电局", assignedAt: expect.any(String) });
    expect(env).toMatchObject({ status: "open", assignedUnit: null });

    const open = await analyst.get("/api/tracking-problems").query({ projectId });
    expect(open.body.items.map((p: { id: number }) => p.id)).toEqual([power.id, env.id]);
    expect(open.body.items[0]).toMatchObject({ projectName: expect.any(String), periodStart: "2026-03-09" });
    const assigned = await analyst.post(`/api/tracking-problems/${env.id}/assign`).send({ assignedUnit: "市生态环境局正安分局" });
    expect(assigned.body).toMatchObject({ assignedUnit: "市生态环境局正安分局", status: "open" });
    const closed = await analyst.post(`/api/tracking-problems/${power.id}/close`).send({ resolution: "3月12日已通电" });
    expect(closed.body).toMatchObject({ status: "closed", resolution: "3月12日已通电", closedBy: "API密钥「pipeline-analyst」", closedAt: "2026-03-10T02:00:00.000Z" });
    expect((await analyst.post(`/api/tracking-problems/${power.id}/close`).send({ resolution: "再次办结" })).body.error.code).toBe("PROBLEM_CLOSED");
    expect((await analyst.get("/api/tracking-problems").query({ projectId })).body.total).toBe(1);
    expect((await analyst.get("/api/tracking-problems").query({ projectId, status: "closed" })).body.items.map((p: { id: number }) => p.id)).toEqual([power.id]);
    expect((await analyst.get("/api/tracking-problems").query({ unit: "市生态环境局正安分局" })).body.total).toBe(1);
    const viewer = await h.as("viewer");
    expect((await viewer.post(`/api/tracking-problems/${env.id}/close`).send({ resolution: "x" })).status).toBe(403);
  });
});
