/*
 * Plain-value mirrors of the Prisma models the demo data fills (prisma/schema.prisma): Json columns are
 * arrays, dates are Date, codes are strings. Left out on purpose: database ids and timestamps the database
 * sets, and Enterprise.normalizedName, which the seeder must compute with the enterprises module's own
 * normalizer so demo rows dedupe exactly like imported ones.
 */

export type ListingStatus = "listed" | "delisted" | "unlisted";
export type OperatingStatus = "存续" | "在业" | "迁出" | "停业" | "注销" | "吊销" | "撤销" | "清算";
export type SignalType = "branch" | "financing" | "land" | "hiring" | "capacity" | "investment" | "other";
export type ProjectStage = "策划" | "发布" | "考察" | "洽谈" | "评审" | "协议起草" | "签约" | "政策兑现" | "终止";

export const PROJECT_STAGES: readonly ProjectStage[] = ["策划", "发布", "考察", "洽谈", "评审", "协议起草", "签约", "政策兑现", "终止"];

export interface DemoIndustryGroup {
  name: string;
  sortOrder: number;
  /** GB/T 4754 codes typical for the group. */
  industryCodes: string[];
}

/** Mirrors EnterpriseIndustry. */
export interface DemoEnterpriseIndustry {
  code: string;
  kind: "primary" | "secondary";
  confidence: number;
}

/** Mirrors ExpansionSignal. */
export interface DemoExpansionSignal {
  type: SignalType;
  occurredAt: Date;
  description: string;
  source: string;
  url: string | null;
}

export interface DemoProduct {
  name: string;
  /** Revenue share in [0,1], when the source gives one. */
  share?: number;
}

export interface DemoContact {
  name: string;
  title?: string;
  phone?: string;
  email?: string;
}

/** Mirrors Enterprise (see the file comment for what is left out). */
export interface DemoEnterprise {
  externalId: string;
  name: string;
  aliases: string[];
  creditCode: string | null;
  stockCode: string | null;
  exchange: string | null;
  listingStatus: ListingStatus;
  listingDate: Date | null;
  operatingStatus: OperatingStatus;
  provinceCode: string | null;
  provinceName: string | null;
  cityCode: string | null;
  cityName: string | null;
  countyCode: string | null;
  countyName: string | null;
  /** Primary GB/T 4754-2017 code (2-4 digits, no section letter). */
  industryCode: string | null;
  industries: DemoEnterpriseIndustry[];
  /** Labels from other taxonomies, here Shenwan 2021 paths ("汽车/汽车零部件/底盘与发动机系统"). */
  industryLabels: string[];
  mainBusiness: string | null;
  products: DemoProduct[];
  /** 万元 */
  registeredCapital: number | null;
  /** 万元 */
  revenue: number | null;
  employees: number | null;
  foundedAt: Date | null;
  signals: DemoExpansionSignal[];
  contacts: DemoContact[];
  tags: string[];
  source: "demo";
}

/** Mirrors Project; `industries` are the ProjectIndustry codes. */
export interface DemoProject {
  code: string;
  name: string;
  industryGroupName: string;
  industries: string[];
  description: string;
  constructionContent: string;
  countyCode: string;
  countyName: string;
  township: string | null;
  park: string | null;
  /** 万元 */
  totalInvestment: number;
  /** 亩 */
  landArea: number | null;
  cooperationModes: string[];
  /** 万元 per year */
  expectedOutput: number | null;
  /** 万元 per year */
  expectedTax: number | null;
  expectedJobs: number | null;
  targetProfile: string;
  preferredIndustries: string[];
  /** 6-digit province codes. */
  preferredRegions: string[];
  /** 万元 */
  minInvestorCapital: number | null;
  stage: ProjectStage;
  responsibleUnits: string[];
  contactPerson: string | null;
  createdAt: Date;
}

/**
 * What the generator knows but the database never stores: which profile and chain node each demo
 * enterprise and project came from. Tests and the evaluation harness use it as ground truth.
 */
export interface DemoLabels {
  enterprises: { externalId: string; profile: string; industryGroup: string | null; chainNode: string | null; sparse: boolean }[];
  projects: { code: string; item: string; chainNode: string }[];
}

export interface DemoData {
  industryGroups: DemoIndustryGroup[];
  projects: DemoProject[];
  enterprises: DemoEnterprise[];
  labels: DemoLabels;
}
