import type { AlertKind, ItemResult } from "./pipeline-types";

export const ITEM_RESULT_LABELS: Record<ItemResult, string> = { passed: "通过", conditional: "有条件通过", failed: "未通过" };
export const ITEM_RESULT_COLORS: Record<ItemResult, string> = { passed: "success", conditional: "warning", failed: "error" };

export const REQUEST_STATUS_LABELS: Record<string, string> = { pending: "待审批", applied: "已生效", rejected: "已退回" };
export const REQUEST_STATUS_COLORS: Record<string, string> = { pending: "processing", applied: "success", rejected: "default" };

export const ALERT_KIND_LABELS: Record<AlertKind, string> = {
  deposit_overdue: "保证金逾期",
  milestone_overdue: "履约节点逾期",
  commitment_overdue: "政策兑现逾期",
  report_overdue: "跟踪报告逾期",
};

export const PERIOD_STATUS_LABELS: Record<string, string> = { submitted: "已报送", overdue: "逾期未报", open: "本期待报" };
export const PERIOD_STATUS_COLORS: Record<string, string> = { submitted: "success", overdue: "error", open: "processing" };

export const STAGE_COLORS: Record<string, string> = {
  策划: "default",
  发布: "blue",
  考察: "cyan",
  洽谈: "geekblue",
  评审: "purple",
  协议起草: "orange",
  签约: "green",
  政策兑现: "gold",
  终止: "red",
};

/** Stages from which a project has an investor linked (the API refuses them otherwise). */
export const STAGES_WITH_INVESTOR = new Set(["洽谈", "评审", "协议起草", "签约", "政策兑现"]);
/** Where each record can be entered (mirrors the API's rules, to offer the button only where it works). */
export const ASSESSMENT_STAGES = new Set(["评审", "协议起草"]);
export const MEETING_STAGES = new Set(["评审", "协议起草"]);
export const AGREEMENT_STAGES = new Set(["协议起草", "签约", "政策兑现"]);
