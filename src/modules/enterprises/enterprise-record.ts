import type { EnterpriseInput, EnterprisePatch } from "./schemas";
import { normalizeEnterpriseName } from "./name-normalization";
import type { RegionDirectory } from "../regions/region-directory";

/**
 * The stored shape of an enterprise's own fields (without id, timestamps, relations),
 * derived from validated input. Import, API and leads all go through this one mapping.
 */
export interface EnterpriseRecord {
  name: string;
  normalizedName: string;
  aliases: string[];
  creditCode: string | null;
  externalId: string | null;
  stockCode: string | null;
  exchange: string | null;
  listingStatus: string;
  listingDate: Date | null;
  operatingStatus: string;
  provinceCode: string | null;
  provinceName: string | null;
  cityCode: string | null;
  cityName: string | null;
  countyCode: string | null;
  countyName: string | null;
  industryCode: string | null;
  industryLabels: string[];
  mainBusiness: string | null;
  products: { name: string; share?: number }[];
  registeredCapital: number | null;
  revenue: number | null;
  employees: number | null;
  foundedAt: Date | null;
  contacts: { name: string; title?: string; phone?: string; email?: string }[];
  tags: string[];
  source: string;
  searchText: string;
}

export interface EnterpriseRelations {
  /** Confirmed codes, primary first (replaces primary/secondary, keeps inferred). */
  industryCodes?: string[];
  signals?: EnterpriseInput["signals"];
}

/** Applies a validated patch to a record (or to nothing, for a create) and derives the dependent fields. */
export function applyEnterprisePatch(
  base: EnterpriseRecord | null,
  patch: EnterprisePatch,
  regions: RegionDirectory,
): EnterpriseRecord {
  const merged: EnterpriseRecord = {
    name: patch.name ?? base?.name ?? "",
    normalizedName: "",
    aliases: patch.aliases ?? base?.aliases ?? [],
    creditCode: pick(patch.creditCode, base?.creditCode),
    externalId: pick(patch.externalId, base?.externalId),
    stockCode: pick(patch.stockCode, base?.stockCode),
    exchange: pick(patch.exchange, base?.exchange),
    listingStatus: patch.listingStatus ?? base?.listingStatus ?? "unlisted",
    listingDate: pick(patch.listingDate, base?.listingDate),
    operatingStatus: patch.operatingStatus ?? base?.operatingStatus ?? "存续",
    provinceCode: pick(patch.provinceCode, base?.provinceCode),
    provinceName: null,
    cityCode: pick(patch.cityCode, base?.cityCode),
    cityName: null,
    countyCode: pick(patch.countyCode, base?.countyCode),
    countyName: null,
    industryCode: patch.industryCodes ? (patch.industryCodes[0] ?? null) : (base?.industryCode ?? null),
    industryLabels: patch.industryLabels ?? base?.industryLabels ?? [],
    mainBusiness: pick(patch.mainBusiness, base?.mainBusiness),
    products: patch.products ?? base?.products ?? [],
    registeredCapital: pick(patch.registeredCapital, base?.registeredCapital),
    revenue: pick(patch.revenue, base?.revenue),
    employees: pick(patch.employees, base?.employees),
    foundedAt: pick(patch.foundedAt, base?.foundedAt),
    contacts: patch.contacts ?? base?.contacts ?? [],
    tags: patch.tags ?? base?.tags ?? [],
    source: patch.source ?? base?.source ?? "manual",
    searchText: "",
  };
  merged.normalizedName = normalizeEnterpriseName(merged.name);
  merged.searchText = [
    merged.name,
    ...merged.aliases,
    ...merged.products.map((p) => p.name),
    merged.mainBusiness ?? "",
    ...merged.industryLabels,
    ...merged.tags,
  ]
    .filter(Boolean)
    .join(" ");
  // A county code implies its city and province; a city implies its province.
  const county = regions.get(merged.countyCode);
  if (county && !merged.cityCode) merged.cityCode = regions.cityOf(county.code)?.code ?? null;
  if (merged.cityCode && !merged.provinceCode) merged.provinceCode = regions.provinceOf(merged.cityCode)?.code ?? null;
  if (merged.countyCode && !merged.provinceCode) merged.provinceCode = regions.provinceOf(merged.countyCode)?.code ?? null;
  merged.provinceName = regions.nameOf(merged.provinceCode);
  merged.cityName = regions.nameOf(merged.cityCode);
  merged.countyName = regions.nameOf(merged.countyCode);
  return merged;
}

function pick<T>(next: T | null | undefined, prev: T | null | undefined): T | null {
  return next === undefined ? (prev ?? null) : next;
}

/** A stable string of everything an import can change, to tell "unchanged" rows apart. */
export function enterpriseFingerprint(record: EnterpriseRecord, industryCodes: string[]): string {
  return JSON.stringify({
    ...record,
    listingDate: record.listingDate?.toISOString() ?? null,
    foundedAt: record.foundedAt?.toISOString() ?? null,
    industryCodes,
  });
}
