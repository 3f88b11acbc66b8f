import { open } from "node:fs/promises";
import { CsvRecordSplitter, CsvUnclosedQuoteError } from "./csv-records";
import { ImportFileError } from "./import-file-error";
import { TableAssembler } from "./table-assembler";
import { createTextStream, decodeHead } from "./text-decoding";
import type { HeaderInfo, ImportRow, TextEncoding } from "./types";

const DELIMITERS = [",", "\t", ";", "|"] as const;
const SNIFF_BYTES = 64 * 1024;
const SNIFF_LINES = 10;

/** Counts a character outside double quotes on one line (quotes rarely span the sniffed lines). */
function countOutsideQuotes(line: string, char: string): number {
  let count = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) count++;
  }
  return count;
}

/**
 * The delimiter used most on the first lines. Excel writes ',' (or ';' in some locales), its "Unicode text"
 * export and many systems write tabs.
 */
export function sniffDelimiter(sample: string): string {
  const lines = sample.split(/\r?\n/).filter((l) => l.trim() !== "").slice(0, SNIFF_LINES);
  let best: string = ",";
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const score = lines.reduce((sum, line) => sum + countOutsideQuotes(line, delimiter), 0);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** CSV/TSV rows in bounded memory: file -> decoder -> record splitter, pulled one chunk at a time. */
export async function* readCsvRows(
  path: string,
  encoding: TextEncoding,
  options: { headerRowNumber?: number; onHeader?: (headers: string[], info: HeaderInfo) => void },
): AsyncGenerator<ImportRow> {
  const delimiter = sniffDelimiter(decodeHead(await readHead(path), encoding));
  const assembler = new TableAssembler({
    headerRowNumber: options.headerRowNumber,
    onHeader: (headers, headerRowNumber) =>
      options.onHeader?.(headers, { format: "csv", encoding, delimiter, headerRowNumber }),
  });
  const { source, text } = createTextStream(path, encoding);
  const splitter = new CsvRecordSplitter(delimiter);
  let rowNumber = 0;
  source.pipe(text);
  source.on("error", (error) => text.destroy(error));
  try {
    for await (const chunk of text as AsyncIterable<string>) {
      for (const record of splitter.push(chunk)) yield* assembler.push(++rowNumber, record);
    }
    for (const record of splitter.end()) yield* assembler.push(++rowNumber, record);
  } catch (error) {
    if (error instanceof CsvUnclosedQuoteError) {
      throw new ImportFileError(
        "MALFORMED_FILE",
        `CSV 格式错误（第 ${error.line} 行开始的记录）：引号没有闭合，可能是某个单元格内容里有未成对的双引号`,
        { line: error.line },
      );
    }
    throw error;
  } finally {
    source.destroy();
    text.destroy();
  }
  yield* assembler.finish();
  if (!assembler.hasHeader) throw new ImportFileError("EMPTY_FILE", "文件中没有任何数据（找不到表头）");
}
