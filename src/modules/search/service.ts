import type { Embedder } from "../../embeddings";
import type { Filter, IndexName, SearchEngine, SearchRequest, SortClause } from "../../search/types";
import type { SearchEnterprisesQuery, SearchProjectsQuery } from "./schemas";

export interface SearchDeps {
  engine: SearchEngine;
  embedder?: Embedder;
}

/** Default share of semantic similarity in hybrid search when the embedder is on. */
export const DEFAULT_SEMANTIC_RATIO = 0.3;

const range = (field: string, min?: number, max?: number): Filter[] =>
  min !== undefined && max !== undefined
    ? [{ field, op: "between", value: [min, max] }]
    : min !== undefined
      ? [{ field, op: "gte", value: min }]
      : max !== undefined
        ? [{ field, op: "lte", value: max }]
        : [];

const anyOf = (field: string, values?: string[]): Filter[] => (values?.length ? [{ field, op: "in", value: values }] : []);

function sortOf(sort: string): SortClause[] | undefined {
  if (sort === "relevance") return undefined;
  return [{ field: sort.replace(/^-/, ""), dir: sort.startsWith("-") ? "desc" : "asc" }];
}

function commonFilters(q: { industry?: string; region?: string }): Filter[] {
  return [
    ...(q.industry ? [{ field: "industryPrefixes", op: "eq", value: q.industry } as Filter] : []),
    ...(q.region ? [{ field: "regionPrefixes", op: "eq", value: q.region } as Filter] : []),
  ];
}

/** Keyword search, hybrid when the embedder is on and there is text; the response says which mode ran. */
async function run(deps: SearchDeps, index: IndexName, q: SearchEnterprisesQuery | SearchProjectsQuery, request: SearchRequest) {
  let mode: "keyword" | "hybrid" = "keyword";
  const embedder = deps.embedder;
  if (q.q && embedder?.status().enabled && q.semanticRatio !== 0) {
    try {
      request.vector = await embedder.embedQuery(q.q);
      request.semanticRatio = q.semanticRatio ?? DEFAULT_SEMANTIC_RATIO;
      mode = "hybrid";
    } catch {
      // Embedding failure must not fail a search: fall back to keyword mode and say so.
    }
  }
  const result = await deps.engine.search(index, request);
  return { mode, ...result };
}

export function searchEnterprises(deps: SearchDeps, q: SearchEnterprisesQuery) {
  return run(deps, "enterprises", q, {
    q: q.q,
    filters: [
      ...commonFilters(q),
      ...anyOf("listingStatus", q.listingStatus),
      ...anyOf("operatingStatus", q.operatingStatus),
      ...anyOf("source", q.source),
      ...anyOf("tags", q.tags),
      ...range("registeredCapital", q.minCapital, q.maxCapital),
    ],
    facets: q.facets ? [...q.facets] : undefined,
    sort: sortOf(q.sort),
    limit: q.limit,
    offset: q.offset,
    highlight: q.highlight === "true",
  });
}

export function searchProjects(deps: SearchDeps, q: SearchProjectsQuery) {
  return run(deps, "projects", q, {
    q: q.q,
    filters: [
      ...commonFilters(q),
      ...anyOf("industryGroup", q.industryGroup),
      ...anyOf("stage", q.stage),
      ...range("totalInvestment", q.minInvestment, q.maxInvestment),
    ],
    facets: q.facets ? [...q.facets] : undefined,
    sort: sortOf(q.sort),
    limit: q.limit,
    offset: q.offset,
    highlight: q.highlight === "true",
  });
}
