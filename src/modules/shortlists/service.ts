import { lockForWrite, type Tx } from "../../db";
import { AppError, notFound } from "../../http/app-error";
import type { Page } from "../../http/pagination";
import { currentActor, type Actor } from "../auth/actor";
import { recordAudit } from "../auth/audit";
import { matchesForProject, type MatchingDeps } from "../matching";
import type { SignalWeightOverrides } from "../matching";
import {
  contactColumns,
  enterpriseColumns,
  exportIncludesContacts,
  formatDate,
  formatDateTime,
  recordExport,
  signalColumns,
  EXPORT_PAGE_SIZE,
  type BreakdownSignal,
  type ExportColumn,
  type ExportFormat,
  type PreparedExport,
} from "../exports";
import {
  activeUser,
  countItems,
  deleteItemRow,
  enterpriseIdsOnList,
  findItemRow,
  findShortlist,
  insertItems,
  insertNote,
  insertShortlist,
  itemExportPages,
  lastNotes,
  listItemRows,
  listNoteRows,
  listShortlistRows,
  liveEnterpriseIds,
  projectExists,
  statusCounts,
  updateItemRow,
  updateShortlistRow,
  type ItemExportRow,
  type ItemRow,
  type NoteRow,
  type ShortlistRow,
} from "./repository";
import type {
  AddItemsInput,
  AddItemsResult,
  AddNoteInput,
  CreateShortlistInput,
  ItemView,
  ListShortlistsQuery,
  NoteView,
  ShortlistDetail,
  ShortlistItemPatch,
  ShortlistItemsQuery,
  ShortlistPatch,
  ShortlistStatus,
  ShortlistSummary,
} from "./schemas";
import { DEFAULT_MATCH_CANDIDATES } from "../matching/schemas";

/** Shortlists score the targets they take from a project with the matching module, so they need its parts. */
export type ShortlistDeps = MatchingDeps;

const iso = (d: Date | null) => (d ? d.toISOString() : null);
/** Due dates are calendar dates, stored at UTC midnight as given (2026-12-31). */
const calendarDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

// ------------------------------------------------------------------------------------------------ views

function toSummary(row: ShortlistRow, counts: Record<string, number>): ShortlistSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    project: row.project,
    owner: { userId: row.ownerId, apiKeyId: row.ownerApiKeyId, name: row.ownerName },
    itemCount: Object.values(counts).reduce((a, b) => a + b, 0),
    statusCounts: counts,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: iso(row.deletedAt),
  };
}

function toNoteView(n: NoteRow): NoteView {
  return { id: n.id, text: n.text, authorId: n.authorId, authorName: n.authorName, createdAt: n.createdAt.toISOString() };
}

function toItemView(deps: ShortlistDeps, row: ItemRow, lastNote: NoteRow | null): ItemView {
  const e = row.enterprise;
  return {
    id: row.id,
    enterpriseId: row.enterpriseId,
    enterprise: {
      id: e.id,
      name: e.name,
      provinceName: e.provinceName,
      cityName: e.cityName,
      countyName: e.countyName,
      industryCode: e.industryCode,
      industryName: e.industryCode ? deps.industryNames.nameOf(e.industryCode) : null,
      deleted: e.deletedAt !== null,
    },
    status: row.status as ShortlistStatus,
    assignee: row.assignee ? { id: row.assignee.id, name: row.assignee.displayName } : null,
    dueDate: calendarDate(row.dueDate),
    score: row.score,
    scoreBreakdown: row.scoreBreakdown as ItemView["scoreBreakdown"],
    addedAt: row.addedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    noteCount: row._count.notes,
    lastNote: lastNote ? toNoteView(lastNote) : null,
  };
}

/** Who owns what an actor creates: a user, or an API key (integrations), or neither (the system). */
function ownership(actor: Actor) {
  return {
    ownerId: actor.kind === "user" ? actor.id : null,
    ownerApiKeyId: actor.kind === "apiKey" ? actor.id : null,
  };
}

async function liveShortlist(db: ShortlistDeps["db"] | Tx, id: number): Promise<ShortlistRow> {
  const row = await findShortlist(db, id);
  if (!row || row.deletedAt) throw notFound("目标清单", id);
  return row;
}

async function listedItem(db: ShortlistDeps["db"] | Tx, shortlistId: number, enterpriseId: number): Promise<ItemRow> {
  const item = await findItemRow(db, shortlistId, enterpriseId);
  if (!item) throw new AppError("NOT_FOUND", `目标清单 ${shortlistId} 中没有企业 ${enterpriseId}`, 404);
  return item;
}

