import { LEAD_STATUSES, type LeadStatus } from "./schemas";

/**
 * Response times per chamber: received → first review (any analyst action on the lead), against the
 * county's deadline. A lead still waiting past the deadline is overdue; one reviewed after it was late.
 */

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export interface LeadTiming {
  id: number;
  companyName: string;
  status: string;
  createdAt: Date;
  firstReviewedAt: Date | null;
  chamberId: number;
  chamberName: string;
}

export function dueAt(createdAt: Date, deadlineDays: number): Date {
  return new Date(createdAt.getTime() + deadlineDays * DAY_MS);
}

export function isOverdue(lead: { createdAt: Date; firstReviewedAt: Date | null }, deadlineDays: number, now: Date): boolean {
  return lead.firstReviewedAt === null && dueAt(lead.createdAt, deadlineDays) < now;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  // Nearest-rank: the smallest value with at least p% of the values at or below it.
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.max(0, rank - 1)];
}

export interface ResponseFigures {
  submitted: number;
  reviewed: number;
  awaitingReview: number;
  overdue: number;
  /** Reviewed, but after the deadline. */
  reviewedLate: number;
  /** Share of reviewed leads answered within the deadline, 0–1 (null when none reviewed yet). */
  withinDeadlineRate: number | null;
  responseHours: { mean: number; median: number; p90: number; max: number } | null;
  byStatus: Record<LeadStatus, number>;
}

function figures(rows: LeadTiming[], deadlineDays: number, now: Date): ResponseFigures {
  const hours = rows
    .filter((r) => r.firstReviewedAt)
    .map((r) => ((r.firstReviewedAt as Date).getTime() - r.createdAt.getTime()) / HOUR_MS)
    .sort((a, b) => a - b);
  const deadlineHours = deadlineDays * 24;
  const reviewedLate = hours.filter((h) => h > deadlineHours).length;
  const byStatus = Object.fromEntries(LEAD_STATUSES.map((s) => [s, 0])) as Record<LeadStatus, number>;
  for (const r of rows) if (r.status in byStatus) byStatus[r.status as LeadStatus]++;
  return {
    submitted: rows.length,
    reviewed: hours.length,
    awaitingReview: rows.length - hours.length,
    overdue: rows.filter((r) => isOverdue(r, deadlineDays, now)).length,
    reviewedLate,
    withinDeadlineRate: hours.length ? Math.round(((hours.length - reviewedLate) / hours.length) * 1000) / 1000 : null,
    responseHours: hours.length
      ? {
          mean: round1(hours.reduce((a, b) => a + b, 0) / hours.length),
          median: round1(percentile(hours, 50)),
          p90: round1(percentile(hours, 90)),
          max: round1(hours[hours.length - 1]),
        }
      : null,
    byStatus,
  };
}

export function computeResponseStats(rows: LeadTiming[], deadlineDays: number, now: Date) {
  const byChamber = new Map<number, LeadTiming[]>();
  for (const r of rows) byChamber.set(r.chamberId, [...(byChamber.get(r.chamberId) ?? []), r]);
  const chambers = [...byChamber.entries()]
    .map(([chamberId, list]) => ({ chamberId, chamberName: list[0].chamberName, ...figures(list, deadlineDays, now) }))
    // Chambers with overdue leads first: that is what the admin has to chase.
    .sort((a, b) => b.overdue - a.overdue || b.submitted - a.submitted || a.chamberId - b.chamberId);
  const overdueLeads = rows
    .filter((r) => isOverdue(r, deadlineDays, now))
    .map((r) => ({
      id: r.id,
      chamberId: r.chamberId,
      chamberName: r.chamberName,
      companyName: r.companyName,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
      dueAt: dueAt(r.createdAt, deadlineDays).toISOString(),
      waitingDays: round1((now.getTime() - r.createdAt.getTime()) / DAY_MS),
    }));
  return { deadlineDays, generatedAt: now.toISOString(), overall: figures(rows, deadlineDays, now), chambers, overdueLeads };
}
export type ResponseStats = ReturnType<typeof computeResponseStats>;
