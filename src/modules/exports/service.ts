import type { Db } from "../../db";
import type { IndustryNames } from "../industries/industry-names";
import { actorCan, currentActor } from "../auth/actor";
import { recordAudit } from "../auth/audit";
import { matchesForProject, type MatchingDeps } from "../matching";
import {
  contactColumns,
  enterpriseColumns,
  formatDate,
  reasonsColumn,
  signalColumns,
  type BreakdownSignal,
  type EnterpriseExportRow,
} from "./columns";
import { countEnterprisesForExport, enterpriseExportPages, findEnterpriseExportRows } from "./repository";
import type { EnterpriseExportQuery, ProjectMatchesExportQuery } from "./schemas";
import type { ExportColumn, ExportFormat, ExportTable } from "./table-writer";

export interface ExportDeps {
  db: Db;
  industryNames: IndustryNames;
}

/** An export ready to stream: the audit row is already written. */
export interface PreparedExport<R> {
  format: ExportFormat;
  table: ExportTable<R>;
}

/** Rows read from the database per query while streaming. */
export const EXPORT_PAGE_SIZE = 1000;

/** Contact columns follow the role: personal data leaves the system only for actors allowed to read it. */
export function exportIncludesContacts(): boolean {
  return actorCan(currentActor(), "contact:read");
}

/**
 * An export is a read, but personal and commercial data leaving the system must be traceable: who took
 * which list, filtered how, how many rows, with or without contacts. Written before the first byte.
 */
export async function recordExport(
  db: Db,
  entry: { entityType: string; entityId?: number | null; format: ExportFormat; rows: number; query: object; contactColumns: boolean },
): Promise<void> {
  await recordAudit(db, {
    action: "export",
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    summary: { format: entry.format, rows: entry.rows, query: entry.query, contactColumns: entry.contactColumns },
  });
}

const today = () => formatDate(new Date())!.replace(/-/g, "");

/** The enterprise list exactly as GET /api/enterprises filters and sorts it, every page of it. */
export async function exportEnterprises(deps: ExportDeps, q: EnterpriseExportQuery): Promise<PreparedExport<EnterpriseExportRow>> {
  const { format, limit: _limit, offset: _offset, ...query } = q;
  const withContacts = exportIncludesContacts();
  const rows = await countEnterprisesForExport(deps.db, query);
  await recordExport(deps.db, { entityType: "Enterprise", format, rows, query, contactColumns: withContacts });
  const self = (e: EnterpriseExportRow) => e;
  return {
    format,
    table: {
      fileName: `企业库-${today()}`,
      sheetName: "企业库",
      columns: [...enterpriseColumns(self, deps.industryNames), ...(withContacts ? contactColumns(self) : [])],
      pages: enterpriseExportPages(deps.db, query, withContacts, EXPORT_PAGE_SIZE),
    },
  };
}

interface MatchExportRow {
  rank: number;
  total: number;
  coverage: number;
  signals: BreakdownSignal[];
  enterprise: EnterpriseExportRow;
}

/** Ranked matches with the enterprises' export fields, read a page of enterprises at a time. */
async function* matchPages(
  db: Db,
  items: { rank: number; total: number; coverage: number; signals: BreakdownSignal[]; enterprise: { id: number | string } }[],
  withContacts: boolean,
): AsyncGenerator<MatchExportRow[]> {
  for (let i = 0; i < items.length; i += EXPORT_PAGE_SIZE) {
    const slice = items.slice(i, i + EXPORT_PAGE_SIZE);
    const enterprises = await findEnterpriseExportRows(db, slice.map((m) => Number(m.enterprise.id)), withContacts);
    yield slice.flatMap((m) => {
      const enterprise = enterprises.get(Number(m.enterprise.id));
      return enterprise ? [{ rank: m.rank, total: m.total, coverage: m.coverage, signals: m.signals, enterprise }] : [];
    });
  }
}

/**
 * A project's ranked matches exactly as GET /api/projects/:id/matches ranks them (same filters and weights),
 * the whole ranked list rather than one page, with the per-signal breakdown and the reasons.
 */
export async function exportProjectMatches(
  deps: MatchingDeps,
  projectId: number,
  q: ProjectMatchesExportQuery,
): Promise<PreparedExport<MatchExportRow>> {
  const { format, limit: _limit, offset: _offset, ...query } = q;
  const result = await matchesForProject(deps, projectId, {
    ...query,
    limit: Number.MAX_SAFE_INTEGER,
    offset: 0,
    explain: "false",
    includeExcluded: "false",
  });
  const withContacts = exportIncludesContacts();
  await recordExport(deps.db, { entityType: "Project", entityId: projectId, format, rows: result.items.length, query, contactColumns: withContacts });
  const enterprise = (r: MatchExportRow) => r.enterprise;
  const breakdown = (r: MatchExportRow) => r.signals;
  const columns: ExportColumn<MatchExportRow>[] = [
    { header: "排名", width: 8, value: (r) => r.rank },
    { header: "匹配总分", width: 10, value: (r) => r.total },
    { header: "数据覆盖率（%）", width: 14, value: (r) => Math.round(r.coverage * 1000) / 10 },
    ...enterpriseColumns(enterprise, deps.industryNames),
    ...signalColumns(breakdown),
    reasonsColumn(breakdown),
    ...(withContacts ? contactColumns(enterprise) : []),
  ];
  return {
    format,
    table: {
      fileName: `项目匹配-${result.project.code}-${result.project.name}-${today()}`,
      sheetName: "匹配结果",
      columns,
      pages: matchPages(deps.db, result.items, withContacts),
    },
  };
}
