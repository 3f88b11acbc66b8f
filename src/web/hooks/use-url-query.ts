import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router-dom";

export type UrlPatch = Record<string, string | number | readonly string[] | null | undefined>;

/**
 * Filters, sort and page live in the URL (?q=新能源&stage=发布,洽谈&page=2), so a link shows the same list
 * to a colleague. Lists are comma-separated, like the API's csv filters.
 */
export function useUrlQuery() {
  const [params, setParams] = useSearchParams();

  const get = useCallback((key: string): string | undefined => params.get(key) ?? undefined, [params]);
  const getList = useCallback((key: string): string[] => (params.get(key) ?? "").split(",").filter(Boolean), [params]);
  const getNumber = useCallback(
    (key: string): number | undefined => {
      const raw = params.get(key);
      if (raw === null || raw === "") return undefined;
      const n = Number(raw);
      return Number.isFinite(n) ? n : undefined;
    },
    [params],
  );

  /** Changes some keys; any change other than the page itself goes back to page 1. */
  const set = useCallback(
    (patch: UrlPatch, options: { replace?: boolean } = {}) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(patch)) {
            const text = Array.isArray(value) ? value.join(",") : value === null || value === undefined ? "" : String(value);
            if (text === "") next.delete(key);
            else next.set(key, text);
          }
          if (!("page" in patch)) next.delete("page");
          return next;
        },
        { replace: options.replace },
      );
    },
    [setParams],
  );

  /** Adds a value to a list filter, or removes it when present (facet clicks). */
  const toggle = useCallback(
    (key: string, value: string) => {
      const current = (params.get(key) ?? "").split(",").filter(Boolean);
      set({ [key]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value] });
    },
    [params, set],
  );

  /** Page and page size from the URL, as the API's limit and offset. */
  const paging = useCallback(
    (defaultPageSize: number) => {
      const page = getNumber("page") ?? 1;
      const pageSize = getNumber("pageSize") ?? defaultPageSize;
      return { page, pageSize, limit: pageSize, offset: (page - 1) * pageSize };
    },
    [getNumber],
  );

  /** antd pagination props for a server-paged list whose page and page size live in the URL. */
  const pagination = useCallback(
    (opts: { total: number; defaultPageSize: number; pageSizeOptions?: number[]; showTotal: (total: number) => string; maxTotal?: number }) => {
      const { page, pageSize } = paging(opts.defaultPageSize);
      return {
        current: page,
        pageSize,
        total: Math.min(opts.total, opts.maxTotal ?? Number.MAX_SAFE_INTEGER),
        showSizeChanger: Boolean(opts.pageSizeOptions),
        pageSizeOptions: opts.pageSizeOptions,
        hideOnSinglePage: !opts.pageSizeOptions,
        showTotal: () => opts.showTotal(opts.total),
        onChange: (p: number, size: number) => set(size !== pageSize ? { pageSize: size } : { page: p }),
      };
    },
    [paging, set],
  );

  const text = params.toString();
  return useMemo(
    () => ({ params, text, get, getList, getNumber, set, toggle, paging, pagination }),
    [params, text, get, getList, getNumber, set, toggle, paging, pagination],
  );
}
