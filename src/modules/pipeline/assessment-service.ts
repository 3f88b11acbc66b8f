import { badRequest } from "../../http/app-error";
import { currentActor } from "../auth/actor";
import { recordAudit } from "../auth/audit";
import { evaluateAssessment, missingCategories } from "./assessment-rules";
import { loadWritableProject, pipelineWrite, type PipelineDeps } from "./deps";
import { loadPipelineSettings } from "./pipeline-settings";
import { refuse } from "./pipeline-refusal";
import * as repo from "./repository";
import type { AssessmentInput, MeetingApprovalInput } from "./schemas";
import { toAssessmentView, toMeetingApprovalView } from "./views";

/** The committee assesses a project under review; later drafts may be re-assessed (the latest counts). */
const ASSESSMENT_STAGES = new Set(["评审", "协议起草"]);
/** A county meeting approves a project after the committee and before signing. */
const MEETING_STAGES = new Set(["评审", "协议起草"]);

/** Records a pre-introduction assessment; the overall result is derived, never typed in. */
export async function createAssessment(deps: PipelineDeps, projectId: number, input: AssessmentInput) {
  const actor = currentActor();
  const row = await pipelineWrite(deps, async (tx) => {
    const project = await loadWritableProject(tx, projectId);
    if (!ASSESSMENT_STAGES.has(project.stage)) {
      throw refuse({ code: "ASSESSMENT_WRONG_STAGE", message: `项目处于「${project.stage}」阶段，事前评估须在「评审」或「协议起草」阶段进行` });
    }
    const settings = await loadPipelineSettings(tx, deps.defaults);
    const missing = missingCategories(input.items, settings.requiredCategories);
    if (missing.length) {
      throw badRequest(`事前评估缺少以下必评项目：${missing.join("、")}`, missing.map((c) => ({ path: "items", message: `缺少「${c}」` })));
    }
    const m = input.metrics;
    const metrics = {
      investment: m.investment !== undefined ? m.investment : project.totalInvestment,
      landArea: m.landArea !== undefined ? m.landArea : project.landArea,
      annualTax: m.annualTax !== undefined ? m.annualTax : project.expectedTax,
      annualOutput: m.annualOutput !== undefined ? m.annualOutput : project.expectedOutput,
      jobs: m.jobs !== undefined ? m.jobs : project.expectedJobs,
    };
    const outcome = evaluateAssessment(input.items, metrics, settings);
    const created = await repo.insertAssessment(
      tx,
      {
        projectId, ...metrics,
        investmentPerMu: outcome.investmentPerMu, taxPerMu: outcome.taxPerMu,
        thresholds: { ...settings.thresholds, vetoCategories: settings.vetoCategories }, metricChecks: outcome.metricChecks as object[],
        committeeDecidedAt: input.committee.decidedAt, committeeMembers: input.committee.members,
        result: outcome.result, vetoed: outcome.vetoed, reasons: outcome.reasons, note: input.note,
        createdBy: actor.name, createdAt: deps.now(),
      },
      outcome.items.map((i) => ({ category: i.category, result: i.result, note: i.note, veto: i.veto })),
    );
    await recordAudit(tx, { action: "create", entityType: "PreAssessment", entityId: created.id, after: toAssessmentView(created) });
    return created;
  });
  return toAssessmentView(row);
}

export async function recordMeetingApproval(deps: PipelineDeps, projectId: number, input: MeetingApprovalInput) {
  const actor = currentActor();
  const row = await pipelineWrite(deps, async (tx) => {
    const project = await loadWritableProject(tx, projectId);
    if (!MEETING_STAGES.has(project.stage)) {
      throw refuse({ code: "MEETING_APPROVAL_WRONG_STAGE", message: `项目处于「${project.stage}」阶段，会议审议须在「评审」或「协议起草」阶段记录` });
    }
    const created = await repo.insertMeetingApproval(tx, { projectId, ...input, createdBy: actor.name, createdAt: deps.now() });
    await recordAudit(tx, { action: "create", entityType: "ProjectApproval", entityId: created.id, after: toMeetingApprovalView(created) });
    return created;
  });
  return toMeetingApprovalView(row);
}
