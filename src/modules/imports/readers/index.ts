/**
 * File readers for imports: `readRows` streams the rows of a CSV (UTF-8 with or without BOM, GBK/GB18030,
 * UTF-16), XLSX or JSON (array or JSON Lines) file as cells keyed by header, in bounded memory.
 */
import { readCsvRows } from "./csv-reader";
import { detectImportFormat } from "./detect-format";
import { readJsonRows } from "./json-reader";
import type { ImportFileRef, ImportRow, ReadRowsOptions } from "./types";
import { readXlsxRows } from "./xlsx-reader";

export { detectImportFormat, type DetectedFormat } from "./detect-format";
export { ImportFileError, type ImportFileErrorCode } from "./import-file-error";
export type { HeaderInfo, ImportFileFormat, ImportFileRef, ImportRow, ReadRowsOptions, TextEncoding } from "./types";

/**
 * Rows of an import file, pulled one at a time. The format is decided by content (zip entries, signatures,
 * first character, encoding), not by the extension. Throws ImportFileError (EMPTY_FILE,
 * UNSUPPORTED_FILE_TYPE, MALFORMED_FILE, FILE_TOO_LARGE) on the first `next()` for files it cannot read,
 * or later for a structural error found mid-file. A file with a header and no data yields no rows.
 */
export async function* readRows(file: ImportFileRef, options: ReadRowsOptions = {}): AsyncGenerator<ImportRow> {
  const detected = await detectImportFormat(file, { maxBytes: options.maxBytes });
  switch (detected.format) {
    case "xlsx":
      yield* readXlsxRows(file.path, options);
      return;
    case "json":
      yield* readJsonRows(file.path, detected.encoding ?? "utf-8", options);
      return;
    case "csv":
      yield* readCsvRows(file.path, detected.encoding ?? "utf-8", options);
      return;
  }
}
