import { dayOfStored, isoOfDay, TRACKING_PERIOD_DAYS } from "./calendar";
import type { AgreementRow, AssessmentRow, MeetingApprovalRow, StageChangeRow, TrackingProblemRow, TrackingReportRow } from "./repository";

/** Response shapes: calendar days as `YYYY-MM-DD`, instants as ISO timestamps, JSON columns typed. */
export const dayText = (d: Date | null | undefined): string | null => (d ? isoOfDay(dayOfStored(d)) : null);
const instant = (d: Date | null | undefined): string | null => d?.toISOString() ?? null;

export function toStageChangeView(r: StageChangeRow) {
  return {
    id: r.id,
    projectId: r.projectId,
    from: r.fromStage,
    to: r.toStage,
    status: r.status as "applied" | "pending" | "rejected",
    actor: r.actor,
    at: r.at.toISOString(),
    note: r.note,
    approvedBy: r.approvedBy,
    rejectedBy: r.rejectedBy,
    decidedAt: instant(r.decidedAt),
    decisionNote: r.decisionNote,
    appliedAt: instant(r.appliedAt),
  };
}
export type StageChangeView = ReturnType<typeof toStageChangeView>;

export function toAssessmentView(r: AssessmentRow) {
  return {
    id: r.id,
    projectId: r.projectId,
    result: r.result as "passed" | "failed" | "conditional",
    vetoed: r.vetoed,
    reasons: r.reasons as string[],
    items: r.items.map((i) => ({ id: i.id, category: i.category, result: i.result, note: i.note, veto: i.veto })),
    metrics: { investment: r.investment, landArea: r.landArea, annualTax: r.annualTax, annualOutput: r.annualOutput, jobs: r.jobs },
    investmentPerMu: r.investmentPerMu,
    taxPerMu: r.taxPerMu,
    metricChecks: r.metricChecks,
    thresholds: r.thresholds,
    committee: { decidedAt: dayText(r.committeeDecidedAt), members: r.committeeMembers as string[] },
    note: r.note,
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
  };
}

export function toMeetingApprovalView(r: MeetingApprovalRow) {
  return { id: r.id, projectId: r.projectId, meeting: r.meeting, reference: r.reference, date: dayText(r.date), note: r.note, createdBy: r.createdBy, createdAt: r.createdAt.toISOString() };
}

type MilestoneRow = AgreementRow["milestones"][number];
type CommitmentRow = AgreementRow["commitments"][number];

export function toMilestoneView(m: MilestoneRow) {
  return { id: m.id, agreementId: m.agreementId, kind: m.kind, dueDate: dayText(m.dueDate), doneAt: dayText(m.doneAt), note: m.note };
}

export function toCommitmentView(c: CommitmentRow) {
  return { id: c.id, agreementId: c.agreementId, policyItem: c.policyItem, dueDate: dayText(c.dueDate), deliveredAt: dayText(c.deliveredAt), note: c.note };
}

export function toAgreementView(r: AgreementRow) {
  return {
    id: r.id,
    projectId: r.projectId,
    enterprise: r.enterprise,
    parties: r.parties as string[],
    signedAt: dayText(r.signedAt),
    committedInvestment: r.committedInvestment,
    depositAmount: r.depositAmount,
    depositDueDate: dayText(r.depositDueDate),
    depositPaidAt: dayText(r.depositPaidAt),
    status: r.terminatedAt ? ("terminated" as const) : ("active" as const),
    terminatedAt: instant(r.terminatedAt),
    terminationReason: r.terminationReason,
    note: r.note,
    milestones: r.milestones.map(toMilestoneView),
    commitments: r.commitments.map(toCommitmentView),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
export type AgreementView = ReturnType<typeof toAgreementView>;

export function toProblemView(p: TrackingReportRow["problems"][number] | TrackingProblemRow) {
  const withProject = "project" in p ? p : null;
  return {
    id: p.id,
    reportId: p.reportId,
    projectId: p.projectId,
    ...(withProject ? {
      projectCode: withProject.project.code,
      projectName: withProject.project.name,
      industryGroup: withProject.project.industryGroupName,
      periodStart: dayText(withProject.report.periodStart),
    } : {}),
    text: p.text,
    status: p.closedAt ? ("closed" as const) : ("open" as const),
    assignedUnit: p.assignedUnit,
    assignedAt: instant(p.assignedAt),
    closedAt: instant(p.closedAt),
    closedBy: p.closedBy,
    resolution: p.resolution,
    createdAt: p.createdAt.toISOString(),
  };
}

export function toTrackingReportView(r: TrackingReportRow) {
  const start = dayOfStored(r.periodStart);
  return {
    id: r.id,
    projectId: r.projectId,
    projectCode: r.project.code,
    projectName: r.project.name,
    industryGroup: r.project.industryGroupName,
    periodStart: isoOfDay(start),
    periodEnd: isoOfDay(start + TRACKING_PERIOD_DAYS - 1),
    progress: r.progress,
    helpRequested: r.helpRequested,
    industryDept: r.industryDept,
    township: r.township,
    submittedBy: r.submittedBy,
    submittedAt: r.submittedAt.toISOString(),
    problems: r.problems.map(toProblemView),
  };
}