/** Any change to a list's items makes it the most recently worked-on list. */
const touch = (tx: Tx, id: number) => updateShortlistRow(tx, id, { updatedAt: new Date() });

// ------------------------------------------------------------------------------------------------ scores

interface ScoreSnapshot {
  total: number;
  signals: BreakdownSignal[];
}

/**
 * The fit score of each enterprise for the project as the matches endpoint ranks it now (same weights the
 * analyst saw). An enterprise outside the ranked list (not retrieved, or excluded by a gate) gets none.
 */
async function projectScores(
  deps: ShortlistDeps,
  projectId: number | null,
  enterpriseIds: number[],
  weights: SignalWeightOverrides | undefined,
): Promise<Map<number, ScoreSnapshot>> {
  const out = new Map<number, ScoreSnapshot>();
  if (projectId === null || !enterpriseIds.length) return out;
  let result;
  try {
    result = await matchesForProject(deps, projectId, {
      limit: Number.MAX_SAFE_INTEGER,
      offset: 0,
      weights,
      explain: "false",
      includeExcluded: "false",
      candidates: DEFAULT_MATCH_CANDIDATES,
    });
  } catch (err) {
    if (err instanceof AppError && err.statusCode === 404) return out; // the project was deleted since
    throw err;
  }
  const wanted = new Set(enterpriseIds);
  for (const item of result.items) {
    const id = Number(item.enterprise.id);
    if (wanted.has(id)) out.set(id, { total: item.total, signals: item.signals });
  }
  return out;
}

function distinct(ids: number[]): number[] {
  return [...new Set(ids)];
}

/** Adds the enterprises not yet on the list (in the order given) and writes the audit row. */
async function addItemsInTx(
  tx: Tx,
  shortlist: { id: number; projectId: number | null },
  enterpriseIds: number[],
  scores: Map<number, ScoreSnapshot>,
): Promise<AddItemsResult> {
  const live = await liveEnterpriseIds(tx, enterpriseIds);
  const missing = enterpriseIds.filter((id) => !live.has(id));
  if (missing.length) throw new AppError("NOT_FOUND", `企业不存在或已删除：${missing.join("、")}`, 404, { enterpriseIds: missing });
  const present = await enterpriseIdsOnList(tx, shortlist.id, enterpriseIds);
  const added = enterpriseIds.filter((id) => !present.has(id));
  await insertItems(
    tx,
    added.map((enterpriseId) => {
      const score = scores.get(enterpriseId);
      return { shortlistId: shortlist.id, enterpriseId, score: score?.total ?? null, scoreBreakdown: (score?.signals ?? []) as object[] };
    }),
  );
  const unranked = shortlist.projectId === null ? [] : added.filter((id) => !scores.has(id));
  const result = { added, alreadyPresent: [...present], unranked, itemCount: await countItems(tx, shortlist.id) };
  await recordAudit(tx, {
    action: "add_items",
    entityType: "Shortlist",
    entityId: shortlist.id,
    summary: { added, alreadyPresent: result.alreadyPresent, unranked, projectId: shortlist.projectId },
  });
  return result;
}

// ------------------------------------------------------------------------------------------------ lists

export async function listShortlists(deps: ShortlistDeps, q: ListShortlistsQuery): Promise<Page<ShortlistSummary>> {
  const where = {
    deletedAt: null,
    ...(q.scope === "mine" ? ownership(currentActor()) : {}),
    ...(q.projectId ? { projectId: q.projectId } : {}),
    ...(q.q ? { name: { contains: q.q } } : {}),
  };
  const { rows, total } = await listShortlistRows(deps.db, where, q.limit, q.offset);
  const counts = await statusCounts(deps.db, rows.map((r) => r.id));
  return { items: rows.map((r) => toSummary(r, counts.get(r.id) ?? {})), total, limit: q.limit, offset: q.offset };
}

export async function getShortlist(deps: ShortlistDeps, id: number, q: ShortlistItemsQuery): Promise<ShortlistDetail> {
  const row = await liveShortlist(deps.db, id);
  const [counts, items] = await Promise.all([statusCounts(deps.db, [id]), listItemRows(deps.db, id, q.limit, q.offset)]);
  const notes = await lastNotes(deps.db, items.rows.map((i) => i.id));
  return {
    ...toSummary(row, counts.get(id) ?? {}),
    items: items.rows.map((i) => toItemView(deps, i, notes.get(i.id) ?? null)),
    itemsTotal: items.total,
    limit: q.limit,
    offset: q.offset,
  };
}

