import type { Refusal } from "./pipeline-refusal";

/** The standard process of a project after a match, and 终止 (terminated) as the one final stage. */
export const STAGE_FLOW = ["策划", "发布", "考察", "洽谈", "评审", "协议起草", "签约", "政策兑现"] as const;
export const TERMINATED = "终止" as const;
export const ALL_STAGES = [...STAGE_FLOW, TERMINATED] as const;
export type Stage = (typeof ALL_STAGES)[number];

/**
 * Allowed transitions. Forward one step at a time; three steps back (unpublish to revise, a committee or a
 * draft sending the project back to negotiation); 终止 from every stage but itself. 政策兑现 is the last
 * step of the process but not final: an investor can still default on a milestone then.
 */
export const TRANSITIONS: Readonly<Record<Stage, readonly Stage[]>> = Object.freeze({
  策划: ["发布", TERMINATED],
  发布: ["考察", "策划", TERMINATED],
  考察: ["洽谈", TERMINATED],
  洽谈: ["评审", TERMINATED],
  评审: ["协议起草", "洽谈", TERMINATED],
  协议起草: ["签约", "洽谈", TERMINATED],
  签约: ["政策兑现", TERMINATED],
  政策兑现: [TERMINATED],
  终止: [],
});

/** Entering these stages needs the approval of a group lead of the project's industry group. */
export const STAGES_NEEDING_APPROVAL: ReadonlySet<Stage> = new Set<Stage>(["评审", "签约"]);

/** From 洽谈 on the project is linked to its investor enterprise. */
export const STAGES_WITH_INVESTOR: ReadonlySet<Stage> = new Set<Stage>(["洽谈", "评审", "协议起草", "签约", "政策兑现"]);

/** Signed projects: an agreement in force, tracked every two weeks. */
export const SIGNED_STAGES: ReadonlySet<Stage> = new Set<Stage>(["签约", "政策兑现"]);

export function isStage(value: string): value is Stage {
  return (ALL_STAGES as readonly string[]).includes(value);
}

export function needsApproval(to: Stage): boolean {
  return STAGES_NEEDING_APPROVAL.has(to);
}

/** What the rules look at when a project is to change stage. */
export interface TransitionFacts {
  from: Stage;
  to: Stage;
  investorLinked: boolean;
  /** Result of the latest pre-introduction assessment, null when there is none. */
  latestAssessment: "passed" | "failed" | "conditional" | null;
  /** A 县政府常务会 / 县委常委会 approval is recorded. */
  hasMeetingApproval: boolean;
  /** An agreement that is not terminated. */
  hasActiveAgreement: boolean;
  note: string;
}

const ASSESSMENT_LABEL = { passed: "通过", failed: "未通过", conditional: "有条件通过" } as const;

/** Every reason the transition is refused (empty = allowed). The structural refusal comes alone. */
export function transitionRefusals(f: TransitionFacts): Refusal[] {
  if (f.from === TERMINATED) {
    return [{ code: "STAGE_FINAL", message: "项目已终止，不能再变更阶段；如需重新招商，请使用其二次招商项目" }];
  }
  if (f.from === f.to) return [{ code: "STAGE_UNCHANGED", message: `项目已处于「${f.to}」阶段` }];
  const allowed = TRANSITIONS[f.from];
  if (!allowed.includes(f.to)) {
    return [{
      code: "STAGE_TRANSITION_NOT_ALLOWED",
      message: `不允许从「${f.from}」进入「${f.to}」，可进入：${allowed.join("、")}`,
    }];
  }
  const out: Refusal[] = [];
  if (f.to === TERMINATED && !f.note.trim()) {
    out.push({ code: "TERMINATION_REASON_REQUIRED", message: "终止项目须填写终止原因" });
  }
  if (STAGES_WITH_INVESTOR.has(f.to) && !f.investorLinked) {
    out.push({ code: "INVESTOR_REQUIRED", message: `项目进入「${f.to}」阶段前须关联投资企业（自「洽谈」起必须关联）` });
  }
  if (f.to === "签约") {
    if (f.latestAssessment !== "passed") {
      const state = f.latestAssessment ? `最近一次评估结果为「${ASSESSMENT_LABEL[f.latestAssessment]}」` : "尚未进行事前评估";
      out.push({ code: "ASSESSMENT_NOT_PASSED", message: `签约前须有通过的事前评估（${state}）` });
    }
    if (!f.hasMeetingApproval) {
      out.push({ code: "MEETING_APPROVAL_REQUIRED", message: "签约前须记录县政府常务会或县委常委会的审议（会议文号与日期）" });
    }
    if (!f.hasActiveAgreement) out.push({ code: "AGREEMENT_REQUIRED", message: "签约前须先录入投资协议" });
  }
  if (f.to === "政策兑现" && !f.hasActiveAgreement) {
    out.push({ code: "AGREEMENT_REQUIRED", message: "进入「政策兑现」须有有效的投资协议" });
  }
  return out;
}
