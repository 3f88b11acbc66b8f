/** Lowers normalised filters to Meilisearch filter expressions (an array is ANDed by Meilisearch). */
import type { NormalizedFilter } from "../normalize-request";

export function toMeilisearchFilter(filters: readonly NormalizedFilter[]): string[] {
  const out: string[] = [];
  for (const filter of filters) {
    if (filter.kind === "values") {
      out.push(
        filter.values.length === 1
          ? `${filter.field} = ${quoteFilterValue(filter.values[0])}`
          : `${filter.field} IN [${filter.values.map(quoteFilterValue).join(", ")}]`,
      );
    } else if (filter.min !== undefined && filter.max !== undefined) {
      // `a TO b` is inclusive on both ends, like our between.
      out.push(`${filter.field} ${formatNumber(filter.min)} TO ${formatNumber(filter.max)}`);
    } else if (filter.min !== undefined) {
      out.push(`${filter.field} >= ${formatNumber(filter.min)}`);
    } else if (filter.max !== undefined) {
      out.push(`${filter.field} <= ${formatNumber(filter.max)}`);
    }
  }
  return out;
}

/**
 * Values are always double-quoted so codes such as 520324 stay strings and words like AND/TO/NOT inside a
 * value are not read as operators; backslashes and quotes are escaped as Meilisearch's filter grammar expects.
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

function formatNumber(n: number): string {
  // Finite numbers only reach here (normalize-request.ts rejects others); avoid exponent notation.
  return Number.isInteger(n) ? BigInt(n).toString() : String(n);
}
