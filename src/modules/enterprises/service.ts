import { recordAudit } from "../auth";
import { lockForWrite, type Db, type Tx } from "../../db";
import { conflict, notFound } from "../../http/app-error";
import type { Page } from "../../http/pagination";
import { enqueueOutbox } from "../outbox";
import type { RegionDirectory } from "../regions/region-directory";
import type { IndustryNames } from "../industries/industry-names";
import { applyEnterprisePatch, type EnterpriseRecord, type EnterpriseRelations } from "./enterprise-record";
import {
  findEnterpriseById,
  insertEnterprise,
  insertEnterprisesBulk,
  listEnterpriseRows,
  rowToRecord,
  setEnterpriseDeleted,
  updateEnterpriseRow,
  type EnterpriseRow,
} from "./repository";
import type { EnterpriseInput, EnterprisePatch, EnterpriseView, ListEnterprisesQuery } from "./schemas";

export interface EnterpriseDeps {
  db: Db;
  regions: RegionDirectory;
  industryNames: IndustryNames;
}

export function toEnterpriseView(row: EnterpriseRow, industryNames: IndustryNames): EnterpriseView {
  const { searchText: _derived, ...record } = rowToRecord(row);
  return {
    id: row.id,
    ...record,
    listingStatus: record.listingStatus as EnterpriseView["listingStatus"],
    listingDate: iso(record.listingDate),
    foundedAt: iso(record.foundedAt),
    industries: row.industries.map((i) => ({
      code: i.code,
      kind: i.kind,
      confidence: i.confidence,
      name: industryNames.nameOf(i.code),
      evidence: i.kind === "inferred" ? (i.evidence ?? null) : null,
    })),
    signals: row.signals.map((s) => ({
      id: s.id,
      type: s.type as EnterpriseView["signals"][number]["type"],
      occurredAt: s.occurredAt.toISOString(),
      description: s.description,
      source: s.source,
      ...(s.url ? { url: s.url } : {}),
    })),
    referrerChamberId: row.referrerChamberId,
    referrerChamberName: row.referrerChamber?.name ?? null,
    referredAt: iso(row.referredAt),
    deletedAt: iso(row.deletedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Translates unique-constraint failures into a 409 an analyst can act on. */
function uniqueViolation(err: unknown): never {
  const e = err as { code?: string; meta?: { target?: unknown }; message?: string };
  if (e?.code === "P2002" || /UNIQUE constraint failed/.test(e?.message ?? "")) {
    const target = JSON.stringify(e.meta?.target ?? e.message);
    if (target.includes("creditCode")) throw conflict("已存在相同统一社会信用代码的企业");
    if (target.includes("externalId")) throw conflict("已存在相同外部编号的企业");
    throw conflict("记录重复");
  }
  throw err;
}

/** Creates an enterprise inside an existing transaction (used by the API, imports and leads). */
export async function createEnterpriseInTx(
  tx: Tx,
  input: EnterpriseInput | EnterprisePatch,
  regions: RegionDirectory,
): Promise<number> {
  const record = applyEnterprisePatch(null, input, regions);
  const id = await insertEnterprise(tx, record, { industryCodes: input.industryCodes ?? [], signals: input.signals ?? [] });
  await enqueueOutbox(tx, "enterprise", [id], "upsert");
  return id;
}

/** Stores already-derived records with bulk statements (imports, demo seed); ids in input order. */
export async function createEnterpriseRecordsInTx(
  tx: Tx,
  items: { record: EnterpriseRecord; rel: EnterpriseRelations }[],
): Promise<number[]> {
  const ids = await insertEnterprisesBulk(tx, items);
  await enqueueOutbox(tx, "enterprise", ids, "upsert");
  return ids;
}

/** Creates many enterprises inside an existing transaction; ids in input order. */
export async function createEnterprisesInTx(
  tx: Tx,
  inputs: (EnterpriseInput | EnterprisePatch)[],
  regions: RegionDirectory,
): Promise<number[]> {
  return createEnterpriseRecordsInTx(
    tx,
    inputs.map((input) => ({
      record: applyEnterprisePatch(null, input, regions),
      rel: { industryCodes: input.industryCodes ?? [], signals: input.signals ?? [] },
    })),
  );
}

/** Stores a derived record over an existing row (restoring it if deleted) and queues it for indexing. */
export async function saveEnterpriseRecordInTx(tx: Tx, id: number, record: EnterpriseRecord, rel: EnterpriseRelations) {
  await updateEnterpriseRow(tx, id, { ...record, deletedAt: null } as EnterpriseRecord, rel);
  await enqueueOutbox(tx, "enterprise", [id], "upsert");
}

/** Applies a patch inside an existing transaction; returns the new record. */
export async function updateEnterpriseInTx(
  tx: Tx,
  id: number,
  base: EnterpriseRecord,
  patch: EnterprisePatch,
  regions: RegionDirectory,
): Promise<EnterpriseRecord> {
  const record = applyEnterprisePatch(base, patch, regions);
  await updateEnterpriseRow(tx, id, record, { industryCodes: patch.industryCodes, signals: patch.signals });
  await enqueueOutbox(tx, "enterprise", [id], "upsert");
  return record;
}

export async function createEnterprise(deps: EnterpriseDeps, input: EnterpriseInput): Promise<EnterpriseView> {
  const id = await deps.db
    .$transaction(async (tx) => {
      const created = await createEnterpriseInTx(tx, input, deps.regions);
      await recordAudit(tx, { action: "create", entityType: "Enterprise", entityId: created, after: input });
      return created;
    })
    .catch(uniqueViolation);
  return getEnterprise(deps, id);
}

export async function getEnterprise(deps: EnterpriseDeps, id: number): Promise<EnterpriseView> {
  const row = await findEnterpriseById(deps.db, id);
  if (!row) throw notFound("企业", id);
  return toEnterpriseView(row, deps.industryNames);
}

export async function updateEnterprise(deps: EnterpriseDeps, id: number, patch: EnterprisePatch): Promise<EnterpriseView> {
  await deps.db
    .$transaction(async (tx) => {
      await lockForWrite(tx);
      const row = await findEnterpriseById(tx, id);
      if (!row || row.deletedAt) throw notFound("企业", id);
      const before = rowToRecord(row);
      const after = await updateEnterpriseInTx(tx, id, before, patch, deps.regions);
      await recordAudit(tx, { action: "update", entityType: "Enterprise", entityId: id, before: { ...before, industryCodes: row.industries.map((i) => i.code) }, after: { ...after, industryCodes: patch.industryCodes ?? row.industries.map((i) => i.code) } });
    })
    .catch(uniqueViolation);
  return getEnterprise(deps, id);
}

/** Soft delete: the row stays (history, restore), search drops it. */
export async function deleteEnterprise(deps: EnterpriseDeps, id: number): Promise<EnterpriseView> {
  await deps.db.$transaction(async (tx) => {
    await lockForWrite(tx);
    const row = await findEnterpriseById(tx, id);
    if (!row || row.deletedAt) throw notFound("企业", id);
    await setEnterpriseDeleted(tx, id, new Date());
    await enqueueOutbox(tx, "enterprise", [id], "delete");
    await recordAudit(tx, { action: "delete", entityType: "Enterprise", entityId: id, summary: { name: row.name } });
  });
  return getEnterprise(deps, id);
}

export async function restoreEnterprise(deps: EnterpriseDeps, id: number): Promise<EnterpriseView> {
  await deps.db.$transaction(async (tx) => {
    await lockForWrite(tx);
    const row = await findEnterpriseById(tx, id);
    if (!row) throw notFound("企业", id);
    if (!row.deletedAt) return;
    await setEnterpriseDeleted(tx, id, null);
    await enqueueOutbox(tx, "enterprise", [id], "upsert");
    await recordAudit(tx, { action: "restore", entityType: "Enterprise", entityId: id, summary: { name: row.name } });
  });
  return getEnterprise(deps, id);
}

export async function listEnterprises(deps: EnterpriseDeps, q: ListEnterprisesQuery): Promise<Page<EnterpriseView>> {
  const { rows, total } = await listEnterpriseRows(deps.db, q);
  return { items: rows.map((r) => toEnterpriseView(r, deps.industryNames)), total, limit: q.limit, offset: q.offset };
}
