import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { ImportFileError } from "./import-file-error";
import { TableAssembler } from "./table-assembler";
import type { HeaderInfo, ImportRow } from "./types";
import { xlsxCellText } from "./xlsx-cell-text";
import { listZipEntries, reorderedZipStream } from "./zip-entries";

interface StreamedRow {
  number: number;
  values: unknown[] | Record<string, unknown>;
}

interface StreamedSheet extends AsyncIterable<StreamedRow> {
  id: number;
  name: string;
}

function rowValues(row: StreamedRow): string[] {
  // exceljs rows are 1-based sparse arrays: values[0] is unused, missing cells are holes.
  const values = Array.isArray(row.values) ? row.values : [];
  const result: string[] = [];
  for (let column = 1; column < values.length; column++) result.push(xlsxCellText(values[column]));
  return result;
}

const sheetNumber = (name: string) => Number(name.match(/sheet(\d+)\.xml$/)?.[1] ?? 0);

/**
 * The workbook's parts in the order exceljs' streaming reader needs: relationships, workbook, shared
 * strings and styles before any sheet. Writers (Excel, exceljs itself) often put the sheets first; exceljs
 * then parks them in temporary files and, with some archives, stops before reaching workbook.xml and fails
 * ("Cannot read properties of undefined (reading 'sheets')"). Reading the parts by offset avoids both.
 */
async function orderedWorkbookStream(path: string): Promise<Readable> {
  const index = await listZipEntries(path);
  if (!index) return createReadStream(path);
  const byName = (name: string) => index.entries.filter((e) => e.name === name);
  const sheets = index.entries
    .filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name))
    .sort((a, b) => sheetNumber(a.name) - sheetNumber(b.name));
  const ordered = [
    ...byName("xl/_rels/workbook.xml.rels"),
    ...byName("xl/workbook.xml"),
    ...byName("xl/sharedStrings.xml"),
    ...byName("xl/styles.xml"),
    ...sheets,
  ];
  return reorderedZipStream(path, index, ordered);
}

/**
 * Rows of the first worksheet that has data (or the sheet named in `sheetName`; sheets in the order of
 * their part names, sheet1.xml first), streamed with exceljs' WorkbookReader: shared strings are cached,
 * rows are not.
 */
export async function* readXlsxRows(
  path: string,
  options: { headerRowNumber?: number; sheetName?: string; onHeader?: (headers: string[], info: HeaderInfo) => void },
): AsyncGenerator<ImportRow> {
  const input = await orderedWorkbookStream(path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  const sheetNames: string[] = [];
  let found = false;
  // Errors from the caller's onHeader (a mapping the importer refuses) must reach it unchanged, not as a
  // "damaged workbook".
  let callbackError: unknown;
  const onHeader = (headers: string[], info: HeaderInfo) => {
    try {
      options.onHeader?.(headers, info);
    } catch (error) {
      callbackError = error;
      throw error;
    }
  };
  try {
    for await (const sheet of reader as unknown as AsyncIterable<StreamedSheet>) {
      sheetNames.push(sheet.name);
      if (options.sheetName !== undefined && sheet.name !== options.sheetName) continue;
      const assembler = new TableAssembler({
        headerRowNumber: options.headerRowNumber,
        onHeader: (headers, headerRowNumber) => onHeader(headers, { format: "xlsx", sheetName: sheet.name, headerRowNumber }),
      });
      for await (const row of sheet) yield* assembler.push(row.number, rowValues(row));
      yield* assembler.finish();
      if (assembler.hasHeader) {
        found = true;
        break;
      }
    }
  } catch (error) {
    if (error instanceof ImportFileError || error === callbackError) throw error;
    throw new ImportFileError("MALFORMED_FILE", `Excel 文件无法读取，可能已损坏：${(error as Error).message}`);
  } finally {
    // Leaving the loop early (one sheet read, or the caller stopped) must not leave the file open.
    input.destroy();
  }
  if (found) return;
  if (options.sheetName !== undefined && !sheetNames.includes(options.sheetName)) {
    throw new ImportFileError(
      "MALFORMED_FILE",
      `Excel 文件中没有名为“${options.sheetName}”的工作表（已有：${sheetNames.join("、") || "无"}）`,
    );
  }
  throw new ImportFileError("EMPTY_FILE", "Excel 文件的工作表中没有任何数据");
}
