import { recordAudit, requireGroupScope } from "../auth";
import { lockForWrite, type Db, type Tx } from "../../db";
import { AppError, conflict, notFound } from "../../http/app-error";
import type { Page } from "../../http/pagination";
import { enqueueOutbox } from "../outbox";
import type { RegionDirectory } from "../regions/region-directory";
import type { IndustryNames } from "../industries/industry-names";
import {
  findProjectById,
  industryGroupExists,
  insertProject,
  listProjectRows,
  nextProjectCode,
  setProjectDeleted,
  updateProjectRow,
  type ProjectRow,
} from "./repository";
import type { ListProjectsQuery, ProjectInput, ProjectPatch, ProjectView } from "./schemas";

export interface ProjectDeps {
  db: Db;
  regions: RegionDirectory;
  industryNames: IndustryNames;
}

export function toProjectView(row: ProjectRow, industryNames: IndustryNames): ProjectView {
  const { industryGroupName, industries, deletedAt, createdAt, updatedAt, ...rest } = row;
  return {
    ...rest,
    industryGroup: industryGroupName,
    industries: industries.map((i) => ({ code: i.code, name: industryNames.nameOf(i.code) })),
    cooperationModes: rest.cooperationModes as string[],
    preferredIndustries: rest.preferredIndustries as string[],
    preferredRegions: rest.preferredRegions as string[],
    responsibleUnits: rest.responsibleUnits as string[],
    stage: rest.stage as ProjectView["stage"],
    deletedAt: deletedAt?.toISOString() ?? null,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}

/** The row as the audit trail records it: columns plus its industry codes. */
function auditView(row: ProjectRow) {
  const { industries, ...rest } = row;
  return { ...rest, industryCodes: industries.map((i) => i.code) };
}

async function assertGroup(tx: Tx, name: string | undefined) {
  if (name !== undefined && !(await industryGroupExists(tx, name))) {
    throw new AppError("UNKNOWN_INDUSTRY_GROUP", `产业组不存在：${name}`, 400);
  }
}

function codeConflict(err: unknown): never {
  const e = err as { code?: string; message?: string };
  if (e?.code === "P2002" || /UNIQUE constraint failed/.test(e?.message ?? "")) throw conflict("项目编号已存在");
  throw err;
}

/** Fields whose names differ between the API and the table, plus the derived county name. */
function toRecordFields(input: ProjectPatch, regions: RegionDirectory) {
  const { industryGroup, industryCodes: _codes, ...rest } = input;
  return {
    ...rest,
    ...(industryGroup !== undefined ? { industryGroupName: industryGroup } : {}),
    ...(input.countyCode !== undefined ? { countyName: regions.nameOf(input.countyCode) } : {}),
  };
}

export async function createProjectInTx(tx: Tx, input: ProjectInput, regions: RegionDirectory): Promise<number> {
  await assertGroup(tx, input.industryGroup);
  const code = input.code ?? (await nextProjectCode(tx, new Date().getFullYear()));
  const fields = toRecordFields(input, regions);
  const id = await insertProject(
    tx,
    { ...fields, code, name: input.name, industryGroupName: input.industryGroup },
    input.industryCodes,
  );
  await enqueueOutbox(tx, "project", [id], "upsert");
  return id;
}

export async function createProject(deps: ProjectDeps, input: ProjectInput): Promise<ProjectView> {
  requireGroupScope(input.industryGroup);
  const id = await deps.db
    .$transaction(async (tx) => {
      const created = await createProjectInTx(tx, input, deps.regions);
      await recordAudit(tx, { action: "create", entityType: "Project", entityId: created, after: input });
      return created;
    })
    .catch(codeConflict);
  return getProject(deps, id);
}

export async function getProject(deps: ProjectDeps, id: number): Promise<ProjectView> {
  const row = await findProjectById(deps.db, id);
  if (!row) throw notFound("项目", id);
  return toProjectView(row, deps.industryNames);
}

export async function updateProject(deps: ProjectDeps, id: number, patch: ProjectPatch): Promise<ProjectView> {
  await deps.db
    .$transaction(async (tx) => {
      await lockForWrite(tx);
      const row = await findProjectById(tx, id);
      if (!row || row.deletedAt) throw notFound("项目", id);
      requireGroupScope(row.industryGroupName);
      if (patch.industryGroup !== undefined) requireGroupScope(patch.industryGroup);
      await assertGroup(tx, patch.industryGroup);
      await updateProjectRow(tx, id, toRecordFields(patch, deps.regions), patch.industryCodes);
      await enqueueOutbox(tx, "project", [id], "upsert");
      const after = await findProjectById(tx, id);
      await recordAudit(tx, { action: "update", entityType: "Project", entityId: id, before: auditView(row), after: after && auditView(after) });
    })
    .catch(codeConflict);
  return getProject(deps, id);
}

export async function deleteProject(deps: ProjectDeps, id: number): Promise<ProjectView> {
  await deps.db.$transaction(async (tx) => {
    await lockForWrite(tx);
    const row = await findProjectById(tx, id);
    if (!row || row.deletedAt) throw notFound("项目", id);
    requireGroupScope(row.industryGroupName);
    await setProjectDeleted(tx, id, new Date());
    await enqueueOutbox(tx, "project", [id], "delete");
    await recordAudit(tx, { action: "delete", entityType: "Project", entityId: id, summary: { code: row.code, name: row.name } });
  });
  return getProject(deps, id);
}

export async function restoreProject(deps: ProjectDeps, id: number): Promise<ProjectView> {
  await deps.db.$transaction(async (tx) => {
    await lockForWrite(tx);
    const row = await findProjectById(tx, id);
    if (!row) throw notFound("项目", id);
    if (!row.deletedAt) return;
    requireGroupScope(row.industryGroupName);
    await setProjectDeleted(tx, id, null);
    await enqueueOutbox(tx, "project", [id], "upsert");
    await recordAudit(tx, { action: "restore", entityType: "Project", entityId: id, summary: { code: row.code, name: row.name } });
  });
  return getProject(deps, id);
}

export async function listProjects(deps: ProjectDeps, q: ListProjectsQuery): Promise<Page<ProjectView>> {
  const { rows, total } = await listProjectRows(deps.db, q);
  return { items: rows.map((r) => toProjectView(r, deps.industryNames)), total, limit: q.limit, offset: q.offset };
}
