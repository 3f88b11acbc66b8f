import { inChunks, type Db, type Tx } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import { ENTERPRISE_EXPORT_SELECT, keysetOrderBy, keysetPages, type KeysetKey } from "../exports";

type Client = Db | Tx;

/** Items in outreach priority: best score first, unscored last, then in the order they were added. */
export const ITEM_ORDER: KeysetKey[] = [
  { field: "score", dir: "desc", nullable: true },
  { field: "id", dir: "asc" },
];
const itemOrderBy = keysetOrderBy(ITEM_ORDER) as Prisma.ShortlistItemOrderByWithRelationInput[];

const shortlistInclude = { project: { select: { id: true, code: true, name: true } } } satisfies Prisma.ShortlistInclude;
export type ShortlistRow = Prisma.ShortlistGetPayload<{ include: typeof shortlistInclude }>;

const itemInclude = {
  enterprise: {
    select: { id: true, name: true, provinceName: true, cityName: true, countyName: true, industryCode: true, deletedAt: true },
  },
  assignee: { select: { id: true, displayName: true } },
  _count: { select: { notes: true } },
} satisfies Prisma.ShortlistItemInclude;
export type ItemRow = Prisma.ShortlistItemGetPayload<{ include: typeof itemInclude }>;

export type NoteRow = Prisma.ShortlistNoteGetPayload<object>;

export async function insertShortlist(tx: Tx, data: Prisma.ShortlistUncheckedCreateInput): Promise<number> {
  return (await tx.shortlist.create({ data, select: { id: true } })).id;
}

export async function findShortlist(db: Client, id: number): Promise<ShortlistRow | null> {
  return db.shortlist.findUnique({ where: { id }, include: shortlistInclude });
}

export async function listShortlistRows(db: Db, where: Prisma.ShortlistWhereInput, take: number, skip: number) {
  const [rows, total] = await Promise.all([
    db.shortlist.findMany({ where, include: shortlistInclude, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take, skip }),
    db.shortlist.count({ where }),
  ]);
  return { rows, total };
}

/** Items per status for each list: {shortlistId: {status: count}}. */
export async function statusCounts(db: Client, shortlistIds: number[]): Promise<Map<number, Record<string, number>>> {
  const out = new Map<number, Record<string, number>>(shortlistIds.map((id) => [id, {}]));
  if (!shortlistIds.length) return out;
  const groups = await db.shortlistItem.groupBy({
    by: ["shortlistId", "status"],
    where: { shortlistId: { in: shortlistIds } },
    _count: { _all: true },
  });
  for (const g of groups) out.get(g.shortlistId)![g.status] = g._count._all;
  return out;
}

export async function updateShortlistRow(tx: Tx, id: number, data: Prisma.ShortlistUncheckedUpdateInput): Promise<void> {
  await tx.shortlist.update({ where: { id }, data });
}

export async function listItemRows(db: Client, shortlistId: number, take: number, skip: number) {
  const where = { shortlistId };
  const [rows, total] = await Promise.all([
    db.shortlistItem.findMany({ where, include: itemInclude, orderBy: itemOrderBy, take, skip }),
    db.shortlistItem.count({ where }),
  ]);
  return { rows, total };
}

export async function findItemRow(db: Client, shortlistId: number, enterpriseId: number): Promise<ItemRow | null> {
  return db.shortlistItem.findUnique({ where: { shortlistId_enterpriseId: { shortlistId, enterpriseId } }, include: itemInclude });
}

/** The newest note of each item. */
export async function lastNotes(db: Client, itemIds: number[]): Promise<Map<number, NoteRow>> {
  const newest = await inChunks(itemIds, (slice) =>
    db.shortlistNote.groupBy({ by: ["itemId"], where: { itemId: { in: slice } }, _max: { id: true } }),
  );
  const ids = newest.map((n) => n._max.id).filter((id): id is number => id !== null);
  const notes = await inChunks(ids, (slice) => db.shortlistNote.findMany({ where: { id: { in: slice } } }));
  return new Map(notes.map((n) => [n.itemId, n]));
}

/** Which of `enterpriseIds` are already on the list. */
export async function enterpriseIdsOnList(db: Client, shortlistId: number, enterpriseIds: number[]): Promise<Set<number>> {
  const rows = await inChunks(enterpriseIds, (slice) =>
    db.shortlistItem.findMany({ where: { shortlistId, enterpriseId: { in: slice } }, select: { enterpriseId: true } }),
  );
  return new Set(rows.map((r) => r.enterpriseId));
}

/** Which of `ids` are enterprises that exist and are not deleted. */
export async function liveEnterpriseIds(db: Client, ids: number[]): Promise<Set<number>> {
  const rows = await inChunks(ids, (slice) =>
    db.enterprise.findMany({ where: { id: { in: slice }, deletedAt: null }, select: { id: true } }),
  );
  return new Set(rows.map((r) => r.id));
}

export async function projectExists(db: Client, id: number): Promise<boolean> {
  return (await db.project.count({ where: { id, deletedAt: null } })) > 0;
}

export async function activeUser(db: Client, id: number) {
  return db.user.findFirst({ where: { id, disabledAt: null }, select: { id: true, displayName: true } });
}

export async function insertItems(tx: Tx, data: Prisma.ShortlistItemCreateManyInput[]): Promise<void> {
  if (data.length) await tx.shortlistItem.createMany({ data });
}

export async function countItems(db: Client, shortlistId: number): Promise<number> {
  return db.shortlistItem.count({ where: { shortlistId } });
}

export async function deleteItemRow(tx: Tx, itemId: number): Promise<void> {
  await tx.shortlistItem.delete({ where: { id: itemId } });
}

export async function updateItemRow(tx: Tx, itemId: number, data: Prisma.ShortlistItemUncheckedUpdateInput): Promise<void> {
  await tx.shortlistItem.update({ where: { id: itemId }, data });
}

export async function insertNote(tx: Tx, data: Prisma.ShortlistNoteUncheckedCreateInput): Promise<NoteRow> {
  return tx.shortlistNote.create({ data });
}

export async function listNoteRows(db: Client, itemId: number): Promise<NoteRow[]> {
  return db.shortlistNote.findMany({ where: { itemId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}

// ------------------------------------------------------------------------------------------------ export

const exportInclude = (withContacts: boolean) =>
  ({
    enterprise: { select: { ...ENTERPRISE_EXPORT_SELECT, contacts: withContacts } },
    assignee: { select: { id: true, displayName: true } },
  }) satisfies Prisma.ShortlistItemInclude;

export type ItemExportRow = Prisma.ShortlistItemGetPayload<{ include: ReturnType<typeof exportInclude> }> & {
  lastNote: NoteRow | null;
};

/** Every item of a list in ITEM_ORDER, with its enterprise's export fields and newest note, page by page. */
export async function* itemExportPages(db: Db, shortlistId: number, withContacts: boolean, pageSize: number): AsyncGenerator<ItemExportRow[]> {
  const pages = keysetPages(ITEM_ORDER, pageSize, (after, take) =>
    db.shortlistItem.findMany({
      where: after ? { AND: [{ shortlistId }, after as Prisma.ShortlistItemWhereInput] } : { shortlistId },
      include: exportInclude(withContacts),
      orderBy: itemOrderBy,
      take,
    }),
  );
  for await (const page of pages) {
    const notes = await lastNotes(db, page.map((i) => i.id));
    yield page.map((item) => ({ ...item, lastNote: notes.get(item.id) ?? null }));
  }
}
