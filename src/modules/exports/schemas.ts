import { z } from "../../http/zod-setup";
import { listEnterprisesQuery } from "../enterprises";
import { projectMatchesQuery } from "../matching";
import { searchEnterprisesQuery } from "../search";
import { EXPORT_FORMATS } from "./table-writer";

export const exportFormatField = z
  .enum(EXPORT_FORMATS, { error: "导出格式应为 xlsx 或 csv" })
  .default("xlsx")
  .openapi({ description: "xlsx（默认）或 csv（UTF-8 带 BOM，Excel / WPS 可直接打开）" });

export const exportFormatQuery = z.object({ format: exportFormatField }).strict();

/**
 * The enterprise list's own query plus `format`: the file holds every row the list would page through, in
 * the same order. `limit` and `offset` are accepted (a page URL can be reused as is) and ignored.
 */
export const enterpriseExportQuery = listEnterprisesQuery.extend({ format: exportFormatField });
export type EnterpriseExportQuery = z.infer<typeof enterpriseExportQuery>;

/**
 * The enterprise search's own query plus `format`: the file holds every enterprise the search page (企业库) lists,
 * in its order. `limit`, `offset`, `facets` and `highlight` are accepted (the page's URL can be reused) and ignored.
 */
export const enterpriseSearchExportQuery = searchEnterprisesQuery.extend({ format: exportFormatField });
export type EnterpriseSearchExportQuery = z.infer<typeof enterpriseSearchExportQuery>;

/** The ranked matches' own query plus `format`: the whole ranked list; `limit` / `offset` are ignored. */
export const projectMatchesExportQuery = projectMatchesQuery.extend({ format: exportFormatField });
export type ProjectMatchesExportQuery = z.infer<typeof projectMatchesExportQuery>;
