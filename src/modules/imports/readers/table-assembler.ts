import type { ImportRow } from "./types";

/** How many leading rows may be title or note rows before we settle on a header. */
const HEADER_PROBE_ROWS = 10;

/**
 * A lone value above the header that is a title or a note, not a column name: 某县重点企业名录,
 * 2024年招商企业清单, 单位：万元, 填表说明…, or anything longer than a column name would be.
 */
const TITLE_PATTERN = /名录|名单|清单|一览|统计|汇总|台账|报表|表$|说明|备注[:：]|注[:：]|单位[:：]|日期[:：]|制表/;
const MAX_HEADER_LABEL_LENGTH = 12;

function looksLikeTitle(values: readonly string[]): boolean {
  const text = values.find((v) => v.trim() !== "")?.trim() ?? "";
  return TITLE_PATTERN.test(text) || text.length > MAX_HEADER_LABEL_LENGTH;
}

function nonEmptyCount(values: readonly string[]): number {
  let count = 0;
  for (const value of values) if (value.trim() !== "") count++;
  return count;
}

/**
 * Header text as shown to people and used as the cell key: no BOM, line breaks of wrapped header cells
 * removed (企业\n名称 -> 企业名称), runs of spaces collapsed.
 */
function cleanHeader(value: string): string {
  return value.replace(/\uFEFF/g, "").replace(/\s*[\r\n]+\s*/g, "").replace(/\s+/g, " ").trim();
}

/** Header names that are unique and non-empty: empty cells become 第N列, repeats get _2, _3. */
export function uniqueHeaders(raw: readonly string[]): string[] {
  const cleaned = raw.map(cleanHeader);
  let last = cleaned.length;
  while (last > 0 && cleaned[last - 1] === "") last--;
  const seen = new Map<string, number>();
  return cleaned.slice(0, last).map((header, i) => {
    const base = header || `第${i + 1}列`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}_${count}`;
  });
}

/**
 * Turns a spreadsheet's rows (CSV records, XLSX rows) into header + keyed rows. Finds the header (an explicit
 * row number, or the first non-blank row that is not a lone title or note, so a merged title row such as
 * 某县重点企业名录 above the header is skipped), skips blank rows, and keeps the spreadsheet row numbers.
 */
export class TableAssembler {
  private headers: string[] | null = null;
  private probe: { rowNumber: number; values: string[] }[] = [];

  constructor(
    private readonly options: {
      headerRowNumber?: number;
      onHeader: (headers: string[], headerRowNumber: number) => void;
    },
  ) {}

  get hasHeader(): boolean {
    return this.headers !== null;
  }

  /** Feeds one source row; returns the data rows that are ready (several when a probe is flushed). */
  push(rowNumber: number, values: string[]): ImportRow[] {
    if (this.headers) return this.toRows([{ rowNumber, values }]);
    const wanted = this.options.headerRowNumber;
    if (wanted !== undefined) {
      if (rowNumber === wanted) this.setHeader(rowNumber, values);
      return [];
    }
    const count = nonEmptyCount(values);
    if (count === 0) return [];
    if (count >= 2 || !looksLikeTitle(values)) {
      this.probe = [];
      this.setHeader(rowNumber, values);
      return [];
    }
    this.probe.push({ rowNumber, values });
    if (this.probe.length < HEADER_PROBE_ROWS) return [];
    return this.settleOnFirstProbeRow();
  }

  /** Rows still held back at the end of the file (only title-like rows, no header after them). */
  finish(): ImportRow[] {
    if (this.headers || this.probe.length === 0) return [];
    return this.settleOnFirstProbeRow();
  }

  private settleOnFirstProbeRow(): ImportRow[] {
    const [first, ...rest] = this.probe;
    this.probe = [];
    this.setHeader(first.rowNumber, first.values);
    return this.toRows(rest);
  }

  private setHeader(rowNumber: number, values: string[]): void {
    this.headers = uniqueHeaders(values);
    this.options.onHeader(this.headers, rowNumber);
  }

  private toRows(rows: { rowNumber: number; values: string[] }[]): ImportRow[] {
    const headers = this.headers as string[];
    const result: ImportRow[] = [];
    for (const { rowNumber, values } of rows) {
      if (nonEmptyCount(values) === 0) continue;
      // fromEntries defines own properties, so a header named __proto__ cannot touch the prototype.
      const cells = Object.fromEntries(headers.map((header, i) => [header, (values[i] ?? "").trim()]));
      const row: ImportRow = { rowNumber, cells };
      const extra = values.slice(headers.length).map((v) => v.trim()).filter(Boolean);
      if (extra.length) {
        const shown = extra.slice(0, 3).map((v) => `“${v.length > 20 ? `${v.slice(0, 20)}…` : v}”`).join("、");
        row.problems = [`该行有 ${extra.length} 个值超出表头的列数（${shown}${extra.length > 3 ? " 等" : ""}）`];
      }
      result.push(row);
    }
    return result;
  }
}
