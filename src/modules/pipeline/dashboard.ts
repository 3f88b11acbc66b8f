import { loadAlerts } from "./alert-service";
import { chinaDay, chinaYear, dateOfDay, dayOfIso, dayOfStored, isoOfDay, startOfChinaDay } from "./calendar";
import type { PipelineDeps } from "./deps";
import { leadConversion, type LeadConversion } from "./lead-conversion";
import * as repo from "./repository";
import type { DashboardQuery } from "./schemas";
import { ALL_STAGES, SIGNED_STAGES, TERMINATED, type Stage } from "./stage-machine";
import type { Alert } from "./alerts";

const round2 = (n: number) => Math.round(n * 100) / 100;
const sumInvestment = (values: (number | null | undefined)[]) => round2(values.reduce<number>((s, v) => s + (v ?? 0), 0));

export interface FlowFigure {
  projects: number;
  /** 万元 */
  investment: number;
}

export interface Dashboard {
  year: number;
  quarter: number | null;
  /** The period the year figures cover (calendar days, inclusive). */
  range: { from: string; to: string };
  asOf: string;
  totals: { projects: number; investment: number; active: number; signed: number; terminated: number; relaunched: number };
  byStage: ({ stage: Stage } & FlowFigure)[];
  byGroup: ({ group: string; stages: Record<Stage, number> } & FlowFigure)[];
  yearFlow: {
    /** Projects entered in the library in the period (新增策划). */
    planned: FlowFigure;
    /** Projects that entered 签约 in the period; investment = committed investment (协议投资额), else total investment. */
    signed: FlowFigure;
    /** Projects whose 开工 milestone was done in the period. */
    started: FlowFigure;
    byMonth: { month: number; planned: number; signed: number; started: number }[];
  };
  overdue: {
    deposits: { count: number; amount: number };
    milestones: { count: number };
    commitments: { count: number };
    reports: { count: number; projects: number };
  };
  leadConversion: LeadConversion;
}

/** The figures plus the rows behind them, for the XLSX report. */
export interface DashboardReport {
  dashboard: Dashboard;
  alerts: Alert[];
  projects: (repo.ProjectBrief & { committedInvestment: number | null; signedAt: string | null })[];
}

/** Days [from, to) of the year, or of the year up to the end of the quarter (quarterly reports are cumulative). */
function periodOf(year: number, quarter: number | undefined) {
  const from = dayOfIso(`${year}-01-01`);
  const endMonth = quarter ? quarter * 3 : 12;
  const to = endMonth === 12 ? dayOfIso(`${year + 1}-01-01`) : dayOfIso(`${year}-${String(endMonth + 1).padStart(2, "0")}-01`);
  return { from, to, months: endMonth };
}

const monthOfDay = (day: number) => Number(isoOfDay(day).slice(5, 7));

function distinctByProject<T extends { projectId: number; day: number }>(events: T[]): T[] {
  const seen = new Set<number>();
  return events.filter((e) => (seen.has(e.projectId) ? false : (seen.add(e.projectId), true)));
}

export async function buildDashboard(deps: PipelineDeps, q: DashboardQuery): Promise<Dashboard> {
  return (await buildDashboardReport(deps, q)).dashboard;
}