export async function createShortlist(
  deps: ShortlistDeps,
  input: CreateShortlistInput,
): Promise<ShortlistDetail & { addResult?: AddItemsResult }> {
  const projectId = input.projectId ?? null;
  if (projectId !== null && !(await projectExists(deps.db, projectId))) throw notFound("项目", projectId);
  const enterpriseIds = distinct(input.enterpriseIds ?? []);
  const scores = await projectScores(deps, projectId, enterpriseIds, input.weights);
  const actor = currentActor();
  const { id, addResult } = await deps.db.$transaction(async (tx) => {
    await lockForWrite(tx);
    const fields = { name: input.name, description: input.description, projectId };
    const newId = await insertShortlist(tx, { ...fields, ...ownership(actor), ownerName: actor.name });
    await recordAudit(tx, { action: "create", entityType: "Shortlist", entityId: newId, after: fields });
    const report = enterpriseIds.length ? await addItemsInTx(tx, { id: newId, projectId }, enterpriseIds, scores) : undefined;
    return { id: newId, addResult: report };
  });
  const detail = await getShortlist(deps, id, { limit: 200, offset: 0 });
  return addResult ? { ...detail, addResult } : detail;
}

export async function updateShortlist(deps: ShortlistDeps, id: number, patch: ShortlistPatch): Promise<ShortlistSummary> {
  await deps.db.$transaction(async (tx) => {
    await lockForWrite(tx);
    const before = await liveShortlist(tx, id);
    await updateShortlistRow(tx, id, patch);
    await recordAudit(tx, {
      action: "update",
      entityType: "Shortlist",
      entityId: id,
      before: { name: before.name, description: before.description },
      after: { name: patch.name ?? before.name, description: patch.description ?? before.description },
    });
  });
  return summaryOf(deps, id);
}

async function summaryOf(deps: ShortlistDeps, id: number): Promise<ShortlistSummary> {
  const row = (await findShortlist(deps.db, id))!;
  return toSummary(row, (await statusCounts(deps.db, [id])).get(id) ?? {});
}

/** Soft delete: the list and its history stay in the database (and the audit trail), out of every view. */
export async function deleteShortlist(deps: ShortlistDeps, id: number): Promise<ShortlistSummary> {
  await deps.db.$transaction(async (tx) => {
    await lockForWrite(tx);
    const before = await liveShortlist(tx, id);
    await updateShortlistRow(tx, id, { deletedAt: new Date() });
    await recordAudit(tx, {
      action: "delete",
      entityType: "Shortlist",
      entityId: id,
      before: { name: before.name, description: before.description, projectId: before.projectId },
    });
  });
  return summaryOf(deps, id);
}

// ------------------------------------------------------------------------------------------------ items

/** Adds targets; those already on the list are reported, not duplicated (safe to repeat). */
export async function addShortlistItems(deps: ShortlistDeps, id: number, input: AddItemsInput): Promise<AddItemsResult> {
  const shortlist = await liveShortlist(deps.db, id);
  const enterpriseIds = distinct(input.enterpriseIds);
  const already = await enterpriseIdsOnList(deps.db, id, enterpriseIds);
  const scores = await projectScores(deps, shortlist.projectId, enterpriseIds.filter((e) => !already.has(e)), input.weights);
  return deps.db.$transaction(async (tx) => {
    await lockForWrite(tx);
    await liveShortlist(tx, id);
    const result = await addItemsInTx(tx, shortlist, enterpriseIds, scores);
    if (result.added.length) await touch(tx, id);
    return result;
  });
}

export async function removeShortlistItem(deps: ShortlistDeps, id: number, enterpriseId: number): Promise<{ removed: number; itemCount: number }> {
  return deps.db.$transaction(async (tx) => {
    await lockForWrite(tx);
    await liveShortlist(tx, id);
    const item = await listedItem(tx, id, enterpriseId);
    await deleteItemRow(tx, item.id);
    await touch(tx, id);
    await recordAudit(tx, {
      action: "remove_item",
      entityType: "Shortlist",
      entityId: id,
      before: { enterpriseId, status: item.status, assigneeId: item.assigneeId, score: item.score, notes: item._count.notes },
    });
    return { removed: enterpriseId, itemCount: await countItems(tx, id) };
  });
}

const itemFields = (i: { status: string; assigneeId: number | null; dueDate: Date | null }) => ({
  status: i.status,
  assigneeId: i.assigneeId,
  dueDate: calendarDate(i.dueDate),
});

