import { pipeline } from "node:stream";
import { ImportFileError } from "./import-file-error";
import { createTextStream } from "./text-decoding";
import type { HeaderInfo, ImportRow, TextEncoding } from "./types";

/** One record larger than this is not an enterprise row; stop instead of buffering without bound. */
const MAX_RECORD_CHARS = 8 * 1024 * 1024;

interface RawRecord {
  /** Position in the array (1-based) or line of JSON Lines. */
  rowNumber: number;
  text: string;
}

/**
 * Splits a JSON text stream into the source text of its records without parsing the whole document:
 * the elements of a top-level array, or the top-level values of JSON Lines / concatenated JSON. Only
 * strings and bracket depth are tracked, so memory is one record, whatever the file size.
 */
async function* splitJsonRecords(chunks: AsyncIterable<string>): AsyncGenerator<RawRecord> {
  let mode: "array" | "lines" | null = null;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let line = 1;
  let recordDepth = 0;
  let parts: string[] = [];
  let partsLength = 0;
  let capturing = false;
  let captureStartLine = 0;
  let arrayIndex = 0;
  let arrayClosed = false;

  for await (const chunk of chunks) {
    let segmentStart = 0;
    const finishRecord = (end: number): RawRecord => {
      parts.push(chunk.slice(segmentStart, end));
      const text = parts.join("");
      parts = [];
      partsLength = 0;
      capturing = false;
      return { rowNumber: mode === "array" ? arrayIndex : captureStartLine, text };
    };
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === "\n") line++;
      if (inString) {
        if (escaped) escaped = false;
        else if (c === "\\") escaped = true;
        else if (c === '"') inString = false;
        continue;
      }
      if (mode === null) {
        if (c === "\uFEFF" || /\s/.test(c)) continue;
        if (c === "[") {
          mode = "array";
          depth = 1;
          recordDepth = 1;
          continue;
        }
        mode = "lines";
        recordDepth = 0;
      }
      if (arrayClosed) {
        if (/\s/.test(c)) continue;
        throw new ImportFileError("MALFORMED_FILE", `JSON 格式错误：第 ${line} 行在数组结束后还有内容`);
      }
      const atRecordLevel = depth === recordDepth;
      if (!capturing && atRecordLevel) {
        if (/\s/.test(c) || c === ",") continue;
        if (mode === "array" && c === "]") {
          depth--;
          arrayClosed = true;
          continue;
        }
        capturing = true;
        captureStartLine = line;
        segmentStart = i;
        if (mode === "array") arrayIndex++;
      }
      if (c === '"') {
        inString = true;
      } else if (c === "{" || c === "[") {
        depth++;
      } else if (c === "}" || c === "]") {
        depth--;
        if (depth < recordDepth) throw new ImportFileError("MALFORMED_FILE", `JSON 格式错误：第 ${line} 行的括号不匹配`);
        if (capturing && depth === recordDepth) yield finishRecord(i + 1);
      } else if (capturing && depth === recordDepth && (c === "," || /\s/.test(c))) {
        // End of a scalar element (a number or literal where an object should be).
        yield finishRecord(i);
      }
    }
    if (capturing) {
      parts.push(chunk.slice(segmentStart));
      partsLength += chunk.length - segmentStart;
      if (partsLength > MAX_RECORD_CHARS) {
        throw new ImportFileError("MALFORMED_FILE", `JSON 第 ${captureStartLine} 行开始的记录超过 8 MB，不像是一条企业记录`);
      }
    }
  }
  if (capturing && depth === recordDepth && !inString) {
    const text = parts.join("");
    yield { rowNumber: mode === "array" ? arrayIndex : captureStartLine, text };
    capturing = false;
  }
  if (inString || depth !== 0 || capturing) {
    throw new ImportFileError("MALFORMED_FILE", "JSON 文件不完整：括号或引号没有闭合（文件可能被截断）");
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  // Nested values (the A-share main_products list) stay JSON; the cell parsers read JSON text.
  return JSON.stringify(value);
}

/**
 * Records of a JSON array of objects or of JSON Lines, streamed. Headers are the keys of the first record,
 * extended (and announced again through onHeader) when a later record has new keys. A record that is not
 * valid JSON or not an object becomes a row with a problem instead of failing the file.
 */
export async function* readJsonRows(
  path: string,
  encoding: TextEncoding,
  options: { onHeader?: (headers: string[], info: HeaderInfo) => void },
): AsyncGenerator<ImportRow> {
  const { source, text } = createTextStream(path, encoding);
  let streamError: Error | null = null;
  pipeline(source, text, (error: NodeJS.ErrnoException | null) => {
    if (error && (error as NodeJS.ErrnoException).code !== "ERR_STREAM_PREMATURE_CLOSE") streamError = error;
  });
  const headers: string[] = [];
  const known = new Set<string>();
  let records = 0;
  try {
    for await (const record of splitJsonRecords(text as AsyncIterable<string>)) {
      records++;
      let parsed: unknown;
      try {
        parsed = JSON.parse(record.text);
      } catch (error) {
        yield { rowNumber: record.rowNumber, cells: {}, problems: [`JSON 格式错误：${(error as Error).message}`] };
        continue;
      }
      if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
        yield { rowNumber: record.rowNumber, cells: {}, problems: ["该记录不是 JSON 对象（应为 {\"字段\": 值, …}）"] };
        continue;
      }
      const entries = Object.entries(parsed as Record<string, unknown>);
      const added = entries.filter(([key]) => !known.has(key));
      if (added.length) {
        for (const [key] of added) {
          known.add(key);
          headers.push(key);
        }
        options.onHeader?.([...headers], { format: "json", encoding });
      }
      const values = new Map(entries);
      const cells = Object.fromEntries(headers.map((header) => [header, cellText(values.get(header)).trim()]));
      yield { rowNumber: record.rowNumber, cells };
    }
  } finally {
    text.destroy();
  }
  if (streamError) throw streamError;
  if (records === 0) throw new ImportFileError("EMPTY_FILE", "JSON 文件中没有任何记录");
}
