/**
 * Formatting shared by the signals' Chinese reasons, so every reason cites codes, amounts and places the
 * same way ("3670 汽车零部件及配件制造", "2.5亿元", "广东省").
 */
import { INDUSTRY_REFERENCE } from "../../industries/reference-data";
import { findRegionByCode } from "../../regions/reference-data";
import type { MatchContext } from "../types";

const SHIPPED_INDUSTRY_NAMES = new Map(INDUSTRY_REFERENCE.map((r) => [r.code, r.name]));

/** "3670 汽车零部件及配件制造", or the bare code when no name is known. */
export function describeIndustry(code: string, ctx?: Pick<MatchContext, "industryName">): string {
  const name = ctx?.industryName?.(code) ?? SHIPPED_INDUSTRY_NAMES.get(code);
  return name ? `${code} ${name}` : code;
}

/** 万元 amount as an analyst would say it: 50万元, 3000万元, 2亿元, 12.5亿元. */
export function formatWanYuan(amount: number): string {
  if (amount >= 10_000) return `${trimNumber(amount / 10_000)}亿元`;
  return `${trimNumber(amount)}万元`;
}

function trimNumber(x: number): string {
  const digits = x >= 100 ? 0 : x >= 10 ? 1 : 2;
  return String(Number(x.toFixed(digits)));
}

/**
 * Region name for a 2/4/6-digit code (广东省, 遵义市). County names are not shipped (they come from the DB via
 * ctx.regionName); without one, the prefecture or province name stands in, and the code as a last resort.
 */
export function describeRegion(code: string, ctx?: Pick<MatchContext, "regionName">): string {
  const six = code.length === 2 ? `${code}0000` : code.length === 4 ? `${code}00` : code;
  const nameOf = (c: string) => ctx?.regionName?.(c) ?? findRegionByCode(c)?.name;
  return nameOf(six) ?? nameOf(`${six.slice(0, 4)}00`) ?? nameOf(`${six.slice(0, 2)}0000`) ?? `地区 ${code}`;
}

/** "2024-03" for signal and signing dates. */
export function formatMonth(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** Shortens free text quoted inside a reason. */
export function quote(text: string, max = 24): string {
  const compact = text.replace(/\s+/g, " ").trim();
  return `“${compact.length > max ? `${compact.slice(0, max)}…` : compact}”`;
}