export async function buildDashboardReport(deps: PipelineDeps, q: DashboardQuery): Promise<DashboardReport> {
  const now = deps.now();
  const year = q.year ?? chinaYear(now);
  const period = periodOf(year, q.quarter);
  const instants = { from: startOfChinaDay(period.from), to: startOfChinaDay(period.to) };

  const projects = await repo.listLiveProjects(deps.db);
  const ids = projects.map((p) => p.id);
  const [groups, agreements, signings, starts, { alerts }] = await Promise.all([
    repo.industryGroupNames(deps.db),
    repo.latestAgreementsOf(deps.db, ids),
    repo.stageEntriesBetween(deps.db, "签约", instants.from, instants.to),
    repo.milestonesDoneBetween(deps.db, "开工", dateOfDay(period.from), dateOfDay(period.to)),
    loadAlerts(deps),
  ]);
  const latestAgreement = new Map(agreements.map((a) => [a.projectId, a]));
  const byId = new Map(projects.map((p) => [p.id, p]));
  const committedOr = (projectId: number) => latestAgreement.get(projectId)?.committedInvestment ?? byId.get(projectId)?.totalInvestment ?? 0;

  const byStage = ALL_STAGES.map((stage) => {
    const rows = projects.filter((p) => p.stage === stage);
    return { stage, projects: rows.length, investment: sumInvestment(rows.map((p) => p.totalInvestment)) };
  });
  const groupNames = [...groups, ...new Set(projects.map((p) => p.industryGroupName).filter((g) => !groups.includes(g)))];
  const byGroup = groupNames.map((group) => {
    const rows = projects.filter((p) => p.industryGroupName === group);
    const stages = Object.fromEntries(ALL_STAGES.map((s) => [s, rows.filter((p) => p.stage === s).length])) as Record<Stage, number>;
    return { group, projects: rows.length, investment: sumInvestment(rows.map((p) => p.totalInvestment)), stages };
  });

  const planned = projects
    .filter((p) => p.createdAt >= instants.from && p.createdAt < instants.to)
    .map((p) => ({ projectId: p.id, day: chinaDay(p.createdAt) }));
  const signed = distinctByProject(signings.map((s) => ({ projectId: s.projectId, day: chinaDay(s.appliedAt as Date) })));
  const started = distinctByProject(starts.map((m) => ({ projectId: m.agreement.projectId, day: dayOfStored(m.doneAt as Date) })));
  const byMonth = Array.from({ length: period.months }, (_, i) => ({
    month: i + 1,
    planned: planned.filter((e) => monthOfDay(e.day) === i + 1).length,
    signed: signed.filter((e) => monthOfDay(e.day) === i + 1).length,
    started: started.filter((e) => monthOfDay(e.day) === i + 1).length,
  }));

  const deposits = alerts.filter((a) => a.kind === "deposit_overdue");
  const reports = alerts.filter((a) => a.kind === "report_overdue");
  const dashboard: Dashboard = {
    year,
    quarter: q.quarter ?? null,
    range: { from: isoOfDay(period.from), to: isoOfDay(period.to - 1) },
    asOf: now.toISOString(),
    totals: {
      projects: projects.length,
      investment: sumInvestment(projects.map((p) => p.totalInvestment)),
      active: projects.filter((p) => p.stage !== TERMINATED).length,
      signed: projects.filter((p) => SIGNED_STAGES.has(p.stage as Stage)).length,
      terminated: projects.filter((p) => p.stage === TERMINATED).length,
      relaunched: projects.filter((p) => p.relaunchedFromId != null).length,
    },
    byStage,
    byGroup,
    yearFlow: {
      planned: { projects: planned.length, investment: sumInvestment(planned.map((e) => byId.get(e.projectId)?.totalInvestment)) },
      signed: { projects: signed.length, investment: sumInvestment(signed.map((e) => committedOr(e.projectId))) },
      started: { projects: started.length, investment: sumInvestment(started.map((e) => committedOr(e.projectId))) },
      byMonth,
    },
    overdue: {
      deposits: { count: deposits.length, amount: sumInvestment(deposits.map((a) => a.amount)) },
      milestones: { count: alerts.filter((a) => a.kind === "milestone_overdue").length },
      commitments: { count: alerts.filter((a) => a.kind === "commitment_overdue").length },
      reports: { count: reports.length, projects: new Set(reports.map((a) => a.projectId)).size },
    },
    leadConversion: await leadConversion(deps.db, projects, instants),
  };
  return {
    dashboard,
    alerts,
    projects: projects.map((p) => {
      const a = latestAgreement.get(p.id);
      return { ...p, committedInvestment: a?.committedInvestment ?? null, signedAt: a?.signedAt ? isoOfDay(dayOfStored(a.signedAt)) : null };
    }),
  };
}
