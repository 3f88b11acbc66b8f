import { INDUSTRY_REFERENCE } from "./reference-data";

/**
 * Stored code prefixes that a filter code covers. Codes below the section are stored without the letter,
 * so a section filter ('C') expands to its divisions ('13' … '43') plus the bare letter.
 */
export function industryFilterPrefixes(code: string): string[] {
  if (!/^[A-T]$/.test(code)) return [code];
  return [code, ...INDUSTRY_REFERENCE.filter((r) => r.level === 2 && r.section === code).map((r) => r.code)];
}

/** Prisma condition on an industry join row (`{ code }`) for a prefix filter. */
export function industryCodeCondition(code: string) {
  return { OR: industryFilterPrefixes(code).map((p) => ({ code: { startsWith: p } })) };
}
