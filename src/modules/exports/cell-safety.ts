/**
 * Spreadsheet formula injection (CSV injection): Excel, WPS and LibreOffice treat a cell that begins with
 * = + - @ (or a tab / carriage return before one) as a formula, so a company name like `=HYPERLINK(...)`
 * from an import or a chamber's form would run on the analyst's machine. Such text gets a leading apostrophe,
 * which the spreadsheet shows as plain text. Numbers stay numbers: only text is ever a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula<T>(value: T): T | string {
  return typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;
}
