import type { MatchContext, MatchEnterprise, MatchProject } from "../types";
import { findGroupInMap, locateProjectOnChain } from "./chain-locator";
import { canonicalCodes, industryCodeSimilarity } from "./industry-code-similarity";
import { ageInMonths, halfLifeDecay } from "./recency";
import { formatMonth, quote } from "./reason-format";
import { noData, round4, type SignalOutput } from "./signal-output";

/**
 * Track record: the enterprise invested in similar projects before.
 *
 * Each signed project of our library counts with
 *   similarity = max(same industry group 0.7, best GB/T code similarity with the project), +0.15 when both hold;
 *                at least 0.25, because having signed anything with the county is a working relationship;
 *   recency    = 0.6 + 0.4 × 0.5^(age / 36 months)   (old deals still count, recent ones more)
 * An `investment` expansion signal whose text names the project's industry group or chain node words counts
 * as 0.5 × recency (investing elsewhere in the same line of business).
 * Items combine as noisy-OR. No data when there is neither a signed project nor such a signal.
 */
export const TRACK_SAME_GROUP = 0.7;
export const TRACK_BOTH_BONUS = 0.15;
export const TRACK_ANY_SIGNED = 0.25;
export const TRACK_SIGNAL_SIMILARITY = 0.5;
export const TRACK_HALF_LIFE_MONTHS = 36;

function recency(date: Date, now: Date): number {
  return 0.6 + 0.4 * halfLifeDecay(ageInMonths(date, now), TRACK_HALF_LIFE_MONTHS);
}

function projectKeywords(project: MatchProject, ctx: MatchContext): string[] {
  const group = findGroupInMap(ctx.chainMap, project.industryGroup);
  const words = [project.industryGroup];
  if (group) {
    for (const placement of locateProjectOnChain(project, group)) words.push(placement.node.name, ...placement.node.keywords);
  }
  return [...new Set(words.map((w) => w.trim()).filter((w) => w.length >= 2))];
}

export function trackRecord(project: MatchProject, enterprise: MatchEnterprise, ctx: MatchContext): SignalOutput {
  const fields = ["enterprise.trackRecord", "enterprise.signals", "project.industryGroup", "project.industryCodes"];
  const projectCodes = canonicalCodes([...project.industryCodes, ...project.preferredIndustries]);
  const items: { strength: number; text: string }[] = [];

  for (const record of enterprise.trackRecord) {
    const sameGroup = record.industryGroup === project.industryGroup;
    let codeSimilarity = 0;
    for (const pc of projectCodes) {
      for (const rc of canonicalCodes(record.industryCodes)) codeSimilarity = Math.max(codeSimilarity, industryCodeSimilarity(pc, rc).score);
    }
    let similarity = Math.max(sameGroup ? TRACK_SAME_GROUP : 0, codeSimilarity);
    if (sameGroup && codeSimilarity > 0) similarity = Math.min(1, similarity + TRACK_BOTH_BONUS);
    const basis = sameGroup ? "同产业组" : codeSimilarity >= 0.5 ? "行业相近" : codeSimilarity > 0 ? "行业略有相关" : "其他行业";
    similarity = Math.max(TRACK_ANY_SIGNED, similarity);
    items.push({
      strength: similarity * recency(record.signedAt, ctx.now),
      text: `${formatMonth(record.signedAt)} 签约本县项目「${record.projectName}」（${record.industryGroup}，${basis}）`,
    });
  }

  const investmentSignals = enterprise.signals.filter((s) => s.type === "investment");
  if (investmentSignals.length > 0) {
    const keywords = projectKeywords(project, ctx);
    for (const signal of investmentSignals) {
      const word = keywords.find((k) => signal.description.includes(k));
      if (!word) continue;
      items.push({
        strength: TRACK_SIGNAL_SIMILARITY * recency(signal.occurredAt, ctx.now),
        text: `${formatMonth(signal.occurredAt)} 对外投资${quote(signal.description, 30)}（涉及“${word}”，${signal.source}）`,
      });
    }
  }

  if (items.length === 0) return noData("没有企业在本县签约或同类投资的记录", fields);
  const value = 1 - items.reduce((acc, item) => acc * (1 - item.strength), 1);
  const listed = [...items].sort((a, b) => b.strength - a.strength || a.text.localeCompare(b.text)).slice(0, 3).map((i) => i.text);
  return { value: round4(value), reason: `投资履历 ${items.length} 项：${listed.join("；")}`, fields };
}
