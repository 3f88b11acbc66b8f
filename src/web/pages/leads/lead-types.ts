/** Response shapes of /api/leads/** as these pages use them (src/modules/leads/schemas.ts is the source of truth). */

export const LEAD_STATUSES = ["received", "under_review", "accepted", "merged", "rejected", "duplicate"] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

/** Statuses an analyst still has to act on (the queue's default filter). */
export const OPEN_STATUSES: LeadStatus[] = ["received", "under_review", "duplicate"];

export interface LeadAttachment {
  id: number;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
}

export interface Lead {
  id: number;
  chamber: { id: number; name: string };
  submittedVia: "api" | "form";
  companyName: string;
  creditCode: string | null;
  /** Absent for roles without contact:read (stripped by the server). */
  contactName?: string;
  contactPhone?: string | null;
  contactEmail?: string | null;
  industry: string;
  industryCode: string | null;
  investmentAmount: number | null;
  landArea: number | null;
  investmentType: string | null;
  intendedRegion: string | null;
  description: string;
  consent: boolean;
  consentAt: string;
  status: LeadStatus;
  statusLabel: string;
  rejectReason: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  firstReviewedAt: string | null;
  enterpriseId: number | null;
  duplicateOfLeadId: number | null;
  createdAt: string;
  dueAt: string;
  overdue: boolean;
  candidateCount: number;
  attachments: LeadAttachment[];
}

export interface DedupCandidate {
  kind: "enterprise" | "lead";
  id: number;
  name: string;
  creditCode: string | null;
  chamberName?: string;
  status?: string;
  createdAt?: string;
  /** 0–1 */
  score: number;
  reasons: { code: "credit_code" | "name" | "phone"; message: string }[];
}

export interface MergeHistoryEntry {
  id: number;
  enterpriseId: number;
  field: string;
  fieldLabel: string;
  choice: "lead" | "enterprise";
  before: unknown;
  leadValue: unknown;
  after: unknown;
  mergedBy: string;
  mergedAt: string;
}

export interface LeadDetail extends Lead {
  candidates: DedupCandidate[];
  duplicateOf: { id: number; companyName: string; chamberName: string; createdAt: string; status: string } | null;
  enterprise: { id: number; name: string; referrerChamberId: number | null; referrerChamberName: string | null; referredAt: string | null } | null;
  mergeHistory: MergeHistoryEntry[];
}

/** What a chamber sees of its own leads. */
export interface ChamberLead {
  id: number;
  submittedVia: "api" | "form";
  companyName: string;
  creditCode: string | null;
  status: LeadStatus;
  statusLabel: string;
  rejectReason: string | null;
  reviewedAt: string | null;
  createdAt: string;
  referralCredited: boolean;
}

export type MergeChoice = "lead" | "enterprise";

export interface MergeFieldComparison {
  field: string;
  label: string;
  leadValue: unknown;
  enterpriseValue: unknown;
  /** Both sides hold different values: a choice is required. */
  conflict: boolean;
  /** What happens without a choice (null: a choice is required). */
  defaultChoice: MergeChoice | null;
  effect: string;
}

export interface MergePreview {
  leadId: number;
  enterprise: { id: number; name: string };
  fields: MergeFieldComparison[];
}

export interface AcceptedMatch {
  project: { id: number; name: string; industryGroup: string; totalInvestment: number | null };
  rank: number;
  total: number;
  coverage: number;
  signals: { key: string; label: string; value: number | null; weight: number; contribution: number; reason: string }[];
}

export interface AcceptResult {
  lead: Lead;
  enterprise: { id: number; name: string; referrerChamberId: number | null; referredAt: string | null };
  /** The enterprise's matching projects, or why they could not be computed (the acceptance stands). */
  matches: { total: number; items: AcceptedMatch[]; excludedCount: number } | { error: string };
}

export interface ResponseFigures {
  submitted: number;
  reviewed: number;
  awaitingReview: number;
  overdue: number;
  reviewedLate: number;
  withinDeadlineRate: number | null;
  responseHours: { mean: number; median: number; p90: number; max: number } | null;
  byStatus: Record<LeadStatus, number>;
}

export interface LeadStats {
  deadlineDays: number;
  generatedAt: string;
  overall: ResponseFigures;
  chambers: ({ chamberId: number; chamberName: string } & ResponseFigures)[];
  overdueLeads: { id: number; chamberId: number; chamberName: string; companyName: string; status: string; createdAt: string; dueAt: string; waitingDays: number }[];
}

export interface Chamber {
  id: number;
  name: string;
  kind: string;
  region: string | null;
}

export interface FormLink {
  chamberId: number;
  chamberName: string;
  token: string;
  path: string;
  expiresAt: string;
}
