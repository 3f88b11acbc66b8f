import type { Db } from "../../db";
import type { Embedder } from "../../embeddings";
import type { SearchEngine, Filter, SearchRequest } from "../../search/types";
import { notFound } from "../../http/app-error";
import type { IndustryNames } from "../industries/industry-names";
import type { RegionDirectory } from "../regions/region-directory";
import { findEnterpriseById, type EnterpriseCandidateReader, type EnterpriseRow } from "../enterprises";
import { enterpriseDocument, enterpriseEmbeddingText } from "../../../indexer/search-documents";
import { findProjectById } from "../projects";
import type { IndustryInferrer } from "./inference";
import { MatchingSettings } from "./matching-settings";
import {
  matchEnterprisesForProject,
  matchProjectsForEnterprise,
  resolveSignalWeights,
  type GateOptions,
  type MatchBaseContext,
  type RankedMatch,
  type SignalWeightOverrides,
} from "./scoring";
import { enterpriseQueryText, toMatchEnterprise, toMatchProject } from "./match-inputs";
import { planProjectRetrieval } from "./retrieval/retrieval-plan";
import { mergeRetrieval } from "./retrieval/merge-retrieval";
import { findGroupInMap } from "./signals/chain-locator";
import type { MatchEnterprise, MatchProject } from "./types";
import type { EnterpriseMatchesQuery, ProjectMatchesQuery } from "./schemas";
import { DEFAULT_SEMANTIC_RATIO } from "../search";

export interface MatchingDeps {
  db: Db;
  engine: SearchEngine;
  embedder?: Embedder;
  inferrer: IndustryInferrer;
  /** Fast read path for candidate rows (read-only connection). */
  candidates: EnterpriseCandidateReader;
  industryNames: IndustryNames;
  regions: RegionDirectory;
  county: { code: string; name: string };
  /** Weights and chain map in force (admin-editable); the built-in defaults when absent. */
  settings?: MatchingSettings;
  /** The clock, injectable for tests; recency is measured from it. */
  now?: () => Date;
}

function settingsOf(deps: MatchingDeps) {
  return (deps.settings ?? BUILT_IN_SETTINGS).current();
}

const BUILT_IN_SETTINGS = MatchingSettings.builtIn();

/** Weights for a project: saved defaults ← its group's ← the request's. */
function weightsResolver(deps: MatchingDeps, overrides: unknown) {
  const { weights } = settingsOf(deps);
  return (industryGroup: string) => resolveSignalWeights({ industryGroup, overrides, defaults: weights.defaults, groupOverrides: weights.groups });
}

function baseContext(deps: MatchingDeps): MatchBaseContext {
  return {
    now: deps.now?.() ?? new Date(),
    countyCode: deps.county.code,
    chainMap: settingsOf(deps).chainMap,
    industryName: (code) => deps.industryNames.nameOf(code),
    regionName: (code) => deps.regions.nameOf(code),
  };
}

async function gateOptions(deps: MatchingDeps, where: { projectId?: number; enterpriseId?: number }): Promise<GateOptions> {
  const [negative, marks] = await Promise.all([
    deps.db.negativeListEntry.findMany(),
    deps.db.unsuitableMark.findMany({ where }),
  ]);
  return {
    negativeList: negative.map((n) => ({ code: n.code, reason: n.reason })),
    unsuitable: marks.map((m) => ({ enterpriseId: m.enterpriseId, projectId: m.projectId, reason: m.reason, by: m.markedBy })),
    industryName: (code) => deps.industryNames.nameOf(code),
  };
}

const cosine = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i] * b[i];
  return dot; // both unit length
};

interface Retrieved {
  ids: number[];
  textScores: Map<number, number>;
  queryVector?: Float32Array;
}

/**
 * Share of `candidates` the project-text query, each short query (need) and each industry code may bring; the
 * merged list is capped at `candidates`. The text query's weakest hits rarely survive the cap, and at 100k
 * enterprises its cost grows with its length (≈10 ms for 300 hits, 6 ms for 200).
 */
const TEXT_QUERY_SHARE = 2 / 3;
const NEED_QUERY_SHARE = 1 / 4;
const INDUSTRY_QUERY_SHARE = 1 / 5;
const MERGED_CAP_FACTOR = 1;

/**
 * Candidates for a project (retrieval/retrieval-plan.ts): the project text as one query (with vectors when the
 * embedder is on), short queries for each of its needs, and its GB/T codes, confirmed or inferred from its
 * text, so a sparse record with the right industry or the right words is not missed.
 */
