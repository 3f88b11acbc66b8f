import type { LeadStatus } from "./lead-types";

export const LEAD_STATUS_LABELS: Record<LeadStatus, string> = {
  received: "已接收",
  under_review: "审核中",
  accepted: "已采纳",
  merged: "已合并",
  rejected: "已驳回",
  duplicate: "重复提交",
};

export const LEAD_STATUS_COLORS: Record<LeadStatus, string> = {
  received: "blue",
  under_review: "processing",
  accepted: "success",
  merged: "cyan",
  rejected: "error",
  duplicate: "warning",
};

export const SUBMITTED_VIA_LABELS: Record<string, string> = { api: "系统接口", form: "报送表单" };

export const DEDUP_REASON_LABELS: Record<string, string> = { credit_code: "信用代码相同", name: "名称相近", phone: "电话相同" };

/** Statuses in which the lead can still be started, accepted, merged or rejected. */
export const REVIEWABLE_STATUSES: readonly LeadStatus[] = ["received", "under_review", "duplicate"];

export function formatBytes(size: number): string {
  if (size >= 1024 * 1024) return `${(size / 1024 / 1024).toFixed(1)} MB`;
  if (size >= 1024) return `${Math.round(size / 1024)} KB`;
  return `${size} B`;
}

export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : `${Math.round(value * 100)}%`;
}
