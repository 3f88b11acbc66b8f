import { z } from "../../http/zod-setup";
import {
  amountField,
  creditCodeField,
  dateField,
  industryCodeField,
  longText,
  regionCodeField,
  shortText,
  csvList,
  regionPrefixField,
} from "../../http/field-schemas";
import { paginationQuery } from "../../http/pagination";

export const LISTING_STATUSES = ["listed", "delisted", "unlisted"] as const;
/** Canonical 经营状态 terms (what the import parser maps registry spellings to). */
export const OPERATING_STATUSES = ["存续", "迁出", "停业", "歇业", "清算", "注销", "吊销", "撤销", "责令关闭"] as const;
export const ENTERPRISE_SOURCES = ["import", "lead", "manual", "demo"] as const;
export const SIGNAL_TYPES = ["branch", "financing", "land", "hiring", "capacity", "investment", "other"] as const;

export const productSchema = z
  .object({
    name: shortText(100).min(1, "产品名称不能为空"),
    share: z.number().min(0).max(1).optional().openapi({ description: "营收占比 0–1" }),
  })
  .strict();

export const contactSchema = z
  .object({
    name: shortText(50).min(1, "联系人姓名不能为空"),
    title: shortText(50).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^[0-9+\-() ]{5,20}$/, "电话号码格式不正确")
      .optional(),
    email: z.email("邮箱格式不正确").optional(),
  })
  .strict();

export const signalSchema = z
  .object({
    type: z.enum(SIGNAL_TYPES),
    occurredAt: dateField,
    description: shortText(500).min(1, "信号描述不能为空"),
    source: shortText(200).min(1, "请注明信号来源"),
    url: z.url("链接格式不正确").optional(),
  })
  .strict();

const enterpriseFields = {
  name: shortText(200).min(2, "企业名称至少2个字"),
  aliases: z.array(shortText(100).min(1)).max(20),
  creditCode: creditCodeField.nullable(),
  externalId: shortText(100).min(1).nullable(),
  stockCode: shortText(20).nullable(),
  exchange: shortText(20).nullable(),
  listingStatus: z.enum(LISTING_STATUSES),
  listingDate: dateField.nullable(),
  operatingStatus: z.enum(OPERATING_STATUSES),
  provinceCode: regionCodeField.nullable(),
  cityCode: regionCodeField.nullable(),
  countyCode: regionCodeField.nullable(),
  /** Primary GB/T code first; the rest are secondary. */
  industryCodes: z.array(industryCodeField).max(20),
  industryLabels: z.array(shortText(100).min(1)).max(30),
  mainBusiness: longText(5000).nullable(),
  products: z.array(productSchema).max(100),
  registeredCapital: amountField.nullable(),
  revenue: amountField.nullable(),
  employees: z.number().int().min(0).max(10_000_000).nullable(),
  foundedAt: dateField.nullable(),
  signals: z.array(signalSchema).max(200),
  contacts: z.array(contactSchema).max(50),
  tags: z.array(shortText(30).min(1)).max(50),
  source: z.enum(ENTERPRISE_SOURCES),
};

export const createEnterpriseBody = z
  .object({
    ...enterpriseFields,
    aliases: enterpriseFields.aliases.default([]),
    creditCode: enterpriseFields.creditCode.optional(),
    externalId: enterpriseFields.externalId.optional(),
    stockCode: enterpriseFields.stockCode.optional(),
    exchange: enterpriseFields.exchange.optional(),
    listingStatus: enterpriseFields.listingStatus.default("unlisted"),
    listingDate: enterpriseFields.listingDate.optional(),
    operatingStatus: enterpriseFields.operatingStatus.default("存续"),
    provinceCode: enterpriseFields.provinceCode.optional(),
    cityCode: enterpriseFields.cityCode.optional(),
    countyCode: enterpriseFields.countyCode.optional(),
    industryCodes: enterpriseFields.industryCodes.default([]),
    industryLabels: enterpriseFields.industryLabels.default([]),
    mainBusiness: enterpriseFields.mainBusiness.optional(),
    products: enterpriseFields.products.default([]),
    registeredCapital: enterpriseFields.registeredCapital.optional(),
    revenue: enterpriseFields.revenue.optional(),
    employees: enterpriseFields.employees.optional(),
    foundedAt: enterpriseFields.foundedAt.optional(),
    signals: enterpriseFields.signals.default([]),
    contacts: enterpriseFields.contacts.default([]),
    tags: enterpriseFields.tags.default([]),
    source: enterpriseFields.source.default("manual"),
  })
  .strict()
  .openapi("EnterpriseInput");

