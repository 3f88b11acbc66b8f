import { ALL_PASSED, createPipelineHarness, type PipelineHarness } from "./pipeline-harness";
import type { Agent } from "../../helpers/test-services";

/**
 * One project from 策划 to 政策兑现 over HTTP, with the roles who really do each step: analysts of the
 * project's industry group move it and file requests, the group lead approves 评审 and 签约.
 */
describe("project stages over HTTP", () => {
  let h: PipelineHarness;
  let analyst: Agent;
  let lead: Agent;
  let otherLead: Agent;
  beforeAll(async () => {
    h = await createPipelineHarness("2026-03-02T10:00:00+08:00");
    analyst = await h.as("analyst", ["新能源汽车"]);
    lead = await h.as("group_lead", ["新能源汽车"]);
    otherLead = await h.as("group_lead", ["医药制造"]);
  });
  afterAll(() => h.close());

  const stageOf = async (id: number) => (await h.admin.get(`/api/projects/${id}`)).body.stage;
  const auditCount = () => h.ctx.services.db.auditLog.count();

  it("walks 策划 → 政策兑现 with investor, approvals, assessment, meeting and agreement, refusing each shortcut", async () => {
    const projectId = await h.createProject({ totalInvestment: 50_000, landArea: 120, expectedTax: 1_800 });
    const enterpriseId = await h.createEnterprise({ name: "重庆长鑫电驱科技有限公司" });
    const move = (agent: Agent, to: string, extra: Record<string, unknown> = {}) => agent.post(`/api/projects/${projectId}/stage`).send({ to, note: `推进到${to}`, ...extra });

    const jump = await move(analyst, "签约");
    expect(jump.status).toBe(409);
    expect(jump.body.error).toEqual({ code: "STAGE_TRANSITION_NOT_ALLOWED", message: "不允许从「策划」进入「签约」，可进入：发布、终止" });

    expect((await move(analyst, "发布")).status).toBe(200);
    expect((await move(analyst, "考察")).status).toBe(200);
    const noInvestor = await move(analyst, "洽谈");
    expect(noInvestor.status).toBe(409);
    expect(noInvestor.body.error.code).toBe("INVESTOR_REQUIRED");
    expect(await stageOf(projectId)).toBe("考察");
    const talks = await move(analyst, "洽谈", { investorEnterpriseId: enterpriseId });
    expect(talks.status).toBe(200);
    expect(talks.body).toMatchObject({ status: "applied", project: { stage: "洽谈" }, change: { from: "考察", to: "洽谈", actor: "API密钥「pipeline-analyst」", note: "推进到洽谈" } });

    // 评审 needs the group lead: the analyst's change waits as a request.
    const request = await move(analyst, "评审");
    expect(request.status).toBe(202);
    expect(request.body).toMatchObject({ status: "pending", project: { stage: "洽谈" }, change: { status: "pending", to: "评审" } });
    expect(await stageOf(projectId)).toBe("洽谈");
    const meanwhile = await move(analyst, "终止", { note: "" });
    expect(meanwhile.body.error.code).toBe("TERMINATION_REASON_REQUIRED");
    const again = await move(lead, "评审");
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("STAGE_REQUEST_PENDING");

    const requestId = request.body.change.id;
    const inbox = await lead.get("/api/pipeline/stage-requests").query({ industryGroup: "新能源汽车" });
    expect(inbox.body.items.map((r: { id: number }) => r.id)).toEqual([requestId]);
    expect(inbox.body.items[0].project).toMatchObject({ id: projectId, stage: "洽谈" });
    expect((await analyst.post(`/api/pipeline/stage-requests/${requestId}/approve`).send({})).status).toBe(403);
    const outside = await otherLead.post(`/api/pipeline/stage-requests/${requestId}/approve`).send({});
    expect(outside.status).toBe(403);
    expect(outside.body.error.message).toBe("该项目属于「新能源汽车」，不在您负责的产业链组（医药制造）内");
    const approved = await lead.post(`/api/pipeline/stage-requests/${requestId}/approve`).send({ note: "同意提交评审" });
    expect(approved.status).toBe(200);
    expect(approved.body.change).toMatchObject({ status: "applied", approvedBy: "API密钥「pipeline-group_lead」", decisionNote: "同意提交评审", appliedAt: expect.any(String) });
    expect(await stageOf(projectId)).toBe("评审");
    expect((await lead.post(`/api/pipeline/stage-requests/${requestId}/approve`).send({})).body.error.code).toBe("STAGE_REQUEST_NOT_PENDING");

    // The committee: environment fails → vetoed, whatever the rest says.
    const vetoed = await analyst.post(`/api/projects/${projectId}/assessments`).send({
      items: ALL_PASSED.map((i) => (i.category === "环保要求" ? { ...i, result: "failed", note: "紧邻饮用水源保护区" } : i)),
      committee: { decidedAt: "2026-03-02", members: ["张主任", "李局长"] },
    });
    expect(vetoed.status).toBe(201);
    expect(vetoed.body).toMatchObject({ result: "failed", vetoed: true, investmentPerMu: 416.67, taxPerMu: 15, reasons: ["一票否决：环保要求未通过（紧邻饮用水源保护区）"] });

    expect((await move(analyst, "协议起草")).status).toBe(200);
    const early = await move(lead, "签约");
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("ASSESSMENT_NOT_PASSED");
    expect(early.body.error.details.refusals.map((r: { code: string }) => r.code)).toEqual(["ASSESSMENT_NOT_PASSED", "MEETING_APPROVAL_REQUIRED", "AGREEMENT_REQUIRED"]);
    expect(early.body.error.message).toContain("签约前须有通过的事前评估（最近一次评估结果为「未通过」）");

    const passed = await analyst.post(`/api/projects/${projectId}/assessments`).send({
      items: ALL_PASSED, metrics: { annualOutput: 90_000, jobs: 350 }, committee: { decidedAt: "2026-03-02", members: ["张主任", "李局长", "赵科长"] }, note: "整改后复评",
    });
    expect(passed.body).toMatchObject({ result: "passed", vetoed: false, metrics: { investment: 50_000, landArea: 120, annualTax: 1_800, annualOutput: 90_000, jobs: 350 } });
    const meeting = await analyst.post(`/api/projects/${projectId}/meeting-approvals`).send({ meeting: "县委常委会", reference: "县委常委会会议纪要〔2026〕3号", date: "2026-03-02" });
    expect(meeting.status).toBe(201);
    const badDeposit = await analyst.post(`/api/projects/${projectId}/agreements`).send({ parties: ["正安县人民政府", "重庆长鑫电驱科技有限公司"], depositAmount: 500 });
    expect(badDeposit.status).toBe(400);
    expect(badDeposit.body.error.message).toBe("填写履约保证金时须填写缴纳期限");
    const agreement = await analyst.post(`/api/projects/${projectId}/agreements`).send({
      parties: ["正安县人民政府", "重庆长鑫电驱科技有限公司"], committedInvestment: 48_000, depositAmount: 500, depositDueDate: "2026-04-01",
      milestones: [{ kind: "供地", dueDate: "2026-05-01" }, { kind: "开工", dueDate: "2026-06-30" }],
      commitments: [{ policyItem: "标准厂房前三年租金减免", dueDate: "2026-12-31" }],
    });
    expect(agreement.status).toBe(201);
    expect(agreement.body).toMatchObject({ status: "active", enterprise: { id: enterpriseId }, signedAt: null, depositDueDate: "2026-04-01", milestones: [{ kind: "供地" }, { kind: "开工" }] });
    expect((await analyst.post(`/api/projects/${projectId}/agreements`).send({ parties: ["甲方", "乙方"] })).body.error.code).toBe("AGREEMENT_EXISTS");

    // 签约 requested, sent back, requested again, approved.
    const ask = await move(analyst, "签约");
    expect(ask.status).toBe(202);
    const rejected = await lead.post(`/api/pipeline/stage-requests/${ask.body.change.id}/reject`).send({ note: "协议条款待法制办审核" });
    expect(rejected.body).toMatchObject({ status: "rejected", rejectedBy: "API密钥「pipeline-group_lead」", decisionNote: "协议条款待法制办审核", appliedAt: null });
    expect((await lead.post(`/api/pipeline/stage-requests/${ask.body.change.id}/reject`).send({ note: "" })).status).toBe(400);
    const ask2 = await move(analyst, "签约");
    h.clock.advanceDays(1);
    const signed = await lead.post(`/api/pipeline/stage-requests/${ask2.body.change.id}/approve`).send({});
    expect(signed.status).toBe(200);
    expect(await stageOf(projectId)).toBe("签约");

    const auditBefore = await auditCount();
    expect((await move(analyst, "政策兑现")).status).toBe(200);
    expect(await auditCount()).toBeGreaterThan(auditBefore);

    const view = await analyst.get(`/api/projects/${projectId}/pipeline`);
    expect(view.status).toBe(200);
    expect(view.body.project).toMatchObject({ stage: "政策兑现", investor: { id: enterpriseId, name: "重庆长鑫电驱科技有限公司" } });
    expect(view.body.permissions).toEqual({ canWrite: true, canApprove: false });
    expect(view.body.transitions).toEqual([{ to: "终止", needsApproval: false, mode: "direct", refusals: [] }]);
    expect(view.body.activeAgreement.signedAt).toBe("2026-03-03");
    expect(view.body.latestAssessment.result).toBe("passed");
    expect(view.body.history.map((c: { from: string; to: string; status: string }) => `${c.from}→${c.to}:${c.status}`)).toEqual([
      "策划→发布:applied", "发布→考察:applied", "考察→洽谈:applied", "洽谈→评审:applied", "评审→协议起草:applied",
      "协议起草→签约:rejected", "协议起草→签约:applied", "签约→政策兑现:applied",
    ]);
    const stageAudits = await h.ctx.services.db.auditLog.count({ where: { entityType: "Project", entityId: String(projectId), action: "stage_change" } });
    expect(stageAudits).toBe(7);
  });

  it("lets a group lead change into 评审 at once, recorded as approved by them", async () => {
    const projectId = await h.createProject();
    const enterpriseId = await h.createEnterprise();
    for (const to of ["发布", "考察"]) await lead.post(`/api/projects/${projectId}/stage`).send({ to }).expect(200);
    await lead.post(`/api/projects/${projectId}/stage`).send({ to: "洽谈", investorEnterpriseId: enterpriseId }).expect(200);
    const direct = await lead.post(`/api/projects/${projectId}/stage`).send({ to: "评审", note: "组长直接提交评审" });
    expect(direct.status).toBe(200);
    expect(direct.body.change).toMatchObject({ status: "applied", approvedBy: "API密钥「pipeline-group_lead」", actor: "API密钥「pipeline-group_lead」" });
    // Back to negotiation is allowed; the investor cannot be dropped from 洽谈 on.
    await analyst.post(`/api/projects/${projectId}/stage`).send({ to: "洽谈", note: "评审意见：补充材料" }).expect(200);
    const drop = await analyst.put(`/api/projects/${projectId}/investor`).send({ enterpriseId: null });
    expect(drop.status).toBe(409);
    expect(drop.body.error.code).toBe("INVESTOR_REQUIRED");
    const other = await h.createEnterprise();
    expect((await analyst.put(`/api/projects/${projectId}/investor`).send({ enterpriseId: other })).body.investor.id).toBe(other);
    expect((await analyst.put(`/api/projects/${projectId}/investor`).send({ enterpriseId: 999_999 })).status).toBe(404);
  });

  it("sends a pending request back when the project is terminated meanwhile, and relaunches only when asked", async () => {
    const projectId = await h.createProject();
    const enterpriseId = await h.createEnterprise();
    for (const to of ["发布", "考察"]) await analyst.post(`/api/projects/${projectId}/stage`).send({ to }).expect(200);
    await analyst.post(`/api/projects/${projectId}/stage`).send({ to: "洽谈", investorEnterpriseId: enterpriseId }).expect(200);
    const pending = await analyst.post(`/api/projects/${projectId}/stage`).send({ to: "评审" });
    expect(pending.status).toBe(202);
    const ended = await analyst.post(`/api/projects/${projectId}/stage`).send({ to: "终止", note: "企业决定不在本县投资" });
    expect(ended.body).toMatchObject({ status: "applied", project: { stage: "终止" }, relaunchedProjectId: null });
    const requests = await lead.get("/api/pipeline/stage-requests").query({ projectId, status: "rejected" });
    expect(requests.body.items).toEqual([expect.objectContaining({ id: pending.body.change.id, decisionNote: "项目已终止，申请自动退回" })]);
    expect((await lead.post(`/api/pipeline/stage-requests/${pending.body.change.id}/approve`).send({})).body.error.code).toBe("STAGE_REQUEST_NOT_PENDING");

    const other = await h.createProject({ name: "山地农机装配基地项目", industryGroup: "新能源汽车" });
    const relaunched = await analyst.post(`/api/projects/${other}/stage`).send({ to: "终止", note: "规划调整", relaunch: true });
    expect((await h.admin.get(`/api/projects/${relaunched.body.relaunchedProjectId}`)).body).toMatchObject({ name: "山地农机装配基地项目（二次招商）", stage: "策划" });
  });

  it("refuses writes outside the actor's groups and to viewers and chambers, and leaves the project as it was", async () => {
    const projectId = await h.createProject({ industryGroup: "医药制造", industryCodes: ["2730"] });
    const res = await analyst.post(`/api/projects/${projectId}/stage`).send({ to: "发布" });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe("该项目属于「医药制造」，不在您负责的产业链组（新能源汽车）内");
    const viewer = await h.as("viewer");
    expect((await viewer.post(`/api/projects/${projectId}/stage`).send({ to: "发布" })).status).toBe(403);
    expect((await viewer.get(`/api/projects/${projectId}/pipeline`)).body.permissions).toEqual({ canWrite: false, canApprove: false });
    expect((await viewer.get("/api/dashboard")).status).toBe(200);
    const chamber = await h.as("chamber");
    expect((await chamber.get("/api/dashboard")).status).toBe(403);
    expect((await chamber.get(`/api/projects/${projectId}/pipeline`)).status).toBe(403);
    expect(await stageOf(projectId)).toBe("策划");
    // The service's own wiring (services.ts, real clock) serves the same routes, documented.
    expect((await h.ctx.request.get("/api/dashboard")).status).toBe(200);
    expect((await (await h.ctx.as("viewer")).post(`/api/projects/${projectId}/stage`).send({ to: "发布" })).status).toBe(403);
    expect(Object.keys((await h.ctx.request.get("/api/docs")).body.paths)).toEqual(expect.arrayContaining(["/api/projects/{id}/stage", "/api/dashboard/export"]));
    // Unscoped analysts (no groups) work in every group.
    expect((await (await h.as("analyst")).post(`/api/projects/${projectId}/stage`).send({ to: "发布" })).status).toBe(200);
  });

  it("keeps thresholds configurable by admins only, and assessments use them", async () => {
    expect((await analyst.put("/api/pipeline/settings").send({ minInvestmentPerMu: 100 })).status).toBe(403);
    const before = await analyst.get("/api/pipeline/settings");
    expect(before.body.thresholds).toEqual({ minInvestmentPerMu: 200, minTaxPerMu: 10, minOutput: 0, minJobs: 0 });
    expect(before.body.vetoCategories).toEqual(["环保要求", "安全生产"]);
    const set = await h.admin.put("/api/pipeline/settings").send({ minInvestmentPerMu: 600 });
    expect(set.body.thresholds.minInvestmentPerMu).toBe(600);
    expect(set.body.overrides).toEqual({ minInvestmentPerMu: 600 });

    const projectId = await h.createProject({ totalInvestment: 50_000, landArea: 120 });
    const enterpriseId = await h.createEnterprise();
    for (const to of ["发布", "考察"]) await lead.post(`/api/projects/${projectId}/stage`).send({ to }).expect(200);
    await lead.post(`/api/projects/${projectId}/stage`).send({ to: "洽谈", investorEnterpriseId: enterpriseId }).expect(200);
    const early = await analyst.post(`/api/projects/${projectId}/assessments`).send({ items: ALL_PASSED, committee: { decidedAt: "2026-03-02", members: ["张主任"] } });
    expect(early.body.error.code).toBe("ASSESSMENT_WRONG_STAGE");
    await lead.post(`/api/projects/${projectId}/stage`).send({ to: "评审" }).expect(200);
    const incomplete = await analyst.post(`/api/projects/${projectId}/assessments`).send({ items: ALL_PASSED.slice(0, 3), committee: { decidedAt: "2026-03-02", members: ["张主任"] } });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.message).toBe("事前评估缺少以下必评项目：城乡规划、环保要求、安全生产、经济效益");
    const strict = await analyst.post(`/api/projects/${projectId}/assessments`).send({ items: ALL_PASSED, committee: { decidedAt: "2026-03-02", members: ["张主任"] } });
    expect(strict.body).toMatchObject({ result: "failed", vetoed: false, reasons: ["投资强度 416.67 万元/亩，低于最低要求 600 万元/亩"] });
    expect(strict.body.thresholds.minInvestmentPerMu).toBe(600);

    const reset = await h.admin.put("/api/pipeline/settings").send({ minInvestmentPerMu: null });
    expect(reset.body.thresholds.minInvestmentPerMu).toBe(200);
    expect(await h.ctx.services.db.auditLog.count({ where: { entityType: "Setting", entityId: "pipeline" } })).toBe(2);
  });
});
