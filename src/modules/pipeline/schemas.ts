import { z } from "../../http/zod-setup";
import { amountField, csvList, dateField, longText, shortText } from "../../http/field-schemas";
import { paginationQuery } from "../../http/pagination";
import { ALL_STAGES } from "./stage-machine";
import { ASSESSMENT_CATEGORIES, ITEM_RESULTS } from "./assessment-rules";
import { ALERT_KINDS } from "./alerts";
import { toCalendarDay } from "./calendar";

export const MEETINGS = ["县政府常务会", "县委常委会"] as const;
export const MILESTONE_KINDS = ["供地", "开工", "竣工", "投产"] as const;

/** A calendar day: `2026-03-01` or an ISO timestamp, kept as the day it is in China. */
const dayField = dateField.transform(toCalendarDay).openapi({ type: "string", format: "date", example: "2026-03-01" });
const positiveId = z.number().int().positive();
const idQuery = z.coerce.number().int().positive();
const note = (max = 2000) => longText(max).default("");
const landField = z.number().min(0, "用地面积不能为负数").max(1e6);
const jobsField = z.number().int().min(0).max(1_000_000);

export const stageChangeBody = z
  .object({
    to: z.enum(ALL_STAGES),
    note: note(),
    /** Links the investor in the same step (e.g. 考察 → 洽谈). */
    investorEnterpriseId: positiveId.optional(),
    /** With 终止: put a 二次招商 copy of the project back in the library (default: only when an agreement is terminated). */
    relaunch: z.boolean().optional(),
  })
  .strict()
  .openapi("StageChangeInput");
export type StageChangeInput = z.infer<typeof stageChangeBody>;

export const approveStageBody = z.object({ note: note() }).strict();
export const rejectStageBody = z.object({ note: longText(2000).min(1, "请填写退回原因") }).strict();

export const stageRequestsQuery = paginationQuery
  .extend({
    status: z.enum(["pending", "applied", "rejected"]).default("pending"),
    industryGroup: csvList(z.string().min(1)).optional(),
    projectId: idQuery.optional(),
  })
  .strict();
export type StageRequestsQuery = z.infer<typeof stageRequestsQuery>;

export const investorBody = z.object({ enterpriseId: positiveId.nullable() }).strict();

export const assessmentBody = z
  .object({
    items: z
      .array(z.object({ category: z.enum(ASSESSMENT_CATEGORIES), result: z.enum(ITEM_RESULTS), note: note(), veto: z.boolean().optional() }).strict())
      .min(1, "请至少填写一项评估")
      .max(20)
      .refine((items) => new Set(items.map((i) => i.category)).size === items.length, "评估类别不能重复"),
    /** Defaults: the project's total investment, land, expected tax, output and jobs. */
    metrics: z
      .object({ investment: amountField.nullable(), landArea: landField.nullable(), annualTax: amountField.nullable(), annualOutput: amountField.nullable(), jobs: jobsField.nullable() })
      .partial()
      .strict()
      .default({}),
    committee: z.object({ decidedAt: dayField, members: z.array(shortText(50).min(1)).min(1, "请填写评审委员").max(50) }).strict(),
    note: note(5000),
  })
  .strict()
  .openapi("AssessmentInput");
export type AssessmentInput = z.infer<typeof assessmentBody>;

export const meetingApprovalBody = z
  .object({
    meeting: z.enum(MEETINGS),
    reference: shortText(200).min(2, "请填写会议纪要文号"),
    date: dayField,
    note: note(),
  })
  .strict()
  .openapi("MeetingApprovalInput");
export type MeetingApprovalInput = z.infer<typeof meetingApprovalBody>;

export const milestoneBody = z.object({ kind: z.enum(MILESTONE_KINDS), dueDate: dayField, note: note(1000) }).strict();
export type MilestoneInput = z.infer<typeof milestoneBody>;
export const commitmentBody = z.object({ policyItem: shortText(500).min(2, "请填写政策事项"), dueDate: dayField.nullable().optional(), note: note(1000) }).strict();
export type CommitmentInput = z.infer<typeof commitmentBody>;

const agreementFields = {
  parties: z.array(shortText(200).min(2)).min(2, "协议至少包括两方").max(10),
  signedAt: dayField.nullable(),
  committedInvestment: amountField.nullable(),
  depositAmount: amountField.nullable(),
  depositDueDate: dayField.nullable(),
  depositPaidAt: dayField.nullable(),
  note: longText(5000),
};

