import { z } from "../../http/zod-setup";
import { amountField, csvList, industryCodeField, longText, regionCodeField, regionPrefixField, shortText } from "../../http/field-schemas";
import { paginationQuery } from "../../http/pagination";

export const PROJECT_STAGES = ["策划", "发布", "考察", "洽谈", "评审", "协议起草", "签约", "政策兑现", "终止"] as const;
export const COOPERATION_MODES = ["独资", "合资", "合作", "PPP", "租赁", "股权投资", "其他"] as const;


const projectFields = {
  code: shortText(40).regex(/^[A-Za-z0-9\-_]+$/, "项目编号只能包含字母、数字、-、_"),
  name: shortText(200).min(4, "项目名称至少4个字"),
  industryGroup: shortText(50).min(1, "请选择产业组"),
  industryCodes: z.array(industryCodeField).max(20),
  description: longText(10_000),
  constructionContent: longText(10_000),
  countyCode: regionCodeField.nullable(),
  township: shortText(50).nullable(),
  park: shortText(100).nullable(),
  totalInvestment: amountField.nullable(),
  landArea: z.number().min(0, "用地面积不能为负数").max(1e6).nullable(),
  cooperationModes: z.array(z.enum(COOPERATION_MODES)).max(7),
  expectedOutput: amountField.nullable(),
  expectedTax: amountField.nullable(),
  expectedJobs: z.number().int().min(0).max(1_000_000).nullable(),
  targetProfile: longText(5000),
  preferredIndustries: z.array(industryCodeField).max(30),
  preferredRegions: z.array(regionPrefixField).max(50),
  minInvestorCapital: amountField.nullable(),
  stage: z.enum(PROJECT_STAGES),
  responsibleUnits: z.array(shortText(100).min(1)).max(20),
  contactPerson: shortText(50).nullable(),
};

export const createProjectBody = z
  .object({
    ...projectFields,
    code: projectFields.code.optional().openapi({ description: "留空自动生成" }),
    industryCodes: projectFields.industryCodes.default([]),
    description: projectFields.description.default(""),
    constructionContent: projectFields.constructionContent.default(""),
    countyCode: projectFields.countyCode.optional(),
    township: projectFields.township.optional(),
    park: projectFields.park.optional(),
    totalInvestment: projectFields.totalInvestment.optional(),
    landArea: projectFields.landArea.optional(),
    cooperationModes: projectFields.cooperationModes.default([]),
    expectedOutput: projectFields.expectedOutput.optional(),
    expectedTax: projectFields.expectedTax.optional(),
    expectedJobs: projectFields.expectedJobs.optional(),
    targetProfile: projectFields.targetProfile.default(""),
    preferredIndustries: projectFields.preferredIndustries.default([]),
    preferredRegions: projectFields.preferredRegions.default([]),
    minInvestorCapital: projectFields.minInvestorCapital.optional(),
    stage: projectFields.stage.default("策划"),
    responsibleUnits: projectFields.responsibleUnits.default([]),
    contactPerson: projectFields.contactPerson.optional(),
  })
  .strict()
  .openapi("ProjectInput");

/** The stage is not edited here: it moves only through the pipeline (POST /api/projects/:id/stage), with its rules. */
const { stage: _stage, ...editableFields } = projectFields;
export const updateProjectBody = z.object(editableFields).partial().strict().openapi("ProjectPatch");

export type ProjectInput = z.infer<typeof createProjectBody>;
export type ProjectPatch = z.infer<typeof updateProjectBody>;


export const listProjectsQuery = paginationQuery
  .extend({
    q: z.string().trim().max(100).optional().openapi({ description: "名称、描述、建设内容包含" }),
    industryGroup: csvList(z.string().min(1)).optional(),
    industry: industryCodeField.optional(),
    region: regionPrefixField.optional(),
    stage: csvList(z.enum(PROJECT_STAGES)).optional(),
    minInvestment: z.coerce.number().min(0).optional(),
    maxInvestment: z.coerce.number().min(0).optional(),
    includeDeleted: z.enum(["true", "false"]).optional(),
    sort: z.enum(["id", "-id", "code", "name", "totalInvestment", "-totalInvestment", "-updatedAt"]).default("code"),
  })
  .strict();
export type ListProjectsQuery = z.infer<typeof listProjectsQuery>;

export const projectResponse = z
  .object({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    industryGroup: z.string(),
    industries: z.array(z.object({ code: z.string(), name: z.string().nullable() })),
    description: z.string(),
    constructionContent: z.string(),
    countyCode: z.string().nullable(),
    countyName: z.string().nullable(),
    township: z.string().nullable(),
    park: z.string().nullable(),
    totalInvestment: z.number().nullable(),
    landArea: z.number().nullable(),
    cooperationModes: z.array(z.string()),
    expectedOutput: z.number().nullable(),
    expectedTax: z.number().nullable(),
    expectedJobs: z.number().nullable(),
    targetProfile: z.string(),
    preferredIndustries: z.array(z.string()),
    preferredRegions: z.array(z.string()),
    minInvestorCapital: z.number().nullable(),
    stage: z.enum(PROJECT_STAGES),
    responsibleUnits: z.array(z.string()),
    contactPerson: z.string().nullable(),
    deletedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Project");
export type ProjectView = z.infer<typeof projectResponse>;
