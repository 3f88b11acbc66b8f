import { z } from "../../http/zod-setup";
import { creditCodeField, csvList, dateField, industryCodeField } from "../../http/field-schemas";
import { paginationQuery } from "../../http/pagination";
import { canonicalPhone } from "./phone";

export const LEAD_STATUSES = ["received", "under_review", "accepted", "merged", "rejected", "duplicate"] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export const LEAD_STATUS_LABELS: Record<LeadStatus, string> = {
  received: "已接收",
  under_review: "审核中",
  accepted: "已采纳",
  merged: "已合并",
  rejected: "已驳回",
  duplicate: "重复提交",
};

/** Statuses an analyst still has to act on. */
export const OPEN_STATUSES: readonly LeadStatus[] = ["received", "under_review", "duplicate"];

/** The same modes as a project's cooperation modes, so matching can compare them. */
export const INVESTMENT_TYPES = ["独资", "合资", "合作", "PPP", "租赁", "其他"] as const;

/** Chinese field names, for the form and for messages that name a field. */
export const LEAD_FIELD_LABELS = {
  companyName: "企业名称",
  creditCode: "统一社会信用代码",
  contactName: "联系人",
  contactPhone: "联系电话",
  contactEmail: "联系邮箱",
  industry: "所属行业",
  industryCode: "行业代码（GB/T 4754）",
  investmentAmount: "意向投资额（万元）",
  landArea: "意向用地（亩）",
  investmentType: "投资方式",
  intendedRegion: "意向落地区域",
  description: "项目说明",
  consent: "数据使用授权",
  attachments: "附件",
} as const;
export type LeadField = Exclude<keyof typeof LEAD_FIELD_LABELS, "attachments">;

