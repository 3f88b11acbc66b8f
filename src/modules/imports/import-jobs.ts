import type { Db } from "../../db";
import type { ImportSummary } from "./import-runner";

/** Progress and outcome of an import, persisted so the UI and API can poll it and history is kept. */
export async function startImportJob(db: Db, kind: string, fileName: string) {
  return db.importJob.create({ data: { kind, fileName } });
}

export async function recordImportProgress(db: Db, id: number, s: ImportSummary) {
  await db.importJob.update({
    where: { id },
    data: { totalRows: s.totalRows, created: s.created, updated: s.updated, unchanged: s.unchanged, rejected: s.rejected, warnings: s.warnings },
  });
}

export async function finishImportJob(db: Db, id: number, s: ImportSummary, message?: string) {
  return db.importJob.update({
    where: { id },
    data: {
      status: "done",
      totalRows: s.totalRows,
      created: s.created,
      updated: s.updated,
      unchanged: s.unchanged,
      rejected: s.rejected,
      warnings: s.warnings,
      errors: s.errors as object[],
      message: message ?? null,
      finishedAt: new Date(),
    },
  });
}

export async function failImportJob(db: Db, id: number, message: string) {
  return db.importJob.update({ where: { id }, data: { status: "failed", message, finishedAt: new Date() } });
}

export async function getImportJob(db: Db, id: number) {
  return db.importJob.findUnique({ where: { id } });
}

export async function listImportJobs(db: Db, limit: number) {
  return db.importJob.findMany({ orderBy: { id: "desc" }, take: limit, omit: { errors: true } });
}
