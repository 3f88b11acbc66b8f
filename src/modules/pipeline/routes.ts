import { Router } from "express";
import { z } from "../../http/zod-setup";
import { idParam } from "../../http/id-param";
import { errorResponses, type OpenAPIRegistry } from "../../http/openapi";
import { parseBody, parseParams, parseQuery } from "../../http/validate";
import { currentActor } from "../auth/actor";
import type { PipelineDeps } from "./deps";
import * as schemas from "./schemas";
import { changeStage, approveStageRequest, rejectStageRequest, listStageRequests, setInvestor } from "./stage-service";
import { createAssessment, recordMeetingApproval } from "./assessment-service";
import { addCommitment, addMilestone, createAgreement, terminateAgreement, updateAgreement, updateCommitment, updateMilestone } from "./agreement-service";
import { assignTrackingProblem, closeTrackingProblem, listTrackingProblems, listTrackingReports, submitTrackingReport } from "./tracking-service";
import { getProjectPipeline } from "./project-pipeline";
import { loadAlerts } from "./alert-service";
import { buildDashboard, buildDashboardReport } from "./dashboard";
import { dashboardWorkbook } from "./dashboard-export";
import { describePipelineSettings, updatePipelineSettings } from "./pipeline-settings";

const id = (req: Parameters<typeof parseParams>[1]) => parseParams(idParam, req).id;

