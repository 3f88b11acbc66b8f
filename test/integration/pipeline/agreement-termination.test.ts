import { createPipelineHarness, type PipelineHarness } from "./pipeline-harness";

/** Deposit deadline → overdue alert on the test clock → termination → the land back in the library (二次招商). */
describe("agreements, overdue alerts and termination", () => {
  let h: PipelineHarness;
  beforeAll(async () => {
    h = await createPipelineHarness("2026-03-02T10:00:00+08:00");
  });
  afterAll(() => h.close());

  // Agreement alerts only (these signed projects also owe biweekly reports; tracking.test.ts covers those).
  const alertsOf = async (projectId: number) => (await h.admin.get("/api/pipeline/alerts").query({ projectId, kind: "deposit_overdue,milestone_overdue,commitment_overdue" })).body.items as { kind: string; daysOverdue: number; amount: number | null; message: string; itemId: number | null }[];

  it("raises the deposit alert the day after the due day, terminates with the reason and relaunches the project", async () => {
    h.clock.set("2026-03-02T10:00:00+08:00");
    const projectId = await h.createProject({ name: "年产5万吨特色食品加工项目", industryGroup: "特色食品加工", industryCodes: ["1391"], landArea: 80, township: "安场镇", totalInvestment: 30_000 });
    const { agreementId } = await h.signProject(projectId, { depositAmount: 300, depositDueDate: "2026-03-12", milestones: [{ kind: "开工", dueDate: "2026-06-30" }] });
    expect(await alertsOf(projectId)).toEqual([]);

    h.clock.set("2026-03-12T23:30:00+08:00");
    expect(await alertsOf(projectId)).toEqual([]);
    h.clock.set("2026-03-13T08:00:00+08:00");
    expect(await alertsOf(projectId)).toEqual([expect.objectContaining({
      kind: "deposit_overdue", daysOverdue: 1, amount: 300, message: "「年产5万吨特色食品加工项目」履约保证金 300 万元应于 2026-03-12 前缴纳，已逾期 1 天",
    })]);
    h.clock.advanceDays(20);
    const dashboard = await h.admin.get("/api/dashboard").query({ year: 2026 });
    expect(dashboard.body.overdue.deposits).toEqual({ count: 1, amount: 300 });
    const pipeline = await h.admin.get(`/api/projects/${projectId}/pipeline`);
    expect(pipeline.body.alerts.map((a: { kind: string; daysOverdue: number }) => [a.kind, a.daysOverdue])).toEqual([["deposit_overdue", 21], ["report_overdue", 11]]);

    const analystOutside = await h.as("analyst", ["文化旅游"]);
    expect((await analystOutside.post(`/api/agreements/${agreementId}/terminate`).send({ reason: "保证金逾期未缴纳" })).status).toBe(403);
    const analyst = await h.as("analyst", ["特色食品加工"]);
    expect((await analyst.post(`/api/agreements/${agreementId}/terminate`).send({})).status).toBe(400);
    const terminated = await analyst.post(`/api/agreements/${agreementId}/terminate`).send({ reason: "保证金逾期未缴纳，经催告仍未履约" });
    expect(terminated.status).toBe(200);
    expect(terminated.body.agreement).toMatchObject({ status: "terminated", terminationReason: "保证金逾期未缴纳，经催告仍未履约", terminatedAt: "2026-04-02T00:00:00.000Z" });
    expect(terminated.body.change).toMatchObject({ from: "签约", to: "终止", status: "applied", note: "协议终止：保证金逾期未缴纳，经催告仍未履约" });
    const relaunchedId = terminated.body.relaunchedProject.id;
    expect(terminated.body.relaunchedProject).toMatchObject({ stage: "策划", relaunchedFromId: projectId, name: "年产5万吨特色食品加工项目（二次招商）" });

    const old = await h.admin.get(`/api/projects/${projectId}`);
    const copy = await h.admin.get(`/api/projects/${relaunchedId}`);
    expect(old.body.stage).toBe("终止");
    expect(copy.body).toMatchObject({ stage: "策划", landArea: 80, township: "安场镇", totalInvestment: 30_000, industryGroup: "特色食品加工", industries: [{ code: "1391" }] });
    expect((await h.admin.get("/api/projects").query({ stage: "策划", q: "二次招商" })).body.items.map((p: { id: number }) => p.id)).toContain(relaunchedId);
    const oldView = await h.admin.get(`/api/projects/${projectId}/pipeline`);
    expect(oldView.body.project.relaunches).toEqual([expect.objectContaining({ id: relaunchedId, stage: "策划" })]);
    expect(oldView.body.transitions).toEqual([]);
    expect((await h.admin.get(`/api/projects/${relaunchedId}/pipeline`)).body.project.relaunchedFrom).toMatchObject({ id: projectId, stage: "终止" });
    expect((await h.admin.get("/api/pipeline/alerts").query({ projectId })).body.items).toEqual([]);

    // Terminated is final: no edits, no stage changes.
    expect((await analyst.patch(`/api/agreements/${agreementId}`).send({ depositPaidAt: "2026-04-02" })).body.error.code).toBe("AGREEMENT_TERMINATED");
    const revive = await analyst.post(`/api/projects/${projectId}/stage`).send({ to: "签约" });
    expect(revive.status).toBe(409);
    expect(revive.body.error).toEqual({ code: "STAGE_FINAL", message: "项目已终止，不能再变更阶段；如需重新招商，请使用其二次招商项目" });
    const audit = await h.ctx.services.db.auditLog.findMany({ where: { OR: [{ entityType: "Agreement", entityId: String(agreementId), action: "terminate" }, { entityType: "Project", entityId: String(relaunchedId), action: "relaunch" }] } });
    expect(audit.map((a) => a.action).sort()).toEqual(["relaunch", "terminate"]);
  });

  it("clears deposit and milestone alerts when paid and done, and flags late government commitments", async () => {
    h.clock.set("2026-03-02T10:00:00+08:00");
    const projectId = await h.createProject();
    const { agreementId } = await h.signProject(projectId, {
      depositAmount: 200, depositDueDate: "2026-03-10",
      milestones: [{ kind: "供地", dueDate: "2026-03-20" }], commitments: [{ policyItem: "设备补贴300万元", dueDate: "2026-03-25" }],
    });
    h.clock.set("2026-03-26T09:00:00+08:00");
    const alerts = await alertsOf(projectId);
    expect(alerts.map((a) => [a.kind, a.daysOverdue])).toEqual([["deposit_overdue", 16], ["milestone_overdue", 6], ["commitment_overdue", 1]]);

    await h.admin.patch(`/api/agreements/${agreementId}`).send({ depositPaidAt: "2026-03-25" }).expect(200);
    const milestoneId = alerts.find((a) => a.kind === "milestone_overdue")!.itemId;
    const done = await h.admin.patch(`/api/milestones/${milestoneId}`).send({ doneAt: "2026-03-26" });
    expect(done.body).toMatchObject({ kind: "供地", doneAt: "2026-03-26" });
    expect((await alertsOf(projectId)).map((a) => a.kind)).toEqual(["commitment_overdue"]);
    const commitmentId = (await alertsOf(projectId))[0].itemId;
    await h.admin.patch(`/api/commitments/${commitmentId}`).send({ deliveredAt: "2026-03-26" }).expect(200);
    const added = await h.admin.post(`/api/agreements/${agreementId}/milestones`).send({ kind: "开工", dueDate: "2026-03-25" });
    expect(added.status).toBe(201);
    expect((await alertsOf(projectId)).map((a) => [a.kind, a.itemId])).toEqual([["milestone_overdue", added.body.id]]);
    expect((await h.admin.post(`/api/agreements/${agreementId}/commitments`).send({ policyItem: "人才公寓10套" })).status).toBe(201);

    // Terminating through the stage machine terminates the agreement too; the reason is required.
    expect((await h.admin.post(`/api/projects/${projectId}/stage`).send({ to: "终止" })).body.error.code).toBe("TERMINATION_REASON_REQUIRED");
    const byStage = await h.admin.post(`/api/projects/${projectId}/stage`).send({ to: "终止", note: "企业战略调整，主动退出", relaunch: false });
    expect(byStage.body).toMatchObject({ status: "applied", relaunchedProjectId: null });
    expect((await h.admin.get(`/api/projects/${projectId}/pipeline`)).body.agreements[0]).toMatchObject({ status: "terminated", terminationReason: "企业战略调整，主动退出" });
  });
});
