/**
 * Calendar days in the county's time (China, UTC+8 all year). Due dates, signing dates and tracking periods
 * are days, not instants: a deposit due on 3 March is overdue from 4 March, wherever the server runs. A day
 * is stored as UTC midnight of that date and handled here as a day number (days since 1970-01-01).
 */
const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
export const TRACKING_PERIOD_DAYS = 14;

export function chinaDay(instant: Date): number {
  return Math.floor((instant.getTime() + CHINA_OFFSET_MS) / DAY_MS);
}

/** The stored form of a day: UTC midnight of its date. */
export function dateOfDay(day: number): Date {
  return new Date(day * DAY_MS);
}

export function dayOfIso(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function isoOfDay(day: number): string {
  return dateOfDay(day).toISOString().slice(0, 10);
}

/** A stored day (UTC midnight) back to its day number. */
export function dayOfStored(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

/** The date a person meant, as a stored day: `2026-03-01` and `2026-03-01T00:00+08:00` are the same day. */
export function toCalendarDay(value: Date): Date {
  return dateOfDay(chinaDay(value));
}

export function chinaYear(instant: Date): number {
  return Number(isoOfDay(chinaDay(instant)).slice(0, 4));
}

/** Days a stored due day is behind `now` (0 or less: not overdue). */
export function daysPastDue(due: Date, now: Date): number {
  return chinaDay(now) - dayOfStored(due);
}

export interface Period {
  /** First day (day number). */
  start: number;
  /** The day after the last day. */
  end: number;
}

export function periodContaining(day: number, anchorDay: number): Period {
  const start = anchorDay + Math.floor((day - anchorDay) / TRACKING_PERIOD_DAYS) * TRACKING_PERIOD_DAYS;
  return { start, end: start + TRACKING_PERIOD_DAYS };
}

export function nextPeriod(p: Period): Period {
  return { start: p.end, end: p.end + TRACKING_PERIOD_DAYS };
}

/** Reporting starts with the first full period after signing (the one starting on or after that day). */
export function firstTrackedPeriod(signedDay: number, anchorDay: number): Period {
  const p = periodContaining(signedDay, anchorDay);
  return p.start < signedDay ? nextPeriod(p) : p;
}

/**
 * Periods of a signed project whose report is missing and overdue on `today`: every tracked period whose
 * end (plus the grace days) has passed.
 */
export function missingReportPeriods(opts: {
  signedDay: number;
  reportedStarts: ReadonlySet<number>;
  today: number;
  anchorDay: number;
  graceDays: number;
}): Period[] {
  const out: Period[] = [];
  for (let p = firstTrackedPeriod(opts.signedDay, opts.anchorDay); p.end + opts.graceDays <= opts.today; p = nextPeriod(p)) {
    if (!opts.reportedStarts.has(p.start)) out.push(p);
  }
  return out;
}

/** The instant a calendar day begins in China (for ranges over timestamps such as createdAt). */
export function startOfChinaDay(day: number): Date {
  return new Date(day * DAY_MS - CHINA_OFFSET_MS);
}
