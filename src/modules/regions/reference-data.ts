/**
 * Administrative divisions (GB/T 2260 / 统计用区划代码) the repo ships, plus the parsers that load the
 * full tables and the name resolver the importer uses.
 *
 * Codes are always 6 digits: 440000 (广东省, level 1), 440300 (深圳市, level 2), 440305 (南山区, level 3).
 * Shipped: the 31 provinces of the statistics table, 台湾/香港/澳门 (GB/T 2260 codes 710000/810000/820000,
 * because investors from there are an everyday case for an investment bureau), and the 342 prefecture-level
 * entries, including the placeholders the standard uses as parents of county-level units (市辖区, 县,
 * 省直辖县级行政区划). County level comes from `npm run import -- regions <file>` via `loadRegionTable`.
 */
import { isUtf8 } from "node:buffer";
import { readFile } from "node:fs/promises";
import { parse as parseCsv } from "csv-parse/sync";
import iconv from "iconv-lite";
import shipped from "./reference-data.json";

export type RegionLevel = 1 | 2 | 3;

export interface RegionRecord {
  /** 6-digit administrative code. */
  code: string;
  level: RegionLevel;
  /** Official full name, e.g. 深圳市. */
  name: string;
  /** Code of the enclosing unit; null for provinces. */
  parentCode: string | null;
  /** Colloquial short form (深圳, 广东, 内蒙古, 延边); absent for placeholders like 市辖区. */
  shortName?: string;
}

export interface ResolvedRegion {
  /** The most specific unit recognised. */
  region: RegionRecord;
  province: RegionRecord;
  city?: RegionRecord;
  county?: RegionRecord;
}

/** Placeholder prefecture entries: real parents in the code tree, never what a person means by a name. */
const PLACEHOLDER_NAMES = new Set(["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]);

/** Short forms people write that the suffix rules cannot derive (the A-share list writes 内蒙). */
const EXTRA_ALIASES: Record<string, string> = { 内蒙: "150000" };

const PROVINCE_SHORT_NAMES: Record<string, string> = {
  内蒙古自治区: "内蒙古",
  广西壮族自治区: "广西",
  西藏自治区: "西藏",
  宁夏回族自治区: "宁夏",
  新疆维吾尔自治区: "新疆",
  香港特别行政区: "香港",
  澳门特别行政区: "澳门",
};

/**
 * Ethnic group names that appear in autonomous prefecture/county names; they are stripped (repeatedly, from
 * the end) to get the place name: 黔西南布依族苗族自治州 -> 黔西南.
 */
const ETHNIC_GROUPS = [
  "朝鲜", "土家", "苗", "藏", "羌", "彝", "布依", "侗", "哈尼", "壮", "傣", "白", "景颇", "傈僳", "回", "蒙古",
  "柯尔克孜", "哈萨克", "瑶", "黎", "满", "畲", "仡佬", "水", "纳西", "拉祜", "佤", "普米", "怒", "独龙",
  "达斡尔", "鄂温克", "鄂伦春", "锡伯", "塔吉克", "撒拉", "保安", "东乡", "土", "裕固", "仫佬", "毛南", "各",
  "维吾尔", "阿昌", "德昂", "基诺", "布朗", "京", "俄罗斯", "乌孜别克", "塔塔尔", "门巴", "珞巴", "高山",
].sort((a, b) => b.length - a.length);

function stripEthnicSuffixes(stem: string): string {
  let current = stem;
  for (;;) {
    const before = current;
    for (const group of ETHNIC_GROUPS) {
      for (const suffix of [`${group}族`, group]) {
        if (current.endsWith(suffix) && current.length - suffix.length >= 2) {
          current = current.slice(0, -suffix.length);
          break;
        }
      }
      if (current !== before) break;
    }
    if (current === before) return current;
  }
}

/** Colloquial short form of an official name, or undefined when there is none worth matching on. */
export function regionShortName(name: string, level: RegionLevel): string | undefined {
  if (PLACEHOLDER_NAMES.has(name)) return undefined;
  if (level === 1) {
    if (PROVINCE_SHORT_NAMES[name]) return PROVINCE_SHORT_NAMES[name];
    const stem = name.replace(/(省|市)$/, "");
    return stem !== name && stem.length >= 2 ? stem : undefined;
  }
  const autonomous = name.match(/^(.+?)自治(州|县|旗)$/);
  if (autonomous) {
    const stem = stripEthnicSuffixes(autonomous[1]);
    return stem.length >= 2 && stem !== name ? stem : undefined;
  }
  // County-level 区/县 names shorter than 3 characters (城区, 郊区) would collide with ordinary words.
  const suffixes = level === 2 ? ["地区", "市", "盟"] : ["新区", "林区", "区", "县", "市", "旗"];
  for (const suffix of suffixes) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) return name.slice(0, -suffix.length);
  }
  return undefined;
}

