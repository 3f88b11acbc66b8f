/**
 * Search documents: the denormalised shape the indexer builds from the database. Both engines index exactly
 * these fields (see index-schemas.ts for which are searchable, filterable, sortable).
 */

export type ListingStatus = "listed" | "delisted" | "unlisted";

export interface EnterpriseSearchDoc {
  id: number;
  name: string;
  aliases: string[];
  /** Product names. */
  products: string[];
  mainBusiness: string;
  industryLabels: string[];
  /** GB/T 4754-2017 codes as stored (any level). */
  industryCodes: string[];
  /** expandIndustryPrefixes(industryCodes): every level, so prefix filters are equality filters. */
  industryPrefixes: string[];
  provinceCode?: string;
  cityCode?: string;
  countyCode?: string;
  /** expandRegionPrefixes of the most precise region code. */
  regionPrefixes: string[];
  provinceName?: string;
  cityName?: string;
  /** 万元 */
  registeredCapital?: number;
  /** 万元 */
  revenue?: number;
  listingStatus: ListingStatus;
  operatingStatus: string;
  tags: string[];
  source: string;
  /** epoch ms */
  updatedAt: number;
  /** Embedding of the enterprise text; absent until the embedder has run. Engines normalise it to unit length. */
  _vector?: number[] | Float32Array;
}

export interface ProjectSearchDoc {
  id: number;
  code: string;
  name: string;
  description: string;
  constructionContent: string;
  targetProfile: string;
  industryGroup: string;
  industryCodes: string[];
  industryPrefixes: string[];
  countyCode?: string;
  township?: string;
  regionPrefixes: string[];
  stage: string;
  /** 万元 */
  totalInvestment?: number;
  /** 亩 */
  landArea?: number;
  /** epoch ms */
  updatedAt: number;
  _vector?: number[] | Float32Array;
}

/**
 * GB/T 4754 codes are a section letter plus 2/3/4 digits (C, C36, C367, C3670). Codes stored without the
 * letter (3670) expand over their digits only (36, 367, 3670). Unknown shapes are kept as they are.
 */
export function expandIndustryPrefixes(codes: readonly string[]): string[] {
  const out = new Set<string>();
  for (const raw of codes) {
    const code = raw.trim().toUpperCase();
    if (!code) continue;
    const match = /^([A-Z]?)(\d*)$/.exec(code);
    if (!match) {
      out.add(code);
      continue;
    }
    const [, letter, digits] = match;
    if (letter) out.add(letter);
    for (const len of [2, 3, 4]) if (digits.length >= len) out.add(letter + digits.slice(0, len));
    if (digits.length > 4 || (digits.length === 1 && !letter)) out.add(code);
  }
  return [...out];
}

/** Administrative codes: province 2, prefecture 4, county 6, township 9, village 12 digits. */
export function expandRegionPrefixes(codes: readonly string[]): string[] {
  const out = new Set<string>();
  for (const raw of codes) {
    const code = raw.trim();
    if (!code) continue;
    if (!/^\d+$/.test(code)) {
      out.add(code);
      continue;
    }
    for (const len of REGION_LEVEL_LENGTHS) if (code.length >= len) out.add(code.slice(0, len));
    if (!REGION_LEVEL_LENGTHS.includes(code.length)) out.add(code);
  }
  return [...out];
}

export const REGION_LEVEL_LENGTHS: readonly number[] = [2, 4, 6, 9, 12];

/** Whether `prefix` sits on a level boundary, i.e. appears in the expanded prefixes of a full code. */
export function isIndustryPrefixLevel(prefix: string): boolean {
  return /^[A-Z](\d{2,4})?$/i.test(prefix) || /^\d{2,4}$/.test(prefix);
}

export function isRegionPrefixLevel(prefix: string): boolean {
  return /^\d+$/.test(prefix) && REGION_LEVEL_LENGTHS.includes(prefix.length);
}
