import { computeAlerts, type Alert, type AlertKind, type TrackedProjectFacts } from "./alerts";
import { chinaDay, dayOfStored } from "./calendar";
import type { PipelineDeps } from "./deps";
import { loadPipelineSettings, trackingAnchorDay } from "./pipeline-settings";
import * as repo from "./repository";
import { SIGNED_STAGES, TERMINATED, type Stage } from "./stage-machine";

export interface AlertFilter {
  projectId?: number;
  industryGroups?: string[];
  kinds?: AlertKind[];
}

/** When each signed project's tracking starts: the day it entered 签约, else its agreement's signing day. */
async function trackedProjects(deps: PipelineDeps, projects: repo.ProjectBrief[], agreements: Awaited<ReturnType<typeof repo.activeAgreementsOf>>): Promise<TrackedProjectFacts[]> {
  const signed = projects.filter((p) => SIGNED_STAGES.has(p.stage as Stage)).map((p) => p.id);
  if (!signed.length) return [];
  const [signings, reports] = await Promise.all([repo.lastSigningTimes(deps.db, signed), repo.reportStartsOf(deps.db, signed)]);
  const agreementSigned = new Map(agreements.filter((a) => a.signedAt).map((a) => [a.projectId, a.signedAt as Date]));
  const starts = new Map<number, Set<number>>();
  for (const r of reports) {
    if (!starts.has(r.projectId)) starts.set(r.projectId, new Set());
    starts.get(r.projectId)!.add(dayOfStored(r.periodStart));
  }
  const out: TrackedProjectFacts[] = [];
  for (const id of signed) {
    const entered = signings.get(id);
    const day = entered ? chinaDay(entered) : agreementSigned.has(id) ? dayOfStored(agreementSigned.get(id)!) : null;
    // A project put into 签约 without history or agreement (old data) has no known start: not tracked.
    if (day !== null) out.push({ projectId: id, signedDay: day, reportedStarts: starts.get(id) ?? new Set() });
  }
  return out;
}

/** Everything overdue right now (by the injected clock) for live, not terminated projects. */
export async function loadAlerts(deps: PipelineDeps, filter: AlertFilter = {}): Promise<{ alerts: Alert[]; tracked: TrackedProjectFacts[]; anchorDay: number; graceDays: number }> {
  const settings = await loadPipelineSettings(deps.db, deps.defaults);
  const projects = (await repo.listLiveProjects(deps.db, { projectId: filter.projectId, industryGroups: filter.industryGroups })).filter((p) => p.stage !== TERMINATED);
  const agreements = await repo.activeAgreementsOf(deps.db, projects.map((p) => p.id));
  const tracked = await trackedProjects(deps, projects, agreements);
  const anchorDay = trackingAnchorDay(settings);
  const graceDays = settings.trackingGraceDays;
  const alerts = computeAlerts({ projects: new Map(projects.map((p) => [p.id, p])), agreements, tracked, tracking: { anchorDay, graceDays } }, deps.now());
  return { alerts: filter.kinds?.length ? alerts.filter((a) => filter.kinds!.includes(a.kind)) : alerts, tracked, anchorDay, graceDays };
}
