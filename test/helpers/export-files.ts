import type request from "supertest";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import type { Agent } from "./test-services";

/** supertest parser that keeps the body as bytes (the response object is the raw incoming stream). */
export function binary(res: request.Response, cb: (err: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c));
  stream.on("end", () => cb(null, Buffer.concat(chunks)));
}

export interface ExportFile {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** The name the browser saves it as (from filename*). */
  fileName: string | null;
}

export async function download(agent: Agent, url: string): Promise<ExportFile> {
  const res = await agent.get(url).buffer(true).parse(binary);
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(res.headers["content-disposition"] ?? "")?.[1];
  return { status: res.status, headers: res.headers, body: res.body as Buffer, fileName: encoded ? decodeURIComponent(encoded) : null };
}

export interface ExportRows {
  header: string[];
  rows: Record<string, string | number | null>[];
}

/** CSV as the analyst's spreadsheet reads it: BOM required, first row the header. */
export function readCsv(body: Buffer): ExportRows {
  if (body[0] !== 0xef || body[1] !== 0xbb || body[2] !== 0xbf) throw new Error("CSV without UTF-8 BOM");
  const [header, ...records] = parse(body, { bom: true }) as string[][];
  return { header, rows: records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] === "" ? null : r[i]]))) };
}

export async function readXlsx(body: Buffer): Promise<ExportRows & { sheet: ExcelJS.Worksheet }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, string | number | null>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const values = sheet.getRow(r).values as unknown[];
    rows.push(Object.fromEntries(header.map((h, i) => [h, (values[i + 1] ?? null) as string | number | null])));
  }
  return { header, rows, sheet };
}

/** Both formats of one export, each parsed back. */
export async function downloadBoth(agent: Agent, url: string): Promise<{ csv: ExportRows; xlsx: ExportRows; files: ExportFile[] }> {
  const sep = url.includes("?") ? "&" : "?";
  const csvFile = await download(agent, `${url}${sep}format=csv`);
  const xlsxFile = await download(agent, `${url}${sep}format=xlsx`);
  for (const f of [csvFile, xlsxFile]) if (f.status !== 200) throw new Error(`export HTTP ${f.status}: ${f.body.toString("utf8").slice(0, 300)}`);
  return { csv: readCsv(csvFile.body), xlsx: await readXlsx(xlsxFile.body), files: [csvFile, xlsxFile] };
}
