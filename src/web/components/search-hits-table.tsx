import { Table } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { SearchHit, SearchResult } from "../api/types";
import type { useUrlQuery } from "../hooks/use-url-query";
import type { ApiState } from "../hooks/use-api";
import { EmptyState, ErrorState } from "./page-states";

/** The engines rank a query no deeper than this (MAX_RESULT_WINDOW in src/search/normalize-request.ts). */
const SEARCH_RESULT_WINDOW = 2000;

/**
 * A page of search hits: server-side paging and the one sortable amount column both live in the URL
 * (`sort=-field` / `sort=field`, back to relevance when cleared).
 */
export function SearchHitsTable<D extends object>({
  url,
  state: { data: result, loading, error, reload },
  columns,
  sortField,
  emptyText,
  showTotal,
  testId,
}: {
  url: ReturnType<typeof useUrlQuery>;
  /** The search request's state (useApi). */
  state: ApiState<SearchResult<D>>;
  columns: ColumnsType<SearchHit<D>>;
  sortField: string;
  emptyText: string;
  showTotal: (total: number) => string;
  testId: string;
}) {
  if (error) return <ErrorState error={error} onRetry={reload} />;
  return (
    <Table<SearchHit<D>>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={result?.hits ?? []}
      loading={loading}
      locale={{ emptyText: loading ? " " : <EmptyState description={emptyText} /> }}
      onChange={(_p, _f, sorter) => {
        const s = Array.isArray(sorter) ? sorter[0] : sorter;
        if (s?.columnKey !== sortField) return;
        url.set({ sort: s.order === "descend" ? `-${sortField}` : s.order === "ascend" ? sortField : "relevance" });
      }}
      pagination={url.pagination({
        total: result?.total ?? 0,
        maxTotal: SEARCH_RESULT_WINDOW,
        defaultPageSize: 20,
        pageSizeOptions: [20, 50, 100],
        showTotal: (total) => (total > SEARCH_RESULT_WINDOW ? `${showTotal(total)}，可翻阅前 ${SEARCH_RESULT_WINDOW} 条，请用筛选条件缩小范围` : showTotal(total)),
      })}
      data-testid={testId}
    />
  );
}

/** The antd sort order of the sortable column, from the URL's sort value. */
export function sortOrderOf(sort: string, field: string): "ascend" | "descend" | null {
  return sort === `-${field}` ? "descend" : sort === field ? "ascend" : null;
}
