import { recordAudit } from "../auth";
import type { Db } from "../../db";
import type { Logger } from "../../logger";
import type { RegionDirectory } from "../regions/region-directory";
import { AppError } from "../../http/app-error";
import { readRows, type ImportFileRef } from "./readers";
import { collectMappedValues, mapHeaders, CANONICAL_FIELD_LABELS, type HeaderMappingResult } from "./header-mapping";
import { parseEnterpriseRow } from "./enterprise-row";
import { importEnterpriseRows, type ImportSummary, type ParsedRow } from "./import-runner";
import { failImportJob, finishImportJob, recordImportProgress, startImportJob } from "./import-jobs";

export interface ImportDeps {
  db: Db;
  regions: RegionDirectory;
  logger?: Logger;
}

export interface ImportFileOptions {
  file: ImportFileRef;
  /** Header → field overrides, e.g. {"公司": "name", "备注": "ignore"}. */
  mapping?: Record<string, string>;
  maxBytes?: number;
  batchSize?: number;
  /** Reject rows for any unreadable cell instead of importing them without it. */
  strict?: boolean;
  onProgress?: (s: ImportSummary) => void;
  /** Called once the headers are known, with how each was mapped (CLI prints it). */
  onMapping?: (m: HeaderMappingResult, headers: string[]) => void;
}

export interface ImportResult extends ImportSummary {
  jobId: number;
  unknownHeaders: string[];
}

/** Streams a file's rows through header mapping and row parsing into batched upserts. */
async function* parsedRows(
  d: ImportDeps,
  opts: ImportFileOptions,
  state: { mapping?: HeaderMappingResult; headers: string[] },
): AsyncGenerator<ParsedRow> {
  for await (const row of readRows(opts.file, {
    maxBytes: opts.maxBytes,
    onHeader: (headers) => {
      const mapping = mapHeaders(headers, opts.mapping);
      if (mapping.errors.length) throw new AppError("BAD_MAPPING", `列映射有误：${mapping.errors.join("；")}`, 400);
      if (mapping.missingRequired.length) {
        const missing = mapping.missingRequired.map((f) => CANONICAL_FIELD_LABELS[f]).join("、");
        throw new AppError("MISSING_COLUMNS", `缺少必需的列：${missing}（可用列映射指定）`, 400, { headers });
      }
      state.mapping = mapping;
      state.headers = headers;
      opts.onMapping?.(mapping, headers);
    },
  })) {
    const mapping = state.mapping as HeaderMappingResult;
    if (row.problems?.length) {
      yield { row: row.rowNumber, errors: row.problems.map((message) => ({ row: row.rowNumber, message, severity: "error" as const })) };
      continue;
    }
    const mapped = collectMappedValues(row.cells, state.headers, mapping);
    yield parseEnterpriseRow(row.rowNumber, mapped, { regions: d.regions, hints: mapping.hints, strict: opts.strict });
  }
}

/**
 * Imports an enterprise file and records the run as an ImportJob. File-level problems (empty, wrong type,
 * missing name column) fail the job with a clear message and write nothing; row problems are reported per row.
 */
export async function importEnterpriseFile(d: ImportDeps, opts: ImportFileOptions, jobId?: number): Promise<ImportResult> {
  const job = jobId ?? (await startImportJob(d.db, "enterprises", opts.file.originalName ?? opts.file.path)).id;
  const state: { mapping?: HeaderMappingResult; headers: string[] } = { headers: [] };
  let lastSave = 0;
  try {
    const summary = await importEnterpriseRows(parsedRows(d, opts, state), {
      db: d.db,
      regions: d.regions,
      logger: d.logger,
      batchSize: opts.batchSize,
      onProgress: (s) => {
        opts.onProgress?.(s);
        if (Date.now() - lastSave > 1000) {
          lastSave = Date.now();
          void recordImportProgress(d.db, job, s).catch(() => undefined);
        }
      },
    });
    const unknownHeaders = state.mapping?.unknown ?? [];
    const note = unknownHeaders.length ? `未导入的列：${unknownHeaders.join("、")}` : undefined;
    await finishImportJob(d.db, job, summary, note);
    await recordAudit(d.db, { action: "import", entityType: "ImportJob", entityId: job, summary: { file: opts.file.originalName ?? opts.file.path, ...summary } });
    return { ...summary, jobId: job, unknownHeaders };
  } catch (err) {
    await failImportJob(d.db, job, err instanceof AppError ? err.message : `导入失败：${(err as Error).message}`);
    throw err;
  }
}