export const agreementBody = z
  .object({
    ...agreementFields,
    signedAt: agreementFields.signedAt.optional(),
    committedInvestment: agreementFields.committedInvestment.optional(),
    depositAmount: agreementFields.depositAmount.optional(),
    depositDueDate: agreementFields.depositDueDate.optional(),
    depositPaidAt: agreementFields.depositPaidAt.optional(),
    note: agreementFields.note.default(""),
    milestones: z.array(milestoneBody).max(20).default([]),
    commitments: z.array(commitmentBody).max(50).default([]),
  })
  .strict()
  .openapi("AgreementInput");
export type AgreementInput = z.infer<typeof agreementBody>;

export const agreementPatchBody = z
  .object(agreementFields)
  .partial()
  .strict()
  .openapi("AgreementPatch");
export type AgreementPatch = z.infer<typeof agreementPatchBody>;

export const milestonePatchBody = z.object({ dueDate: dayField, doneAt: dayField.nullable(), note: longText(1000) }).partial().strict();
export type MilestonePatch = z.infer<typeof milestonePatchBody>;
export const commitmentPatchBody = z
  .object({ policyItem: shortText(500).min(2), dueDate: dayField.nullable(), deliveredAt: dayField.nullable(), note: longText(1000) })
  .partial()
  .strict();
export type CommitmentPatch = z.infer<typeof commitmentPatchBody>;

export const terminateBody = z
  .object({ reason: longText(2000).min(2, "请填写终止原因"), relaunch: z.boolean().default(true) })
  .strict()
  .openapi("TerminateAgreementInput");
export type TerminateInput = z.infer<typeof terminateBody>;

export const trackingReportBody = z
  .object({
    /** Any day of the period reported on; default: the current period. */
    periodStart: dayField.optional(),
    progress: longText(5000).min(1, "请填写项目进展"),
    helpRequested: note(5000),
    industryDept: shortText(100).min(1, "请填写牵头产业部门"),
    township: shortText(100).min(1, "请填写牵头乡镇"),
    problems: z.array(z.object({ text: longText(2000).min(1, "问题内容不能为空"), assignedUnit: shortText(100).min(1).optional() }).strict()).max(50).default([]),
  })
  .strict()
  .openapi("TrackingReportInput");
export type TrackingReportInput = z.infer<typeof trackingReportBody>;

export const trackingReportsQuery = paginationQuery.extend({ projectId: idQuery.optional() }).strict();
export type TrackingReportsQuery = z.infer<typeof trackingReportsQuery>;

export const problemsQuery = paginationQuery
  .extend({ status: z.enum(["open", "closed", "all"]).default("open"), projectId: idQuery.optional(), unit: shortText(100).optional() })
  .strict();
export type ProblemsQuery = z.infer<typeof problemsQuery>;
export const assignProblemBody = z.object({ assignedUnit: shortText(100).min(1, "请填写责任单位") }).strict();
export const closeProblemBody = z.object({ resolution: longText(2000).min(1, "请填写处理结果") }).strict();

export const alertsQuery = z
  .object({ kind: csvList(z.enum(ALERT_KINDS)).optional(), industryGroup: csvList(z.string().min(1)).optional(), projectId: idQuery.optional() })
  .strict();
export type AlertsQuery = z.infer<typeof alertsQuery>;

export const dashboardQuery = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100).optional().openapi({ description: "默认当年" }),
    quarter: z.coerce.number().int().min(1).max(4).optional().openapi({ description: "给出时年度数据统计到该季度末（季度报告）" }),
  })
  .strict();
export type DashboardQuery = z.infer<typeof dashboardQuery>;

const categoryList = z.array(z.enum(ASSESSMENT_CATEGORIES)).max(ASSESSMENT_CATEGORIES.length);
/** Each key: a value overrides the default, null restores it. */
export const settingsBody = z
  .object({
    minInvestmentPerMu: z.number().min(0).max(1e6).nullable(),
    minTaxPerMu: z.number().min(0).max(1e6).nullable(),
    minOutput: z.number().min(0).max(1e9).nullable(),
    minJobs: z.number().int().min(0).max(1e6).nullable(),
    vetoCategories: categoryList.nullable(),
    requiredCategories: categoryList.nullable(),
    trackingGraceDays: z.number().int().min(0).max(14).nullable(),
  })
  .partial()
  .strict()
  .openapi("PipelineSettingsPatch");
export type SettingsPatch = z.infer<typeof settingsBody>;
