/**
 * Validates a SearchRequest against the index schema and lowers the filter AST to two primitive conditions
 * every engine can express: "field has one of these values" and "number within [min, max]". Doing it once
 * here keeps both engines' filter semantics identical.
 */
import { isIndustryPrefixLevel, isRegionPrefixLevel } from "./documents";
import { INDEX_SCHEMAS } from "./index-schemas";
import { invalidQuery } from "./search-errors";
import type { Filter, IndexName, SearchRequest, SortClause } from "./types";

export type NormalizedFilter =
  | { kind: "values"; field: string; values: string[] }
  | { kind: "range"; field: string; min?: number; max?: number };

/** Meilisearch's default `pagination.maxTotalHits` is 1000; both engines cap offset + limit at this. */
export const MAX_RESULT_WINDOW = 2000;
export const MAX_LIMIT = 1000;

export interface NormalizedRequest {
  q: string;
  vector?: Float32Array;
  semanticRatio: number;
  filters: NormalizedFilter[];
  facets: string[];
  sort: SortClause[];
  limit: number;
  offset: number;
  highlight: boolean;
  idsOnly: boolean;
}

export function normalizeFilters(index: IndexName, filters: readonly Filter[] | undefined): NormalizedFilter[] {
  const schema = INDEX_SCHEMAS[index];
  const out: NormalizedFilter[] = [];
  for (const filter of filters ?? []) {
    const { field, op } = filter;
    const isKeyword = schema.keywordFields.includes(field);
    const isNumeric = schema.numericFields.includes(field);
    if (!isKeyword && !isNumeric) {
      throw invalidQuery(`unknown filter field ${index}.${field}`, `不支持按“${field}”筛选`, { field });
    }
    switch (op) {
      case "eq":
        if (isNumeric) out.push({ kind: "range", field, min: toNumber(field, filter.value), max: toNumber(field, filter.value) });
        else out.push({ kind: "values", field, values: [String(filter.value)] });
        break;
      case "in": {
        if (!Array.isArray(filter.value) || filter.value.length === 0) {
          throw invalidQuery(`filter ${field} in: value must be a non-empty array`, `筛选条件“${field}”的取值不能为空`);
        }
        if (!isKeyword) throw invalidQuery(`filter ${field}: 'in' needs a keyword field`, `“${field}”不支持多值筛选`);
        out.push({ kind: "values", field, values: [...new Set(filter.value.map(String))] });
        break;
      }
      case "gte":
      case "lte":
      case "between": {
        if (!isNumeric) throw invalidQuery(`filter ${field}: '${op}' needs a numeric field`, `“${field}”不支持范围筛选`);
        if (op === "between") {
          const [min, max] = Array.isArray(filter.value) ? filter.value : [NaN, NaN];
          out.push({ kind: "range", field, min: toNumber(field, min), max: toNumber(field, max) });
        } else if (op === "gte") out.push({ kind: "range", field, min: toNumber(field, filter.value) });
        else out.push({ kind: "range", field, max: toNumber(field, filter.value) });
        break;
      }
      case "prefix": {
        const rule = schema.prefixFields[field];
        if (!rule) throw invalidQuery(`filter ${field}: 'prefix' is not supported`, `“${field}”不支持前缀筛选`);
        const prefix = String(filter.value).trim().toUpperCase();
        const onLevel = rule.kind === "industry" ? isIndustryPrefixLevel(prefix) : isRegionPrefixLevel(prefix);
        if (!onLevel) {
          throw invalidQuery(
            `filter ${field} prefix '${prefix}' is not a ${rule.kind} code level`,
            rule.kind === "industry" ? `行业代码前缀“${prefix}”无效（应为门类/大类/中类/小类，如 C、C36、C367）` : `行政区划代码前缀“${prefix}”无效（应为 2、4、6 位）`,
          );
        }
        out.push({ kind: "values", field: rule.via, values: [prefix] });
        break;
      }
      default:
        throw invalidQuery(`unknown filter op ${(filter as { op: string }).op}`, "不支持的筛选方式");
    }
  }
  return out;
}

export function normalizeRequest(index: IndexName, request: SearchRequest): NormalizedRequest {
  const schema = INDEX_SCHEMAS[index];
  const limit = Math.floor(request.limit);
  const offset = Math.floor(request.offset ?? 0);
  if (!Number.isFinite(limit) || limit < 0 || limit > MAX_LIMIT) throw invalidQuery(`limit must be 0..${MAX_LIMIT}`, "每页条数无效");
  if (!Number.isFinite(offset) || offset < 0) throw invalidQuery("offset must be >= 0", "分页参数无效");
  for (const facet of request.facets ?? []) {
    if (!schema.keywordFields.includes(facet)) throw invalidQuery(`unknown facet ${index}.${facet}`, `不支持按“${facet}”统计`);
  }
  for (const clause of request.sort ?? []) {
    if (!schema.sortable.includes(clause.field)) throw invalidQuery(`field ${index}.${clause.field} is not sortable`, `不支持按“${clause.field}”排序`);
    if (clause.dir !== "asc" && clause.dir !== "desc") throw invalidQuery(`sort dir must be asc or desc`, "排序方向无效");
  }
  const ratio = request.semanticRatio ?? 0.5;
  if (!(ratio >= 0 && ratio <= 1)) throw invalidQuery("semanticRatio must be within 0..1", "语义权重应在 0 到 1 之间");
  let vector: Float32Array | undefined;
  if (request.vector && request.vector.length > 0) {
    vector = request.vector instanceof Float32Array ? request.vector : Float32Array.from(request.vector);
    if (vector.some((x) => !Number.isFinite(x))) throw invalidQuery("vector contains non-finite numbers", "查询向量无效");
  }
  return {
    q: (request.q ?? "").trim(),
    vector,
    semanticRatio: vector ? ratio : 0,
    filters: normalizeFilters(index, request.filters),
    facets: [...new Set(request.facets ?? [])],
    sort: request.sort ?? [],
    // Past the window both engines return no more hits, like Meilisearch's maxTotalHits.
    limit: Math.max(0, Math.min(limit, MAX_RESULT_WINDOW - offset)),
    offset: Math.min(offset, MAX_RESULT_WINDOW),
    highlight: (request.highlight ?? false) && !request.idsOnly,
    idsOnly: request.idsOnly ?? false,
  };
}

function toNumber(field: string, value: unknown): number {
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(n)) throw invalidQuery(`filter ${field}: ${String(value)} is not a number`, `“${field}”的筛选值应为数字`);
  return n;
}
