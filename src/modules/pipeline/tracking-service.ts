import type { Tx } from "../../db";
import { notFound } from "../../http/app-error";
import type { Page } from "../../http/pagination";
import { currentActor } from "../auth/actor";
import { recordAudit } from "../auth/audit";
import { chinaDay, dateOfDay, dayOfStored, isoOfDay, periodContaining } from "./calendar";
import { loadWritableProject, pipelineWrite, type PipelineDeps } from "./deps";
import { loadPipelineSettings, trackingAnchorDay } from "./pipeline-settings";
import { refuse } from "./pipeline-refusal";
import * as repo from "./repository";
import type { ProblemsQuery, TrackingReportInput, TrackingReportsQuery } from "./schemas";
import { SIGNED_STAGES, type Stage } from "./stage-machine";
import { toProblemView, toTrackingReportView } from "./views";

/** Files the biweekly report of a signed project for the current period (or an earlier one, late). */
export async function submitTrackingReport(deps: PipelineDeps, projectId: number, input: TrackingReportInput) {
  const actor = currentActor();
  const row = await pipelineWrite(deps, async (tx) => {
    const project = await loadWritableProject(tx, projectId);
    if (!SIGNED_STAGES.has(project.stage as Stage)) {
      throw refuse({ code: "TRACKING_NOT_SIGNED", message: `项目处于「${project.stage}」阶段；双周跟踪报告只针对已签约（签约、政策兑现阶段）的项目` });
    }
    const now = deps.now();
    const anchorDay = trackingAnchorDay(await loadPipelineSettings(tx, deps.defaults));
    const current = periodContaining(chinaDay(now), anchorDay);
    const period = input.periodStart ? periodContaining(dayOfStored(input.periodStart), anchorDay) : current;
    if (period.start > current.start) {
      throw refuse({ code: "TRACKING_PERIOD_IN_FUTURE", message: `不能报送未来周期（${isoOfDay(period.start)}起）的跟踪报告` });
    }
    const periodStart = dateOfDay(period.start);
    if (await repo.findTrackingReport(tx, projectId, periodStart)) {
      throw refuse({ code: "TRACKING_REPORT_EXISTS", message: `${isoOfDay(period.start)}至${isoOfDay(period.end - 1)}的跟踪报告已报送` });
    }
    const { problems, periodStart: _given, ...fields } = input;
    const created = await repo.insertTrackingReport(
      tx,
      { ...fields, projectId, periodStart, submittedBy: actor.name, submittedAt: now },
      problems.map((p) => ({ projectId, text: p.text, assignedUnit: p.assignedUnit ?? null, assignedAt: p.assignedUnit ? now : null, createdAt: now })),
    );
    await recordAudit(tx, { action: "create", entityType: "TrackingReport", entityId: created.id, after: toTrackingReportView(created) });
    return created;
  });
  return toTrackingReportView(row);
}

export async function listTrackingReports(deps: PipelineDeps, q: TrackingReportsQuery): Promise<Page<ReturnType<typeof toTrackingReportView>>> {
  const { rows, total } = await repo.listTrackingReports(deps.db, q);
  return { items: rows.map(toTrackingReportView), total, limit: q.limit, offset: q.offset };
}

export async function listTrackingProblems(deps: PipelineDeps, q: ProblemsQuery): Promise<Page<ReturnType<typeof toProblemView>>> {
  const { rows, total } = await repo.listProblems(deps.db, q);
  return { items: rows.map(toProblemView), total, limit: q.limit, offset: q.offset };
}

async function loadOpenProblem(tx: Tx, id: number) {
  const problem = await repo.findProblem(tx, id);
  if (!problem) throw notFound("跟踪问题", id);
  await loadWritableProject(tx, problem.projectId);
  if (problem.closedAt) throw refuse({ code: "PROBLEM_CLOSED", message: "该问题已办结，不能再修改" });
  return problem;
}

/** Hands a problem to the unit responsible for solving it. */
export async function assignTrackingProblem(deps: PipelineDeps, id: number, assignedUnit: string) {
  const row = await pipelineWrite(deps, async (tx) => {
    const before = await loadOpenProblem(tx, id);
    const updated = await repo.updateProblemRow(tx, id, { assignedUnit, assignedAt: deps.now() });
    await recordAudit(tx, { action: "assign", entityType: "TrackingProblem", entityId: id, before: toProblemView(before), after: toProblemView(updated) });
    return updated;
  });
  return toProblemView(row);
}

export async function closeTrackingProblem(deps: PipelineDeps, id: number, resolution: string) {
  const actor = currentActor();
  const row = await pipelineWrite(deps, async (tx) => {
    const before = await loadOpenProblem(tx, id);
    const updated = await repo.updateProblemRow(tx, id, { closedAt: deps.now(), closedBy: actor.name, resolution });
    await recordAudit(tx, { action: "close", entityType: "TrackingProblem", entityId: id, before: toProblemView(before), after: toProblemView(updated) });
    return updated;
  });
  return toProblemView(row);
}
