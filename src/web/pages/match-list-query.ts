import type { QueryParams } from "../api/client";

/** The match page's URL → the API query of the list on screen (shared with the early preload in preload.ts). */
const numberParam = (params: URLSearchParams, key: string): number | undefined => {
  const raw = params.get(key);
  if (raw === null || raw === "") return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
};

export const MATCH_PAGE_SIZE = 20;

/** Filters and weights: the table, the excluded list and the export all use exactly these. */
export function matchFilters(params: URLSearchParams): QueryParams {
  return {
    weights: params.get("weights") ?? undefined,
    province: params.get("province") ?? undefined,
    minCapital: numberParam(params, "minCapital"),
    maxCapital: numberParam(params, "maxCapital"),
    listingStatus: (params.get("listingStatus") ?? "").split(",").filter(Boolean),
  };
}

export function matchPaging(params: URLSearchParams): { page: number; pageSize: number } {
  return { page: numberParam(params, "page") ?? 1, pageSize: numberParam(params, "pageSize") ?? MATCH_PAGE_SIZE };
}

/** The query of one page of the ranked list. */
export function matchPageQuery(params: URLSearchParams): QueryParams {
  const { page, pageSize } = matchPaging(params);
  return { ...matchFilters(params), limit: pageSize, offset: (page - 1) * pageSize };
}
