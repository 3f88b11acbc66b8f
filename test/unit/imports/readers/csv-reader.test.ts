import { createWriteStream, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { sniffDelimiter } from "../../../../src/modules/imports/readers/csv-reader";
import { readRows as sut, type HeaderInfo, type ImportRow } from "../../../../src/modules/imports/readers";

const dir = mkdtempSync(join(tmpdir(), "csv-reader-"));
let counter = 0;

function file(content: string | Buffer, name = `file-${++counter}.csv`): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function readAll(path: string, options: { headerRowNumber?: number } = {}) {
  const rows: ImportRow[] = [];
  let info: HeaderInfo | undefined;
  let headers: string[] = [];
  for await (const row of sut({ path }, { ...options, onHeader: (h, i) => ((headers = h), (info = i)) })) rows.push(row);
  return { rows, headers, info };
}

describe("CSV reading", () => {
  it("sniffs comma, tab, semicolon and pipe delimiters", () => {
    expect(sniffDelimiter("a,b,c\n1,2,3")).toBe(",");
    expect(sniffDelimiter("a\tb\tc\n1\t2\t3")).toBe("\t");
    expect(sniffDelimiter("a;b;c\n1;2;3")).toBe(";");
    expect(sniffDelimiter("a|b\n1|2")).toBe("|");
    expect(sniffDelimiter('"a,b";c;d\n1;2;3')).toBe(";");
    expect(sniffDelimiter("只有一列\n值")).toBe(",");
  });

  it("reads Excel's UTF-16 'Unicode text' export (tab-separated, with BOM)", async () => {
    const text = "企业名称\t注册资本\r\n比亚迪股份有限公司\t291114\r\n";
    const path = file(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]), "unicode.txt");
    const { rows, info } = await readAll(path);
    expect(info).toMatchObject({ encoding: "utf-16le", delimiter: "\t" });
    expect(rows).toEqual([{ rowNumber: 2, cells: { 企业名称: "比亚迪股份有限公司", 注册资本: "291114" } }]);
  });

  it("detects GBK even when the first 64 KB are plain ASCII", async () => {
    const ascii = Array.from({ length: 3000 }, (_, i) => `ACME-${i},1000`).join("\r\n");
    const path = file(iconv.encode(`name,capital\r\n${ascii}\r\n深圳市示范科技有限公司,500\r\n`, "gbk"));
    const { rows, info } = await readAll(path);
    expect(info?.encoding).toBe("gb18030");
    expect(rows.at(-1)?.cells.name).toBe("深圳市示范科技有限公司");
  });

  it("skips a title row above the header and keeps spreadsheet row numbers", async () => {
    const path = file("某县重点企业名录,,\r\n企业名称,统一社会信用代码,注册资本\r\n比亚迪股份有限公司,91440300192317458F,291114\r\n,,\r\n华为技术有限公司,914403001922038216,4104113\r\n");
    const { rows, info, headers } = await readAll(path);
    expect(info?.headerRowNumber).toBe(2);
    expect(headers).toEqual(["企业名称", "统一社会信用代码", "注册资本"]);
    expect(rows.map((r) => r.rowNumber)).toEqual([3, 5]);
  });

  it("skips note rows such as 单位：万元 but takes a lone short label as the header", async () => {
    const withNote = await readAll(file("2024年重点企业清单\r\n单位：万元\r\n企业名称,注册资本\r\n甲,100\r\n"));
    expect(withNote.info?.headerRowNumber).toBe(3);
    const lone = await readAll(file("企业名称,,\r\n比亚迪股份有限公司,深圳,备用\r\n"));
    expect(lone.headers).toEqual(["企业名称"]);
    expect(lone.rows[0]).toMatchObject({ rowNumber: 2, cells: { 企业名称: "比亚迪股份有限公司" } });
    expect(lone.rows[0].problems).toHaveLength(1);
  });

  it("takes an explicit header row", async () => {
    const path = file("说明,请从第三行开始填写\r\n,\r\n名称,代码\r\n甲,1\r\n");
    const { rows, headers } = await readAll(path, { headerRowNumber: 3 });
    expect(headers).toEqual(["名称", "代码"]);
    expect(rows).toEqual([{ rowNumber: 4, cells: { 名称: "甲", 代码: "1" } }]);
  });

  it("reads a single-column file", async () => {
    const { rows, headers } = await readAll(file("企业名称\n比亚迪股份有限公司\n华为技术有限公司\n"));
    expect(headers).toEqual(["企业名称"]);
    expect(rows.map((r) => r.cells["企业名称"])).toEqual(["比亚迪股份有限公司", "华为技术有限公司"]);
  });

  it("names empty and repeated headers, and drops trailing empty ones", async () => {
    const { headers, rows } = await readAll(file("企业名称,,电话,电话,,\n甲,x,1,2,,\n"));
    expect(headers).toEqual(["企业名称", "第2列", "电话", "电话_2"]);
    expect(rows[0].cells).toEqual({ 企业名称: "甲", 第2列: "x", 电话: "1", 电话_2: "2" });
  });

  it("keeps header names like __proto__ as plain keys", async () => {
    const { rows } = await readAll(file("__proto__,constructor\nx,y\n"));
    expect(Object.getPrototypeOf(rows[0].cells)).toBe(Object.prototype);
    expect(Object.keys(rows[0].cells)).toEqual(["__proto__", "constructor"]);
    expect(rows[0].cells.constructor).toBe("y");
  });

  it("flags values beyond the header, fills missing cells, trims values", async () => {
    const { rows } = await readAll(file("名称,代码\n 甲 ,1,多余的值,另一个\n乙\n"));
    expect(rows[0]).toEqual({
      rowNumber: 2,
      cells: { 名称: "甲", 代码: "1" },
      problems: ["该行有 2 个值超出表头的列数（“多余的值”、“另一个”）"],
    });
    expect(rows[1]).toEqual({ rowNumber: 3, cells: { 名称: "乙", 代码: "" } });
  });

  it("keeps stray quotes inside unquoted cells as text", async () => {
    const { rows } = await readAll(file('名称,产品\n甲,5"屏手机\n'));
    expect(rows[0].cells["产品"]).toBe('5"屏手机');
  });

  it("reports an unclosed quote as a malformed file", async () => {
    await expect(readAll(file('名称,产品\n甲,"未闭合\n乙,x\n'))).rejects.toMatchObject({
      code: "MALFORMED_FILE",
      message: expect.stringContaining("引号没有闭合"),
    });
  });

  it("refuses HTML saved as .xls with advice", async () => {
    const path = file("<html><body><table><tr><td>企业名称</td></tr></table></body></html>", "export.xls");
    await expect(readAll(path)).rejects.toMatchObject({
      code: "UNSUPPORTED_FILE_TYPE",
      message: "无法导入“export.xls”：这是网页（HTML）格式，常见于业务系统导出的“伪 .xls”文件。请在 Excel 中打开后“另存为” .xlsx 或 CSV 再导入",
    });
  });

  it("refuses a .json file that holds CSV", async () => {
    await expect(readAll(file("名称\n甲\n", "data.json"))).rejects.toMatchObject({ code: "MALFORMED_FILE" });
  });

  it("streams 100,000 rows in bounded memory", async () => {
    const path = join(dir, "large.csv");
    await new Promise<void>((resolve, reject) => {
      const out = createWriteStream(path);
      out.on("error", reject);
      out.write("企业名称,统一社会信用代码,注册资本(万元),主营业务\n");
      for (let i = 0; i < 100_000; i++) {
        out.write(`示范${i}号新材料科技有限公司,,${1000 + (i % 997)},"电子级化学品的研发、生产与销售，含湿电子化学品、电子特气"\n`);
      }
      out.end(resolve);
    });
    const before = process.memoryUsage().heapUsed;
    let count = 0;
    let maxHeapGrowth = 0;
    let last: ImportRow | undefined;
    for await (const row of sut({ path })) {
      count++;
      last = row;
      if (count % 10_000 === 0) maxHeapGrowth = Math.max(maxHeapGrowth, process.memoryUsage().heapUsed - before);
    }
    expect(count).toBe(100_000);
    expect(last?.rowNumber).toBe(100_001);
    // The file is ~13 MB of text (~40 MB as JS strings); holding it would show here.
    expect(maxHeapGrowth).toBeLessThan(64 * 1024 * 1024);
  });

  it("stops reading when the caller stops", async () => {
    const path = file(`名称\n${Array.from({ length: 5000 }, (_, i) => `企业${i}`).join("\n")}\n`);
    const seen: number[] = [];
    for await (const row of sut({ path })) {
      seen.push(row.rowNumber);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual([2, 3, 4]);
  });
});
