/**
 * Text of an XLSX cell value as exceljs streams it, written the way a person reads the cell: dates as
 * YYYY-MM-DD (with a time only when there is one), numbers without binary noise, rich text and hyperlinks
 * as their text, formulas as their cached result, errors as Excel shows them (#N/A).
 */
export function xlsxCellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return dateText(value);
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (Array.isArray(record.richText)) {
      return (record.richText as { text?: string }[]).map((part) => part.text ?? "").join("");
    }
    if ("result" in record) return xlsxCellText(record.result);
    if ("formula" in record || "sharedFormula" in record) return "";
    if ("error" in record) return String(record.error);
    if ("text" in record) return xlsxCellText(record.text);
  }
  return String(value);
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) return "";
  if (Number.isInteger(value)) return Math.abs(value) < 1e21 ? BigInt(value).toString() : String(value);
  // Excel keeps 15 significant digits; more is binary noise (0.1 + 0.2 -> 0.30000000000000004).
  return String(Number(value.toPrecision(15)));
}

/** exceljs hands out the cell's wall-clock time as a UTC instant; read it back in UTC. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  const iso = date.toISOString();
  const time = iso.slice(11, 19);
  return time === "00:00:00" ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}
