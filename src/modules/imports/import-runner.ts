import { lockForWrite, type Db, type Tx } from "../../db";
import type { Logger } from "../../logger";
import type { RegionDirectory } from "../regions/region-directory";
import {
  applyEnterprisePatch,
  confirmedCodes,
  createEnterpriseRecordsInTx,
  enterpriseFingerprint,
  findEnterprisesByKeys,
  normalizeEnterpriseName,
  rowToRecord,
  saveEnterpriseRecordInTx,
  type EnterprisePatch,
  type EnterpriseRecord,
} from "../enterprises";

export interface RowError {
  row: number;
  column?: string;
  message: string;
  /** error: the row was rejected; warning: the row was imported without that cell. */
  severity: "error" | "warning";
}

export type ImportPatch = EnterprisePatch & { name: string };

/** One source row turned into a validated patch (possibly with warnings), or rejected with its errors. */
export type ParsedRow = { row: number; patch: ImportPatch; warnings?: RowError[] } | { row: number; errors: RowError[] };

export interface ImportSummary {
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Rows imported with at least one cell left out. */
  warnings: number;
  errors: RowError[];
}

export interface ImportOptions {
  db: Db;
  regions: RegionDirectory;
  logger?: Logger;
  batchSize?: number;
  /** Keep at most this many problems in the report (counts stay exact). */
  maxErrors?: number;
  onProgress?: (summary: ImportSummary) => void;
  /** Called with the error of a batch that is then retried row by row (diagnostics). */
  onBatchError?: (err: Error) => void;
}

type Outcome = "created" | "updated" | "unchanged";

/**
 * Upserts enterprises from parsed rows in batched transactions: match by credit code, then external id,
 * then normalized name. Within a batch, new rows are inserted with bulk statements. A batch that fails on an
 * unexpected database error is replayed row by row, each in its own transaction, so one bad row is rejected
 * alone and never half-written.
 */
export async function importEnterpriseRows(rows: AsyncIterable<ParsedRow>, opts: ImportOptions): Promise<ImportSummary> {
  const batchSize = opts.batchSize ?? 500;
  const maxErrors = opts.maxErrors ?? 1000;
  const summary: ImportSummary = { totalRows: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, warnings: 0, errors: [] };
  const report = (problems: RowError[]) => {
    for (const e of problems) if (summary.errors.length < maxErrors) summary.errors.push(e);
  };
  const tally = (outcomes: BatchOutcome[]) => {
    for (const o of outcomes) {
      if ("error" in o) {
        summary.rejected += 1;
        report([o.error]);
      } else summary[o.outcome] += 1;
    }
  };

  let batch: Item[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const current = batch;
    batch = [];
    try {
      tally(await opts.db.$transaction((tx) => upsertBatch(tx, current, opts.regions), { timeout: 300_000, maxWait: 60_000 }));
    } catch (err) {
      opts.logger?.warn({ err: (err as Error).message }, "import batch failed; retrying row by row");
      opts.onBatchError?.(err as Error);
      for (const item of current) {
        try {
          tally(await opts.db.$transaction((tx) => upsertBatch(tx, [item], opts.regions), { timeout: 60_000 }));
        } catch (rowErr) {
          tally([{ error: { row: item.row, message: `写入失败：${describeDbError(rowErr)}`, severity: "error" } }]);
        }
      }
    }
    opts.onProgress?.(summary);
  };

  for await (const parsed of rows) {
    summary.totalRows += 1;
    if ("errors" in parsed) {
      summary.rejected += 1;
      report(parsed.errors);
      continue;
    }
    if (parsed.warnings?.length) {
      summary.warnings += 1;
      report(parsed.warnings);
    }
    batch.push({ row: parsed.row, patch: parsed.patch });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  opts.onProgress?.(summary);
  return summary;
}

function describeDbError(err: unknown): string {
  const message = (err as Error)?.message ?? String(err);
  if (/UNIQUE constraint failed.*creditCode/.test(message)) return "统一社会信用代码与已有企业重复";
  if (/UNIQUE constraint failed.*externalId/.test(message)) return "外部编号与已有企业重复";
  if (/SQLITE_BUSY|database is locked/i.test(message)) return "数据库繁忙，请稍后重新导入该行";
  return "数据库错误";
}

interface Item {
  row: number;
  patch: ImportPatch;
}

type BatchOutcome = { outcome: Outcome } | { error: RowError };

/** An enterprise the batch touches: an existing row or one this batch creates, with its current state. */
interface Target {
  id?: number;
  record: EnterpriseRecord;
  codes: string[];
  wasDeleted: boolean;
  dirty: boolean;
}

async function upsertBatch(tx: Tx, items: Item[], regions: RegionDirectory): Promise<BatchOutcome[]> {
  await lockForWrite(tx);
  const existing = await findEnterprisesByKeys(tx, {
    creditCodes: uniq(items.map((i) => i.patch.creditCode)),
    externalIds: uniq(items.map((i) => i.patch.externalId)),
    normalizedNames: uniq(items.map((i) => normalizeEnterpriseName(i.patch.name))),
  });
  const index = new KeyIndex();
  for (const row of existing) {
    index.add({ id: row.id, record: rowToRecord(row), codes: confirmedCodes(row), wasDeleted: !!row.deletedAt, dirty: false });
  }
  const outcomes: BatchOutcome[] = [];
  const created: Target[] = [];
  for (const { row, patch } of items) {
    const match = index.match(patch);
    if ("error" in match) {
      outcomes.push({ error: { row, message: match.error, severity: "error" } });
      continue;
    }
    const target = match.target;
    if (!target) {
      const fresh: Target = {
        record: applyEnterprisePatch(null, { ...patch, source: patch.source ?? "import" }, regions),
        codes: patch.industryCodes ?? [],
        wasDeleted: false,
        dirty: true,
      };
      created.push(fresh);
      index.add(fresh);
      outcomes.push({ outcome: "created" });
      continue;
    }
    // An import never changes where a record came from (a chamber lead stays a lead).
    const next = applyEnterprisePatch(target.record, { ...patch, source: undefined }, regions);
    const nextCodes = patch.industryCodes ?? target.codes;
    if (!target.wasDeleted && enterpriseFingerprint(target.record, target.codes) === enterpriseFingerprint(next, nextCodes)) {
      outcomes.push({ outcome: "unchanged" });
      continue;
    }
    index.remove(target);
    target.record = next;
    target.codes = nextCodes;
    target.dirty = true;
    index.add(target);
    outcomes.push({ outcome: "updated" });
  }
  if (created.length) {
    await createEnterpriseRecordsInTx(tx, created.map((t) => ({ record: t.record, rel: { industryCodes: t.codes } })));
  }
  for (const t of index.targets()) {
    if (t.id !== undefined && t.dirty) await saveEnterpriseRecordInTx(tx, t.id, t.record, { industryCodes: t.codes });
  }
  return outcomes;
}

const uniq = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];

