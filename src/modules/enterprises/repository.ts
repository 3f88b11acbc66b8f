import { inChunks, type Db, type Tx } from "../../db";
import { industryCodeCondition } from "../industries/industry-filter";
import type { Prisma } from "../../generated/prisma/client";
import type { EnterpriseRecord, EnterpriseRelations } from "./enterprise-record";
import type { ListEnterprisesQuery } from "./schemas";

/** Stages at which a project counts as invested in (its investor's track record). */
export const INVESTED_STAGES = ["签约", "政策兑现"];

const withRelations = {
  industries: { orderBy: [{ kind: "asc" }, { code: "asc" }] },
  signals: { orderBy: { occurredAt: "desc" } },
  referrerChamber: { select: { name: true } },
  investedProjects: {
    where: { stage: { in: INVESTED_STAGES }, deletedAt: null },
    select: {
      id: true,
      name: true,
      industryGroupName: true,
      updatedAt: true,
      industries: { select: { code: true } },
      stageChanges: { where: { toStage: "签约", status: "applied" }, select: { at: true }, orderBy: { at: "desc" }, take: 1 },
    },
    orderBy: { id: "asc" },
  },
} satisfies Prisma.EnterpriseInclude;

export type EnterpriseRow = Prisma.EnterpriseGetPayload<{ include: typeof withRelations }>;

/** Plain record of a stored row (JSON columns typed). */
export function rowToRecord(row: Prisma.EnterpriseGetPayload<object>): EnterpriseRecord {
  return {
    name: row.name,
    normalizedName: row.normalizedName,
    aliases: row.aliases as string[],
    creditCode: row.creditCode,
    externalId: row.externalId,
    stockCode: row.stockCode,
    exchange: row.exchange,
    listingStatus: row.listingStatus,
    listingDate: row.listingDate,
    operatingStatus: row.operatingStatus,
    provinceCode: row.provinceCode,
    provinceName: row.provinceName,
    cityCode: row.cityCode,
    cityName: row.cityName,
    countyCode: row.countyCode,
    countyName: row.countyName,
    industryCode: row.industryCode,
    industryLabels: row.industryLabels as string[],
    mainBusiness: row.mainBusiness,
    products: row.products as EnterpriseRecord["products"],
    registeredCapital: row.registeredCapital,
    revenue: row.revenue,
    employees: row.employees,
    foundedAt: row.foundedAt,
    contacts: row.contacts as EnterpriseRecord["contacts"],
    tags: row.tags as string[],
    source: row.source,
    searchText: row.searchText,
  };
}

export function confirmedCodes(row: EnterpriseRow): string[] {
  const primary = row.industries.filter((i) => i.kind === "primary").map((i) => i.code);
  const secondary = row.industries.filter((i) => i.kind === "secondary").map((i) => i.code);
  return [...primary, ...secondary];
}

export async function findEnterpriseById(db: Db | Tx, id: number): Promise<EnterpriseRow | null> {
  return db.enterprise.findUnique({ where: { id }, include: withRelations });
}

export async function findEnterprisesByIds(db: Db | Tx, ids: number[]): Promise<EnterpriseRow[]> {
  return inChunks(ids, (slice) => db.enterprise.findMany({ where: { id: { in: slice } }, include: withRelations }));
}

function industryRows(codes: string[]) {
  return codes.map((code, i) => ({ code, kind: i === 0 ? "primary" : "secondary", confidence: 1 }));
}

export async function insertEnterprise(tx: Tx, record: EnterpriseRecord, rel: EnterpriseRelations): Promise<number> {
  const codes = [...new Set(rel.industryCodes ?? [])];
  const row = await tx.enterprise.create({
    data: {
      ...record,
      industries: { create: industryRows(codes) },
      signals: { create: rel.signals ?? [] },
    },
    select: { id: true },
  });
  return row.id;
}

/**
 * Inserts many enterprises with a handful of statements (imports, demo seed): one multi-row insert for the
 * enterprises, then one each for their industry codes and signals. Returns the new ids in input order.
 */
export async function insertEnterprisesBulk(
  tx: Tx,
  items: { record: EnterpriseRecord; rel: EnterpriseRelations }[],
): Promise<number[]> {
  if (!items.length) return [];
  const created = await tx.enterprise.createManyAndReturn({
    data: items.map((i) => i.record),
    select: { id: true, normalizedName: true },
  });
  // RETURNING yields rows in insert order; check it rather than trust it, since ids are matched by position.
  const ids = created.map((row, i) => {
    if (row.normalizedName !== items[i].record.normalizedName) throw new Error("bulk insert returned rows out of order");
    return row.id;
  });
  const industries = items.flatMap((item, i) =>
    industryRows([...new Set(item.rel.industryCodes ?? [])]).map((r) => ({ ...r, enterpriseId: ids[i] })),
  );
  if (industries.length) await tx.enterpriseIndustry.createMany({ data: industries });
  const signals = items.flatMap((item, i) => (item.rel.signals ?? []).map((s) => ({ ...s, enterpriseId: ids[i] })));
  if (signals.length) await tx.expansionSignal.createMany({ data: signals });
  return ids;
}