export async function updateShortlistItem(deps: ShortlistDeps, id: number, enterpriseId: number, patch: ShortlistItemPatch): Promise<ItemView> {
  await deps.db.$transaction(async (tx) => {
    await lockForWrite(tx);
    await liveShortlist(tx, id);
    const item = await listedItem(tx, id, enterpriseId);
    if (patch.assigneeId != null && !(await activeUser(tx, patch.assigneeId))) {
      throw new AppError("UNKNOWN_ASSIGNEE", `负责人不存在或已停用：${patch.assigneeId}`, 400);
    }
    await updateItemRow(tx, item.id, patch);
    await touch(tx, id);
    await recordAudit(tx, {
      action: "update",
      entityType: "ShortlistItem",
      entityId: item.id,
      before: { shortlistId: id, enterpriseId, ...itemFields(item) },
      after: { shortlistId: id, enterpriseId, ...itemFields({ ...item, ...patch }) },
    });
  });
  const item = await listedItem(deps.db, id, enterpriseId);
  const notes = await lastNotes(deps.db, [item.id]);
  return toItemView(deps, item, notes.get(item.id) ?? null);
}

export async function addShortlistNote(deps: ShortlistDeps, id: number, enterpriseId: number, input: AddNoteInput): Promise<NoteView> {
  const actor = currentActor();
  const note = await deps.db.$transaction(async (tx) => {
    await lockForWrite(tx);
    await liveShortlist(tx, id);
    const item = await listedItem(tx, id, enterpriseId);
    const created = await insertNote(tx, {
      itemId: item.id,
      text: input.text,
      authorId: actor.kind === "user" ? actor.id : null,
      authorName: actor.name,
    });
    await touch(tx, id);
    await recordAudit(tx, {
      action: "create",
      entityType: "ShortlistNote",
      entityId: created.id,
      after: { shortlistId: id, enterpriseId, text: input.text },
    });
    return created;
  });
  return toNoteView(note);
}

export async function listShortlistNotes(deps: ShortlistDeps, id: number, enterpriseId: number): Promise<{ items: NoteView[] }> {
  await liveShortlist(deps.db, id);
  const item = await listedItem(deps.db, id, enterpriseId);
  return { items: (await listNoteRows(deps.db, item.id)).map(toNoteView) };
}

// ------------------------------------------------------------------------------------------------ export

/** The whole list, in the order GET shows its items, with the score breakdown, the newest note and contacts by role. */
export async function exportShortlist(deps: ShortlistDeps, id: number, format: ExportFormat): Promise<PreparedExport<ItemExportRow>> {
  const shortlist = await liveShortlist(deps.db, id);
  const withContacts = exportIncludesContacts();
  const rows = await countItems(deps.db, id);
  await recordExport(deps.db, { entityType: "Shortlist", entityId: id, format, rows, query: { format }, contactColumns: withContacts });
  const enterprise = (r: ItemExportRow) => r.enterprise;
  const breakdown = (r: ItemExportRow) => (r.score === null ? null : (r.scoreBreakdown as unknown as BreakdownSignal[]));
  const [idColumn, nameColumn, ...restOfEnterprise] = enterpriseColumns(enterprise, deps.industryNames);
  const columns: ExportColumn<ItemExportRow>[] = [
    idColumn,
    nameColumn,
    { header: "跟进状态", width: 10, value: (r) => r.status },
    { header: "负责人", width: 12, value: (r) => r.assignee?.displayName ?? null },
    { header: "截止日期", width: 12, value: (r) => calendarDate(r.dueDate) },
    { header: "匹配总分", width: 10, value: (r) => r.score },
    ...signalColumns(breakdown),
    { header: "最新备注", width: 40, value: (r) => r.lastNote?.text ?? null },
    { header: "备注时间", width: 17, value: (r) => formatDateTime(r.lastNote?.createdAt) },
    { header: "加入时间", width: 17, value: (r) => formatDateTime(r.addedAt) },
    ...restOfEnterprise,
    ...(withContacts ? contactColumns(enterprise) : []),
  ];
  const project = shortlist.project ? `-${shortlist.project.name}` : "";
  return {
    format,
    table: {
      fileName: `目标清单-${shortlist.name}${project}-${formatDate(new Date())!.replace(/-/g, "")}`,
      sheetName: "目标清单",
      columns,
      pages: itemExportPages(deps.db, id, withContacts, EXPORT_PAGE_SIZE),
    },
  };
}
