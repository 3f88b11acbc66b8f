import type { Tx } from "../../db";
import { notFound } from "../../http/app-error";
import type { Page } from "../../http/pagination";
import { actorCan, currentActor } from "../auth/actor";
import { recordAudit } from "../auth/audit";
import { enqueueOutbox } from "../outbox";
import { createProjectInTx, findProjectById, type ProjectInput } from "../projects";
import { toCalendarDay } from "./calendar";
import { loadWritableProject, pipelineWrite, type PipelineDeps } from "./deps";
import { refuse } from "./pipeline-refusal";
import * as repo from "./repository";
import type { PipelineProjectRow, StageChangeRow } from "./repository";
import type { StageChangeInput, StageRequestsQuery } from "./schemas";
import { needsApproval, STAGES_WITH_INVESTOR, TERMINATED, transitionRefusals, type Stage, type TransitionFacts } from "./stage-machine";
import { toStageChangeView, type StageChangeView } from "./views";

export interface StageChangeResult {
  /** applied: the project is in the new stage; pending: waiting for a group lead's approval. */
  status: "applied" | "pending";
  change: StageChangeView;
  project: { id: number; stage: string };
  /** The 二次招商 project created by a termination. */
  relaunchedProjectId: number | null;
}

/** What the transition rules need to know about a project right now. */
export async function transitionFacts(tx: Tx | PipelineDeps["db"], project: PipelineProjectRow, to: Stage, note: string): Promise<TransitionFacts> {
  const [latest, approval, agreement] = await Promise.all([
    repo.latestAssessmentResult(tx, project.id),
    repo.hasMeetingApproval(tx, project.id),
    repo.findActiveAgreement(tx, project.id),
  ]);
  return {
    from: project.stage as Stage,
    to,
    investorLinked: project.investorEnterpriseId != null,
    latestAssessment: latest as TransitionFacts["latestAssessment"],
    hasMeetingApproval: approval,
    hasActiveAgreement: agreement !== null,
    note,
  };
}

async function assertNoPendingRequest(tx: Tx, projectId: number) {
  const pending = await repo.findPendingStageChange(tx, projectId);
  if (pending) {
    throw refuse({
      code: "STAGE_REQUEST_PENDING",
      message: `已有待审批的阶段变更申请（${pending.fromStage}→${pending.toStage}），请先由产业链组长审批或退回`,
    });
  }
}

/** Links (or unlinks) the investor enterprise; the project row passed in is updated to match. */
async function linkInvestor(tx: Tx, project: PipelineProjectRow, enterpriseId: number | null): Promise<PipelineProjectRow> {
  if (project.investorEnterpriseId === enterpriseId) return project;
  if (project.stage === TERMINATED) throw refuse({ code: "STAGE_FINAL", message: "项目已终止，不能再修改投资企业" });
  if (enterpriseId === null && STAGES_WITH_INVESTOR.has(project.stage as Stage)) {
    throw refuse({ code: "INVESTOR_REQUIRED", message: `项目处于「${project.stage}」阶段，必须关联投资企业，不能取消关联` });
  }
  if (await repo.findActiveAgreement(tx, project.id)) {
    throw refuse({ code: "AGREEMENT_ACTIVE", message: "项目已有有效的投资协议，不能更换投资企业（如需更换请先终止协议）" });
  }
  const enterprise = enterpriseId === null ? null : await repo.findLiveEnterprise(tx, enterpriseId);
  if (enterpriseId !== null && !enterprise) throw notFound("企业", enterpriseId);
  await repo.setProjectInvestor(tx, project.id, enterpriseId);
  await recordAudit(tx, {
    action: "link_investor", entityType: "Project", entityId: project.id,
    before: { investorEnterpriseId: project.investorEnterpriseId }, after: { investorEnterpriseId: enterpriseId },
  });
  return { ...project, investorEnterpriseId: enterpriseId, investor: enterprise ? { ...enterprise, creditCode: null } : null };
}

const RELAUNCH_SUFFIX = "（二次招商）";

/** Puts a copy of a terminated project back in the library (stage 策划, land kept, linked to the old one). */
async function relaunchProject(tx: Tx, deps: PipelineDeps, oldId: number): Promise<number> {
  const old = await findProjectById(tx, oldId);
  if (!old) throw notFound("项目", oldId);
  const input: ProjectInput = {
    name: old.name.endsWith(RELAUNCH_SUFFIX) ? old.name : `${old.name}${RELAUNCH_SUFFIX}`,
    industryGroup: old.industryGroupName,
    industryCodes: old.industries.map((i) => i.code),
    description: old.description,
    constructionContent: old.constructionContent,
    countyCode: old.countyCode,
    township: old.township,
    park: old.park,
    totalInvestment: old.totalInvestment,
    landArea: old.landArea,
    cooperationModes: old.cooperationModes as ProjectInput["cooperationModes"],
    expectedOutput: old.expectedOutput,
    expectedTax: old.expectedTax,
    expectedJobs: old.expectedJobs,
    targetProfile: old.targetProfile,
    preferredIndustries: old.preferredIndustries as string[],
    preferredRegions: old.preferredRegions as string[],
    minInvestorCapital: old.minInvestorCapital,
    stage: "策划",
    responsibleUnits: old.responsibleUnits as string[],
    contactPerson: old.contactPerson,
  };
  const id = await createProjectInTx(tx, input, deps.regions);
  await repo.setRelaunchedFrom(tx, id, oldId);
  await recordAudit(tx, { action: "relaunch", entityType: "Project", entityId: id, after: { ...input, relaunchedFromId: oldId } });
  return id;
}

