import { ALL_STAGES, TRANSITIONS, transitionRefusals, needsApproval, type Stage, type TransitionFacts } from "../../../src/modules/pipeline/stage-machine";

const ready: Omit<TransitionFacts, "from" | "to"> = {
  investorLinked: true, latestAssessment: "passed", hasMeetingApproval: true, hasActiveAgreement: true, note: "原因",
};
const facts = (from: Stage, to: Stage, over: Partial<TransitionFacts> = {}): TransitionFacts => ({ ...ready, from, to, ...over });
const codes = (f: TransitionFacts) => transitionRefusals(f).map((r) => r.code);

describe("stage machine", () => {
  // The full table: every (from, to) pair is either in this list or refused as not allowed.
  const allowed: [Stage, Stage][] = [
    ["策划", "发布"], ["发布", "考察"], ["考察", "洽谈"], ["洽谈", "评审"], ["评审", "协议起草"], ["协议起草", "签约"], ["签约", "政策兑现"],
    ["发布", "策划"], ["评审", "洽谈"], ["协议起草", "洽谈"],
    ...(["策划", "发布", "考察", "洽谈", "评审", "协议起草", "签约", "政策兑现"] as Stage[]).map((s): [Stage, Stage] => [s, "终止"]),
  ];

  it.each(ALL_STAGES.flatMap((from) => ALL_STAGES.map((to) => [from, to] as const)))("%s → %s follows the table", (from, to) => {
    const isAllowed = allowed.some(([f, t]) => f === from && t === to);
    expect(TRANSITIONS[from].includes(to)).toBe(isAllowed);
    const result = codes(facts(from, to));
    if (isAllowed) expect(result).toEqual([]);
    else if (from === "终止") expect(result).toEqual(["STAGE_FINAL"]);
    else if (from === to) expect(result).toEqual(["STAGE_UNCHANGED"]);
    else expect(result).toEqual(["STAGE_TRANSITION_NOT_ALLOWED"]);
  });

  it("names the stages one may go to when a jump is refused", () => {
    expect(transitionRefusals(facts("策划", "签约"))).toEqual([
      { code: "STAGE_TRANSITION_NOT_ALLOWED", message: "不允许从「策划」进入「签约」，可进入：发布、终止" },
    ]);
    expect(transitionRefusals(facts("终止", "策划"))[0].message).toBe("项目已终止，不能再变更阶段；如需重新招商，请使用其二次招商项目");
  });

  it("only 评审 and 签约 need a group lead's approval", () => {
    expect(ALL_STAGES.filter(needsApproval)).toEqual(["评审", "签约"]);
  });

  it("requires the investor from 洽谈 on", () => {
    expect(codes(facts("考察", "洽谈", { investorLinked: false }))).toEqual(["INVESTOR_REQUIRED"]);
    expect(transitionRefusals(facts("考察", "洽谈", { investorLinked: false }))[0].message).toBe("项目进入「洽谈」阶段前须关联投资企业（自「洽谈」起必须关联）");
    expect(codes(facts("策划", "发布", { investorLinked: false }))).toEqual([]);
    expect(codes(facts("发布", "考察", { investorLinked: false }))).toEqual([]);
  });

  it("refuses 签约 without a passed assessment, a meeting approval and an agreement, naming each", () => {
    const bare = facts("协议起草", "签约", { latestAssessment: null, hasMeetingApproval: false, hasActiveAgreement: false });
    expect(transitionRefusals(bare)).toEqual([
      { code: "ASSESSMENT_NOT_PASSED", message: "签约前须有通过的事前评估（尚未进行事前评估）" },
      { code: "MEETING_APPROVAL_REQUIRED", message: "签约前须记录县政府常务会或县委常委会的审议（会议文号与日期）" },
      { code: "AGREEMENT_REQUIRED", message: "签约前须先录入投资协议" },
    ]);
    expect(transitionRefusals(facts("协议起草", "签约", { latestAssessment: "conditional" }))[0].message).toBe(
      "签约前须有通过的事前评估（最近一次评估结果为「有条件通过」）",
    );
    expect(codes(facts("协议起草", "签约", { latestAssessment: "failed" }))).toEqual(["ASSESSMENT_NOT_PASSED"]);
    expect(codes(facts("协议起草", "签约", { hasMeetingApproval: false }))).toEqual(["MEETING_APPROVAL_REQUIRED"]);
  });

  it("needs an agreement in force for 政策兑现 and a reason for 终止", () => {
    expect(codes(facts("签约", "政策兑现", { hasActiveAgreement: false }))).toEqual(["AGREEMENT_REQUIRED"]);
    expect(codes(facts("洽谈", "终止", { note: "  " }))).toEqual(["TERMINATION_REASON_REQUIRED"]);
  });
});