/** Targets by each key kind, kept current as the batch creates and changes them. */
class KeyIndex {
  private byCredit = new Map<string, Target>();
  private byExternal = new Map<string, Target>();
  private byName = new Map<string, Target[]>();
  private all = new Set<Target>();

  add(t: Target) {
    this.all.add(t);
    if (t.record.creditCode) this.byCredit.set(t.record.creditCode, t);
    if (t.record.externalId) this.byExternal.set(t.record.externalId, t);
    this.byName.set(t.record.normalizedName, [...(this.byName.get(t.record.normalizedName) ?? []), t]);
  }

  remove(t: Target) {
    if (t.record.creditCode && this.byCredit.get(t.record.creditCode) === t) this.byCredit.delete(t.record.creditCode);
    if (t.record.externalId && this.byExternal.get(t.record.externalId) === t) this.byExternal.delete(t.record.externalId);
    this.byName.set(t.record.normalizedName, (this.byName.get(t.record.normalizedName) ?? []).filter((x) => x !== t));
  }

  targets(): Target[] {
    return [...this.all];
  }

  match(patch: ImportPatch): { target?: Target } | { error: string } {
    const byCredit = patch.creditCode ? this.byCredit.get(patch.creditCode) : undefined;
    const byExternal = patch.externalId ? this.byExternal.get(patch.externalId) : undefined;
    if (byCredit && byExternal && byCredit !== byExternal) {
      return { error: "统一社会信用代码与外部编号分别属于两家已有企业，无法确定要更新哪一家" };
    }
    if (byCredit || byExternal) return { target: byCredit ?? byExternal };
    const sameName = (this.byName.get(normalizeEnterpriseName(patch.name)) ?? []).filter(
      // A different credit code or external id means a different company even under the same name.
      (t) =>
        !(patch.creditCode && t.record.creditCode && t.record.creditCode !== patch.creditCode) &&
        !(patch.externalId && t.record.externalId && t.record.externalId !== patch.externalId),
    );
    if (sameName.length > 1) return { error: `企业名称与${sameName.length}家已有企业相同，请提供统一社会信用代码以区分` };
    return { target: sameName[0] };
  }
}
