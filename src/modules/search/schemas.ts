import { z } from "../../http/zod-setup";
import { csvList, industryCodeField, regionPrefixField } from "../../http/field-schemas";
import { LISTING_STATUSES, OPERATING_STATUSES, ENTERPRISE_SOURCES } from "../enterprises/schemas";
import { PROJECT_STAGES } from "../projects/schemas";
import { MAX_RESULT_WINDOW } from "../../search/normalize-request";

const common = {
  q: z.string().trim().max(200).optional().openapi({ description: "中文检索词" }),
  industry: industryCodeField.optional().openapi({ description: "行业代码前缀（任意层级，含门类字母）" }),
  region: regionPrefixField.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(20),
  offset: z.coerce
    .number()
    .int()
    .min(0)
    .max(MAX_RESULT_WINDOW - 1, { message: `检索结果最多可翻阅前 ${MAX_RESULT_WINDOW} 条，请用筛选条件缩小范围` })
    .default(0),
  semanticRatio: z.coerce.number().min(0).max(1).optional().openapi({ description: "语义检索占比 0–1（语义检索启用时有效）" }),
  highlight: z.enum(["true", "false"]).default("true"),
};

export const ENTERPRISE_FACETS = ["industryPrefixes", "provinceCode", "listingStatus", "operatingStatus", "tags", "source"] as const;
export const PROJECT_FACETS = ["industryGroup", "stage", "industryPrefixes", "township"] as const;

export const searchEnterprisesQuery = z
  .object({
    ...common,
    listingStatus: csvList(z.enum(LISTING_STATUSES)).optional(),
    operatingStatus: csvList(z.enum(OPERATING_STATUSES)).optional(),
    source: csvList(z.enum(ENTERPRISE_SOURCES)).optional(),
    tags: csvList(z.string().min(1).max(30)).optional(),
    minCapital: z.coerce.number().min(0).optional(),
    maxCapital: z.coerce.number().min(0).optional(),
    facets: csvList(z.enum(ENTERPRISE_FACETS)).optional(),
    sort: z.enum(["relevance", "-registeredCapital", "registeredCapital", "-revenue", "-updatedAt"]).default("relevance"),
  })
  .strict();

export const searchProjectsQuery = z
  .object({
    ...common,
    industryGroup: csvList(z.string().min(1).max(50)).optional(),
    stage: csvList(z.enum(PROJECT_STAGES)).optional(),
    minInvestment: z.coerce.number().min(0).optional(),
    maxInvestment: z.coerce.number().min(0).optional(),
    facets: csvList(z.enum(PROJECT_FACETS)).optional(),
    sort: z.enum(["relevance", "-totalInvestment", "totalInvestment", "-updatedAt"]).default("relevance"),
  })
  .strict();

export type SearchEnterprisesQuery = z.infer<typeof searchEnterprisesQuery>;
export type SearchProjectsQuery = z.infer<typeof searchProjectsQuery>;
