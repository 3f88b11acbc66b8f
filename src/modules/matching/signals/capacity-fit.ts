import type { MatchContext, MatchEnterprise, MatchProject } from "../types";
import { formatWanYuan } from "./reason-format";
import { noData, round4, type SignalOutput } from "./signal-output";

/**
 * Capacity fit: is the project's size within what the enterprise can carry, and worth its attention?
 *
 * The enterprise's investable capacity C (万元) is the largest of the estimates its record allows:
 *   revenue × 0.5            one project rarely takes more than half a year's revenue (built over years)
 *   registered capital × 4   capital understates size; projects are mostly debt-financed (≈ 3:1)
 *   listed → at least 5亿     a listed company can raise money for a project of that order
 * With ρ = totalInvestment / C, the fit is a band on log10 ρ:
 *   0.01 ≤ ρ ≤ 1   → 1                       (a project between 1% and 100% of capacity)
 *   ρ > 1          → 1 − log10(ρ) / 1.5      (3× capacity ≈ 0.68, 10× ≈ 0.33, ≥ 31.6× → 0)
 *   ρ < 0.01       → max(0.2, 1 − log10(0.01/ρ) / 3)   (too small to matter to a giant, never zero)
 * A registered capital below the project's minInvestorCapital caps the value at 0.3 × capital / minimum.
 */
export const REVENUE_CAPACITY_FACTOR = 0.5;
export const CAPITAL_CAPACITY_FACTOR = 4;
export const LISTED_CAPACITY_FLOOR = 50_000;
export const CAPACITY_BAND = { low: 0.01, high: 1, overDecades: 1.5, underDecades: 3, underFloor: 0.2 } as const;

/** Value of a project/capacity ratio on the log band above. */
export function capacityBandValue(ratio: number): number {
  if (!(ratio > 0)) return 0;
  if (ratio > CAPACITY_BAND.high) return Math.max(0, 1 - Math.log10(ratio / CAPACITY_BAND.high) / CAPACITY_BAND.overDecades);
  if (ratio < CAPACITY_BAND.low) {
    return Math.max(CAPACITY_BAND.underFloor, 1 - Math.log10(CAPACITY_BAND.low / ratio) / CAPACITY_BAND.underDecades);
  }
  return 1;
}

function positive(x: number | null | undefined): number | null {
  return x !== undefined && x !== null && Number.isFinite(x) && x > 0 ? x : null;
}

interface CapacityEstimate {
  capacity: number;
  basis: string[];
}

function estimateCapacity(enterprise: MatchEnterprise): CapacityEstimate | null {
  const capital = positive(enterprise.registeredCapital);
  const revenue = positive(enterprise.revenue);
  const listed = enterprise.listingStatus === "listed";
  if (capital === null && revenue === null && !listed) return null;
  const basis: string[] = [];
  let capacity = 0;
  if (revenue !== null) {
    capacity = Math.max(capacity, revenue * REVENUE_CAPACITY_FACTOR);
    basis.push(`营业收入 ${formatWanYuan(revenue)}`);
  }
  if (capital !== null) {
    capacity = Math.max(capacity, capital * CAPITAL_CAPACITY_FACTOR);
    basis.push(`注册资本 ${formatWanYuan(capital)}`);
  }
  if (listed) {
    capacity = Math.max(capacity, LISTED_CAPACITY_FLOOR);
    basis.push("上市公司");
  }
  return { capacity, basis };
}

function describeRatio(ratio: number): string {
  if (ratio > CAPACITY_BAND.high) return `项目约为其承接能力的 ${ratio >= 10 ? Math.round(ratio) : ratio.toFixed(1)} 倍，规模偏大`;
  if (ratio < CAPACITY_BAND.low) return `项目仅为其承接能力的 ${(ratio * 100).toPrecision(2)}%，对企业而言规模偏小`;
  return "项目规模与企业实力相称";
}

export function capacityFit(project: MatchProject, enterprise: MatchEnterprise, _ctx: MatchContext): SignalOutput {
  const fields = ["project.totalInvestment", "project.minInvestorCapital", "enterprise.registeredCapital", "enterprise.revenue", "enterprise.listingStatus"];
  const investment = positive(project.totalInvestment);
  const minimum = positive(project.minInvestorCapital);
  const capital = positive(enterprise.registeredCapital);
  if (investment === null && minimum === null) return noData("项目未填写总投资额，无法判断规模匹配", fields);
  const estimate = estimateCapacity(enterprise);
  if (!estimate) return noData("企业注册资本、营业收入均未知且非上市公司，无法判断规模匹配", fields);

  const parts: string[] = [];
  let value: number;
  if (investment !== null) {
    const ratio = investment / estimate.capacity;
    value = capacityBandValue(ratio);
    parts.push(
      `项目总投资 ${formatWanYuan(investment)}；企业${estimate.basis.join("、")}，估计可承接约 ${formatWanYuan(estimate.capacity)} 的项目，${describeRatio(ratio)}`,
    );
  } else {
    value = 1;
    parts.push(`项目未填写总投资额；企业${estimate.basis.join("、")}`);
  }

  if (minimum !== null) {
    if (capital !== null && capital < minimum) {
      value = Math.min(value, 0.3 * (capital / minimum));
      parts.push(`注册资本 ${formatWanYuan(capital)} 低于项目要求的最低 ${formatWanYuan(minimum)}`);
    } else if (capital !== null) {
      parts.push(`注册资本满足项目最低要求 ${formatWanYuan(minimum)}`);
    } else if (investment === null) {
      if (enterprise.listingStatus !== "listed") return noData(`项目只要求注册资本不低于 ${formatWanYuan(minimum)}，企业注册资本未知`, fields);
      value = 0.8;
      parts.push(`注册资本未知，上市公司通常满足最低 ${formatWanYuan(minimum)} 的要求`);
    } else {
      parts.push(`注册资本未知，未核对最低 ${formatWanYuan(minimum)} 的要求`);
    }
  }
  return { value: round4(value), reason: parts.join("；"), fields };
}
