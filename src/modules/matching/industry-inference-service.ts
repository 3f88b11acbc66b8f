import type { Db, Tx } from "../../db";
import { createIndustryInferrer, type IndustryInferrer, type InferredIndustry } from "./inference";
import { DEFAULT_CHAIN_MAP } from "./chain-map.data";
import type { ChainMap } from "./chain-map.types";
import { industryAncestors } from "../industries/reference-data";

/** Inferred codes at or above this confidence count in search filters, facets and the negative list display. */
export const INFERRED_SEARCHABLE_CONFIDENCE = 0.5;

/**
 * The inferrer the service shares (indexer, matching): rebuilt in place when an admin saves a new chain map,
 * so every holder sees the new keywords at once.
 */
export class ReloadableIndustryInferrer implements IndustryInferrer {
  private inner: IndustryInferrer;
  /**
   * Project codes by project text: every match request infers its project's codes (≈5 ms a project), and the
   * library is small. Emptied with the chain map, whose words are part of the inference.
   */
  private readonly projectCodes = new Map<string, InferredIndustry[]>();

  constructor(
    private table: IndustryTable,
    private chainMap: ChainMap,
  ) {
    this.inner = createIndustryInferrer({ industryTable: table, chainMap });
  }

  useChainMap(chainMap: ChainMap): void {
    this.chainMap = chainMap;
    this.inner = createIndustryInferrer({ industryTable: this.table, chainMap });
    this.projectCodes.clear();
  }

  /**
   * Rereads the GB/T table from the database (after `npm run import -- industries` loaded the full one), so
   * the next inference can name 小类 like 3572 where the shipped table stops at 35.
   */
  async reloadTable(db: Db): Promise<void> {
    this.table = await readIndustryTable(db);
    this.useChainMap(this.chainMap);
  }

  inferIndustryCodes(input: Parameters<IndustryInferrer["inferIndustryCodes"]>[0]) {
    return this.inner.inferIndustryCodes(input);
  }

  inferProjectIndustryCodes(input: Parameters<IndustryInferrer["inferProjectIndustryCodes"]>[0]) {
    const key = JSON.stringify([input.name, input.description, input.constructionContent, input.targetProfile, input.industryGroup]);
    let codes = this.projectCodes.get(key);
    if (!codes) {
      codes = this.inner.inferProjectIndustryCodes(input);
      if (this.projectCodes.size >= PROJECT_CODES_CACHE_LIMIT) this.projectCodes.clear();
      this.projectCodes.set(key, codes);
    }
    // Callers may filter or map the list; the cached one stays as inferred.
    return codes.map((c) => ({ ...c }));
  }
}

const PROJECT_CODES_CACHE_LIMIT = 5_000;

type IndustryTable = Parameters<typeof createIndustryInferrer>[0]["industryTable"];

function readIndustryTable(db: Db): Promise<IndustryTable> {
  return db.industryCode.findMany({ select: { code: true, level: true, name: true, description: true } });
}

/** Builds the inferrer over the GB/T table loaded in the database (full table once imported). */
export async function loadIndustryInferrer(db: Db, chainMap: ChainMap = DEFAULT_CHAIN_MAP): Promise<ReloadableIndustryInferrer> {
  return new ReloadableIndustryInferrer(await readIndustryTable(db), chainMap);
}

interface EnterpriseLike {
  id: number;
  name: string;
  products: unknown;
  mainBusiness: string | null;
  industryLabels: unknown;
  industries: { code: string; kind: string; confidence: number }[];
}

/**
 * Codes inferred for an enterprise, without those it already has confirmed (or whose confirmed codes are
 * finer): an analyst's or a source's code always wins over a guess.
 */
export function inferEnterpriseCodes(inferrer: IndustryInferrer, e: EnterpriseLike): InferredIndustry[] {
  const confirmed = e.industries.filter((i) => i.kind !== "inferred").map((i) => i.code);
  const covered = new Set(confirmed.flatMap((c) => industryAncestors(c)));
  return inferrer
    .inferIndustryCodes({
      name: e.name,
      products: (e.products as { name: string; share?: number }[]) ?? [],
      mainBusiness: e.mainBusiness,
      industryLabels: (e.industryLabels as string[]) ?? [],
    })
    .filter((i) => !covered.has(i.code));
}

/**
 * Stores inferred codes apart from confirmed ones (kind = inferred). Returns whether anything changed.
 * Derived data: it never writes the outbox, since it is computed while indexing.
 */
export async function storeInferredCodes(db: Db | Tx, e: EnterpriseLike, inferred: InferredIndustry[]): Promise<boolean> {
  const before = e.industries
    .filter((i) => i.kind === "inferred")
    .map((i) => `${i.code}:${i.confidence.toFixed(3)}`)
    .sort()
    .join();
  const after = inferred
    .map((i) => `${i.code}:${i.confidence.toFixed(3)}`)
    .sort()
    .join();
  if (before === after) return false;
  await db.enterpriseIndustry.deleteMany({ where: { enterpriseId: e.id, kind: "inferred" } });
  if (inferred.length) {
    await db.enterpriseIndustry.createMany({
      data: inferred.map((i) => ({ enterpriseId: e.id, code: i.code, kind: "inferred", confidence: i.confidence, evidence: i.evidence })),
    });
  }
  return true;
}