const requiredText = (label: string, min: number, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}`, abort: true })
    .min(min, `${label}至少${min}个字`)
    .max(max, `${label}不能超过${max}个字`);

const phoneField = z
  .string({ error: "联系电话应为文本" })
  .trim()
  .transform((value, ctx) => {
    const phone = canonicalPhone(value);
    if (!phone) {
      ctx.addIssue({ code: "custom", message: "联系电话格式不正确：请填写11位手机号或带区号的固定电话（如 0851-28221234）" });
      return z.NEVER;
    }
    return phone;
  })
  .openapi({ description: "11位手机号或带区号的固定电话", example: "13812345678" });

const number = (label: string, unit: string, max: number) =>
  z
    .number({ error: `${label}应为数字（${unit}）` })
    .finite(`${label}应为数字（${unit}）`)
    .positive(`${label}应大于0（${unit}）`)
    .max(max, `${label}过大（单位为${unit}）`);

const leadFields = {
  companyName: requiredText("企业名称", 2, 200),
  creditCode: creditCodeField.optional(),
  contactName: requiredText("联系人姓名", 1, 50),
  contactPhone: phoneField.optional(),
  contactEmail: z.email({ error: "联系邮箱格式不正确" }).max(200, "联系邮箱不能超过200个字符").optional(),
  industry: requiredText("所属行业", 2, 100).openapi({ description: "行业（商协会的说法），如 新能源汽车零部件" }),
  industryCode: industryCodeField.optional(),
  investmentAmount: number("意向投资额", "万元", 1e8).optional(),
  landArea: number("意向用地", "亩", 1e5).optional(),
  investmentType: z.enum(INVESTMENT_TYPES, { error: `投资方式应为：${INVESTMENT_TYPES.join("、")}` }).optional(),
  intendedRegion: z.string({ error: "意向落地区域应为文本" }).trim().max(100, "意向落地区域不能超过100个字").optional(),
  description: z.string({ error: "项目说明应为文本" }).trim().max(5000, "项目说明不能超过5000个字").default(""),
  consent: z
    .literal(true, { error: "请确认授权：同意将所填信息用于本县招商对接" })
    .openapi({ description: "提交方确认企业及联系人同意将信息用于招商对接（必须为 true）" }),
};

export const leadSubmissionBody = z
  .object(leadFields)
  .strict()
  .refine((lead) => !!(lead?.contactPhone || lead?.contactEmail), {
    path: ["contactPhone"],
    error: "联系电话和联系邮箱至少填写一项",
    // Checked even when other fields failed, so one answer lists every problem.
    when: (payload) => typeof payload.value === "object" && payload.value !== null,
  })
  .openapi("LeadSubmission");
export type LeadSubmission = z.infer<typeof leadSubmissionBody>;

const NUMBER_TEXT = /^\s*\d+(\.\d+)?\s*$/;
const TRUE_TEXTS = new Set(["true", "on", "1", "yes", "同意"]);

/**
 * Form posts and multipart API calls carry every field as text: blanks become absent, numbers and the
 * consent checkbox get their types, so one schema validates both. Unreadable numbers stay text and fail
 * validation with the field's own message.
 */
export function textFieldsToSubmission(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(fields)) {
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (typeof value !== "string") {
      out[key] = value;
      continue;
    }
    const text = value.trim();
    if (key === "consent") {
      out[key] = TRUE_TEXTS.has(text.toLowerCase());
      continue;
    }
    if (text === "") continue;
    out[key] = (key === "investmentAmount" || key === "landArea") && NUMBER_TEXT.test(text) ? Number(text) : text;
  }
  return out;
}

/** `Idempotency-Key` header: what a chamber's system sends so a retried submission returns the same lead. */
export const idempotencyKeyField = z
  .string()
  .trim()
  .min(8, "Idempotency-Key 至少8个字符")
  .max(200, "Idempotency-Key 不能超过200个字符")
  .regex(/^[\x21-\x7e]+$/, "Idempotency-Key 只能包含可见 ASCII 字符");

export const listLeadsQuery = paginationQuery
  .extend({
    status: csvList(z.enum(LEAD_STATUSES)).optional().openapi({ description: "状态，可多选（逗号分隔）" }),
    chamberId: z.coerce.number().int().positive().optional(),
    overdue: z.enum(["true", "false"]).optional().openapi({ description: "true：只看超过答复期限仍未处理的线索" }),
    q: z.string().trim().max(100).optional().openapi({ description: "企业名称包含" }),
    sort: z.enum(["createdAt", "-createdAt"]).default("createdAt").openapi({ description: "默认最早提交的在前（先到先审）" }),
  })
  .strict();
export type ListLeadsQuery = z.infer<typeof listLeadsQuery>;

export const myLeadsQuery = paginationQuery
  .extend({ status: csvList(z.enum(LEAD_STATUSES)).optional() })
  .strict();
export type MyLeadsQuery = z.infer<typeof myLeadsQuery>;

export const leadStatsQuery = z
  .object({ since: dateField.optional().openapi({ description: "只统计此日期之后提交的线索" }) })
  .strict();
export type LeadStatsQuery = z.infer<typeof leadStatsQuery>;

/** Enterprise fields a merge decides one by one. */
export const MERGE_FIELDS = ["name", "creditCode", "industryCode", "industryLabels", "contacts"] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export const MERGE_FIELD_LABELS: Record<MergeField, string> = {
  name: "企业名称",
  creditCode: "统一社会信用代码",
  industryCode: "主行业代码",
  industryLabels: "行业标签",
  contacts: "联系人",
};

export const mergeBody = z
  .object({
    enterpriseId: z.number({ error: "请指定要合并到的企业编号" }).int().positive(),
    fields: z
      .partialRecord(z.enum(MERGE_FIELDS), z.enum(["lead", "enterprise"], { error: "取值应为 lead（采用线索）或 enterprise（保留企业）" }))
      .default({})
      .openapi({ description: "逐字段选择：lead 采用线索的值，enterprise 保留企业现有值；两边不同的字段必须选择" }),
  })
  .strict()
  .openapi("LeadMerge");
export type MergeBody = z.infer<typeof mergeBody>;

export const mergePreviewQuery = z.object({ enterpriseId: z.coerce.number().int().positive() }).strict();

export const rejectBody = z
  .object({ reason: requiredText("驳回原因", 2, 500) })
  .strict()
  .openapi("LeadReject");

export const formLinkBody = z
  .object({
    expiresInDays: z.number().int().min(1, "有效期至少1天").max(365, "有效期最长365天").default(90),
  })
  .strict();

export const attachmentParams = z.object({
  id: z.coerce.number().int().positive({ error: "编号应为正整数" }),
  attachmentId: z.coerce.number().int().positive({ error: "编号应为正整数" }),
});

// ───────────── responses ─────────────

export const dedupReasonSchema = z.object({
  code: z.enum(["credit_code", "name", "phone"]),
  message: z.string(),
});

export const dedupCandidateSchema = z
  .object({
    kind: z.enum(["enterprise", "lead"]),
    id: z.number(),
    name: z.string(),
    creditCode: z.string().nullable(),
    /** For leads: who submitted it, when, and where it stands. */
    chamberName: z.string().optional(),
    status: z.string().optional(),
    createdAt: z.string().optional(),
    score: z.number().openapi({ description: "0–1，越高越可能是同一家企业" }),
    reasons: z.array(dedupReasonSchema),
  })
  .openapi("LeadDedupCandidate");
export type DedupCandidate = z.infer<typeof dedupCandidateSchema>;

export const attachmentView = z.object({ id: z.number(), filename: z.string(), mime: z.string(), size: z.number(), sha256: z.string() });

export const leadView = z
  .object({
    id: z.number(),
    chamber: z.object({ id: z.number(), name: z.string() }),
    submittedVia: z.enum(["api", "form"]),
    companyName: z.string(),
    creditCode: z.string().nullable(),
    contactName: z.string(),
    contactPhone: z.string().nullable(),
    contactEmail: z.string().nullable(),
    industry: z.string(),
    industryCode: z.string().nullable(),
    investmentAmount: z.number().nullable(),
    landArea: z.number().nullable(),
    investmentType: z.string().nullable(),
    intendedRegion: z.string().nullable(),
    description: z.string(),
    consent: z.boolean(),
    consentAt: z.string(),
    status: z.enum(LEAD_STATUSES),
    statusLabel: z.string(),
    rejectReason: z.string().nullable(),
    reviewedBy: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    firstReviewedAt: z.string().nullable(),
    enterpriseId: z.number().nullable(),
    duplicateOfLeadId: z.number().nullable(),
    createdAt: z.string(),
    dueAt: z.string(),
    overdue: z.boolean(),
    candidateCount: z.number(),
    attachments: z.array(attachmentView),
  })
  .openapi("Lead");
export type LeadView = z.infer<typeof leadView>;

export const mergeHistoryView = z.object({
  id: z.number(),
  enterpriseId: z.number(),
  field: z.string(),
  fieldLabel: z.string(),
  choice: z.enum(["lead", "enterprise"]),
  before: z.unknown(),
  leadValue: z.unknown(),
  after: z.unknown(),
  mergedBy: z.string(),
  mergedAt: z.string(),
});

export const leadDetailView = leadView
  .extend({
    candidates: z.array(dedupCandidateSchema),
    duplicateOf: z.object({ id: z.number(), companyName: z.string(), chamberName: z.string(), createdAt: z.string(), status: z.string() }).nullable(),
    enterprise: z
      .object({ id: z.number(), name: z.string(), referrerChamberId: z.number().nullable(), referrerChamberName: z.string().nullable(), referredAt: z.string().nullable() })
      .nullable(),
    mergeHistory: z.array(mergeHistoryView),
  })
  .openapi("LeadDetail");
export type LeadDetailView = z.infer<typeof leadDetailView>;

/** What a chamber sees of its own leads: progress and outcome, never other chambers' data. */
export const chamberLeadView = z
  .object({
    id: z.number(),
    submittedVia: z.enum(["api", "form"]),
    companyName: z.string(),
    creditCode: z.string().nullable(),
    status: z.enum(LEAD_STATUSES),
    statusLabel: z.string(),
    rejectReason: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    createdAt: z.string(),
    /** True when this chamber holds the referral credit for the enterprise the lead became. */
    referralCredited: z.boolean(),
  })
  .openapi("ChamberLead");
export type ChamberLeadView = z.infer<typeof chamberLeadView>;
