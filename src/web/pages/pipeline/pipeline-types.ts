/** Response shapes of the pipeline API as these pages use them (src/modules/pipeline is the source of truth). */

export const STAGE_FLOW = ["策划", "发布", "考察", "洽谈", "评审", "协议起草", "签约", "政策兑现"] as const;
export const TERMINATED = "终止";
export const ALL_STAGES = [...STAGE_FLOW, TERMINATED] as const;
export type Stage = (typeof ALL_STAGES)[number];

export const ASSESSMENT_CATEGORIES = ["合法性", "产业政策", "行业准入", "城乡规划", "环保要求", "安全生产", "经济效益"] as const;
export const ITEM_RESULTS = ["passed", "failed", "conditional"] as const;
export type ItemResult = (typeof ITEM_RESULTS)[number];
export const MEETINGS = ["县政府常务会", "县委常委会"] as const;
export const MILESTONE_KINDS = ["供地", "开工", "竣工", "投产"] as const;

export interface Refusal {
  code: string;
  message: string;
}

export interface Transition {
  to: Stage;
  needsApproval: boolean;
  /** request: the change waits for a group lead's approval. */
  mode: "direct" | "request";
  refusals: Refusal[];
}

export interface StageChange {
  id: number;
  projectId: number;
  from: string;
  to: string;
  status: "applied" | "pending" | "rejected";
  actor: string;
  at: string;
  note: string;
  approvedBy: string | null;
  rejectedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  appliedAt: string | null;
}

export interface StageRequest extends StageChange {
  project: { id: number; code: string; name: string; industryGroup: string; stage: string };
}

export interface MetricCheck {
  metric: string;
  label: string;
  value: number | null;
  threshold: number;
  unit: string;
  passed: boolean | null;
  message: string;
}

export interface Assessment {
  id: number;
  result: ItemResult;
  vetoed: boolean;
  reasons: string[];
  items: { id: number; category: string; result: ItemResult; note: string; veto: boolean }[];
  metrics: { investment: number | null; landArea: number | null; annualTax: number | null; annualOutput: number | null; jobs: number | null };
  investmentPerMu: number | null;
  taxPerMu: number | null;
  metricChecks: MetricCheck[];
  committee: { decidedAt: string | null; members: string[] };
  note: string;
  createdBy: string;
  createdAt: string;
}

export interface MeetingApproval {
  id: number;
  meeting: string;
  reference: string;
  date: string | null;
  note: string;
  createdBy: string;
  createdAt: string;
}

export interface Milestone {
  id: number;
  agreementId: number;
  kind: string;
  dueDate: string | null;
  doneAt: string | null;
  note: string;
}

export interface Commitment {
  id: number;
  agreementId: number;
  policyItem: string;
  dueDate: string | null;
  deliveredAt: string | null;
  note: string;
}

export interface Agreement {
  id: number;
  projectId: number;
  enterprise: { id: number; name: string } | null;
  parties: string[];
  signedAt: string | null;
  committedInvestment: number | null;
  depositAmount: number | null;
  depositDueDate: string | null;
  depositPaidAt: string | null;
  status: "active" | "terminated";
  terminatedAt: string | null;
  terminationReason: string | null;
  note: string;
  milestones: Milestone[];
  commitments: Commitment[];
  createdAt: string;
  updatedAt: string;
}

export interface TrackingProblem {
  id: number;
  reportId: number;
  projectId: number;
  projectName?: string;
  periodStart?: string | null;
  text: string;
  status: "open" | "closed";
  assignedUnit: string | null;
  assignedAt: string | null;
  closedAt: string | null;
  closedBy: string | null;
  resolution: string | null;
  createdAt: string;
}

export interface TrackingReport {
  id: number;
  projectId: number;
  periodStart: string;
  periodEnd: string;
  progress: string;
  helpRequested: string;
  industryDept: string;
  township: string;
  submittedBy: string;
  submittedAt: string;
  problems: TrackingProblem[];
}

export interface TrackingPeriod {
  start: string;
  end: string;
  status: "submitted" | "overdue" | "open";
  reportId: number | null;
}

export const ALERT_KINDS = ["deposit_overdue", "milestone_overdue", "commitment_overdue", "report_overdue"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export interface PipelineAlert {
  kind: AlertKind;
  label: string;
  projectId: number;
  projectCode: string;
  projectName: string;
  industryGroup: string;
  agreementId: number | null;
  itemId: number | null;
  periodStart: string | null;
  dueDate: string;
  daysOverdue: number;
  amount: number | null;
  message: string;
}

export interface ProjectRef {
  id: number;
  code: string;
  name: string;
  stage: string;
}

export interface ProjectPipeline {
  project: {
    id: number;
    code: string;
    name: string;
    industryGroup: string;
    stage: Stage;
    township: string | null;
    park: string | null;
    landArea: number | null;
    totalInvestment: number | null;
    investor: { id: number; name: string; creditCode: string | null } | null;
    relaunchedFrom: ProjectRef | null;
    relaunches: ProjectRef[];
  };
  permissions: { canWrite: boolean; canApprove: boolean };
  transitions: Transition[];
  pendingRequest: StageChange | null;
  history: StageChange[];
  latestAssessment: Assessment | null;
  assessments: Assessment[];
  meetingApprovals: MeetingApproval[];
  activeAgreement: Agreement | null;
  agreements: Agreement[];
  tracking: {
    tracked: boolean;
    signedOn: string | null;
    currentPeriod: { start: string; end: string };
    periods: TrackingPeriod[];
    reports: TrackingReport[];
  };
  alerts: PipelineAlert[];
}

export interface PipelineSettings {
  thresholds: { minInvestmentPerMu: number; minTaxPerMu: number; minOutput: number; minJobs: number };
  vetoCategories: string[];
  requiredCategories: string[];
  trackingGraceDays: number;
}

export interface FlowFigure {
  projects: number;
  investment: number;
}

export interface ConversionCounts {
  total: number;
  duplicates: number;
  rejected: number;
  pending: number;
  converted: number;
  inTalks: number;
  signed: number;
  conversionRate: number | null;
  signingRate: number | null;
}

export type LeadConversion =
  | ({ available: true; byChamber: ({ chamberId: number | null; chamber: string } & ConversionCounts)[] } & ConversionCounts)
  | { available: false; reason: string };

export interface Dashboard {
  year: number;
  quarter: number | null;
  range: { from: string; to: string };
  asOf: string;
  totals: { projects: number; investment: number; active: number; signed: number; terminated: number; relaunched: number };
  byStage: ({ stage: Stage } & FlowFigure)[];
  byGroup: ({ group: string; stages: Record<Stage, number> } & FlowFigure)[];
  yearFlow: {
    planned: FlowFigure;
    signed: FlowFigure;
    started: FlowFigure;
    byMonth: { month: number; planned: number; signed: number; started: number }[];
  };
  overdue: {
    deposits: { count: number; amount: number };
    milestones: { count: number };
    commitments: { count: number };
    reports: { count: number; projects: number };
  };
  leadConversion: LeadConversion;
}
