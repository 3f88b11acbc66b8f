import { AppError } from "../../../http/app-error";

export type ImportFileErrorCode =
  | "EMPTY_FILE"
  | "UNSUPPORTED_FILE_TYPE"
  | "MALFORMED_FILE"
  | "FILE_TOO_LARGE";

const STATUS_BY_CODE: Record<ImportFileErrorCode, number> = {
  EMPTY_FILE: 400,
  UNSUPPORTED_FILE_TYPE: 415,
  MALFORMED_FILE: 400,
  FILE_TOO_LARGE: 413,
};

/**
 * A file that cannot be read as an import at all (as opposed to a bad row, which the importer reports per
 * row). An AppError, so the HTTP layer answers with the right status and the Chinese message as is.
 */
export class ImportFileError extends AppError {
  override readonly code: ImportFileErrorCode;

  constructor(code: ImportFileErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, STATUS_BY_CODE[code], details);
    this.name = "ImportFileError";
    this.code = code;
  }
}
