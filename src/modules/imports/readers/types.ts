/** An uploaded or local file to import; the name and MIME type are hints, the content decides. */
export interface ImportFileRef {
  path: string;
  /** The name the user gave the file (upload), for extension hints and messages. */
  originalName?: string;
  mimeType?: string;
}

export type ImportFileFormat = "csv" | "xlsx" | "json";

export type TextEncoding = "utf-8" | "gb18030" | "utf-16le" | "utf-16be";

export interface HeaderInfo {
  format: ImportFileFormat;
  /** Text formats only. */
  encoding?: TextEncoding;
  /** CSV only: ',', '\t', ';' or '|'. */
  delimiter?: string;
  /** XLSX only. */
  sheetName?: string;
  /** Spreadsheet row of the header (CSV/XLSX); absent for JSON. */
  headerRowNumber?: number;
}

export interface ReadRowsOptions {
  /**
   * Called with the column names before the first row (cells are keyed by these names). For JSON, called
   * again with a longer list when a later record brings new keys; earlier names keep their positions.
   */
  onHeader?: (headers: string[], info: HeaderInfo) => void;
  /** Reject files larger than this many bytes (FILE_TOO_LARGE). */
  maxBytes?: number;
  /** CSV/XLSX: the 1-based row that holds the headers; by default the first row with two or more values. */
  headerRowNumber?: number;
  /** XLSX: read this sheet (by name) instead of the first sheet that has data. */
  sheetName?: string;
}

export interface ImportRow {
  /**
   * Where the row is in the file, as the user sees it: the spreadsheet row number for CSV/XLSX (the header
   * is usually row 1, so data starts at 2), the line for JSON Lines, the 1-based position in a JSON array.
   */
  rowNumber: number;
  /** Cell text by header; every header is present ('' when empty). */
  cells: Record<string, string>;
  /** Problems that make the row unusable or incomplete (unparseable JSON record, values beyond the header). */
  problems?: string[];
}