async function retrieveEnterprises(
  deps: MatchingDeps,
  project: MatchProject,
  township: string | null,
  q: ProjectMatchesQuery,
): Promise<Retrieved> {
  const filters: Filter[] = [];
  if (q.province) filters.push({ field: "regionPrefixes", op: "eq", value: q.province });
  if (q.listingStatus?.length) filters.push({ field: "listingStatus", op: "in", value: q.listingStatus });
  if (q.minCapital !== undefined) filters.push({ field: "registeredCapital", op: "gte", value: q.minCapital });
  if (q.maxCapital !== undefined) filters.push({ field: "registeredCapital", op: "lte", value: q.maxCapital });

  const places = [deps.county.name, deps.county.name.replace(/[县区市]$/, ""), deps.regions.nameOf(project.countyCode) ?? "", township ?? ""];
  const plan = planProjectRetrieval(project, { group: findGroupInMap(settingsOf(deps).chainMap, project.industryGroup), placeNames: places });
  let queryVector: Float32Array | undefined;
  if (deps.embedder?.status().enabled) {
    queryVector = await deps.embedder.embedQuery(plan.text).catch(() => undefined);
  }
  const search = (request: Omit<SearchRequest, "filters">, extra: Filter[] = []) =>
    deps.engine
      .search("enterprises", { ...request, filters: [...filters, ...extra], idsOnly: true })
      .then((r) => r.hits.map((h) => ({ id: h.id, score: h.score })));
  const needLimit = Math.max(30, Math.round(q.candidates * NEED_QUERY_SHARE));
  const industryLimit = Math.round(q.candidates * INDUSTRY_QUERY_SHARE);
  // Two needs may share a word (旅游商品 sits on two tourism nodes): ask the engine once.
  const asked = new Map<string, ReturnType<typeof search>>();
  const needQuery = (query: string) => {
    let answer = asked.get(query);
    if (!answer) {
      answer = search({ q: query, limit: needLimit });
      asked.set(query, answer);
    }
    return answer;
  };
  const [text, needs, industry] = await Promise.all([
    plan.text || queryVector
      ? search({ q: plan.text, ...(queryVector ? { vector: queryVector, semanticRatio: DEFAULT_SEMANTIC_RATIO } : {}), limit: Math.round(q.candidates * TEXT_QUERY_SHARE) })
      : Promise.resolve([]),
    Promise.all(
      plan.needs.map(async (need) => ({ weight: need.weight, hits: await Promise.all(need.queries.map(needQuery)) })),
    ),
    Promise.all(
      plan.industry.map(async (r) => ({
        weight: r.weight,
        ids: (
          await search(
            { sort: [{ field: "registeredCapital", dir: "desc" }], limit: industryLimit },
            [r.codes.length === 1 ? { field: r.field, op: "eq", value: r.codes[0] } : { field: r.field, op: "in", value: r.codes }],
          )
        ).map((h) => h.id),
      })),
    ),
  ]);
  const merged = mergeRetrieval({ text, needs, industry }, Math.round(q.candidates * MERGED_CAP_FACTOR));
  return { ids: merged.ids, textScores: merged.textScores, queryVector };
}

/** Cosine between the project query and each candidate's document embedding (cache hits: the indexer embedded them). */
async function semanticScores(deps: MatchingDeps, queryVector: Float32Array | undefined, rows: EnterpriseRow[]) {
  const out = new Map<number, number>();
  if (!queryVector || !deps.embedder?.status().enabled || !rows.length) return out;
  try {
    const vectors = await deps.embedder.embedDocuments(rows.map((r) => enterpriseEmbeddingText(enterpriseDocument(r))));
    rows.forEach((r, i) => out.set(r.id, cosine(queryVector, vectors[i])));
  } catch {
    // Without vectors the semantic signal is 数据缺失 for this request, never a wrong number.
  }
  return out;
}

/**
 * An enterprise the keyword search did not return scored no keyword relevance (0) when it has text the engine
 * could match; one with no products and no business text cannot be judged by keywords (数据缺失).
 */
function textScoreOf(scores: Map<number, number>, e: MatchEnterprise): number | null {
  const found = scores.get(e.id as number);
  if (found !== undefined) return found;
  return e.products.length || e.mainBusiness.trim() ? 0 : null;
}

function present<T>(m: RankedMatch<T>, explain: boolean) {
  return {
    rank: m.rank,
    total: m.total,
    coverage: m.coverage,
    signals: m.signals.map((s) =>
      explain ? s : { key: s.key, label: s.label, value: s.value, weight: s.weight, contribution: s.contribution, reason: s.reason },
    ),
  };
}

