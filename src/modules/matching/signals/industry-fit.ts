import type { MatchContext, MatchEnterprise, MatchProject } from "../types";
import { canonicalCodes, describeIndustryRelation, industryCodeSimilarity, type IndustryCodeSimilarity } from "./industry-code-similarity";
import { describeIndustry } from "./reason-format";
import { noData, round4, type SignalOutput } from "./signal-output";

/**
 * Inferred codes count, but less than confirmed ones: an inference at confidence 0.9 is still a guess
 * from text, so it is worth 0.85 × 0.9 of a confirmed code. Secondary (兼营) codes are real but are not
 * what the enterprise is mainly about.
 */
export const ENTERPRISE_KIND_WEIGHT = { primary: 1, secondary: 0.9, inferred: 0.85 } as const;
export const PROJECT_INFERRED_WEIGHT = 0.85;

interface WeightedCode {
  code: string;
  weight: number;
  describe: string;
}

function projectCodes(project: MatchProject): WeightedCode[] {
  const out: WeightedCode[] = [];
  for (const code of canonicalCodes(project.industryCodes)) out.push({ code, weight: 1, describe: "项目行业" });
  for (const code of canonicalCodes(project.preferredIndustries)) out.push({ code, weight: 1, describe: "项目优先行业" });
  for (const inferred of project.inferredIndustries) {
    const [code] = canonicalCodes([inferred.code]);
    if (!code || !(inferred.confidence > 0)) continue;
    const confidence = Math.min(1, inferred.confidence);
    out.push({ code, weight: PROJECT_INFERRED_WEIGHT * confidence, describe: `项目推断行业（置信度 ${confidence.toFixed(2)}）` });
  }
  return out;
}

function enterpriseCodes(enterprise: MatchEnterprise): WeightedCode[] {
  const out: WeightedCode[] = [];
  for (const industry of enterprise.industries) {
    const [code] = canonicalCodes([industry.code]);
    if (!code || !(industry.confidence > 0)) continue;
    const confidence = Math.min(1, industry.confidence);
    const kindWeight = ENTERPRISE_KIND_WEIGHT[industry.kind] ?? ENTERPRISE_KIND_WEIGHT.inferred;
    const describe =
      industry.kind === "primary" ? "企业主营行业" : industry.kind === "secondary" ? "企业兼营行业" : `企业推断行业（置信度 ${confidence.toFixed(2)}）`;
    out.push({ code, weight: kindWeight * confidence, describe });
  }
  return out;
}

/**
 * Industry fit on the GB/T 4754 hierarchy: the best pair of (project code, enterprise code), each pair
 * scored by `industryCodeSimilarity` and discounted by how sure each side's code is. The best single pair
 * rather than a sum, so the reason can name exactly which two codes matched.
 */
export function industryFit(project: MatchProject, enterprise: MatchEnterprise, ctx: MatchContext): SignalOutput {
  const fields = ["project.industryCodes", "project.preferredIndustries", "project.inferredIndustries", "enterprise.industries"];
  const projectSide = projectCodes(project);
  const enterpriseSide = enterpriseCodes(enterprise);
  if (projectSide.length === 0) return noData("项目没有行业代码（已确认、优先或推断），无法比较行业", fields);
  if (enterpriseSide.length === 0) return noData("企业没有行业代码（已确认或推断），无法比较行业", fields);

  let best: { value: number; p: WeightedCode; e: WeightedCode; similarity: IndustryCodeSimilarity } | null = null;
  for (const p of projectSide) {
    for (const e of enterpriseSide) {
      const similarity = industryCodeSimilarity(p.code, e.code);
      const value = similarity.score * p.weight * e.weight;
      // Ties keep the first pair: confirmed codes are listed before inferred ones on both sides.
      if (!best || value > best.value + 1e-12) best = { value, p, e, similarity };
    }
  }
  const { value, p, e, similarity } = best as NonNullable<typeof best>;
  if (value <= 0) {
    const eList = enterpriseSide.slice(0, 3).map((c) => describeIndustry(c.code, ctx)).join("、");
    const pList = projectSide.slice(0, 3).map((c) => describeIndustry(c.code, ctx)).join("、");
    return { value: 0, reason: `企业行业 ${eList} 与项目行业 ${pList} 不在同一门类`, fields };
  }
  const projectText = `${p.describe} ${describeIndustry(p.code, ctx)}`;
  const relationText =
    similarity.relation === "contained" ? `属于${projectText} 的范围` : `与${projectText} ${describeIndustryRelation(similarity)}`;
  return {
    value: round4(value),
    reason: `${e.describe} ${describeIndustry(e.code, ctx)} ${relationText}`,
    fields,
  };
}