export async function updateEnterpriseRow(
  tx: Tx,
  id: number,
  record: EnterpriseRecord,
  rel: EnterpriseRelations,
): Promise<void> {
  await tx.enterprise.update({ where: { id }, data: record });
  if (rel.industryCodes) {
    const codes = [...new Set(rel.industryCodes)];
    await tx.enterpriseIndustry.deleteMany({ where: { enterpriseId: id, kind: { in: ["primary", "secondary"] } } });
    // A code confirmed now replaces the same code if it had only been inferred.
    await tx.enterpriseIndustry.deleteMany({ where: { enterpriseId: id, code: { in: codes } } });
    await tx.enterpriseIndustry.createMany({ data: industryRows(codes).map((r) => ({ ...r, enterpriseId: id })) });
  }
  if (rel.signals) {
    await tx.expansionSignal.deleteMany({ where: { enterpriseId: id } });
    await tx.expansionSignal.createMany({ data: rel.signals.map((s) => ({ ...s, enterpriseId: id })) });
  }
}

export async function setEnterpriseDeleted(tx: Tx, id: number, deletedAt: Date | null): Promise<void> {
  await tx.enterprise.update({ where: { id }, data: { deletedAt } });
}

export function buildEnterpriseWhere(q: Omit<ListEnterprisesQuery, "limit" | "offset" | "sort">): Prisma.EnterpriseWhereInput {
  const and: Prisma.EnterpriseWhereInput[] = [];
  if (q.includeDeleted !== "true") and.push({ deletedAt: null });
  if (q.q) {
    and.push({ searchText: { contains: q.q } });
  }
  if (q.industry) and.push({ industries: { some: industryCodeCondition(q.industry) } });
  if (q.region) {
    const field = q.region.length === 2 ? "provinceCode" : q.region.length === 4 ? "cityCode" : "countyCode";
    and.push({ [field]: { startsWith: q.region } });
  }
  if (q.listingStatus?.length) and.push({ listingStatus: { in: q.listingStatus } });
  if (q.operatingStatus?.length) and.push({ operatingStatus: { in: q.operatingStatus } });
  if (q.source?.length) and.push({ source: { in: q.source } });
  if (q.minCapital !== undefined) and.push({ registeredCapital: { gte: q.minCapital } });
  if (q.maxCapital !== undefined) and.push({ registeredCapital: { lte: q.maxCapital } });
  return { AND: and };
}

const SORTS: Record<ListEnterprisesQuery["sort"], Prisma.EnterpriseOrderByWithRelationInput[]> = {
  id: [{ id: "asc" }],
  "-id": [{ id: "desc" }],
  name: [{ name: "asc" }, { id: "asc" }],
  registeredCapital: [{ registeredCapital: "asc" }, { id: "asc" }],
  "-registeredCapital": [{ registeredCapital: "desc" }, { id: "asc" }],
  "-updatedAt": [{ updatedAt: "desc" }, { id: "asc" }],
};

export async function listEnterpriseRows(db: Db, q: ListEnterprisesQuery): Promise<{ rows: EnterpriseRow[]; total: number }> {
  const where = buildEnterpriseWhere(q);
  const [rows, total] = await Promise.all([
    db.enterprise.findMany({ where, include: withRelations, orderBy: SORTS[q.sort], take: q.limit, skip: q.offset }),
    db.enterprise.count({ where }),
  ]);
  return { rows, total };
}

/** Existing enterprises matching any of the keys, for import upserts (a few queries per batch, not per row). */
export async function findEnterprisesByKeys(
  db: Db | Tx,
  keys: { creditCodes: string[]; externalIds: string[]; normalizedNames: string[] },
): Promise<EnterpriseRow[]> {
  const found = new Map<number, EnterpriseRow>();
  const lookups: [keyof typeof keys, "creditCode" | "externalId" | "normalizedName"][] = [
    ["creditCodes", "creditCode"],
    ["externalIds", "externalId"],
    ["normalizedNames", "normalizedName"],
  ];
  for (const [key, column] of lookups) {
    const rows = await inChunks(keys[key], (slice) =>
      db.enterprise.findMany({ where: { [column]: { in: slice } }, include: withRelations }),
    );
    for (const row of rows) found.set(row.id, row);
  }
  return [...found.values()];
}
