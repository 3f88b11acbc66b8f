import { open, stat } from "node:fs/promises";
import { createReadStream } from "node:fs";
import { extname } from "node:path";
import { ImportFileError } from "./import-file-error";
import type { ImportFileFormat, ImportFileRef, TextEncoding } from "./types";
import { listZipEntryNames } from "./zip-entries";

export interface DetectedFormat {
  format: ImportFileFormat;
  /** Text formats: the encoding the content is in. */
  encoding?: TextEncoding;
  size: number;
}

const HEAD_BYTES = 64 * 1024;

const SUPPORTED_HINT = "支持的格式：Excel（.xlsx）、CSV（UTF-8 或 GBK）、JSON";

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
}

function startsWith(head: Buffer, bytes: number[]): boolean {
  return bytes.every((b, i) => head[i] === b);
}

function displayName(file: ImportFileRef): string {
  return file.originalName ?? file.path.split(/[\\/]/).pop() ?? file.path;
}

function extensionOf(file: ImportFileRef): string {
  return extname(file.originalName ?? file.path).toLowerCase();
}

function unsupported(file: ImportFileRef, what: string, advice = SUPPORTED_HINT): ImportFileError {
  return new ImportFileError("UNSUPPORTED_FILE_TYPE", `无法导入“${displayName(file)}”：${what}。${advice}`, {
    file: displayName(file),
  });
}

/** Known binary signatures that are certainly not a table we can read. */
const FOREIGN_SIGNATURES: readonly [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], "这是 PDF 文件"],
  [[0x89, 0x50, 0x4e, 0x47], "这是 PNG 图片"],
  [[0xff, 0xd8, 0xff], "这是 JPEG 图片"],
  [[0x47, 0x49, 0x46, 0x38], "这是 GIF 图片"],
  [[0x52, 0x61, 0x72, 0x21], "这是 RAR 压缩包"],
  [[0x37, 0x7a, 0xbc, 0xaf], "这是 7z 压缩包"],
  [[0x1f, 0x8b], "这是 gzip 压缩文件"],
  [[0x52, 0x49, 0x46, 0x46], "这是音视频或图片文件"],
];

async function detectZipFormat(file: ImportFileRef): Promise<ImportFileFormat> {
  const names = await listZipEntryNames(file.path);
  if (!names) {
    // An unreadable central directory: let the spreadsheet reader try (and report) if it claims to be xlsx.
    if (extensionOf(file) === ".xlsx") return "xlsx";
    throw unsupported(file, "ZIP 文件已损坏或无法识别");
  }
  if (names.includes("xl/workbook.xml")) return "xlsx";
  if (names.some((n) => n.startsWith("word/"))) throw unsupported(file, "这是 Word 文档（.docx），不是表格");
  if (names.some((n) => n.startsWith("ppt/"))) throw unsupported(file, "这是 PowerPoint 演示文稿（.pptx），不是表格");
  if (names.includes("content.xml") && names.includes("mimetype")) {
    throw unsupported(file, "这是 WPS/OpenDocument 格式", "请在表格软件中另存为 .xlsx 或 CSV 后再导入");
  }
  throw unsupported(file, "这是 ZIP 压缩包", "请解压后导入其中的 .xlsx、CSV 或 JSON 文件");
}

/** Whole-file UTF-8 check, streamed: a GBK file whose first rows happen to be ASCII is still caught. */
async function isWholeFileUtf8(path: string): Promise<boolean> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
      decoder.decode(chunk as Buffer, { stream: true });
    }
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/** First significant character of the decoded head, skipping a BOM and white space. */
function firstSignificantChar(head: Buffer, encoding: TextEncoding): string {
  const text = new TextDecoder(encoding === "gb18030" ? "gb18030" : encoding).decode(head.subarray(0, 4096));
  return text.replace(/^\uFEFF/, "").trimStart().slice(0, 1);
}

function looksLikeMarkup(head: Buffer): string | null {
  const text = head.subarray(0, 4096).toString("latin1").toLowerCase();
  if (/^\s*(\ufeff)?<(!doctype html|html|table|head|meta)/.test(text) || /<table[\s>]/.test(text)) {
    return "这是网页（HTML）格式，常见于业务系统导出的“伪 .xls”文件";
  }
  if (/^\s*<\?xml/.test(text) && text.includes("urn:schemas-microsoft-com:office:spreadsheet")) {
    return "这是 Excel 2003 XML 表格";
  }
  if (/^\s*<\?xml/.test(text)) return "这是 XML 文件";
  return null;
}

/**
 * Decides how to read a file from its content (signatures, zip entries, text encoding), using the
 * extension only to word errors. Throws ImportFileError for empty, oversized and unsupported files.
 */
export async function detectImportFormat(file: ImportFileRef, options: { maxBytes?: number } = {}): Promise<DetectedFormat> {
  let size: number;
  try {
    const info = await stat(file.path);
    if (!info.isFile()) throw unsupported(file, "不是文件");
    size = info.size;
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError("MALFORMED_FILE", `无法读取文件“${displayName(file)}”`, { file: displayName(file) });
  }
  if (size === 0) throw new ImportFileError("EMPTY_FILE", `文件“${displayName(file)}”是空的`);
  if (options.maxBytes !== undefined && size > options.maxBytes) {
    throw new ImportFileError(
      "FILE_TOO_LARGE",
      `文件“${displayName(file)}”大小为 ${formatSize(size)}，超过上限 ${formatSize(options.maxBytes)}`,
      { size, maxBytes: options.maxBytes },
    );
  }

  const head = Buffer.alloc(Math.min(size, HEAD_BYTES));
  const handle = await open(file.path, "r");
  try {
    await handle.read(head, 0, head.length, 0);
  } finally {
    await handle.close();
  }

  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) {
    return { format: await detectZipFormat(file), size };
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if ([".doc", ".ppt"].includes(extensionOf(file))) throw unsupported(file, "这是旧版 Office 文档，不是表格");
    throw unsupported(file, "这是旧版 Excel 97-2003（.xls）格式", "请在 Excel 中“另存为” .xlsx 或 CSV（UTF-8）后再导入");
  }
  for (const [signature, what] of FOREIGN_SIGNATURES) {
    if (startsWith(head, signature)) throw unsupported(file, what);
  }

  let encoding: TextEncoding;
  if (startsWith(head, [0xff, 0xfe])) encoding = "utf-16le";
  else if (startsWith(head, [0xfe, 0xff])) encoding = "utf-16be";
  else if (head.includes(0)) throw unsupported(file, "文件内容是无法识别的二进制数据");
  else if (startsWith(head, [0xef, 0xbb, 0xbf])) encoding = "utf-8";
  else encoding = (await isWholeFileUtf8(file.path)) ? "utf-8" : "gb18030";

  const markup = looksLikeMarkup(head);
  if (markup) throw unsupported(file, markup, "请在 Excel 中打开后“另存为” .xlsx 或 CSV 再导入");

  const first = firstSignificantChar(head, encoding);
  if (!first) throw new ImportFileError("EMPTY_FILE", `文件“${displayName(file)}”没有内容（只有空白）`);
  if (first === "[" || first === "{") return { format: "json", encoding, size };
  if ([".json", ".jsonl", ".ndjson"].includes(extensionOf(file))) {
    throw new ImportFileError("MALFORMED_FILE", `文件“${displayName(file)}”的扩展名是 JSON，但内容不是 JSON（应以 [ 或 { 开头）`);
  }
  return { format: "csv", encoding, size };
}
