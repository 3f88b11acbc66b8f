import type { MatchContext, MatchEnterprise, MatchProject, MatchSignalRecord } from "../types";
import { ageInMonths, halfLifeDecay } from "./recency";
import { formatMonth, quote } from "./reason-format";
import { noData, round4, type SignalOutput } from "./signal-output";

/**
 * Expansion signals, weighted by kind and recency.
 *
 * Each signal counts s = KIND_WEIGHT × 0.5^(age / 12 months) × PER_SIGNAL_CAP; signals combine as
 * noisy-OR, value = 1 − Π(1 − s). One fresh financing round gives 0.7, two fresh strong signals 0.91, a
 * two-year-old one 0.18: a company that raised money, bought land or added capacity recently is looking
 * for its next site now. Signals dated after the clock (announced plans) count as fresh.
 */
export const EXPANSION_HALF_LIFE_MONTHS = 12;
export const EXPANSION_PER_SIGNAL_CAP = 0.7;
export const EXPANSION_KIND_WEIGHT: Readonly<Record<string, number>> = {
  financing: 1,
  land: 1,
  capacity: 1,
  investment: 1,
  branch: 0.9,
  hiring: 0.6,
  other: 0.4,
};
export const EXPANSION_KIND_TEXT: Readonly<Record<string, string>> = {
  financing: "融资",
  land: "拿地",
  capacity: "扩产",
  investment: "对外投资",
  branch: "设立分支机构",
  hiring: "扩大招聘",
  other: "其他动态",
};

function kindWeight(type: string): number {
  return EXPANSION_KIND_WEIGHT[type] ?? EXPANSION_KIND_WEIGHT.other;
}

function describeAge(months: number): string {
  if (months < 1) return "1个月内";
  return `${Math.round(months)}个月前`;
}

export function expansionSignals(_project: MatchProject, enterprise: MatchEnterprise, ctx: MatchContext): SignalOutput {
  const fields = ["enterprise.signals"];
  const valid = enterprise.signals.filter((s) => s.occurredAt instanceof Date && Number.isFinite(s.occurredAt.getTime()));
  if (valid.length === 0) return noData("没有记录企业的扩张动态（融资、拿地、扩产、设分支机构等）", fields);

  const scored = valid.map((signal: MatchSignalRecord) => {
    const age = ageInMonths(signal.occurredAt, ctx.now);
    const strength = kindWeight(signal.type) * halfLifeDecay(age, EXPANSION_HALF_LIFE_MONTHS) * EXPANSION_PER_SIGNAL_CAP;
    return { signal, age, strength };
  });
  const miss = scored.reduce((acc, s) => acc * (1 - s.strength), 1);
  const top = [...scored]
    .sort((a, b) => b.strength - a.strength || a.signal.occurredAt.getTime() - b.signal.occurredAt.getTime())
    .slice(0, 3)
    .map(({ signal, age }) => `${formatMonth(signal.occurredAt)} ${EXPANSION_KIND_TEXT[signal.type] ?? signal.type}${quote(signal.description, 30)}（${signal.source}，${describeAge(age)}）`);
  return {
    value: round4(1 - miss),
    reason: `扩张动态 ${valid.length} 条，按时间衰减（半衰期 ${EXPANSION_HALF_LIFE_MONTHS} 个月）计：${top.join("；")}`,
    fields,
  };
}
