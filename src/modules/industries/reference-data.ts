/**
 * GB/T 4754-2017 国民经济行业分类: the sections and divisions the repo ships, the code helpers every module
 * uses, and the parser that loads the full table (`npm run import -- industries <file>`).
 *
 * Canonical code format (what we store and compare):
 *   level 1 门类  the section letter            'C'
 *   level 2 大类  2 digits                       '36'
 *   level 3 中类  3 digits                       '367'
 *   level 4 小类  4 digits                       '3670'
 * The digits alone are unique (each division belongs to exactly one section), so the letter is not repeated
 * on levels 2-4; it is always derivable with `industrySectionOf`. A code prefix is therefore also a
 * hierarchy prefix ('36' covers '367' and '3670'), which is what prefix filters need.
 * `normalizeIndustryCode` accepts the spellings people use: 'C3670', 'c 3670', 'C36', '3670', '36', 'Ｃ３６'.
 */
import { isUtf8 } from "node:buffer";
import { readFile } from "node:fs/promises";
import { parse as parseCsv } from "csv-parse/sync";
import iconv from "iconv-lite";
import shipped from "./reference-data.json";

export type IndustryLevel = 1 | 2 | 3 | 4;

export interface IndustryRecord {
  /** Canonical code (see the file comment). */
  code: string;
  level: IndustryLevel;
  name: string;
  /** 说明 text of the standard, where it has one. */
  description?: string;
  /** Canonical code of the enclosing level; null for sections. */
  parentCode: string | null;
  /** Section letter A-T (the record's own code for sections). */
  section: string;
}

/** Division ranges of each section, as the standard lists them (本门类包括01～05大类 …). */
const SECTION_DIVISION_RANGES: readonly [section: string, first: number, last: number][] = [
  ["A", 1, 5], ["B", 6, 12], ["C", 13, 43], ["D", 44, 46], ["E", 47, 50], ["F", 51, 52], ["G", 53, 60],
  ["H", 61, 62], ["I", 63, 65], ["J", 66, 69], ["K", 70, 70], ["L", 71, 72], ["M", 73, 75], ["N", 76, 79],
  ["O", 80, 82], ["P", 83, 83], ["Q", 84, 85], ["R", 86, 90], ["S", 91, 96], ["T", 97, 97],
];

function sectionOfDivision(division: string): string | null {
  const n = Number(division);
  const range = SECTION_DIVISION_RANGES.find(([, first, last]) => n >= first && n <= last);
  return range ? range[0] : null;
}

/**
 * Canonical form of an industry code, or null when it is not a well-formed GB/T 4754-2017 code
 * (unknown section letter, division outside 01-97, or a letter that contradicts the digits, e.g. 'A3670').
 * Well-formed is structural: '3699' passes even though only the loaded full table can say it exists.
 */
export function normalizeIndustryCode(input: string): string | null {
  const compact = input.normalize("NFKC").replace(/[\s.\-_]/g, "").toUpperCase();
  const match = compact.match(/^([A-T])?(\d{2,4})?$/);
  if (!match || (!match[1] && !match[2])) return null;
  const [, letter, digits] = match;
  if (!digits) return letter;
  const section = sectionOfDivision(digits.slice(0, 2));
  if (!section || (letter && letter !== section)) return null;
  return digits;
}

/** Level of a code in any accepted spelling, or null when it is not a valid code. */
export function industryLevel(code: string): IndustryLevel | null {
  const canonical = normalizeIndustryCode(code);
  if (!canonical) return null;
  return /^[A-T]$/.test(canonical) ? 1 : (canonical.length as IndustryLevel);
}

/** Section letter of any valid code ('3670' -> 'C'), or null. */
export function industrySectionOf(code: string): string | null {
  const canonical = normalizeIndustryCode(code);
  if (!canonical) return null;
  return /^[A-T]$/.test(canonical) ? canonical : sectionOfDivision(canonical.slice(0, 2));
}

/** The code and everything above it, top first: 'C3670' -> ['C', '36', '367', '3670']; [] when invalid. */
export function industryAncestors(code: string): string[] {
  const canonical = normalizeIndustryCode(code);
  if (!canonical) return [];
  const section = industrySectionOf(canonical) as string;
  if (canonical === section) return [section];
  const chain = [section];
  for (let length = 2; length <= canonical.length; length++) chain.push(canonical.slice(0, length));
  return chain;
}

