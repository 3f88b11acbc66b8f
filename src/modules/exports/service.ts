import type { Db } from "../../db";
import { AppError } from "../../http/app-error";
import { MAX_LIMIT, MAX_RESULT_WINDOW } from "../../search/normalize-request";
import type { IndustryNames } from "../industries/industry-names";
import { actorCan, currentActor } from "../auth/actor";
import { recordAudit } from "../auth/audit";
import { matchesForProject, type MatchingDeps } from "../matching";
import { searchEnterprises, type SearchDeps, type SearchEnterprisesQuery } from "../search";
import {
  contactColumns,
  enterpriseColumns,
  formatDate,
  reasonsColumn,
  signalColumns,
  type BreakdownSignal,
  type EnterpriseExportRow,
} from "./columns";
import {
  countEnterprisesForExport,
  countEnterprisesForSearchBrowse,
  enterpriseExportPages,
  findEnterpriseExportRows,
  searchBrowseIdPages,
  type SearchBrowseOrder,
} from "./repository";
import type { EnterpriseExportQuery, EnterpriseSearchExportQuery, ProjectMatchesExportQuery } from "./schemas";
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

/**
 * The one way enterprises leave as a file (企业库): audit row, columns (contact columns by role) and the rows,
 * page by page. The two enterprise exports differ only in where the ordered rows come from.
 */
async function prepareEnterpriseExport(
  deps: ExportDeps,
  entry: { format: ExportFormat; query: object; rows: number; withContacts: boolean; pages: AsyncIterable<EnterpriseExportRow[]> },
): Promise<PreparedExport<EnterpriseExportRow>> {
  const { format, query, rows, withContacts } = entry;
  await recordExport(deps.db, { entityType: "Enterprise", format, rows, query, contactColumns: withContacts });
  const self = (e: EnterpriseExportRow) => e;
  return {
    format,
    table: {
      fileName: `企业库-${today()}`,
      sheetName: "企业库",
      columns: [...enterpriseColumns(self, deps.industryNames), ...(withContacts ? contactColumns(self) : [])],
      pages: entry.pages,
    },
  };
}

/** The enterprise list exactly as GET /api/enterprises filters and sorts it, every page of it. */
export async function exportEnterprises(deps: ExportDeps, q: EnterpriseExportQuery): Promise<PreparedExport<EnterpriseExportRow>> {
  const { format, limit: _limit, offset: _offset, ...query } = q;
  const withContacts = exportIncludesContacts();
  const rows = await countEnterprisesForExport(deps.db, query);
  return prepareEnterpriseExport(deps, { format, query, rows, withContacts, pages: enterpriseExportPages(deps.db, query, withContacts, EXPORT_PAGE_SIZE) });
}

/** Hits asked of the search engine per request while exporting: the engines' largest page. */
const SEARCH_EXPORT_PAGE = MAX_LIMIT;

/** The engines' order of a query without text (see GenerationStore.browse and the Meilisearch sort). */
const SEARCH_BROWSE_ORDERS: Record<SearchEnterprisesQuery["sort"], SearchBrowseOrder> = {
  relevance: { field: "updatedAt", dir: "desc" },
  "-updatedAt": { field: "updatedAt", dir: "desc" },
  "-registeredCapital": { field: "registeredCapital", dir: "desc" },
  registeredCapital: { field: "registeredCapital", dir: "asc" },
  "-revenue": { field: "revenue", dir: "desc" },
};

type SearchPage = Awaited<ReturnType<typeof searchEnterprises>>;

/** The hits' ids page after page, as the search page would list them (duplicates from a concurrent reindex dropped). */
async function* searchHitIdPages(first: SearchPage, next: (offset: number) => Promise<SearchPage>): AsyncGenerator<number[]> {
  const seen = new Set<number>();
  let page = first;
  let offset = 0;
  for (;;) {
    const ids = page.hits.map((h) => h.id).filter((id) => !seen.has(id) && Boolean(seen.add(id)));
    if (ids.length) yield ids;
    offset += page.hits.length;
    if (page.hits.length < SEARCH_EXPORT_PAGE || offset >= MAX_RESULT_WINDOW) return;
    page = await next(offset);
    // Keyword and hybrid order differ: a file mixing both would be no list the analyst ever saw.
    if (page.mode !== first.mode) throw new Error(`search mode changed from ${first.mode} to ${page.mode} during an export`);
  }
}

/**
 * Ids per keyset query of the database's browse order. Each query sorts every matching row (the sort fields
 * have no index), so fewer, larger id pages: 100,000 ids newest first took 21 s in pages of 1,000 and 1.7–2.4 s
 * in pages of 10,000 (measured on the shared 2-core machine). Rows are still read and written EXPORT_PAGE_SIZE
 * at a time.
 */
const BROWSE_ID_PAGE = 10_000;

/** The enterprises of the ids in that order, a page at a time; ones deleted since they were indexed are left out. */
async function* enterprisesInOrder(db: Db, idPages: AsyncIterable<number[]>, withContacts: boolean): AsyncGenerator<EnterpriseExportRow[]> {
  for await (const ids of idPages) {
    for (let i = 0; i < ids.length; i += EXPORT_PAGE_SIZE) {
      const slice = ids.slice(i, i + EXPORT_PAGE_SIZE);
      const rows = await findEnterpriseExportRows(db, slice, withContacts);
      yield slice.flatMap((id) => {
        const row = rows.get(id);
        return row && !row.deletedAt ? [row] : [];
      });
    }
  }
}

/**
 * The enterprise search page (企业库) as a file: the rows GET /api/search/enterprises lists for the same query,
 * in its order, every page of it.
 *
 * The engines answer at most MAX_RESULT_WINDOW hits of a query (offset + limit), so:
 * - a result within the window is read from the engine, a page of hits at a time, exactly as the screen lists it;
 * - a larger result without text (filters and a field sort) is read from the database in the engines' browse
 *   order, which is a pure field order (sort field, missing values last, id descending), so it has no limit;
 * - a larger result of a text query is refused: its relevance order exists only inside the engine, which ranks
 *   no further than the window (the embedded engine ranks huge matches over their newest 2,000 documents).
 */
export async function exportSearchedEnterprises(
  deps: ExportDeps & SearchDeps,
  q: EnterpriseSearchExportQuery,
): Promise<PreparedExport<EnterpriseExportRow>> {
  const { format, limit: _limit, offset: _offset, facets: _facets, highlight: _highlight, ...query } = q;
  const withContacts = exportIncludesContacts();
  const search = (offset: number) => searchEnterprises(deps, { ...query, highlight: "false", limit: SEARCH_EXPORT_PAGE, offset });
  const first = await search(0);
  let rows = first.total;
  let idPages: AsyncIterable<number[]>;
  if (first.total <= MAX_RESULT_WINDOW) {
    idPages = searchHitIdPages(first, search);
  } else if (!query.q) {
    rows = await countEnterprisesForSearchBrowse(deps.db, query);
    idPages = searchBrowseIdPages(deps.db, query, SEARCH_BROWSE_ORDERS[query.sort], BROWSE_ID_PAGE);
  } else {
    throw new AppError(
      "EXPORT_TOO_LARGE",
      `带检索词的结果最多可导出 ${MAX_RESULT_WINDOW} 家企业，当前约 ${first.total} 家。请增加筛选条件缩小范围，或清空检索词后按筛选条件导出全部企业`,
      400,
      { total: first.total, max: MAX_RESULT_WINDOW },
    );
  }
  return prepareEnterpriseExport(deps, { format, query, rows, withContacts, pages: enterprisesInOrder(deps.db, idPages, withContacts) });
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
