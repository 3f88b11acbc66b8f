/** Response shapes of the API as the UI uses them (the server's zod schemas are the source of truth). */

export interface User {
  id: number;
  username: string;
  displayName: string;
  role: string;
  roleLabel: string;
  groups: string[];
  chamberId: number | null;
  permissions: string[];
}

export interface SessionResponse {
  user: User;
  csrfToken: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface IndustryRef {
  code: string;
  name: string | null;
}

export interface Project {
  id: number;
  code: string;
  name: string;
  industryGroup: string;
  industries: IndustryRef[];
  description: string;
  constructionContent: string;
  countyCode: string | null;
  countyName: string | null;
  township: string | null;
  park: string | null;
  totalInvestment: number | null;
  landArea: number | null;
  cooperationModes: string[];
  expectedOutput: number | null;
  expectedTax: number | null;
  expectedJobs: number | null;
  targetProfile: string;
  preferredIndustries: string[];
  preferredRegions: string[];
  minInvestorCapital: number | null;
  stage: string;
  responsibleUnits: string[];
  contactPerson?: string | null;
  updatedAt: string;
}

export interface Contact {
  name: string;
  title?: string;
  phone?: string;
  email?: string;
}

export interface EnterpriseSignal {
  id: number;
  type: string;
  occurredAt: string;
  description: string;
  source: string;
  url?: string;
}

export interface Enterprise {
  id: number;
  name: string;
  aliases: string[];
  creditCode: string | null;
  externalId: string | null;
  stockCode: string | null;
  exchange: string | null;
  listingStatus: string;
  listingDate: string | null;
  operatingStatus: string;
  provinceName: string | null;
  cityName: string | null;
  countyName: string | null;
  industries: { code: string; kind: string; confidence: number; name: string | null; evidence?: string | null }[];
  industryLabels: string[];
  mainBusiness: string | null;
  products: { name: string; share?: number }[];
  registeredCapital: number | null;
  revenue: number | null;
  employees: number | null;
  foundedAt: string | null;
  signals: EnterpriseSignal[];
  /** Absent for roles without contact:read (stripped by the server). */
  contacts?: Contact[];
  tags: string[];
  source: string;
  /** The chamber of commerce that referred the enterprise, when the leads module knows one. */
  referrerChamber?: string | null;
  updatedAt: string;
}

export interface SearchHit<D> {
  id: number;
  score: number;
  highlights?: Record<string, string>;
  doc: D;
}

export interface SearchResult<D> {
  mode: "keyword" | "hybrid";
  hits: SearchHit<D>[];
  total: number;
  facets: Record<string, Record<string, number>>;
  processingMs: number;
}

export interface ProjectDoc {
  id: number;
  code: string;
  name: string;
  description: string;
  industryGroup: string;
  industryCodes: string[];
  township?: string;
  stage: string;
  totalInvestment?: number;
  landArea?: number;
}

export interface EnterpriseDoc {
  id: number;
  name: string;
  aliases: string[];
  products: string[];
  mainBusiness: string;
  industryLabels: string[];
  industryCodes: string[];
  provinceCode?: string;
  provinceName?: string;
  cityName?: string;
  registeredCapital?: number;
  revenue?: number;
  listingStatus: string;
  operatingStatus: string;
  tags: string[];
  source: string;
}

export interface MatchSignal {
  key: string;
  label: string;
  /** null = 数据缺失 */
  value: number | null;
  weight: number;
  contribution: number;
  reason: string;
}

export interface MatchItem {
  enterprise: {
    id: number;
    name: string;
    provinceName: string | null;
    cityName: string | null;
    registeredCapital: number | null;
    listingStatus: string;
    operatingStatus: string;
  };
  rank: number;
  total: number;
  coverage: number;
  signals: MatchSignal[];
}

export interface ProjectMatches {
  project: { id: number; code: string; name: string; industryGroup: string };
  weights: Record<string, number>;
  mode: "keyword" | "hybrid";
  total: number;
  limit: number;
  offset: number;
  items: MatchItem[];
  excludedCount: number;
  excluded?: { enterprise: { id: number; name: string }; reasons: string[] }[];
}

export interface EnterpriseMatches {
  enterprise: { id: number; name: string };
  total: number;
  items: { project: { id: number; name: string; industryGroup: string; totalInvestment: number | null }; rank: number; total: number; coverage: number; signals: MatchSignal[] }[];
  excludedCount: number;
}

export interface IndustryGroup {
  name: string;
  sortOrder: number;
  industryCodes: string[];
}

export interface Region {
  code: string;
  name: string;
  parentCode: string | null;
}

export interface Health {
  status: string;
  checks: Record<string, { ok: boolean; enabled?: boolean; message?: string; reason?: string } | undefined>;
}

export const SHORTLIST_STATUSES = ["待联系", "已联系", "洽谈中", "已放弃", "已签约"] as const;
export type ShortlistStatus = (typeof SHORTLIST_STATUSES)[number];

export interface ShortlistSummary {
  id: number;
  name: string;
  description: string;
  project: { id: number; code: string; name: string } | null;
  owner: { userId: number | null; apiKeyId: number | null; name: string };
  itemCount: number;
  statusCounts: Record<string, number>;
  createdAt: string;
  updatedAt: string;
}

export interface ShortlistNote {
  id: number;
  text: string;
  authorId: number | null;
  authorName: string;
  createdAt: string;
}

export interface ShortlistItem {
  id: number;
  enterpriseId: number;
  enterprise: {
    id: number;
    name: string;
    provinceName: string | null;
    cityName: string | null;
    countyName: string | null;
    industryCode: string | null;
    industryName: string | null;
    deleted: boolean;
  };
  status: ShortlistStatus;
  assignee: { id: number; name: string } | null;
  dueDate: string | null;
  score: number | null;
  scoreBreakdown: MatchSignal[];
  addedAt: string;
  updatedAt: string;
  noteCount: number;
  lastNote: ShortlistNote | null;
}