/**
 * Side effects of a project entering a stage (the change row is written by the caller): the stage itself,
 * the search index, the signing date of the agreement on 签约, and on 终止 the agreement's termination and
 * the 二次招商 copy.
 */
async function enterStage(
  tx: Tx,
  deps: PipelineDeps,
  project: PipelineProjectRow,
  change: StageChangeRow,
  opts: { relaunch?: boolean; terminationReason?: string },
): Promise<number | null> {
  const to = change.toStage as Stage;
  await repo.setProjectStage(tx, project.id, to);
  await enqueueOutbox(tx, "project", [project.id], "upsert");
  await recordAudit(tx, {
    action: "stage_change", entityType: "Project", entityId: project.id,
    before: { stage: project.stage }, after: { stage: to, note: change.note, approvedBy: change.approvedBy },
  });
  const agreement = await repo.findActiveAgreement(tx, project.id);
  const at = change.appliedAt ?? change.at;
  if (to === "签约" && agreement && !agreement.signedAt) {
    await repo.updateAgreementRow(tx, agreement.id, { signedAt: toCalendarDay(at) });
  }
  if (to !== TERMINATED) return null;
  if (agreement) {
    const reason = opts.terminationReason ?? change.note;
    await repo.updateAgreementRow(tx, agreement.id, { terminatedAt: at, terminationReason: reason });
    await recordAudit(tx, { action: "terminate", entityType: "Agreement", entityId: agreement.id, before: { terminatedAt: null }, after: { terminatedAt: at, terminationReason: reason } });
  }
  return (opts.relaunch ?? agreement !== null) ? relaunchProject(tx, deps, project.id) : null;
}

/**
 * Moves a project to a terminated stage inside a caller's transaction (agreement termination). Refuses like
 * any other transition; a pending request is sent back, since the project it was about is gone.
 */
export async function terminateProjectInTx(
  tx: Tx,
  deps: PipelineDeps,
  project: PipelineProjectRow,
  /** relaunch: put a 二次招商 copy back in the library; default: when an agreement in force is terminated. */
  opts: { note: string; terminationReason: string; relaunch?: boolean },
): Promise<{ change: StageChangeRow; relaunchedProjectId: number | null }> {
  const refusals = transitionRefusals(await transitionFacts(tx, project, TERMINATED, opts.note));
  if (refusals.length) throw refuse(refusals);
  const actor = currentActor();
  const now = deps.now();
  const pending = await repo.findPendingStageChange(tx, project.id);
  if (pending) {
    const rejected = await repo.updateStageChange(tx, pending.id, { status: "rejected", rejectedBy: actor.name, decidedAt: now, decisionNote: "项目已终止，申请自动退回" });
    await recordAudit(tx, { action: "reject_stage_change", entityType: "ProjectStageChange", entityId: pending.id, before: toStageChangeView(pending), after: toStageChangeView(rejected) });
  }
  const change = await repo.insertStageChange(tx, {
    projectId: project.id, fromStage: project.stage, toStage: TERMINATED, status: "applied",
    actor: actor.name, actorId: actor.id, at: now, note: opts.note, appliedAt: now,
  });
  const relaunchedProjectId = await enterStage(tx, deps, project, change, opts);
  return { change, relaunchedProjectId };
}

/**
 * Changes a project's stage. Entering 评审 or 签约 needs a group lead of the project's group: a lead or an
 * admin (pipeline:approve) changes it at once; anyone else with pipeline:write files a request that waits
 * for approval (status `pending`). Rules are checked now and again when the request is approved.
 */
