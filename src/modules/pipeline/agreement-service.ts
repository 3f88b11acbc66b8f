import type { Tx } from "../../db";
import { badRequest, notFound } from "../../http/app-error";
import { recordAudit } from "../auth/audit";
import { loadWritableProject, pipelineWrite, type PipelineDeps } from "./deps";
import { refuse } from "./pipeline-refusal";
import * as repo from "./repository";
import type { AgreementInput, AgreementPatch, CommitmentInput, CommitmentPatch, MilestoneInput, MilestonePatch, TerminateInput } from "./schemas";
import { terminateProjectInTx } from "./stage-service";
import { toAgreementView, toCommitmentView, toMilestoneView, toStageChangeView } from "./views";

/** Agreements are drafted from 协议起草 on and stay editable while in force. */
const AGREEMENT_STAGES = new Set(["协议起草", "签约", "政策兑现"]);

function assertDepositTerms(a: { depositAmount?: number | null; depositDueDate?: Date | null }) {
  if (a.depositAmount && !a.depositDueDate) {
    throw badRequest("填写履约保证金时须填写缴纳期限", [{ path: "depositDueDate", message: "请填写保证金缴纳期限" }]);
  }
}

export async function createAgreement(deps: PipelineDeps, projectId: number, input: AgreementInput) {
  assertDepositTerms(input);
  const row = await pipelineWrite(deps, async (tx) => {
    const project = await loadWritableProject(tx, projectId);
    if (!AGREEMENT_STAGES.has(project.stage)) {
      throw refuse({ code: "AGREEMENT_WRONG_STAGE", message: `项目处于「${project.stage}」阶段，进入「协议起草」后才能录入投资协议` });
    }
    if (project.investorEnterpriseId == null) throw refuse({ code: "INVESTOR_REQUIRED", message: "录入协议前须关联投资企业" });
    if (await repo.findActiveAgreement(tx, projectId)) {
      throw refuse({ code: "AGREEMENT_EXISTS", message: "项目已有有效的投资协议，请修改该协议或先终止它" });
    }
    const { milestones, commitments, ...fields } = input;
    const created = await repo.insertAgreement(
      tx,
      { ...fields, projectId, enterpriseId: project.investorEnterpriseId },
      milestones,
      commitments.map((c) => ({ ...c, dueDate: c.dueDate ?? null })),
    );
    await recordAudit(tx, { action: "create", entityType: "Agreement", entityId: created.id, after: toAgreementView(created) });
    return created;
  });
  return toAgreementView(row);
}

/** The agreement in force and its project, which the current actor must be allowed to change. */
async function loadActiveAgreement(tx: Tx, agreementId: number) {
  const agreement = await repo.findAgreement(tx, agreementId);
  if (!agreement) throw notFound("投资协议", agreementId);
  const project = await loadWritableProject(tx, agreement.projectId);
  if (agreement.terminatedAt) throw refuse({ code: "AGREEMENT_TERMINATED", message: "该协议已终止，不能再修改" });
  return { agreement, project };
}

export async function updateAgreement(deps: PipelineDeps, agreementId: number, patch: AgreementPatch) {
  const row = await pipelineWrite(deps, async (tx) => {
    const { agreement } = await loadActiveAgreement(tx, agreementId);
    assertDepositTerms({ ...agreement, ...patch });
    const updated = await repo.updateAgreementRow(tx, agreementId, patch);
    await recordAudit(tx, { action: "update", entityType: "Agreement", entityId: agreementId, before: toAgreementView(agreement), after: toAgreementView(updated) });
    return updated;
  });
  return toAgreementView(row);
}

/** Milestones and government commitments: dated items of an agreement in force, added and updated alike. */
interface AgreementItemKind<Row extends { id: number; agreementId: number }, Create, Patch, View> {
  entityType: string;
  label: string;
  find(tx: Tx, id: number): Promise<Row | null>;
  insert(tx: Tx, agreementId: number, input: Create): Promise<Row>;
  update(tx: Tx, id: number, patch: Patch): Promise<Row>;
  view(row: Row): View;
}