function enterpriseSummary(e: MatchEnterprise, names: { province?: string | null; city?: string | null }) {
  return {
    id: e.id,
    name: e.name,
    provinceName: names.province ?? null,
    cityName: names.city ?? null,
    registeredCapital: e.registeredCapital ?? null,
    listingStatus: e.listingStatus,
    operatingStatus: e.operatingStatus,
    industries: e.industries,
  };
}

/** Ranked enterprises for a project, with the explained score of each and (on request) the excluded ones. */
export async function matchesForProject(deps: MatchingDeps, projectId: number, q: ProjectMatchesQuery) {
  const row = await findProjectById(deps.db, projectId);
  if (!row || row.deletedAt) throw notFound("项目", projectId);
  const project = toMatchProject(row, deps.inferrer);
  const weights = weightsResolver(deps, q.weights)(project.industryGroup);
  const retrieved = await retrieveEnterprises(deps, project, row.township, q);
  const rows = deps.candidates.findByIds(retrieved.ids);
  const enterprises = rows.filter((r) => !r.deletedAt).map(toMatchEnterprise);
  const semantic = await semanticScores(deps, retrieved.queryVector, rows.filter((r) => !r.deletedAt));
  const result = matchEnterprisesForProject({
    project,
    candidates: enterprises.map((enterprise) => ({
      enterprise,
      textScore: textScoreOf(retrieved.textScores, enterprise),
      semanticSimilarity: semantic.get(enterprise.id as number) ?? null,
    })),
    context: baseContext(deps),
    weights,
    gates: await gateOptions(deps, { projectId }),
  });
  const explain = q.explain === "true";
  const byId = new Map(rows.map((r) => [r.id, r]));
  const page = result.ranked.slice(q.offset, q.offset + q.limit);
  return {
    project: { id: row.id, code: row.code, name: row.name, industryGroup: row.industryGroupName, inferredIndustries: project.inferredIndustries },
    weights,
    mode: retrieved.queryVector ? "hybrid" : "keyword",
    total: result.ranked.length,
    limit: q.limit,
    offset: q.offset,
    items: page.map((m) => {
      const r = byId.get(m.id as number);
      return { enterprise: enterpriseSummary(m.candidate, { province: r?.provinceName, city: r?.cityName }), ...present(m, explain) };
    }),
    excludedCount: result.excluded.length,
    ...(q.includeExcluded === "true"
      ? { excluded: result.excluded.map((x) => ({ enterprise: { id: x.id, name: x.candidate.name }, reasons: x.reasons })) }
      : {}),
  };
}

/** Ranked projects of our library for an enterprise (a new chamber lead, say). The library is small: score all. */
export async function matchesForEnterprise(deps: MatchingDeps, enterpriseId: number, q: EnterpriseMatchesQuery) {
  const row = await findEnterpriseById(deps.db, enterpriseId);
  if (!row || row.deletedAt) throw notFound("企业", enterpriseId);
  const enterprise = toMatchEnterprise(row);
  const projectRows = await deps.db.project.findMany({
    where: { deletedAt: null, stage: { notIn: ["终止", "签约", "政策兑现"] } },
    include: { industries: { orderBy: { code: "asc" } } },
  });
  const keyword = await deps.engine.search("projects", { q: enterpriseQueryText(enterprise), limit: 200 });
  const textScores = new Map(keyword.hits.map((h) => [h.id, h.score]));
  const weightsFor = weightsResolver(deps, q.weights);
  const result = matchProjectsForEnterprise({
    enterprise,
    candidates: projectRows.map((p) => ({ project: toMatchProject(p, deps.inferrer), textScore: textScores.get(p.id) ?? 0 })),
    context: baseContext(deps),
    weightsFor: (p) => weightsFor(p.industryGroup),
    gates: await gateOptions(deps, { enterpriseId }),
  });
  const explain = q.explain === "true";
  return {
    enterprise: { id: row.id, name: row.name },
    total: result.ranked.length,
    limit: q.limit,
    offset: q.offset,
    items: result.ranked.slice(q.offset, q.offset + q.limit).map((m) => ({
      project: { id: m.candidate.id, name: m.candidate.name, industryGroup: m.candidate.industryGroup, totalInvestment: m.candidate.totalInvestment ?? null },
      ...present(m, explain),
    })),
    excludedCount: result.excluded.length,
    ...(q.includeExcluded === "true"
      ? { excluded: result.excluded.map((x) => ({ project: { id: x.id, name: x.candidate.name }, reasons: x.reasons })) }
      : {}),
  };
}
