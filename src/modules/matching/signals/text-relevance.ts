import type { MatchContext, MatchEnterprise, MatchProject } from "../types";
import { clamp01, noData, round4, type SignalOutput } from "./signal-output";

/**
 * The search engine's keyword relevance for the pair, already normalised to [0,1] by the engine layer.
 * Taken as is: re-shaping it here would hide what the engine said.
 */
export function textRelevance(_project: MatchProject, _enterprise: MatchEnterprise, ctx: MatchContext): SignalOutput {
  const fields = ["ctx.textScore"];
  const score = ctx.textScore;
  if (score === undefined || score === null || !Number.isFinite(score)) {
    return noData("检索引擎未给出该企业的关键词相关度", fields);
  }
  const value = round4(clamp01(score));
  return {
    value,
    reason: `检索引擎关键词相关度 ${value.toFixed(2)}（项目名称与目标企业描述，及项目所需产业链环节的用语，与企业名称、产品、主营业务、行业标签的关键词匹配）`,
    fields,
  };
}