export async function changeStage(deps: PipelineDeps, projectId: number, input: StageChangeInput): Promise<StageChangeResult> {
  const actor = currentActor();
  return pipelineWrite(deps, async (tx) => {
    let project = await loadWritableProject(tx, projectId);
    if (input.to !== TERMINATED) await assertNoPendingRequest(tx, projectId);
    if (input.investorEnterpriseId !== undefined && project.stage !== TERMINATED) {
      project = await linkInvestor(tx, project, input.investorEnterpriseId);
    }
    if (input.to === TERMINATED) {
      const { change, relaunchedProjectId } = await terminateProjectInTx(tx, deps, project, {
        note: input.note, terminationReason: input.note, relaunch: input.relaunch,
      });
      return { status: "applied", change: toStageChangeView(change), project: { id: projectId, stage: TERMINATED }, relaunchedProjectId };
    }
    const refusals = transitionRefusals(await transitionFacts(tx, project, input.to, input.note));
    if (refusals.length) throw refuse(refusals);
    const now = deps.now();
    const base = { projectId, fromStage: project.stage, toStage: input.to, actor: actor.name, actorId: actor.id, at: now, note: input.note };
    if (needsApproval(input.to) && !actorCan(actor, "pipeline:approve")) {
      const request = await repo.insertStageChange(tx, { ...base, status: "pending" });
      await recordAudit(tx, { action: "request_stage_change", entityType: "ProjectStageChange", entityId: request.id, after: toStageChangeView(request) });
      return { status: "pending", change: toStageChangeView(request), project: { id: projectId, stage: project.stage }, relaunchedProjectId: null };
    }
    const approval = needsApproval(input.to) ? { approvedBy: actor.name, decidedAt: now } : {};
    const change = await repo.insertStageChange(tx, { ...base, ...approval, status: "applied", appliedAt: now });
    await enterStage(tx, deps, project, change, {});
    return { status: "applied", change: toStageChangeView(change), project: { id: projectId, stage: input.to }, relaunchedProjectId: null };
  });
}

async function loadPendingRequest(tx: Tx, requestId: number) {
  const request = await repo.findStageChange(tx, requestId);
  if (!request) throw notFound("阶段变更申请", requestId);
  if (request.status !== "pending") {
    throw refuse({ code: "STAGE_REQUEST_NOT_PENDING", message: `该申请已${request.status === "applied" ? "批准" : "退回"}，不能重复处理` });
  }
  const project = await loadWritableProject(tx, request.projectId);
  return { request, project };
}

/** A group lead (or admin) of the project's group approves a pending change; the rules are checked again. */
export async function approveStageRequest(deps: PipelineDeps, requestId: number, note: string): Promise<StageChangeResult> {
  const actor = currentActor();
  return pipelineWrite(deps, async (tx) => {
    const { request, project } = await loadPendingRequest(tx, requestId);
    if (project.stage !== request.fromStage) {
      throw refuse({
        code: "STAGE_REQUEST_STALE",
        message: `项目当前阶段为「${project.stage}」，与申请时的「${request.fromStage}」不同，请退回该申请后重新提交`,
      });
    }
    const refusals = transitionRefusals(await transitionFacts(tx, project, request.toStage as Stage, request.note));
    if (refusals.length) throw refuse(refusals);
    const now = deps.now();
    const change = await repo.updateStageChange(tx, request.id, {
      status: "applied", approvedBy: actor.name, decidedAt: now, decisionNote: note || null, appliedAt: now,
    });
    await recordAudit(tx, { action: "approve_stage_change", entityType: "ProjectStageChange", entityId: change.id, before: toStageChangeView(request), after: toStageChangeView(change) });
    await enterStage(tx, deps, project, change, {});
    return { status: "applied", change: toStageChangeView(change), project: { id: project.id, stage: change.toStage }, relaunchedProjectId: null };
  }, "pipeline:approve");
}

export async function rejectStageRequest(deps: PipelineDeps, requestId: number, note: string): Promise<StageChangeView> {
  const actor = currentActor();
  return pipelineWrite(deps, async (tx) => {
    const { request } = await loadPendingRequest(tx, requestId);
    const change = await repo.updateStageChange(tx, request.id, { status: "rejected", rejectedBy: actor.name, decidedAt: deps.now(), decisionNote: note });
    await recordAudit(tx, { action: "reject_stage_change", entityType: "ProjectStageChange", entityId: change.id, before: toStageChangeView(request), after: toStageChangeView(change) });
    return toStageChangeView(change);
 }, "pipeline:approve");
}

export async function listStageRequests(deps: PipelineDeps, q: StageRequestsQuery): Promise<Page<StageChangeView & { project: { id: number; code: string; name: string; industryGroup: string; stage: string } }>> {
  const { rows, total } = await repo.listStageRequests(deps.db, q);
  const items = rows.map(({ project, ...r }) => ({
    ...toStageChangeView(r),
    project: { id: project.id, code: project.code, name: project.name, industryGroup: project.industryGroupName, stage: project.stage },
  }));
  return { items, total, limit: q.limit, offset: q.offset };
}

/** Links the investor enterprise outside a stage change (or corrects it before an agreement exists). */
export async function setInvestor(deps: PipelineDeps, projectId: number, enterpriseId: number | null) {
  await pipelineWrite(deps, async (tx) => {
    const project = await loadWritableProject(tx, projectId);
    if (project.investorEnterpriseId === enterpriseId) {
      // Nothing changes, but the request is still on the record.
      await recordAudit(tx, { action: "link_investor", entityType: "Project", entityId: projectId, summary: { investorEnterpriseId: enterpriseId, unchanged: true } });
    } else await linkInvestor(tx, project, enterpriseId);
  });
  const project = await repo.findPipelineProject(deps.db, projectId);
  return { projectId, investor: project?.investor ?? null };
}
