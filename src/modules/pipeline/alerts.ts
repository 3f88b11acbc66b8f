import { chinaDay, dayOfStored, daysPastDue, isoOfDay, missingReportPeriods } from "./calendar";

/**
 * Alerts are computed when read, from the agreements, milestones, commitments and reports and an injected
 * `now`: they follow every payment, completion and report at once, need no scheduler, and a test moves the
 * clock instead of waiting. Nothing is stored, so nothing can go stale.
 */
export const ALERT_KINDS = ["deposit_overdue", "milestone_overdue", "commitment_overdue", "report_overdue"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const ALERT_LABELS: Record<AlertKind, string> = {
  deposit_overdue: "保证金逾期",
  milestone_overdue: "履约节点逾期",
  commitment_overdue: "政策兑现逾期",
  report_overdue: "跟踪报告逾期",
};

export interface Alert {
  kind: AlertKind;
  label: string;
  projectId: number;
  projectCode: string;
  projectName: string;
  industryGroup: string;
  agreementId: number | null;
  /** The milestone or commitment concerned. */
  itemId: number | null;
  /** First day of the tracking period (report alerts). */
  periodStart: string | null;
  dueDate: string;
  daysOverdue: number;
  /** 万元 (deposit alerts). */
  amount: number | null;
  message: string;
}

export interface AlertProject {
  id: number;
  code: string;
  name: string;
  industryGroupName: string;
}

export interface ActiveAgreementFacts {
  id: number;
  projectId: number;
  depositAmount: number | null;
  depositDueDate: Date | null;
  depositPaidAt: Date | null;
  milestones: { id: number; kind: string; dueDate: Date; doneAt: Date | null }[];
  commitments: { id: number; policyItem: string; dueDate: Date | null; deliveredAt: Date | null }[];
}

export interface TrackedProjectFacts {
  projectId: number;
  /** Day the project entered 签约. */
  signedDay: number;
  reportedStarts: ReadonlySet<number>;
}

export interface AlertInputs {
  projects: ReadonlyMap<number, AlertProject>;
  agreements: readonly ActiveAgreementFacts[];
  tracked: readonly TrackedProjectFacts[];
  tracking: { anchorDay: number; graceDays: number };
}

export function computeAlerts(inputs: AlertInputs, now: Date): Alert[] {
  const out: Alert[] = [];
  const add = (kind: AlertKind, projectId: number, rest: Omit<Alert, "kind" | "label" | "projectId" | "projectCode" | "projectName" | "industryGroup" | "message">, describe: (name: string) => string) => {
    const p = inputs.projects.get(projectId);
    if (!p) return;
    out.push({
      kind, label: ALERT_LABELS[kind], projectId, projectCode: p.code, projectName: p.name, industryGroup: p.industryGroupName,
      ...rest, message: `「${p.name}」${describe(p.name)}，已逾期 ${rest.daysOverdue} 天`,
    });
  };
  for (const a of inputs.agreements) {
    if (a.depositAmount && a.depositDueDate && !a.depositPaidAt) {
      const days = daysPastDue(a.depositDueDate, now);
      const due = isoOfDay(dayOfStored(a.depositDueDate));
      if (days > 0) {
        add("deposit_overdue", a.projectId, { agreementId: a.id, itemId: null, periodStart: null, dueDate: due, daysOverdue: days, amount: a.depositAmount },
          () => `履约保证金 ${a.depositAmount} 万元应于 ${due} 前缴纳`);
      }
    }
    for (const m of a.milestones) {
      const days = daysPastDue(m.dueDate, now);
      const due = isoOfDay(dayOfStored(m.dueDate));
      if (!m.doneAt && days > 0) {
        add("milestone_overdue", a.projectId, { agreementId: a.id, itemId: m.id, periodStart: null, dueDate: due, daysOverdue: days, amount: null },
          () => `「${m.kind}」节点应于 ${due} 前完成`);
      }
    }
    for (const c of a.commitments) {
      if (!c.dueDate || c.deliveredAt) continue;
      const days = daysPastDue(c.dueDate, now);
      const due = isoOfDay(dayOfStored(c.dueDate));
      if (days > 0) {
        add("commitment_overdue", a.projectId, { agreementId: a.id, itemId: c.id, periodStart: null, dueDate: due, daysOverdue: days, amount: null },
          () => `政策兑现事项「${c.policyItem}」应于 ${due} 前兑现`);
      }
    }
  }
  const today = chinaDay(now);
  const { anchorDay, graceDays } = inputs.tracking;
  for (const t of inputs.tracked) {
    for (const period of missingReportPeriods({ signedDay: t.signedDay, reportedStarts: t.reportedStarts, today, anchorDay, graceDays })) {
      const dueDay = period.end - 1 + graceDays;
      const range = `${isoOfDay(period.start)}至${isoOfDay(period.end - 1)}`;
      add("report_overdue", t.projectId, {
        agreementId: null, itemId: null, periodStart: isoOfDay(period.start), dueDate: isoOfDay(dueDay), daysOverdue: today - dueDay, amount: null,
      }, () => `${range}的双周跟踪报告未报送`);
    }
  }
  return out.sort((a, b) => b.daysOverdue - a.daysOverdue || a.projectId - b.projectId || a.kind.localeCompare(b.kind) || (a.itemId ?? 0) - (b.itemId ?? 0));
}
