/** Average month length, so ages read in months without calendar arithmetic. */
const MS_PER_MONTH = (365.25 / 12) * 24 * 60 * 60 * 1000;

/** Whole months between an event and the clock; events dated after the clock count as age 0 (announced plans). */
export function ageInMonths(occurredAt: Date, now: Date): number {
  return Math.max(0, (now.getTime() - occurredAt.getTime()) / MS_PER_MONTH);
}

/** Exponential decay: 1 now, 0.5 after one half-life. */
export function halfLifeDecay(ageMonths: number, halfLifeMonths: number): number {
  return Math.pow(0.5, ageMonths / halfLifeMonths);
}
