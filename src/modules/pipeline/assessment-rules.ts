/** 事前评估: checklist categories, veto (一票否决) items and economic thresholds, as pure rules. */
export const ASSESSMENT_CATEGORIES = ["合法性", "产业政策", "行业准入", "城乡规划", "环保要求", "安全生产", "经济效益"] as const;
export type AssessmentCategory = (typeof ASSESSMENT_CATEGORIES)[number];
export const ITEM_RESULTS = ["passed", "failed", "conditional"] as const;
export type ItemResult = (typeof ITEM_RESULTS)[number];

const RESULT_LABEL: Record<ItemResult, string> = { passed: "通过", failed: "未通过", conditional: "有条件通过" };

export interface AssessmentThresholds {
  /** 投资强度, 万元/亩; 0 = not checked. */
  minInvestmentPerMu: number;
  /** 亩均税收, 万元/亩/年; 0 = not checked. */
  minTaxPerMu: number;
  /** 年产值, 万元; 0 = not checked. */
  minOutput: number;
  minJobs: number;
}

export interface AssessmentRules {
  thresholds: AssessmentThresholds;
  /** Categories whose failure fails the whole assessment. */
  vetoCategories: readonly string[];
  /** Categories every assessment must cover. */
  requiredCategories: readonly string[];
}

export interface AssessmentItemInput {
  category: AssessmentCategory;
  result: ItemResult;
  note?: string;
  /** Marks this item as a veto item even when its category is not one. */
  veto?: boolean;
}

export interface AssessmentMetrics {
  /** 万元 */
  investment: number | null;
  /** 亩 */
  landArea: number | null;
  /** 万元/年 */
  annualTax: number | null;
  /** 万元/年 */
  annualOutput: number | null;
  jobs: number | null;
}

export interface MetricCheck {
  metric: "investmentPerMu" | "taxPerMu" | "annualOutput" | "jobs";
  label: string;
  value: number | null;
  threshold: number;
  unit: string;
  /** null: the data to compute it is missing. */
  passed: boolean | null;
  message: string;
}

export interface AssessmentOutcome {
  result: ItemResult;
  vetoed: boolean;
  reasons: string[];
  items: (AssessmentItemInput & { veto: boolean; note: string })[];
  metricChecks: MetricCheck[];
  investmentPerMu: number | null;
  taxPerMu: number | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function perMu(amount: number | null, landArea: number | null): number | null {
  return amount != null && landArea != null && landArea > 0 ? round2(amount / landArea) : null;
}

export function missingCategories(items: readonly { category: string }[], required: readonly string[]): string[] {
  const present = new Set(items.map((i) => i.category));
  return required.filter((c) => !present.has(c));
}

function check(metric: MetricCheck["metric"], label: string, unit: string, value: number | null, threshold: number, missing: string): MetricCheck | null {
  if (!(threshold > 0)) return null;
  if (value == null) return { metric, label, value, threshold, unit, passed: null, message: `${missing}，无法核算${label}` };
  const passed = value >= threshold;
  const message = passed
    ? `${label} ${value} ${unit}，达到最低要求 ${threshold} ${unit}`
    : `${label} ${value} ${unit}，低于最低要求 ${threshold} ${unit}`;
  return { metric, label, value, threshold, unit, passed, message };
}

/**
 * The overall result: a failed veto item fails everything (一票否决); otherwise any failed item or metric
 * below its threshold fails; any conditional item or metric that cannot be computed makes it conditional.
 */
export function evaluateAssessment(input: readonly AssessmentItemInput[], metrics: AssessmentMetrics, rules: AssessmentRules): AssessmentOutcome {
  const vetoCategories = new Set(rules.vetoCategories);
  const items = input.map((i) => ({ ...i, note: i.note ?? "", veto: i.veto ?? vetoCategories.has(i.category) }));
  const investmentPerMu = perMu(metrics.investment, metrics.landArea);
  const taxPerMu = perMu(metrics.annualTax, metrics.landArea);
  const t = rules.thresholds;
  const noLand = metrics.landArea == null || metrics.landArea <= 0 ? "缺少用地面积" : "缺少总投资";
  const metricChecks = [
    check("investmentPerMu", "投资强度", "万元/亩", investmentPerMu, t.minInvestmentPerMu, metrics.investment == null ? "缺少总投资" : noLand),
    check("taxPerMu", "亩均税收", "万元/亩", taxPerMu, t.minTaxPerMu, metrics.annualTax == null ? "缺少年税收" : "缺少用地面积"),
    check("annualOutput", "年产值", "万元", metrics.annualOutput, t.minOutput, "缺少年产值"),
    check("jobs", "带动就业", "人", metrics.jobs, t.minJobs, "缺少就业人数"),
  ].filter((c): c is MetricCheck => c !== null);

  const describe = (i: (typeof items)[number]) => `${i.category}${RESULT_LABEL[i.result]}${i.note ? `（${i.note}）` : ""}`;
  const vetoFailures = items.filter((i) => i.veto && i.result === "failed");
  const failures = items.filter((i) => !i.veto && i.result === "failed");
  const conditionals = items.filter((i) => i.result === "conditional");
  const metricFailures = metricChecks.filter((c) => c.passed === false);
  const metricUnknown = metricChecks.filter((c) => c.passed === null);

  const reasons: string[] = [
    ...vetoFailures.map((i) => `一票否决：${describe(i)}`),
    ...failures.map(describe),
    ...metricFailures.map((c) => c.message),
    ...conditionals.map(describe),
    ...metricUnknown.map((c) => c.message),
  ];
  const result: ItemResult =
    vetoFailures.length || failures.length || metricFailures.length ? "failed" : conditionals.length || metricUnknown.length ? "conditional" : "passed";
  if (result === "passed") reasons.push("各项评估均通过，经济指标达到要求");
  return { result, vetoed: vetoFailures.length > 0, reasons, items, metricChecks, investmentPerMu, taxPerMu };
}
