import { inChunks, type Db } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import type { ListEnterprisesQuery } from "../enterprises";
import { buildEnterpriseWhere } from "../enterprises";
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
