import type { EnterpriseRow } from "../enterprises";
import type { ProjectRow } from "../projects";
import type { IndustryInferrer } from "./inference";
import type { MatchEnterprise, MatchProject } from "./types";

/** A project row as the scorer sees it; codes inferred from its text are kept apart from confirmed ones. */
export function toMatchProject(row: ProjectRow, inferrer: IndustryInferrer): MatchProject {
  const confirmed = row.industries.map((i) => i.code);
  const inferred = inferrer
    .inferProjectIndustryCodes({
      name: row.name,
      description: row.description,
      constructionContent: row.constructionContent,
      targetProfile: row.targetProfile,
      industryGroup: row.industryGroupName,
    })
    .filter((i) => !confirmed.includes(i.code))
    .map((i) => ({ code: i.code, confidence: i.confidence }));
  return {
    id: row.id,
    name: row.name,
    industryGroup: row.industryGroupName,
    industryCodes: confirmed,
    inferredIndustries: inferred,
    description: row.description,
    constructionContent: row.constructionContent,
    targetProfile: row.targetProfile,
    totalInvestment: row.totalInvestment,
    preferredIndustries: row.preferredIndustries as string[],
    // Stored as 6-digit codes (520000); the scorer compares prefixes (52).
    preferredRegions: (row.preferredRegions as string[]).map((c) => c.replace(/(00)+$/, "")),
    minInvestorCapital: row.minInvestorCapital,
    countyCode: row.countyCode,
  };
}

export function toMatchEnterprise(row: EnterpriseRow): MatchEnterprise {
  return {
    id: row.id,
    name: row.name,
    industries: row.industries.map((i) => ({ code: i.code, kind: i.kind as "primary" | "secondary" | "inferred", confidence: i.confidence })),
    industryLabels: row.industryLabels as string[],
    products: row.products as { name: string; share?: number }[],
    mainBusiness: row.mainBusiness ?? "",
    provinceCode: row.provinceCode,
    cityCode: row.cityCode,
    countyCode: row.countyCode,
    registeredCapital: row.registeredCapital,
    revenue: row.revenue,
    employees: row.employees,
    listingStatus: row.listingStatus as MatchEnterprise["listingStatus"],
    operatingStatus: row.operatingStatus,
    foundedAt: row.foundedAt,
    signals: row.signals.map((s) => ({ type: s.type, occurredAt: s.occurredAt, description: s.description, source: s.source })),
    referrerChamber: row.referrerChamber?.name ?? null,
    // Projects of our library this enterprise signed as investor (the pipeline links them from 洽谈 on).
    trackRecord: row.investedProjects.map((p) => ({
      projectId: p.id,
      projectName: p.name,
      industryGroup: p.industryGroupName,
      industryCodes: p.industries.map((i) => i.code),
      signedAt: p.stageChanges[0]?.at ?? p.updatedAt,
    })),
  };
}

/**
 * Words every project text has (place, paperwork, investor boilerplate). The keyword planner prefers rare
 * terms, and a county or township name is rare among enterprises, so left in it would pull local companies
 * of any trade to the top; these carry no information about the business sought.
 */
export const PROJECT_BOILERPLATE =
  /(项目|建设|新建|扩建|改造|基地|园区|产业园|年产|规模|总投资|亿元|万元|万吨|万套|万台|万件|亩|寻求|具有|具备|相关|经验|实力|企业|公司|以上|投资|合作|引进|配套|县域|\d+(\.\d+)?)/g;

/**
 * Clauses of a target-investor text that state conditions rather than the trade sought: scale (年营收1亿元以上,
 * 一定经营规模), cooperation (可接受合资合作或分期建设), origin (优先考虑成渝地区及长三角), who is welcome
 * (欢迎上市公司、行业龙头企业), certification (通过IATF 16949质量体系认证, 列入农机购置补贴目录). Their words
 * are rare among enterprises (分期, 年营收), so as queries they find companies that happen to say them.
 */
const TARGET_CONDITION_CLAUSE =
  /(营收|营业收入|产值|经营规模|注册资本|纳税|可接受|合资|独资|分期|优先|欢迎|地区|长三角|珠三角|京津冀|粤港澳|成渝|省内|布局|产业转移|上市公司|龙头|质量体系|补贴目录|通过)/;
/** Credentials and qualifiers inside a trade clause (中药饮片生产许可证, 拖拉机生产资质): the trade is what is left. */
const TARGET_QUALIFIERS =
  /(许可证|许可|资质|证书|认证|注册|备案|名录|名单|规范条件|准入条件|批文|独家品种|同等能力|能力|经验|背景|稳定的|稳定|成熟的|成熟|完善|客户|经销渠道|销售网络|渠道|出口|防疫|自有品牌|知名品牌|品牌|供应商|体系|主流|头部|下游|上游|购销关系|订单收购|全国性|全国|规模化|量产|技术|已进入|进入|列入|拥有|团队|运营过|\d*A级)/g;

/** The trade clauses of a target-investor text, conditions dropped and qualifiers stripped (see above). */
export function targetTradeClauses(targetProfile: string): string[] {
  return targetProfile
    .split(/[，,；;。、\n]+/)
    .filter((clause) => !TARGET_CONDITION_CLAUSE.test(clause))
    .map((clause) =>
      clause
        .replace(TARGET_QUALIFIERS, " ")
        .replace(/^\s*(寻求)?\s*(具有|具备|有)/, "")
        .replace(/\s*的?\s*(企业|公司)?\s*$/, "")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((clause) => clause.length > 0);
}

/** The project as a retrieval query: what is built and who we look for, without place names and boilerplate. */
export function projectQueryText(p: MatchProject, placeNames: readonly string[] = []): string {
  // Construction details (焊接, 仓库, 停车场) are rare words that say little about the investor sought.
  let text = [p.name, ...targetTradeClauses(p.targetProfile ?? "")].filter(Boolean).join(" ");
  for (const place of placeNames) if (place) text = text.split(place).join(" ");
  return text.replace(PROJECT_BOILERPLATE, " ").replace(/\s+/g, " ").trim().slice(0, 300);
}

export function enterpriseQueryText(e: MatchEnterprise): string {
  return [e.name, e.products.map((p) => p.name).join(" "), e.mainBusiness, e.industryLabels.join(" ")]
    .filter(Boolean)
    .join(" ")
    .slice(0, 600);
}
