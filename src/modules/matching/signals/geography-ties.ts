import type { MatchContext, MatchEnterprise, MatchProject } from "../types";
import { areNeighbouringProvinces } from "./province-adjacency.data";
import { describeRegion } from "./reason-format";
import { noData, round4, type SignalOutput } from "./signal-output";

/**
 * Geography and ties. Base value by the closest level the enterprise shares with the county:
 *   same county 1.0 · same prefecture 0.85 · same province 0.7 · neighbouring province 0.5 · elsewhere 0.15
 * A project's preferred origin region lifts the value to at least 0.8 (0.9 when it names the enterprise's
 * prefecture or county): the bureau chose those places for a reason (商会 networks, 对口帮扶 partners).
 * A referring chamber of commerce is a live relationship: value = 1 − (1 − v) × 0.5.
 * No data only when the enterprise has no region and no referrer.
 */
export const GEOGRAPHY_SCORE = { county: 1, city: 0.85, province: 0.7, neighbour: 0.5, elsewhere: 0.15 } as const;
export const PREFERRED_REGION_SCORE = { province: 0.8, finer: 0.9 } as const;
export const REFERRER_LIFT = 0.5;

function regionDigits(code: string | null | undefined): string | null {
  const trimmed = code?.trim();
  return trimmed && /^\d{2}(\d{2}){0,2}$/.test(trimmed) ? trimmed : null;
}

/** The enterprise's finest known region as a 6-digit code and its level (1 province, 2 prefecture, 3 county). */
function enterpriseRegion(enterprise: MatchEnterprise): { code: string; level: 1 | 2 | 3 } | null {
  const county = regionDigits(enterprise.countyCode);
  const city = regionDigits(enterprise.cityCode);
  const province = regionDigits(enterprise.provinceCode);
  if (county && county.length === 6 && !county.endsWith("00")) return { code: county, level: 3 };
  const cityLike = [city, county].find((c) => c && c.length >= 4 && c.slice(2, 4) !== "00");
  if (cityLike) return { code: `${cityLike.slice(0, 4)}00`, level: 2 };
  const any = province ?? city ?? county;
  return any ? { code: `${any.slice(0, 2)}0000`, level: 1 } : null;
}

export function geographyTies(project: MatchProject, enterprise: MatchEnterprise, ctx: MatchContext): SignalOutput {
  const fields = ["enterprise.provinceCode", "enterprise.cityCode", "enterprise.countyCode", "project.preferredRegions", "enterprise.referrerChamber"];
  const region = enterpriseRegion(enterprise);
  const chamber = enterprise.referrerChamber?.trim();
  if (!region && !chamber) return noData("企业注册地不详，也没有推荐商会", fields);

  const county = ctx.countyCode;
  const parts: string[] = [];
  let value = 0;
  if (region) {
    const where = describeRegion(region.code, ctx);
    if (region.level === 3 && region.code === county) {
      value = GEOGRAPHY_SCORE.county;
      const countyName = ctx.regionName?.(region.code);
      parts.push(countyName ? `企业注册地在本县（${countyName}）` : "企业注册地在本县");
    } else if (region.level >= 2 && region.code.slice(0, 4) === county.slice(0, 4)) {
      value = GEOGRAPHY_SCORE.city;
      parts.push(`企业位于本市（${describeRegion(county.slice(0, 4), ctx)}）`);
    } else if (region.code.slice(0, 2) === county.slice(0, 2)) {
      value = GEOGRAPHY_SCORE.province;
      parts.push(`企业位于本省（${describeRegion(county.slice(0, 2), ctx)}）`);
    } else if (areNeighbouringProvinces(region.code, county)) {
      value = GEOGRAPHY_SCORE.neighbour;
      parts.push(`企业位于邻省（${describeRegion(region.code.slice(0, 2), ctx)}）`);
    } else {
      value = GEOGRAPHY_SCORE.elsewhere;
      parts.push(`企业位于${where}，非本省或邻省`);
    }

    // The most specific preferred prefix the enterprise's known region satisfies.
    const known = region.level === 3 ? region.code : region.level === 2 ? region.code.slice(0, 4) : region.code.slice(0, 2);
    const preferred = project.preferredRegions
      .map((p) => p.trim())
      .filter((p) => /^\d{2}(\d{2}){0,2}$/.test(p) && known.startsWith(p))
      .sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
    if (preferred) {
      const lifted = preferred.length > 2 ? PREFERRED_REGION_SCORE.finer : PREFERRED_REGION_SCORE.province;
      value = Math.max(value, lifted);
      parts.push(`属于项目优先招商地区 ${preferred}（${describeRegion(preferred, ctx)}）`);
    }
  }
  if (chamber) {
    value = 1 - (1 - value) * (1 - REFERRER_LIFT);
    parts.push(`由「${chamber}」推荐`);
  }
  return { value: round4(value), reason: parts.join("；"), fields };
}
