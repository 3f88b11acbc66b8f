import { normalizeIndustryCode } from "../../industries/reference-data";
import { industryCodeWithin } from "../signals/industry-code-similarity";
import { describeIndustry } from "../signals/reason-format";
import type { EntityId, MatchEnterprise, MatchProject } from "../types";

export interface NegativeListEntry {
  /** GB/T code prefix on the county's negative list (section letter or 2-4 digits). */
  code: string;
  reason: string;
}

export interface UnsuitableMark {
  enterpriseId: EntityId;
  projectId: EntityId;
  reason: string;
  /** Who marked it (analyst name or account). */
  by: string;
}

export interface GateOptions {
  negativeList: readonly NegativeListEntry[];
  unsuitable: readonly UnsuitableMark[];
  /** Names for codes in reasons (the full table lives in the DB). */
  industryName?: (code: string) => string | null | undefined;
}

export type GateResult = { excluded: false } | { excluded: true; reasons: string[] };

/**
 * Inferred codes exclude only when the inference is this sure: hiding a company because of a wrong guess
 * is worse than showing one the analyst then dismisses.
 */
export const NEGATIVE_LIST_INFERRED_MIN_CONFIDENCE = 0.8;

/** Operating states that end an enterprise's life; checked in this order so "吊销，未注销" reads as 吊销. */
const CLOSED_STATES: readonly { word: string; reason: string }[] = [
  { word: "吊销", reason: "营业执照已被吊销" },
  { word: "撤销", reason: "企业登记已被撤销" },
  { word: "注销", reason: "企业已注销登记，不再存续" },
  { word: "清算", reason: "企业正在清算" },
];

function closedStateReason(status: string): string | null {
  const text = status.replace(/未注销/g, "");
  const state = CLOSED_STATES.find((s) => text.includes(s.word));
  return state ? `经营状态为“${status}”：${state.reason}` : null;
}

/**
 * Hard gates: an excluded enterprise is not scored at all, and every reason that applies is returned, so
 * the UI can say why a company is missing from the list.
 */
export function gateEnterprise(enterprise: MatchEnterprise, project: MatchProject, options: GateOptions): GateResult {
  const reasons: string[] = [];
  const closed = closedStateReason(enterprise.operatingStatus ?? "");
  if (closed) reasons.push(closed);
  if (enterprise.listingStatus === "delisted") reasons.push("企业已退市，不作为招商对象");

  for (const entry of options.negativeList) {
    const prefix = normalizeIndustryCode(entry.code);
    if (!prefix) continue;
    const hit = enterprise.industries.find(
      (i) =>
        (i.kind !== "inferred" || i.confidence >= NEGATIVE_LIST_INFERRED_MIN_CONFIDENCE) &&
        normalizeIndustryCode(i.code) !== null &&
        industryCodeWithin(normalizeIndustryCode(i.code) as string, prefix),
    );
    if (!hit) continue;
    const code = normalizeIndustryCode(hit.code) as string;
    const which = hit.kind === "inferred" ? `企业推断行业（置信度 ${hit.confidence.toFixed(2)}）` : "企业行业";
    reasons.push(`${which} ${describeIndustry(code, options)} 属于本县产业负面清单「${describeIndustry(prefix, options)}」：${entry.reason}`);
  }

  for (const mark of options.unsuitable) {
    if (String(mark.enterpriseId) === String(enterprise.id) && String(mark.projectId) === String(project.id)) {
      reasons.push(`分析员 ${mark.by} 已标记该企业不适合本项目：${mark.reason}`);
    }
  }
  return reasons.length > 0 ? { excluded: true, reasons } : { excluded: false };
}