/** Short names of 地区/盟/自治州 and counties: real place names, but too often ordinary words in a brand. */
function isLooseShortName(record: RegionRecord): boolean {
  return record.level === 3 || (record.level === 2 && !record.name.endsWith("市"));
}

/** Level and parent follow from the code itself: xx0000 province, xxxx00 prefecture, otherwise county. */
function regionLevelOf(code: string): RegionLevel {
  if (code.endsWith("0000")) return 1;
  if (code.endsWith("00")) return 2;
  return 3;
}

function parentCodeOf(code: string, level: RegionLevel): string | null {
  if (level === 1) return null;
  if (level === 2) return `${code.slice(0, 2)}0000`;
  return `${code.slice(0, 4)}00`;
}

function buildRecord(code: string, name: string): RegionRecord {
  const level = regionLevelOf(code);
  const record: RegionRecord = { code, level, name, parentCode: parentCodeOf(code, level) };
  const shortName = regionShortName(name, level);
  if (shortName) record.shortName = shortName;
  return record;
}

const shippedData = shipped as unknown as { provinces: [string, string][]; prefectures: [string, string, string][] };

/** The shipped provinces (34) and prefecture-level entries (342), provinces first. */
export const REGION_REFERENCE: readonly RegionRecord[] = Object.freeze(
  [...shippedData.provinces, ...shippedData.prefectures].map(([code, name]) => Object.freeze(buildRecord(code, name))),
);

/**
 * Turns 2/4/6/9/12-digit division codes into the 6-digit form; returns null for anything else and for
 * codes below county level (9 and 12 digits with a non-zero town part), which this product does not model.
 */
export function normalizeRegionCode(input: string): string | null {
  const digits = input.normalize("NFKC").trim();
  if (!/^\d+$/.test(digits)) return null;
  if (digits.length === 2) return `${digits}0000`;
  if (digits.length === 4) return `${digits}00`;
  if (digits.length === 6) return digits;
  if ((digits.length === 9 || digits.length === 12) && /^0+$/.test(digits.slice(6))) return digits.slice(0, 6);
  return null;
}

/** A name index over a set of region records; the shipped set is indexed once, custom sets on demand. */
class RegionIndex {
  private readonly byCode = new Map<string, RegionRecord>();
  private readonly childrenByParent = new Map<string, RegionRecord[]>();
  private readonly topLevelNames: { key: string; record: RegionRecord; loose: boolean }[] = [];
  /** County-level full names; a name used by several counties (朝阳区) maps to null. */
  private readonly countiesByName = new Map<string, RegionRecord | null>();

  constructor(records: readonly RegionRecord[]) {
    for (const record of records) {
      this.byCode.set(record.code, record);
      if (record.level === 3) {
        this.countiesByName.set(record.name, this.countiesByName.has(record.name) ? null : record);
      }
      if (record.parentCode) {
        const siblings = this.childrenByParent.get(record.parentCode) ?? [];
        siblings.push(record);
        this.childrenByParent.set(record.parentCode, siblings);
      }
    }
    // Start-of-text candidates: provinces, then prefectures (a short name shared by a province and a
    // prefecture, such as 吉林 or 海南, means the province); longest key first so 内蒙古 beats 内蒙.
    const candidates: { key: string; record: RegionRecord; rank: number; loose: boolean }[] = [];
    for (const record of records) {
      if (record.level === 3 || PLACEHOLDER_NAMES.has(record.name)) continue;
      candidates.push({ key: record.name, record, rank: record.level, loose: false });
      const shortName = this.shortNameOf(record);
      if (shortName) candidates.push({ key: shortName, record, rank: record.level, loose: isLooseShortName(record) });
    }
    for (const [alias, code] of Object.entries(EXTRA_ALIASES)) {
      const record = this.byCode.get(code);
      if (record) candidates.push({ key: alias, record, rank: record.level, loose: false });
    }
    candidates.sort((a, b) => b.key.length - a.key.length || a.rank - b.rank);
    const seen = new Set<string>();
    for (const candidate of candidates) {
      if (seen.has(candidate.key)) continue;
      seen.add(candidate.key);
      this.topLevelNames.push({ key: candidate.key, record: candidate.record, loose: candidate.loose });
    }
  }

