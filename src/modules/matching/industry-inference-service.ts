import type { Db, Tx } from "../../db";
import { createIndustryInferrer, type IndustryInferrer, type InferredIndustry } from "./inference";
import { DEFAULT_CHAIN_MAP } from "./chain-map.data";
import { industryAncestors } from "../industries/reference-data";

/** Inferred codes at or above this confidence count in search filters, facets and the negative list display. */
export const INFERRED_SEARCHABLE_CONFIDENCE = 0.5;

/** Builds the inferrer over the GB/T table loaded in the database (full table once imported). */
export async function loadIndustryInferrer(db: Db): Promise<IndustryInferrer> {
  const table = await db.industryCode.findMany({ select: { code: true, level: true, name: true, description: true } });
  return createIndustryInferrer({ industryTable: table, chainMap: DEFAULT_CHAIN_MAP });
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