const MILESTONES: AgreementItemKind<Awaited<ReturnType<typeof repo.insertMilestone>>, MilestoneInput, MilestonePatch, ReturnType<typeof toMilestoneView>> = {
  entityType: "AgreementMilestone",
  label: "履约节点",
  find: repo.findMilestone,
  insert: (tx, agreementId, input) => repo.insertMilestone(tx, { ...input, agreementId }),
  update: repo.updateMilestoneRow,
  view: toMilestoneView,
};

const COMMITMENTS: AgreementItemKind<Awaited<ReturnType<typeof repo.insertCommitment>>, CommitmentInput, CommitmentPatch, ReturnType<typeof toCommitmentView>> = {
  entityType: "GovernmentCommitment",
  label: "政策兑现事项",
  find: repo.findCommitment,
  insert: (tx, agreementId, input) => repo.insertCommitment(tx, { ...input, dueDate: input.dueDate ?? null, agreementId }),
  update: repo.updateCommitmentRow,
  view: toCommitmentView,
};

async function addItem<Row extends { id: number; agreementId: number }, Create, Patch, View>(
  deps: PipelineDeps, kind: AgreementItemKind<Row, Create, Patch, View>, agreementId: number, input: Create,
): Promise<View> {
  const row = await pipelineWrite(deps, async (tx) => {
    await loadActiveAgreement(tx, agreementId);
    const created = await kind.insert(tx, agreementId, input);
    await recordAudit(tx, { action: "create", entityType: kind.entityType, entityId: created.id, after: kind.view(created) as object });
    return created;
  });
  return kind.view(row);
}

async function updateItem<Row extends { id: number; agreementId: number }, Create, Patch, View>(
  deps: PipelineDeps, kind: AgreementItemKind<Row, Create, Patch, View>, id: number, patch: Patch,
): Promise<View> {
  const row = await pipelineWrite(deps, async (tx) => {
    const before = await kind.find(tx, id);
    if (!before) throw notFound(kind.label, id);
    await loadActiveAgreement(tx, before.agreementId);
    const updated = await kind.update(tx, id, patch);
    await recordAudit(tx, { action: "update", entityType: kind.entityType, entityId: id, before: kind.view(before) as object, after: kind.view(updated) as object });
    return updated;
  });
  return kind.view(row);
}

export const addMilestone = (deps: PipelineDeps, agreementId: number, input: MilestoneInput) => addItem(deps, MILESTONES, agreementId, input);
export const updateMilestone = (deps: PipelineDeps, id: number, patch: MilestonePatch) => updateItem(deps, MILESTONES, id, patch);
export const addCommitment = (deps: PipelineDeps, agreementId: number, input: CommitmentInput) => addItem(deps, COMMITMENTS, agreementId, input);
export const updateCommitment = (deps: PipelineDeps, id: number, patch: CommitmentPatch) => updateItem(deps, COMMITMENTS, id, patch);

/**
 * Terminates an agreement (e.g. the deposit was never paid): records the reason, moves the project to 终止
 * and, unless told otherwise, puts a 二次招商 copy of it (land kept) back in the library.
 */
export async function terminateAgreement(deps: PipelineDeps, agreementId: number, input: TerminateInput) {
  const result = await pipelineWrite(deps, async (tx) => {
    const { project } = await loadActiveAgreement(tx, agreementId);
    return terminateProjectInTx(tx, deps, project, {
      note: `协议终止：${input.reason}`, terminationReason: input.reason, relaunch: input.relaunch,
    });
  });
  const [agreement, relaunched] = await Promise.all([
    repo.findAgreement(deps.db, agreementId),
    result.relaunchedProjectId ? repo.findPipelineProject(deps.db, result.relaunchedProjectId) : null,
  ]);
  return {
    agreement: toAgreementView(agreement!),
    change: toStageChangeView(result.change),
    relaunchedProject: relaunched ? { id: relaunched.id, code: relaunched.code, name: relaunched.name, stage: relaunched.stage, relaunchedFromId: relaunched.relaunchedFromId } : null,
  };
}