  get(code: string): RegionRecord | undefined {
    return this.byCode.get(code);
  }

  /** Records loaded from the database carry no short name; derive it the same way the loaders do. */
  shortNameOf(record: RegionRecord): string | undefined {
    return record.shortName ?? regionShortName(record.name, record.level);
  }

  /** Children (skipping placeholder levels such as 市辖区 so 北京海淀区 reaches the county). */
  private descendantsForMatching(parent: RegionRecord): RegionRecord[] {
    const direct = this.childrenByParent.get(parent.code) ?? [];
    const result: RegionRecord[] = [];
    for (const child of direct) {
      if (PLACEHOLDER_NAMES.has(child.name)) result.push(...(this.childrenByParent.get(child.code) ?? []));
      else result.push(child);
    }
    return result;
  }

  private matchChild(
    parent: RegionRecord,
    text: string,
    strict: boolean,
  ): { record: RegionRecord; length: number } | null {
    let best: { record: RegionRecord; length: number } | null = null;
    for (const child of this.descendantsForMatching(parent)) {
      const keys = strict && isLooseShortName(child) ? [child.name] : [child.name, this.shortNameOf(child)];
      for (const key of keys) {
        if (key && text.startsWith(key) && (!best || key.length > best.length)) best = { record: child, length: key.length };
      }
    }
    return best;
  }

  /** Longest chain province -> prefecture -> county at the start of text. */
  matchPrefix(text: string, strict = false): { resolved: ResolvedRegion; length: number } | null {
    const top = this.topLevelNames.find(({ key, loose }) => text.startsWith(key) && !(strict && loose));
    if (!top) return null;
    let consumed = top.key.length;
    const chain: RegionRecord[] = [top.record];
    for (;;) {
      const last = chain[chain.length - 1];
      if (last.level === 3) break;
      const next = this.matchChild(last, text.slice(consumed), strict);
      if (!next) break;
      chain.push(next.record);
      consumed += next.length;
    }
    return { resolved: this.toResolved(chain[chain.length - 1]), length: consumed };
  }

  /** A county named on its own, when exactly one county has that name (海淀区 yes, 朝阳区 no). */
  uniqueCounty(name: string): RegionRecord | undefined {
    return this.countiesByName.get(name) ?? undefined;
  }

  toResolved(region: RegionRecord): ResolvedRegion {
    const ancestors: RegionRecord[] = [];
    for (let current: RegionRecord | undefined = region; current; ) {
      ancestors.unshift(current);
      current = current.parentCode ? this.byCode.get(current.parentCode) : undefined;
    }
    const province = ancestors.find((r) => r.level === 1) ?? region;
    const city = ancestors.find((r) => r.level === 2 && !PLACEHOLDER_NAMES.has(r.name));
    const county = ancestors.find((r) => r.level === 3);
    const resolved: ResolvedRegion = { region, province };
    if (city) resolved.city = city;
    if (county) resolved.county = county;
    return resolved;
  }
}

const shippedIndex = new RegionIndex(REGION_REFERENCE);
const customIndexes = new WeakMap<readonly RegionRecord[], RegionIndex>();

function indexFor(records?: readonly RegionRecord[]): RegionIndex {
  if (!records || records === REGION_REFERENCE) return shippedIndex;
  let index = customIndexes.get(records);
  if (!index) {
    index = new RegionIndex(records);
    customIndexes.set(records, index);
  }
  return index;
}

function cleanRegionText(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "").replace(/^中国/, "");
}

/** The shipped (or given) record for a code in any accepted form (44, 4403, 440300, 440300000000). */
export function findRegionByCode(code: string, records?: readonly RegionRecord[]): RegionRecord | undefined {
  const normalized = normalizeRegionCode(code);
  return normalized ? indexFor(records).get(normalized) : undefined;
}

/**
 * Maps what people write for a place to its codes: 广东, 广东省, 深圳, 深圳市, 广东省深圳市, 内蒙, 440300.
 * The whole text must be a place name (use `matchRegionPrefix` for names at the start of longer text).
 * Pass a loaded full table as `records` to resolve county names too: after a province or city
 * (深圳市南山区, 北京海淀区), or alone when no other county shares the name (海淀区, not 朝阳区).
 * A short name shared by a province and a prefecture means the province (吉林, 海南).
 */
