import { inChunks, type Db } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import type { ListEnterprisesQuery } from "../enterprises";
import { buildEnterpriseWhere } from "../enterprises";
import { industryFilterPrefixes } from "../industries/industry-filter";
// Not exported from the matching module's index; the indexer reads it from the same file.
import { INFERRED_SEARCHABLE_CONFIDENCE } from "../matching/industry-inference-service";
import { ENTERPRISE_EXPORT_SELECT, type EnterpriseExportRow } from "./columns";
import { keysetOrderBy, keysetPages, type KeysetKey } from "./keyset";

/** The list endpoint's sort orders as keyset keys; they must order exactly as GET /api/enterprises does. */
const ENTERPRISE_SORT_KEYS: Record<ListEnterprisesQuery["sort"], KeysetKey[]> = {
  id: [{ field: "id", dir: "asc" }],
  "-id": [{ field: "id", dir: "desc" }],
  name: [{ field: "name", dir: "asc" }, { field: "id", dir: "asc" }],
  registeredCapital: [{ field: "registeredCapital", dir: "asc", nullable: true }, { field: "id", dir: "asc" }],
  "-registeredCapital": [{ field: "registeredCapital", dir: "desc", nullable: true }, { field: "id", dir: "asc" }],
  "-updatedAt": [{ field: "updatedAt", dir: "desc" }, { field: "id", dir: "asc" }],
};

type Filters = Omit<ListEnterprisesQuery, "limit" | "offset" | "sort">;

const selectFor = (withContacts: boolean) => ({ ...ENTERPRISE_EXPORT_SELECT, contacts: withContacts });

export async function countEnterprisesForExport(db: Db, q: Filters): Promise<number> {
  return db.enterprise.count({ where: buildEnterpriseWhere(q) });
}

/** Every enterprise the list query selects, in its order, `pageSize` rows per query. */
export function enterpriseExportPages(
  db: Db,
  q: Filters & { sort: ListEnterprisesQuery["sort"] },
  withContacts: boolean,
  pageSize: number,
): AsyncGenerator<EnterpriseExportRow[]> {
  const keys = ENTERPRISE_SORT_KEYS[q.sort];
  const where = buildEnterpriseWhere(q);
  return keysetPages(keys, pageSize, (after, take) =>
    db.enterprise.findMany({
      where: after ? { AND: [where, after as Prisma.EnterpriseWhereInput] } : where,
      orderBy: keysetOrderBy(keys) as Prisma.EnterpriseOrderByWithRelationInput[],
      take,
      select: selectFor(withContacts),
    }),
  );
}

