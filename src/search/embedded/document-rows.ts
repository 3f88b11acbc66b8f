/** Turns a search document into the rows the embedded engine stores (see generation-tables.ts). */
import type { ChineseTextAnalyzer } from "../chinese-text";
import { INDEX_SCHEMAS } from "../index-schemas";
import type { IndexName, SearchDoc } from "../types";
import { filterToken } from "./generation-tables";

export interface DocumentRows {
  id: number;
  /** The document without `_vector`, as JSON. */
  body: string;
  numeric: (number | null)[];
  /** [fieldId, value] pairs, deduplicated. */
  values: [number, string][];
  /** Space-joined jieba tokens per searchable field, in schema order, then the filter-token column. */
  ftsColumns: string[];
}

export function toDocumentRows(index: IndexName, doc: SearchDoc, analyzer: ChineseTextAnalyzer, fieldIds: Map<string, number>): DocumentRows {
  const schema = INDEX_SCHEMAS[index];
  const record = doc as unknown as Record<string, unknown>;
  const { _vector: _ignored, ...rest } = record;
  const numeric = schema.numericFields.map((field) => {
    const v = record[field];
    return typeof v === "number" && Number.isFinite(v) ? v : null;
  });
  const values: [number, string][] = [];
  const seen = new Set<string>();
  for (const field of schema.keywordFields) {
    const fieldId = fieldIds.get(field)!;
    for (const value of asStrings(record[field])) {
      const key = `${fieldId}\u0000${value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      values.push([fieldId, value]);
    }
  }
  const ftsColumns = schema.searchable.map(({ field }) => asStrings(record[field]).map((t) => analyzer.segmentForIndex(t).join(" ")).join(" "));
  ftsColumns.push(values.map(([fieldId, value]) => filterToken(fieldId, value)).join(" "));
  return { id: doc.id, body: JSON.stringify(rest), numeric, values, ftsColumns };
}

/** Text of a searchable field as one string (arrays joined), as used for highlighting. */
export function fieldText(doc: SearchDoc, field: string): string {
  return asStrings((doc as unknown as Record<string, unknown>)[field]).join("、");
}

function asStrings(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.filter((v) => v !== undefined && v !== null && v !== "").map(String);
  return value === "" ? [] : [String(value)];
}
