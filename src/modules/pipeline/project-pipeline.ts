import { notFound } from "../../http/app-error";
import { actorCan, actorCoversGroup, currentActor } from "../auth/actor";
import { loadAlerts } from "./alert-service";
import { chinaDay, dayOfStored, firstTrackedPeriod, isoOfDay, nextPeriod, periodContaining } from "./calendar";
import type { PipelineDeps } from "./deps";
import * as repo from "./repository";
import { needsApproval, TERMINATED, TRANSITIONS, transitionRefusals, type Stage } from "./stage-machine";
import { transitionFacts } from "./stage-service";
import { toAgreementView, toAssessmentView, toMeetingApprovalView, toStageChangeView, toTrackingReportView } from "./views";

/**
 * Everything the project page shows about the process: where it stands, which steps the current user can
 * take (and why others are refused), history, assessments, approvals, agreements, tracking and alerts.
 */
export async function getProjectPipeline(deps: PipelineDeps, projectId: number) {
  const project = await repo.findPipelineProject(deps.db, projectId);
  if (!project || project.deletedAt) throw notFound("项目", projectId);
  const actor = currentActor();
  const canWrite = actorCan(actor, "pipeline:write") && actorCoversGroup(actor, project.industryGroupName);
  const canApprove = actorCan(actor, "pipeline:approve") && actorCoversGroup(actor, project.industryGroupName);
  const stage = project.stage as Stage;

  const [history, assessments, approvals, agreements, reports, { alerts, tracked, anchorDay, graceDays }] = await Promise.all([
    repo.listStageHistory(deps.db, projectId),
    repo.listAssessments(deps.db, projectId),
    repo.listMeetingApprovals(deps.db, projectId),
    repo.listAgreements(deps.db, projectId),
    repo.listProjectReports(deps.db, projectId),
    loadAlerts(deps, { projectId }),
  ]);
  const active = agreements.find((a) => !a.terminatedAt);
  const pending = history.find((h) => h.status === "pending") ?? null;
  const transitions = await Promise.all(
    TRANSITIONS[stage].map(async (to) => {
      // 终止 asks for its reason in the form; do not report the empty note as a refusal here.
      const facts = await transitionFacts(deps.db, project, to, to === TERMINATED ? "-" : "");
      const refusals = transitionRefusals(facts);
      if (pending && to !== TERMINATED) refusals.unshift({ code: "STAGE_REQUEST_PENDING", message: "已有待审批的阶段变更申请" });
      return { to, needsApproval: needsApproval(to), mode: needsApproval(to) && !canApprove ? ("request" as const) : ("direct" as const), refusals };
    }),
  );

  const facts = tracked.find((t) => t.projectId === projectId);
  const today = chinaDay(deps.now());
  const current = periodContaining(today, anchorDay);
  const periods: { start: string; end: string; status: "submitted" | "overdue" | "open"; reportId: number | null }[] = [];
  if (facts) {
    const reportByStart = new Map(reports.map((r) => [dayOfStored(r.periodStart), r.id]));
    for (let p = firstTrackedPeriod(facts.signedDay, anchorDay); p.start <= current.start; p = nextPeriod(p)) {
      const reportId = reportByStart.get(p.start) ?? null;
      const status = reportId ? "submitted" : p.end + graceDays <= today ? "overdue" : "open";
      periods.push({ start: isoOfDay(p.start), end: isoOfDay(p.end - 1), status, reportId });
    }
  }

  return {
    project: {
      id: project.id, code: project.code, name: project.name, industryGroup: project.industryGroupName, stage,
      township: project.township, park: project.park, landArea: project.landArea, totalInvestment: project.totalInvestment,
      investor: project.investor, relaunchedFrom: project.relaunchedFrom, relaunches: project.relaunches,
    },
    permissions: { canWrite, canApprove },
    transitions,
    pendingRequest: pending ? toStageChangeView(pending) : null,
    history: history.map(toStageChangeView),
    latestAssessment: assessments[0] ? toAssessmentView(assessments[0]) : null,
    assessments: assessments.map(toAssessmentView),
    meetingApprovals: approvals.map(toMeetingApprovalView),
    activeAgreement: active ? toAgreementView(active) : null,
    agreements: agreements.map(toAgreementView),
    tracking: {
      tracked: facts !== undefined,
      signedOn: facts ? isoOfDay(facts.signedDay) : null,
      currentPeriod: { start: isoOfDay(current.start), end: isoOfDay(current.end - 1) },
      periods: periods.reverse(),
      reports: reports.map(toTrackingReportView),
    },
    alerts,
  };
}