/** Pipeline endpoints, mounted under /api (paths below /projects/:id, /pipeline, /agreements, /dashboard ...). */
export function pipelineRouter(deps: PipelineDeps): Router {
  const r = Router();
  r.get("/projects/:id/pipeline", async (req, res) => void res.json(await getProjectPipeline(deps, id(req))));
  r.post("/projects/:id/stage", async (req, res) => {
    const result = await changeStage(deps, id(req), parseBody(schemas.stageChangeBody, req));
    res.status(result.status === "pending" ? 202 : 200).json(result);
  });
  r.put("/projects/:id/investor", async (req, res) => {
    res.json(await setInvestor(deps, id(req), parseBody(schemas.investorBody, req).enterpriseId));
  });
  r.get("/pipeline/stage-requests", async (req, res) => void res.json(await listStageRequests(deps, parseQuery(schemas.stageRequestsQuery, req))));
  r.post("/pipeline/stage-requests/:id/approve", async (req, res) => {
    res.json(await approveStageRequest(deps, id(req), parseBody(schemas.approveStageBody, req).note));
  });
  r.post("/pipeline/stage-requests/:id/reject", async (req, res) => {
    res.json(await rejectStageRequest(deps, id(req), parseBody(schemas.rejectStageBody, req).note));
  });

  r.post("/projects/:id/assessments", async (req, res) => {
    res.status(201).json(await createAssessment(deps, id(req), parseBody(schemas.assessmentBody, req)));
  });
  r.post("/projects/:id/meeting-approvals", async (req, res) => {
    res.status(201).json(await recordMeetingApproval(deps, id(req), parseBody(schemas.meetingApprovalBody, req)));
  });

  r.post("/projects/:id/agreements", async (req, res) => {
    res.status(201).json(await createAgreement(deps, id(req), parseBody(schemas.agreementBody, req)));
  });
  r.patch("/agreements/:id", async (req, res) => void res.json(await updateAgreement(deps, id(req), parseBody(schemas.agreementPatchBody, req))));
  r.post("/agreements/:id/milestones", async (req, res) => {
    res.status(201).json(await addMilestone(deps, id(req), parseBody(schemas.milestoneBody, req)));
  });
  r.patch("/milestones/:id", async (req, res) => void res.json(await updateMilestone(deps, id(req), parseBody(schemas.milestonePatchBody, req))));
  r.post("/agreements/:id/commitments", async (req, res) => {
    res.status(201).json(await addCommitment(deps, id(req), parseBody(schemas.commitmentBody, req)));
  });
  r.patch("/commitments/:id", async (req, res) => void res.json(await updateCommitment(deps, id(req), parseBody(schemas.commitmentPatchBody, req))));
  r.post("/agreements/:id/terminate", async (req, res) => void res.json(await terminateAgreement(deps, id(req), parseBody(schemas.terminateBody, req))));

  r.post("/projects/:id/tracking-reports", async (req, res) => {
    res.status(201).json(await submitTrackingReport(deps, id(req), parseBody(schemas.trackingReportBody, req)));
  });
  r.get("/tracking-reports", async (req, res) => void res.json(await listTrackingReports(deps, parseQuery(schemas.trackingReportsQuery, req))));
  r.get("/tracking-problems", async (req, res) => void res.json(await listTrackingProblems(deps, parseQuery(schemas.problemsQuery, req))));
  r.post("/tracking-problems/:id/assign", async (req, res) => {
    res.json(await assignTrackingProblem(deps, id(req), parseBody(schemas.assignProblemBody, req).assignedUnit));
  });
  r.post("/tracking-problems/:id/close", async (req, res) => {
    res.json(await closeTrackingProblem(deps, id(req), parseBody(schemas.closeProblemBody, req).resolution));
  });

  r.get("/pipeline/alerts", async (req, res) => {
    const q = parseQuery(schemas.alertsQuery, req);
    const { alerts } = await loadAlerts(deps, { projectId: q.projectId, industryGroups: q.industryGroup, kinds: q.kind });
    res.json({ items: alerts, total: alerts.length, asOf: deps.now().toISOString() });
  });
  r.get("/pipeline/settings", async (_req, res) => void res.json(await describePipelineSettings(deps.db, deps.defaults)));
  r.put("/pipeline/settings", async (req, res) => {
    res.json(await updatePipelineSettings(deps.db, deps.defaults, parseBody(schemas.settingsBody, req), currentActor().name));
  });

  r.get("/dashboard", async (req, res) => void res.json(await buildDashboard(deps, parseQuery(schemas.dashboardQuery, req))));
  r.get("/dashboard/export", async (req, res) => {
    const q = parseQuery(schemas.dashboardQuery, req);
    const report = await buildDashboardReport(deps, q);
    const d = report.dashboard;
    const fileName = `招商项目推进情况-${d.year}${d.quarter ? `Q${d.quarter}` : ""}.xlsx`;
    res
      .status(200)
      .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
      .set("Content-Disposition", `attachment; filename="pipeline-report-${d.year}${d.quarter ? `Q${d.quarter}` : ""}.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
      .send(await dashboardWorkbook(report, deps.countyName));
  });
  return r;
}

export function registerPipelineDocs(registry: OpenAPIRegistry): void {
  const tags = ["项目推进 Pipeline"];
  const json = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
  const ok = (description: string) => ({ description, ...json(z.object({}).passthrough()) });
  const refused = { 403: ok("无权限或不在负责的产业链组内"), 409: ok("项目当前状态不允许（error.code 说明原因）") };
  const path = (method: "get" | "post" | "put" | "patch", p: string, summary: string, extra: { params?: boolean; body?: z.ZodType; query?: z.ZodObject; status?: number } = {}) =>
    registry.registerPath({
      method, path: p, tags, summary,
      request: { ...(extra.params ? { params: idParam } : {}), ...(extra.body ? { body: json(extra.body) } : {}), ...(extra.query ? { query: extra.query } : {}) },
      responses: { [extra.status ?? 200]: ok(summary), ...errorResponses, ...(method === "get" ? {} : refused) },
    });
  path("get", "/api/projects/{id}/pipeline", "项目推进全貌：阶段、可执行操作、历史、评估、审议、协议、跟踪、预警", { params: true });
  path("post", "/api/projects/{id}/stage", "变更项目阶段（进入评审、签约需产业链组长批准：分析员提交后返回 202 待审批）", { params: true, body: schemas.stageChangeBody });
  path("put", "/api/projects/{id}/investor", "关联投资企业", { params: true, body: schemas.investorBody });
  path("get", "/api/pipeline/stage-requests", "阶段变更申请（默认待审批）", { query: schemas.stageRequestsQuery });
  path("post", "/api/pipeline/stage-requests/{id}/approve", "批准阶段变更申请", { params: true, body: schemas.approveStageBody });
  path("post", "/api/pipeline/stage-requests/{id}/reject", "退回阶段变更申请", { params: true, body: schemas.rejectStageBody });
  path("post", "/api/projects/{id}/assessments", "录入事前评估（结果由各项与经济指标自动得出，一票否决）", { params: true, body: schemas.assessmentBody, status: 201 });
  path("post", "/api/projects/{id}/meeting-approvals", "记录县政府常务会 / 县委常委会审议", { params: true, body: schemas.meetingApprovalBody, status: 201 });
  path("post", "/api/projects/{id}/agreements", "录入投资协议（保证金、履约节点、政府承诺）", { params: true, body: schemas.agreementBody, status: 201 });
  path("patch", "/api/agreements/{id}", "修改协议（如登记保证金到账）", { params: true, body: schemas.agreementPatchBody });
  path("post", "/api/agreements/{id}/milestones", "增加履约节点", { params: true, body: schemas.milestoneBody, status: 201 });
  path("patch", "/api/milestones/{id}", "修改履约节点（登记完成日期）", { params: true, body: schemas.milestonePatchBody });
  path("post", "/api/agreements/{id}/commitments", "增加政府承诺事项", { params: true, body: schemas.commitmentBody, status: 201 });
  path("patch", "/api/commitments/{id}", "修改政府承诺事项（登记兑现日期）", { params: true, body: schemas.commitmentPatchBody });
  path("post", "/api/agreements/{id}/terminate", "终止协议：项目终止并生成二次招商项目", { params: true, body: schemas.terminateBody });
  path("post", "/api/projects/{id}/tracking-reports", "报送双周跟踪报告", { params: true, body: schemas.trackingReportBody, status: 201 });
  path("get", "/api/tracking-reports", "跟踪报告列表", { query: schemas.trackingReportsQuery });
  path("get", "/api/tracking-problems", "跟踪问题列表", { query: schemas.problemsQuery });
  path("post", "/api/tracking-problems/{id}/assign", "交办问题", { params: true, body: schemas.assignProblemBody });
  path("post", "/api/tracking-problems/{id}/close", "办结问题", { params: true, body: schemas.closeProblemBody });
  path("get", "/api/pipeline/alerts", "逾期预警（保证金、履约节点、政策兑现、跟踪报告）", { query: schemas.alertsQuery });
  path("get", "/api/pipeline/settings", "评估阈值与跟踪设置");
  path("put", "/api/pipeline/settings", "修改评估阈值（null 恢复默认）", { body: schemas.settingsBody });
  path("get", "/api/dashboard", "驾驶舱数据", { query: schemas.dashboardQuery });
  registry.registerPath({
    method: "get", path: "/api/dashboard/export", tags, summary: "导出季度报告（XLSX）", request: { query: schemas.dashboardQuery },
    responses: { 200: { description: "XLSX", content: { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: z.string().openapi({ format: "binary" }) } } }, ...errorResponses },
  });
}