function parentOf(canonical: string): string | null {
  const chain = industryAncestors(canonical);
  return chain.length > 1 ? chain[chain.length - 2] : null;
}

function buildRecord(code: string, name: string, description?: string): IndustryRecord {
  const canonical = normalizeIndustryCode(code);
  if (!canonical) throw new Error(`无效的行业代码：${code}`);
  const record: IndustryRecord = {
    code: canonical,
    level: industryLevel(canonical) as IndustryLevel,
    name,
    parentCode: parentOf(canonical),
    section: industrySectionOf(canonical) as string,
  };
  if (description) record.description = description;
  return record;
}

const shippedData = shipped as { records: { code: string; name: string; description?: string }[] };

/** The 20 sections and 97 divisions, in the standard's order (each section followed by its divisions). */
export const INDUSTRY_REFERENCE: readonly IndustryRecord[] = Object.freeze(
  shippedData.records.map((row) => Object.freeze(buildRecord(row.code, row.name, row.description))),
);

const shippedByCode = new Map(INDUSTRY_REFERENCE.map((record) => [record.code, record]));
const shippedByName = new Map(INDUSTRY_REFERENCE.map((record) => [record.name, record]));

/** Shipped section or division for a code in any accepted spelling. */
export function findIndustry(code: string): IndustryRecord | undefined {
  const canonical = normalizeIndustryCode(code);
  return canonical ? shippedByCode.get(canonical) : undefined;
}

/** Shipped section or division by its exact standard name (制造业, 汽车制造业), ignoring spaces. */
export function findIndustryByName(name: string): IndustryRecord | undefined {
  return shippedByName.get(name.normalize("NFKC").replace(/\s+/g, "").replace(/,/g, "、"));
}

const COLUMN_ALIASES = {
  code: ["code", "代码", "行业代码"],
  name: ["name", "名称", "类别名称", "行业名称"],
  description: ["description", "说明", "描述"],
  section: ["section", "门类"],
} as const;

function pickColumn(headers: string[], aliases: readonly string[]): string | undefined {
  return headers.find((header) => aliases.includes(header.trim().toLowerCase()));
}

/**
 * Reads the full classification (the format of gbt4754_2017.csv / .json: code, level, name, description,
 * optionally section/division/group columns; UTF-8 or GBK) into canonical records, parents before children
 * as in the file. Codes may be written with or without the section letter. Throws on a malformed row or a
 * section column that contradicts the code, naming the line.
 */
export async function loadIndustryTable(file: string): Promise<IndustryRecord[]> {
  const bytes = await readFile(file);
  let text = isUtf8(bytes) ? bytes.toString("utf8") : iconv.decode(bytes, "gb18030");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let rows: Record<string, unknown>[];
  let firstLine: number;
  const trimmed = text.trimStart();
  if (trimmed.startsWith("[")) {
    rows = JSON.parse(trimmed) as Record<string, unknown>[];
    firstLine = 1;
  } else {
    rows = parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, relax_column_count: true });
    firstLine = 2;
  }
  const headers = rows.length ? Object.keys(rows[0]) : [];
  const codeColumn = pickColumn(headers, COLUMN_ALIASES.code);
  const nameColumn = pickColumn(headers, COLUMN_ALIASES.name);
  const descriptionColumn = pickColumn(headers, COLUMN_ALIASES.description);
  const sectionColumn = pickColumn(headers, COLUMN_ALIASES.section);
  if (!codeColumn || !nameColumn) {
    throw new Error(`行业分类表缺少“code/代码”或“name/名称”列（表头：${headers.join(", ")}）`);
  }
  const records: IndustryRecord[] = [];
  rows.forEach((row, i) => {
    const line = firstLine + i;
    const rawCode = String(row[codeColumn] ?? "").trim();
    const name = String(row[nameColumn] ?? "").trim();
    const description = descriptionColumn ? String(row[descriptionColumn] ?? "").trim() : "";
    const canonical = normalizeIndustryCode(rawCode);
    if (!canonical || !name) throw new Error(`行业分类表第 ${line} 行无效：代码“${rawCode}”，名称“${name}”`);
    const declaredSection = sectionColumn ? String(row[sectionColumn] ?? "").trim().toUpperCase() : "";
    if (declaredSection && declaredSection !== industrySectionOf(canonical)) {
      throw new Error(`行业分类表第 ${line} 行：代码 ${rawCode} 不属于门类 ${declaredSection}`);
    }
    records.push(buildRecord(canonical, name, description || undefined));
  });
  return records;
}