export async function findEnterpriseExportRows(db: Db, ids: number[], withContacts: boolean): Promise<Map<number, EnterpriseExportRow>> {
  const rows = await inChunks(ids, (slice) => db.enterprise.findMany({ where: { id: { in: slice } }, select: selectFor(withContacts) }));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The search filters the enterprise search page offers (GET /api/search/enterprises), without the text. */
export interface EnterpriseSearchFilters {
  industry?: string;
  region?: string;
  listingStatus?: string[];
  operatingStatus?: string[];
  source?: string[];
  tags?: string[];
  minCapital?: number;
  maxCapital?: number;
}

/** A browse order of the search engines: one numeric field, documents without it last, then id descending. */
export interface SearchBrowseOrder {
  field: "updatedAt" | "registeredCapital" | "revenue";
  dir: "asc" | "desc";
}

interface Sql {
  sql: string;
  params: unknown[];
}

const marks = (n: number) => Array(n).fill("?").join(",");

/**
 * The search filters as SQL on "Enterprise" e, with the search documents' semantics (indexer/search-documents.ts):
 * industry = any code of the enterprise at or under the filter code, inferred codes only when confident enough
 * to be indexed; region = the most precise region code lies under the prefix; tags = any of the tags; deleted
 * enterprises are not in the index. Kept in step with the engines by the export tests, which compare this
 * against the search API's hits.
 */
function searchFilterSql(f: EnterpriseSearchFilters): Sql {
  const parts = [`e."deletedAt" IS NULL`];
  const params: unknown[] = [];
  const anyOf = (column: string, values?: string[]) => {
    if (!values?.length) return;
    parts.push(`e."${column}" IN (${marks(values.length)})`);
    params.push(...values);
  };
  if (f.industry) {
    const prefixes = industryFilterPrefixes(f.industry);
    parts.push(
      `EXISTS (SELECT 1 FROM "EnterpriseIndustry" i WHERE i."enterpriseId" = e.id AND (i.kind <> 'inferred' OR i.confidence >= ?)` +
        ` AND (${prefixes.map(() => `substr(i.code, 1, ?) = ?`).join(" OR ")}))`,
    );
    params.push(INFERRED_SEARCHABLE_CONFIDENCE, ...prefixes.flatMap((p) => [p.length, p]));
  }
  if (f.region) {
    parts.push(`substr(COALESCE(e."countyCode", e."cityCode", e."provinceCode"), 1, ?) = ?`);
    params.push(f.region.length, f.region);
  }
  anyOf("listingStatus", f.listingStatus);
  anyOf("operatingStatus", f.operatingStatus);
  anyOf("source", f.source);
  if (f.tags?.length) {
    parts.push(`EXISTS (SELECT 1 FROM json_each(e."tags") t WHERE t.value IN (${marks(f.tags.length)}))`);
    params.push(...f.tags);
  }
  if (f.minCapital !== undefined) {
    parts.push(`e."registeredCapital" >= ?`);
    params.push(f.minCapital);
  }
  if (f.maxCapital !== undefined) {
    parts.push(`e."registeredCapital" <= ?`);
    params.push(f.maxCapital);
  }
  return { sql: parts.join(" AND "), params };
}

export async function countEnterprisesForSearchBrowse(db: Db, filters: EnterpriseSearchFilters): Promise<number> {
  const where = searchFilterSql(filters);
  const [row] = await db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT count(*) AS n FROM "Enterprise" e WHERE ${where.sql}`, ...where.params);
  return Number(row.n);
}

/**
 * Ids of the enterprises passing the search filters, in the engines' browse order (a query without text): the
 * sort field with missing values last, then id descending. Read by keyset, `pageSize` ids per query, so the
 * 100,000th id costs what the first did. `updatedAt` is compared as the stored ISO text, which orders as time.
 */
export async function* searchBrowseIdPages(
  db: Db,
  filters: EnterpriseSearchFilters,
  order: SearchBrowseOrder,
  pageSize: number,
): AsyncGenerator<number[]> {
  const where = searchFilterSql(filters);
  const column = `e."${order.field}"`;
  const direction = order.dir === "asc" ? "ASC" : "DESC";
  const beyond = order.dir === "asc" ? ">" : "<";
  let last: { id: number; k: string | number | null } | undefined;
  for (;;) {
    let after = "";
    const afterParams: unknown[] = [];
    if (last && last.k === null) {
      after = ` AND ${column} IS NULL AND e.id < ?`;
      afterParams.push(last.id);
    } else if (last) {
      after = ` AND (${column} ${beyond} ? OR (${column} = ? AND e.id < ?) OR ${column} IS NULL)`;
      afterParams.push(last.k, last.k, last.id);
    }
    // `|| ''` on the date column keeps the stored text (the driver adapter would turn a plain column into a Date).
    const key = order.field === "updatedAt" ? `${column} || ''` : column;
    const rows = await db.$queryRawUnsafe<{ id: number; k: string | number | null }[]>(
      `SELECT e.id AS id, ${key} AS k FROM "Enterprise" e WHERE ${where.sql}${after} ORDER BY ${column} ${direction} NULLS LAST, e.id DESC LIMIT ?`,
      ...where.params,
      ...afterParams,
      pageSize,
    );
    if (rows.length) yield rows.map((r) => Number(r.id));
    if (rows.length < pageSize) return;
    last = { id: Number(rows[rows.length - 1].id), k: rows[rows.length - 1].k };
  }
}
