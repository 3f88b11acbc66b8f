import { inChunks, type Db, type Tx } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import type { ProblemsQuery, StageRequestsQuery, TrackingReportsQuery } from "./schemas";

/** The only Prisma access of the pipeline module. */

const projectSelect = {
  id: true, code: true, name: true, industryGroupName: true, stage: true, township: true, park: true,
  landArea: true, totalInvestment: true, expectedTax: true, expectedOutput: true, expectedJobs: true,
  investorEnterpriseId: true, relaunchedFromId: true, deletedAt: true, createdAt: true,
  investor: { select: { id: true, name: true, creditCode: true } },
  relaunchedFrom: { select: { id: true, code: true, name: true, stage: true } },
  relaunches: { select: { id: true, code: true, name: true, stage: true }, orderBy: { id: "asc" } },
} satisfies Prisma.ProjectSelect;
export type PipelineProjectRow = Prisma.ProjectGetPayload<{ select: typeof projectSelect }>;

export async function findPipelineProject(db: Db | Tx, id: number): Promise<PipelineProjectRow | null> {
  return db.project.findUnique({ where: { id }, select: projectSelect });
}

export async function findLiveEnterprise(db: Db | Tx, id: number) {
  return db.enterprise.findFirst({ where: { id, deletedAt: null }, select: { id: true, name: true } });
}

// ── stages ──

