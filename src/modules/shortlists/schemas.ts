import { z } from "../../http/zod-setup";
import { dateField, longText, shortText } from "../../http/field-schemas";
import { paginationQuery } from "../../http/pagination";
import { signalWeightOverridesSchema } from "../matching";

/** Outreach status of a target, in the order a contact progresses. */
export const SHORTLIST_STATUSES = ["待联系", "已联系", "洽谈中", "已放弃", "已签约"] as const;
export type ShortlistStatus = (typeof SHORTLIST_STATUSES)[number];

const statusField = z.enum(SHORTLIST_STATUSES, { error: `状态应为：${SHORTLIST_STATUSES.join("、")}` });

const enterpriseIdsField = z
  .array(z.number({ error: "企业编号应为数字" }).int().positive("企业编号应为正整数"), { error: "enterpriseIds 应为企业编号数组" })
  .min(1, "请至少选择一家企业")
  .max(500, "一次最多添加500家企业")
  .openapi({ description: "企业编号；已在清单中的企业不会重复添加（幂等）" });

const weightsField = signalWeightOverridesSchema
  .optional()
  .openapi({ description: "与匹配页相同的权重覆盖（仅当清单关联项目时用于计算得分快照）" });

const nameField = shortText(100).min(1, "请填写清单名称");
const descriptionField = longText(2000);

const atLeastOneField = (value: object) => Object.values(value).some((v) => v !== undefined);

export const createShortlistBody = z
  .object({
    name: nameField,
    description: descriptionField.default(""),
    projectId: z.number({ error: "项目编号应为数字" }).int().positive("项目编号应为正整数").optional()
      .openapi({ description: "从该项目的匹配结果建立清单；加入的企业带该项目的匹配得分快照" }),
    enterpriseIds: enterpriseIdsField.optional(),
    weights: weightsField,
  })
  .strict()
  .openapi("ShortlistInput");
export type CreateShortlistInput = z.infer<typeof createShortlistBody>;

export const updateShortlistBody = z
  .object({ name: nameField, description: descriptionField })
  .partial()
  .strict()
  .refine(atLeastOneField, "请至少修改一项")
  .openapi("ShortlistPatch");
export type ShortlistPatch = z.infer<typeof updateShortlistBody>;

export const listShortlistsQuery = paginationQuery
  .extend({
    scope: z.enum(["mine", "all"], { error: "scope 应为 mine 或 all" }).default("mine")
      .openapi({ description: "mine（默认）：我建立的清单；all：全部清单" }),
    projectId: z.coerce.number().int().positive("项目编号应为正整数").optional(),
    q: z.string().trim().max(100).optional().openapi({ description: "清单名称包含" }),
  })
  .strict();
export type ListShortlistsQuery = z.infer<typeof listShortlistsQuery>;

/** A list's items page: larger pages than other lists, a shortlist is read as a whole on screen. */
export const shortlistItemsQuery = paginationQuery.extend({ limit: z.coerce.number().int().min(1).max(500).default(200) }).strict();
export type ShortlistItemsQuery = z.infer<typeof shortlistItemsQuery>;

export const addItemsBody = z.object({ enterpriseIds: enterpriseIdsField, weights: weightsField }).strict().openapi("ShortlistAddItems");
export type AddItemsInput = z.infer<typeof addItemsBody>;

export const updateItemBody = z
  .object({
    status: statusField,
    assigneeId: z.number({ error: "负责人编号应为数字" }).int().positive("负责人编号应为正整数").nullable()
      .openapi({ description: "负责人（用户编号）；null 取消指派" }),
    dueDate: dateField.nullable().openapi({ description: "截止日期，如 2026-12-31；null 清除" }),
  })
  .partial()
  .strict()
  .refine(atLeastOneField, "请至少修改一项")
  .openapi("ShortlistItemPatch");
export type ShortlistItemPatch = z.infer<typeof updateItemBody>;

export const addNoteBody = z.object({ text: longText(2000).min(1, "备注不能为空") }).strict().openapi("ShortlistNoteInput");
export type AddNoteInput = z.infer<typeof addNoteBody>;

const positiveId = (label: string) => z.coerce.number().int().positive({ error: `${label}应为正整数` });
export const itemParams = z.object({ id: positiveId("清单编号"), enterpriseId: positiveId("企业编号") });

// ----------------------------------------------------------------------------------------------- responses

const noteView = z.object({
  id: z.number(),
  text: z.string(),
  authorId: z.number().nullable(),
  authorName: z.string(),
  createdAt: z.string(),
});
export type NoteView = z.infer<typeof noteView>;

const breakdownSignal = z.object({
  key: z.string(),
  label: z.string(),
  value: z.number().nullable(),
  weight: z.number(),
  contribution: z.number(),
  reason: z.string(),
});

export const itemView = z
  .object({
    id: z.number(),
    enterpriseId: z.number(),
    enterprise: z.object({
      id: z.number(),
      name: z.string(),
      provinceName: z.string().nullable(),
      cityName: z.string().nullable(),
      countyName: z.string().nullable(),
      industryCode: z.string().nullable(),
      industryName: z.string().nullable(),
      deleted: z.boolean(),
    }),
    status: statusField,
    assignee: z.object({ id: z.number(), name: z.string() }).nullable(),
    dueDate: z.string().nullable().openapi({ description: "YYYY-MM-DD" }),
    score: z.number().nullable().openapi({ description: "加入时该项目的匹配总分 0–100；null：未关联项目或不在排名中" }),
    scoreBreakdown: z.array(breakdownSignal),
    addedAt: z.string(),
    updatedAt: z.string(),
    noteCount: z.number(),
    lastNote: noteView.nullable(),
  })
  .openapi("ShortlistItem");
export type ItemView = z.infer<typeof itemView>;

export const shortlistSummary = z
  .object({
    id: z.number(),
    name: z.string(),
    description: z.string(),
    project: z.object({ id: z.number(), code: z.string(), name: z.string() }).nullable(),
    owner: z.object({ userId: z.number().nullable(), apiKeyId: z.number().nullable(), name: z.string() }),
    itemCount: z.number(),
    statusCounts: z.record(z.string(), z.number()),
    createdAt: z.string(),
    updatedAt: z.string(),
    deletedAt: z.string().nullable(),
  })
  .openapi("ShortlistSummary");
export type ShortlistSummary = z.infer<typeof shortlistSummary>;

export const shortlistDetail = shortlistSummary
  .extend({ items: z.array(itemView), itemsTotal: z.number(), limit: z.number(), offset: z.number() })
  .openapi("Shortlist");
export type ShortlistDetail = z.infer<typeof shortlistDetail>;

export const addItemsResult = z
  .object({
    added: z.array(z.number()).openapi({ description: "新加入的企业编号" }),
    alreadyPresent: z.array(z.number()).openapi({ description: "已在清单中、未重复添加的企业编号" }),
    unranked: z.array(z.number()).openapi({ description: "新加入但不在该项目当前排名中（无得分快照）的企业编号" }),
    itemCount: z.number(),
  })
  .openapi("ShortlistAddItemsResult");
export type AddItemsResult = z.infer<typeof addItemsResult>;

export { noteView };