/** PATCH: any subset of fields; arrays given replace the stored ones. */
export const updateEnterpriseBody = z.object(enterpriseFields).partial().strict().openapi("EnterprisePatch");

export type EnterpriseInput = z.infer<typeof createEnterpriseBody>;
export type EnterprisePatch = z.infer<typeof updateEnterpriseBody>;


export const listEnterprisesQuery = paginationQuery
  .extend({
    q: z.string().trim().max(100).optional().openapi({ description: "名称、主营业务、产品包含" }),
    industry: industryCodeField.optional().openapi({ description: "行业代码前缀（含所有层级）" }),
    region: regionPrefixField.optional(),
    listingStatus: csvList(z.enum(LISTING_STATUSES)).optional(),
    operatingStatus: csvList(z.enum(OPERATING_STATUSES)).optional(),
    source: csvList(z.enum(ENTERPRISE_SOURCES)).optional(),
    minCapital: z.coerce.number().min(0).optional(),
    maxCapital: z.coerce.number().min(0).optional(),
    includeDeleted: z.enum(["true", "false"]).optional(),
    sort: z.enum(["id", "-id", "name", "registeredCapital", "-registeredCapital", "-updatedAt"]).default("id"),
  })
  .strict();
export type ListEnterprisesQuery = z.infer<typeof listEnterprisesQuery>;

export const enterpriseResponse = z
  .object({
    id: z.number().int(),
    name: z.string(),
    normalizedName: z.string(),
    aliases: z.array(z.string()),
    creditCode: z.string().nullable(),
    externalId: z.string().nullable(),
    stockCode: z.string().nullable(),
    exchange: z.string().nullable(),
    listingStatus: z.enum(LISTING_STATUSES),
    listingDate: z.string().nullable(),
    operatingStatus: z.string(),
    provinceCode: z.string().nullable(),
    provinceName: z.string().nullable(),
    cityCode: z.string().nullable(),
    cityName: z.string().nullable(),
    countyCode: z.string().nullable(),
    countyName: z.string().nullable(),
    industryCode: z.string().nullable(),
    industries: z.array(
      z.object({
        code: z.string(),
        kind: z.string(),
        confidence: z.number(),
        name: z.string().nullable(),
        /** Why an inferred code was inferred (labels, products, name); null for confirmed codes. */
        evidence: z.string().nullable(),
      }),
    ),
    industryLabels: z.array(z.string()),
    mainBusiness: z.string().nullable(),
    products: z.array(productSchema),
    registeredCapital: z.number().nullable(),
    revenue: z.number().nullable(),
    employees: z.number().nullable(),
    foundedAt: z.string().nullable(),
    signals: z.array(signalSchema.extend({ id: z.number(), occurredAt: z.string() })),
    contacts: z.array(contactSchema),
    tags: z.array(z.string()),
    source: z.string(),
    /** 引荐商会: the first chamber that brought this company (leads). */
    referrerChamberId: z.number().int().nullable(),
    referrerChamberName: z.string().nullable(),
    referredAt: z.string().nullable(),
    deletedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Enterprise");
export type EnterpriseView = z.infer<typeof enterpriseResponse>;