export async function latestAssessmentResult(db: Db | Tx, projectId: number): Promise<string | null> {
  const row = await db.preAssessment.findFirst({ where: { projectId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { result: true } });
  return row?.result ?? null;
}

export async function hasMeetingApproval(db: Db | Tx, projectId: number): Promise<boolean> {
  return (await db.projectApproval.count({ where: { projectId } })) > 0;
}

export async function setProjectStage(tx: Tx, id: number, stage: string): Promise<void> {
  await tx.project.update({ where: { id }, data: { stage } });
}

export async function setProjectInvestor(tx: Tx, id: number, enterpriseId: number | null): Promise<void> {
  await tx.project.update({ where: { id }, data: { investorEnterpriseId: enterpriseId } });
}

export async function setRelaunchedFrom(tx: Tx, id: number, fromId: number): Promise<void> {
  await tx.project.update({ where: { id }, data: { relaunchedFromId: fromId } });
}

export type StageChangeRow = Prisma.ProjectStageChangeGetPayload<object>;

export async function insertStageChange(tx: Tx, data: Prisma.ProjectStageChangeUncheckedCreateInput): Promise<StageChangeRow> {
  return tx.projectStageChange.create({ data });
}

export async function updateStageChange(tx: Tx, id: number, data: Prisma.ProjectStageChangeUncheckedUpdateInput): Promise<StageChangeRow> {
  return tx.projectStageChange.update({ where: { id }, data });
}

export async function findStageChange(db: Db | Tx, id: number): Promise<StageChangeRow | null> {
  return db.projectStageChange.findUnique({ where: { id } });
}

export async function findPendingStageChange(db: Db | Tx, projectId: number): Promise<StageChangeRow | null> {
  return db.projectStageChange.findFirst({ where: { projectId, status: "pending" } });
}

export async function listStageHistory(db: Db, projectId: number): Promise<StageChangeRow[]> {
  return db.projectStageChange.findMany({ where: { projectId }, orderBy: [{ at: "asc" }, { id: "asc" }] });
}

export async function listStageRequests(db: Db, q: StageRequestsQuery) {
  const where: Prisma.ProjectStageChangeWhereInput = {
    status: q.status,
    ...(q.projectId ? { projectId: q.projectId } : {}),
    project: { deletedAt: null, ...(q.industryGroup?.length ? { industryGroupName: { in: q.industryGroup } } : {}) },
  };
  const [rows, total] = await Promise.all([
    db.projectStageChange.findMany({
      where, orderBy: [{ at: "desc" }, { id: "desc" }], take: q.limit, skip: q.offset,
      include: { project: { select: { id: true, code: true, name: true, industryGroupName: true, stage: true } } },
    }),
    db.projectStageChange.count({ where }),
  ]);
  return { rows, total };
}

// ── assessments and meeting approvals ──

const assessmentInclude = { items: { orderBy: { id: "asc" } } } satisfies Prisma.PreAssessmentInclude;
export type AssessmentRow = Prisma.PreAssessmentGetPayload<{ include: typeof assessmentInclude }>;

export async function insertAssessment(
  tx: Tx,
  data: Omit<Prisma.PreAssessmentUncheckedCreateInput, "items">,
  items: Omit<Prisma.PreAssessmentItemUncheckedCreateInput, "assessmentId">[],
): Promise<AssessmentRow> {
  return tx.preAssessment.create({ data: { ...data, items: { create: items } }, include: assessmentInclude });
}

export async function listAssessments(db: Db, projectId: number): Promise<AssessmentRow[]> {
  return db.preAssessment.findMany({ where: { projectId }, include: assessmentInclude, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}

export type MeetingApprovalRow = Prisma.ProjectApprovalGetPayload<object>;

export async function insertMeetingApproval(tx: Tx, data: Prisma.ProjectApprovalUncheckedCreateInput): Promise<MeetingApprovalRow> {
  return tx.projectApproval.create({ data });
}

export async function listMeetingApprovals(db: Db, projectId: number): Promise<MeetingApprovalRow[]> {
  return db.projectApproval.findMany({ where: { projectId }, orderBy: [{ date: "desc" }, { id: "desc" }] });
}

// ── agreements ──

const agreementInclude = {
  milestones: { orderBy: [{ dueDate: "asc" }, { id: "asc" }] },
  commitments: { orderBy: [{ id: "asc" }] },
  enterprise: { select: { id: true, name: true } },
} satisfies Prisma.AgreementInclude;
export type AgreementRow = Prisma.AgreementGetPayload<{ include: typeof agreementInclude }>;

export async function findActiveAgreement(db: Db | Tx, projectId: number): Promise<AgreementRow | null> {
  return db.agreement.findFirst({ where: { projectId, terminatedAt: null }, include: agreementInclude, orderBy: { id: "desc" } });
}

export async function listAgreements(db: Db, projectId: number): Promise<AgreementRow[]> {
  return db.agreement.findMany({ where: { projectId }, include: agreementInclude, orderBy: { id: "desc" } });
}

export async function findAgreement(db: Db | Tx, id: number): Promise<AgreementRow | null> {
  return db.agreement.findUnique({ where: { id }, include: agreementInclude });
}

export async function insertAgreement(
  tx: Tx,
  data: Omit<Prisma.AgreementUncheckedCreateInput, "milestones" | "commitments">,
  milestones: Omit<Prisma.AgreementMilestoneUncheckedCreateInput, "agreementId">[],
  commitments: Omit<Prisma.GovernmentCommitmentUncheckedCreateInput, "agreementId">[],
): Promise<AgreementRow> {
  return tx.agreement.create({
    data: { ...data, milestones: { create: milestones }, commitments: { create: commitments } },
    include: agreementInclude,
  });
}

export async function updateAgreementRow(tx: Tx, id: number, data: Prisma.AgreementUncheckedUpdateInput): Promise<AgreementRow> {
  return tx.agreement.update({ where: { id }, data, include: agreementInclude });
}

export async function insertMilestone(tx: Tx, data: Prisma.AgreementMilestoneUncheckedCreateInput) {
  return tx.agreementMilestone.create({ data });
}

export async function findMilestone(db: Db | Tx, id: number) {
  return db.agreementMilestone.findUnique({ where: { id } });
}

export async function updateMilestoneRow(tx: Tx, id: number, data: Prisma.AgreementMilestoneUncheckedUpdateInput) {
  return tx.agreementMilestone.update({ where: { id }, data });
}

export async function insertCommitment(tx: Tx, data: Prisma.GovernmentCommitmentUncheckedCreateInput) {
  return tx.governmentCommitment.create({ data });
}

export async function findCommitment(db: Db | Tx, id: number) {
  return db.governmentCommitment.findUnique({ where: { id } });
}

export async function updateCommitmentRow(tx: Tx, id: number, data: Prisma.GovernmentCommitmentUncheckedUpdateInput) {
  return tx.governmentCommitment.update({ where: { id }, data });
}

// ── tracking ──

const reportInclude = {
  problems: { orderBy: { id: "asc" } },
  project: { select: { id: true, code: true, name: true, industryGroupName: true } },
} satisfies Prisma.TrackingReportInclude;
export type TrackingReportRow = Prisma.TrackingReportGetPayload<{ include: typeof reportInclude }>;

export async function insertTrackingReport(
  tx: Tx,
  data: Omit<Prisma.TrackingReportUncheckedCreateInput, "problems">,
  problems: Omit<Prisma.TrackingProblemUncheckedCreateInput, "reportId">[],
): Promise<TrackingReportRow> {
  return tx.trackingReport.create({ data: { ...data, problems: { create: problems } }, include: reportInclude });
}

export async function findTrackingReport(db: Db | Tx, projectId: number, periodStart: Date) {
  return db.trackingReport.findUnique({ where: { projectId_periodStart: { projectId, periodStart } }, select: { id: true } });
}

export async function listTrackingReports(db: Db, q: TrackingReportsQuery) {
  const where: Prisma.TrackingReportWhereInput = { project: { deletedAt: null }, ...(q.projectId ? { projectId: q.projectId } : {}) };
  const [rows, total] = await Promise.all([
    db.trackingReport.findMany({ where, include: reportInclude, orderBy: [{ periodStart: "desc" }, { id: "desc" }], take: q.limit, skip: q.offset }),
    db.trackingReport.count({ where }),
  ]);
  return { rows, total };
}

export async function listProjectReports(db: Db, projectId: number): Promise<TrackingReportRow[]> {
  return db.trackingReport.findMany({ where: { projectId }, include: reportInclude, orderBy: [{ periodStart: "desc" }, { id: "desc" }] });
}

const problemInclude = { project: { select: { id: true, code: true, name: true, industryGroupName: true } }, report: { select: { periodStart: true } } } satisfies Prisma.TrackingProblemInclude;
export type TrackingProblemRow = Prisma.TrackingProblemGetPayload<{ include: typeof problemInclude }>;

export async function findProblem(db: Db | Tx, id: number): Promise<TrackingProblemRow | null> {
  return db.trackingProblem.findUnique({ where: { id }, include: problemInclude });
}

export async function updateProblemRow(tx: Tx, id: number, data: Prisma.TrackingProblemUncheckedUpdateInput): Promise<TrackingProblemRow> {
  return tx.trackingProblem.update({ where: { id }, data, include: problemInclude });
}

export async function listProblems(db: Db, q: ProblemsQuery) {
  const where: Prisma.TrackingProblemWhereInput = {
    project: { deletedAt: null },
    ...(q.status === "open" ? { closedAt: null } : q.status === "closed" ? { closedAt: { not: null } } : {}),
    ...(q.projectId ? { projectId: q.projectId } : {}),
    ...(q.unit ? { assignedUnit: q.unit } : {}),
  };
  const [rows, total] = await Promise.all([
    db.trackingProblem.findMany({ where, include: problemInclude, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: q.limit, skip: q.offset }),
    db.trackingProblem.count({ where }),
  ]);
  return { rows, total };
}

// ── what alerts and the dashboard read ──

export interface ProjectBrief {
  id: number;
  code: string;
  name: string;
  industryGroupName: string;
  stage: string;
  totalInvestment: number | null;
  township: string | null;
  createdAt: Date;
  investorEnterpriseId: number | null;
  investorName: string | null;
  relaunchedFromId: number | null;
}

export async function listLiveProjects(db: Db, filter: { projectId?: number; industryGroups?: string[] } = {}): Promise<ProjectBrief[]> {
  const rows = await db.project.findMany({
    where: {
      deletedAt: null,
      ...(filter.projectId ? { id: filter.projectId } : {}),
      ...(filter.industryGroups?.length ? { industryGroupName: { in: filter.industryGroups } } : {}),
    },
    select: {
      id: true, code: true, name: true, industryGroupName: true, stage: true, totalInvestment: true, township: true, createdAt: true,
      relaunchedFromId: true, investorEnterpriseId: true, investor: { select: { name: true } },
    },
    orderBy: { id: "asc" },
  });
  return rows.map(({ investor, ...r }) => ({ ...r, investorName: investor?.name ?? null }));
}

/** Agreements in force of the given projects, with what alerts look at. */
export async function activeAgreementsOf(db: Db, projectIds: number[]) {
  return inChunks(projectIds, (slice) =>
    db.agreement.findMany({
      where: { projectId: { in: slice }, terminatedAt: null },
      include: { milestones: true, commitments: true },
      orderBy: { id: "asc" },
    }),
  );
}

/** When each project last entered 签约 (applied changes only). */
export async function lastSigningTimes(db: Db, projectIds: number[]): Promise<Map<number, Date>> {
  const rows = await inChunks(projectIds, (slice) =>
    db.projectStageChange.groupBy({ by: ["projectId"], where: { projectId: { in: slice }, toStage: "签约", status: "applied" }, _max: { appliedAt: true } }),
  );
  return new Map(rows.filter((r) => r._max.appliedAt).map((r) => [r.projectId, r._max.appliedAt as Date]));
}

export async function reportStartsOf(db: Db, projectIds: number[]): Promise<{ projectId: number; periodStart: Date }[]> {
  return inChunks(projectIds, (slice) =>
    db.trackingReport.findMany({ where: { projectId: { in: slice } }, select: { projectId: true, periodStart: true } }),
  );
}

/** Applied stage changes into `stage` in [from, to). */
export async function stageEntriesBetween(db: Db, stage: string, from: Date, to: Date) {
  return db.projectStageChange.findMany({
    where: { toStage: stage, status: "applied", appliedAt: { gte: from, lt: to }, project: { deletedAt: null } },
    select: { projectId: true, appliedAt: true },
    orderBy: { appliedAt: "asc" },
  });
}

/** Milestones of `kind` done on days in [from, to) (days are stored as UTC midnight). */
export async function milestonesDoneBetween(db: Db, kind: string, from: Date, to: Date) {
  return db.agreementMilestone.findMany({
    where: { kind, doneAt: { gte: from, lt: to }, agreement: { project: { deletedAt: null } } },
    select: { doneAt: true, agreement: { select: { projectId: true } } },
    orderBy: { doneAt: "asc" },
  });
}

/** The latest agreement of each project (terminated ones included): its committed investment. */
export async function latestAgreementsOf(db: Db, projectIds: number[]) {
  return inChunks(projectIds, (slice) =>
    db.agreement.findMany({
      where: { projectId: { in: slice } },
      select: { id: true, projectId: true, committedInvestment: true, signedAt: true, depositAmount: true, depositDueDate: true, depositPaidAt: true, terminatedAt: true },
      orderBy: { id: "asc" },
    }),
  );
}

export async function industryGroupNames(db: Db): Promise<string[]> {
  return (await db.industryGroup.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { name: true } })).map((g) => g.name);
}

export async function chamberNames(db: Db): Promise<Map<number, string>> {
  return new Map((await db.chamber.findMany({ select: { id: true, name: true } })).map((c) => [c.id, c.name]));
}