export function resolveRegionByName(text: string, records?: readonly RegionRecord[]): ResolvedRegion | null {
  const index = indexFor(records);
  const cleaned = cleanRegionText(text);
  if (!cleaned) return null;
  const byCode = normalizeRegionCode(cleaned);
  if (byCode) {
    const record = index.get(byCode);
    return record ? index.toResolved(record) : null;
  }
  const match = index.matchPrefix(cleaned);
  if (match && match.length === cleaned.length) return match.resolved;
  const county = index.uniqueCounty(cleaned);
  return county ? index.toResolved(county) : null;
}

/**
 * The administrative names at the start of a text, e.g. 深圳市大疆创新科技 -> 深圳市 (length 3).
 * `strict` (for enterprise names) accepts short names only of provinces and of prefectures whose official
 * name ends in 市: short names of 地区/盟/自治州 and of counties are ordinary words too often (阿里巴巴 is not
 * in 阿里地区).
 */
export function matchRegionPrefix(
  text: string,
  options: { strict?: boolean; records?: readonly RegionRecord[] } = {},
): { resolved: ResolvedRegion; length: number } | null {
  return indexFor(options.records).matchPrefix(text, options.strict ?? false);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function readTextFile(file: string): Promise<string> {
  const bytes = await readFile(file);
  // Reference tables saved from Excel on Chinese Windows are GBK; everything else is UTF-8.
  if (isUtf8(bytes)) return stripBom(bytes.toString("utf8"));
  return iconv.decode(bytes, "gb18030");
}

interface NestedRegion {
  code: string;
  name: string;
  children?: NestedRegion[];
}

function flattenNested(nodes: NestedRegion[], out: { code: string; name: string }[]): void {
  for (const node of nodes) {
    out.push({ code: String(node.code), name: String(node.name) });
    if (Array.isArray(node.children)) flattenNested(node.children, out);
  }
}

const CODE_COLUMNS = ["code", "代码", "区划代码", "行政区划代码", "adcode"];
const NAME_COLUMNS = ["name", "名称", "区划名称", "行政区划名称"];

/**
 * Reads a full division table into records: the CSVs of admin-divisions/ (provinces.csv, cities.csv,
 * areas.csv: a code column of 2/4/6 digits and a name column), a nested pca-code.json style tree
 * ({code, name, children}), or a flat JSON array of {code, name}. Levels and parents come from the codes.
 * Town and village rows are skipped; anything else malformed throws with the offending line.
 */
export async function loadRegionTable(file: string): Promise<RegionRecord[]> {
  const text = await readTextFile(file);
  const raw: { code: string; name: string; line: number }[] = [];
  const trimmed = text.trimStart();
  if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
    const parsed: unknown = JSON.parse(trimmed);
    const list = Array.isArray(parsed) ? parsed : [parsed];
    const flat: { code: string; name: string }[] = [];
    flattenNested(list as NestedRegion[], flat);
    flat.forEach((row, i) => raw.push({ ...row, line: i + 1 }));
  } else {
    const rows = parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as Record<
      string,
      string
    >[];
    const headers = rows.length ? Object.keys(rows[0]) : [];
    const codeColumn = headers.find((h) => CODE_COLUMNS.includes(h.toLowerCase()));
    const nameColumn = headers.find((h) => NAME_COLUMNS.includes(h.toLowerCase()));
    if (!codeColumn || !nameColumn) {
      throw new Error(`区划表缺少“code/代码”或“name/名称”列（表头：${headers.join(", ")}）`);
    }
    rows.forEach((row, i) => raw.push({ code: row[codeColumn], name: row[nameColumn], line: i + 2 }));
  }
  const records: RegionRecord[] = [];
  const seen = new Set<string>();
  for (const row of raw) {
    const digits = String(row.code ?? "").trim();
    if (/^\d{9}$|^\d{12}$/.test(digits) && !/^0+$/.test(digits.slice(6))) continue; // town or village
    const code = normalizeRegionCode(digits);
    const name = String(row.name ?? "").trim();
    if (!code || !name) throw new Error(`区划表第 ${row.line} 行无效：代码“${digits}”，名称“${name}”`);
    if (seen.has(code)) continue;
    seen.add(code);
    records.push(buildRecord(code, name));
  }
  return records;
}
