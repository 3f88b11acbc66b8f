/**
 * Plain inputs of the matching logic. The caller (retrieval, match runs, the HTTP layer) maps DB rows to
 * these; the scorer never sees Prisma types, so it stays pure and testable with hand-made records.
 *
 * Amounts are in 万元, regions are 6-digit administrative codes (prefixes of 2/4/6 digits where stated),
 * industries are canonical GB/T 4754-2017 codes (section letter, or 2-4 digits without the letter).
 */
import type { ChainMap } from "./chain-map.types";

/** DB ids are integers today; strings are accepted so imports keyed by external ids work the same. */
export type EntityId = number | string;

export interface InferredIndustryCode {
  code: string;
  /** 0..1 */
  confidence: number;
}

export interface MatchProject {
  id: EntityId;
  name: string;
  /** The county's industry group name, e.g. 新能源汽车 (the chain map is keyed by it). */
  industryGroup: string;
  /** Confirmed GB/T codes. */
  industryCodes: string[];
  /** Codes inferred from the project text (kept apart from confirmed ones). */
  inferredIndustries: InferredIndustryCode[];
  description: string;
  constructionContent: string;
  /** Who the bureau wants to attract (free text). */
  targetProfile: string;
  /** 总投资, 万元. */
  totalInvestment?: number | null;
  /** GB/T code prefixes the bureau prefers for investors. */
  preferredIndustries: string[];
  /** Region code prefixes (2/4/6 digits) the bureau prefers investors from. */
  preferredRegions: string[];
  /** Minimum registered capital of the investor, 万元. */
  minInvestorCapital?: number | null;
  countyCode?: string | null;
}

export type EnterpriseIndustryKind = "primary" | "secondary" | "inferred";

export interface MatchEnterpriseIndustry {
  code: string;
  kind: EnterpriseIndustryKind;
  /** 1 for confirmed codes; the inference confidence for inferred ones. */
  confidence: number;
}

export interface MatchEnterpriseProduct {
  name: string;
  /** Revenue share 0..1 when known. */
  share?: number | null;
}

export type ListingStatus = "listed" | "delisted" | "unlisted";

export interface MatchSignalRecord {
  /** branch | financing | land | hiring | capacity | investment | other (free strings tolerated). */
  type: string;
  occurredAt: Date;
  description: string;
  source: string;
}

export interface MatchTrackRecord {
  projectId: EntityId;
  projectName: string;
  industryGroup: string;
  industryCodes: string[];
  signedAt: Date;
}

export interface MatchEnterprise {
  id: EntityId;
  name: string;
  industries: MatchEnterpriseIndustry[];
  /** Other taxonomies' labels as imported (申万 levels, tushare industry, 证监会 …). */
  industryLabels: string[];
  products: MatchEnterpriseProduct[];
  mainBusiness: string;
  provinceCode?: string | null;
  cityCode?: string | null;
  countyCode?: string | null;
  /** 注册资本, 万元. */
  registeredCapital?: number | null;
  /** 营业收入 (annual), 万元. */
  revenue?: number | null;
  employees?: number | null;
  listingStatus: ListingStatus;
  /** 存续, 在业, 注销, 吊销 … as recorded. */
  operatingStatus: string;
  foundedAt?: Date | null;
  signals: MatchSignalRecord[];
  /** Name of the chamber of commerce that referred the enterprise, if any. */
  referrerChamber?: string | null;
  /** Projects of our library this enterprise signed. */
  trackRecord: MatchTrackRecord[];
}

export interface MatchContext {
  /** The clock: every recency computation uses this, never the system time. */
  now: Date;
  /** The county's own 6-digit code, e.g. '520324'. */
  countyCode: string;
  /** Search engine relevance of this pair in [0,1]; absent when the engine gave none. */
  textScore?: number | null;
  /** Cosine of the two embeddings (-1..1); absent when the embedder is off. */
  semanticSimilarity?: number | null;
  chainMap: ChainMap;
  /** Name of a GB/T code for reasons (the full table lives in the DB); sections and divisions fall back to the shipped reference. */
  industryName?: (code: string) => string | null | undefined;
  /** Name of a region code for reasons; provinces and prefectures fall back to the shipped reference. */
  regionName?: (code: string) => string | null | undefined;
}

/** One explained signal of a score. */
export interface SignalResult {
  key: string;
  /** Chinese label, e.g. 行业匹配. */
  label: string;
  /** 0..1, or null = 数据缺失 (left out of the weighted mean). */
  value: number | null;
  weight: number;
  /** Points (of the 0-100 total, before the coverage adjustment) this signal contributed. */
  contribution: number;
  /** Chinese, cites the fields used and their values. */
  reason: string;
  /** Field paths used, e.g. ['project.industryCodes', 'enterprise.industries']. */
  fields: string[];
}
