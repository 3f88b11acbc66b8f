export { neutralizeFormula } from "./cell-safety";
export { attachmentDisposition, safeFileName } from "./content-disposition";
export { keysetAfter, keysetOrderBy, keysetPages, type KeysetKey } from "./keyset";
export { sendExportTable, EXPORT_FORMATS, type ExportColumn, type ExportFormat, type ExportTable, type CellValue } from "./table-writer";
export {
  ENTERPRISE_EXPORT_SELECT,
  enterpriseColumns,
  contactColumns,
  signalColumns,
  reasonsColumn,
  formatDate,
  formatDateTime,
  type EnterpriseExportRow,
  type BreakdownSignal,
} from "./columns";
export { exportFormatQuery, exportFormatField, enterpriseExportQuery, enterpriseSearchExportQuery, projectMatchesExportQuery } from "./schemas";
export { exportEnterprises, exportSearchedEnterprises, exportProjectMatches, exportIncludesContacts, recordExport, EXPORT_PAGE_SIZE } from "./service";
export type { ExportDeps, PreparedExport } from "./service";
export { enterpriseExportRouter, enterpriseSearchExportRouter, matchesExportRouter, registerExportDocs, sendExport, fileResponses } from "./routes";
