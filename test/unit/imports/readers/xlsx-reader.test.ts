import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readRows as sut, type HeaderInfo, type ImportRow } from "../../../../src/modules/imports/readers";
import { xlsxCellText } from "../../../../src/modules/imports/readers/xlsx-cell-text";
import { listZipEntryNames } from "../../../../src/modules/imports/readers/zip-entries";

const dir = mkdtempSync(join(tmpdir(), "xlsx-reader-"));
let counter = 0;

async function workbook(fill: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  const path = join(dir, `book-${++counter}.xlsx`);
  await wb.xlsx.writeFile(path);
  return path;
}

async function readAll(path: string, options: { sheetName?: string } = {}) {
  const rows: ImportRow[] = [];
  let info: HeaderInfo | undefined;
  for await (const row of sut({ path }, { ...options, onHeader: (_h, i) => (info = i) })) rows.push(row);
  return { rows, info };
}

describe("xlsxCellText", () => {
  it.each([
    [null, ""],
    ["文本", "文本"],
    [42, "42"],
    [0.1 + 0.2, "0.3"],
    [291114.2855, "291114.2855"],
    [123456789012345, "123456789012345"],
    [true, "true"],
    [new Date(Date.UTC(1995, 1, 10)), "1995-02-10"],
    [new Date(Date.UTC(2020, 4, 6, 13, 30)), "2020-05-06 13:30:00"],
    [{ richText: [{ text: "富" }, { text: "文本" }] }, "富文本"],
    [{ formula: "A1*2", result: 10 }, "10"],
    [{ formula: "TODAY()", result: new Date(Date.UTC(2024, 0, 1)) }, "2024-01-01"],
    [{ formula: "A1" }, ""],
    [{ text: "官网", hyperlink: "https://example.com" }, "官网"],
    [{ error: "#N/A" }, "#N/A"],
  ])("%j -> %j", (value, text) => {
    expect(xlsxCellText(value)).toBe(text);
  });
});

describe("XLSX reading", () => {
  it("reads the first sheet with data, typed cells as text", async () => {
    const path = await workbook((wb) => {
      const sheet = wb.addWorksheet("企业");
      sheet.addRow(["企业名称", "成立日期", "注册资本", "员工人数", "主页"]);
      sheet.addRow(["比亚迪股份有限公司", new Date(Date.UTC(1995, 1, 10)), 291114.2855, 570060, { text: "官网", hyperlink: "https://byd.com" }]);
      sheet.addRow([]);
      sheet.addRow(["华为技术有限公司", "1987-09-15", { formula: "4000000+104113.182", result: 4104113.182 }, null, null]);
      wb.addWorksheet("备注").addRow(["不读这里", "x"]);
    });
    const { rows, info } = await readAll(path);
    expect(info).toEqual({ format: "xlsx", sheetName: "企业", headerRowNumber: 1 });
    expect(rows).toEqual([
      { rowNumber: 2, cells: { 企业名称: "比亚迪股份有限公司", 成立日期: "1995-02-10", 注册资本: "291114.2855", 员工人数: "570060", 主页: "官网" } },
      { rowNumber: 4, cells: { 企业名称: "华为技术有限公司", 成立日期: "1987-09-15", 注册资本: "4104113.182", 员工人数: "", 主页: "" } },
    ]);
  });

  it("reads a named sheet, and says which sheets exist when the name is wrong", async () => {
    const path = await workbook((wb) => {
      wb.addWorksheet("说明").addRow(["填表说明", "见下"]);
      const data = wb.addWorksheet("数据");
      data.addRow(["企业名称", "代码"]);
      data.addRow(["甲", "1"]);
    });
    expect((await readAll(path, { sheetName: "数据" })).rows).toEqual([{ rowNumber: 2, cells: { 企业名称: "甲", 代码: "1" } }]);
    await expect(readAll(path, { sheetName: "企业" })).rejects.toMatchObject({
      code: "MALFORMED_FILE",
      message: "Excel 文件中没有名为“企业”的工作表（已有：说明、数据）",
    });
  });

  it("reports a workbook without any data as empty", async () => {
    const path = await workbook((wb) => {
      wb.addWorksheet("Sheet1");
    });
    await expect(readAll(path)).rejects.toMatchObject({ code: "EMPTY_FILE", message: "Excel 文件的工作表中没有任何数据" });
  });

  it("reports a damaged workbook as malformed", async () => {
    const path = await workbook((wb) => {
      const sheet = wb.addWorksheet("企业");
      sheet.addRow(["企业名称", "代码"]);
      for (let i = 0; i < 200; i++) sheet.addRow([`企业${i}`, i]);
    });
    const { readFileSync, writeFileSync } = await import("node:fs");
    const bytes = readFileSync(path);
    const damaged = join(dir, "damaged.xlsx");
    writeFileSync(damaged, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(readAll(damaged)).rejects.toMatchObject({ code: "MALFORMED_FILE" });
  });

  it("lists the parts of a zip from its central directory", async () => {
    const path = await workbook((wb) => {
      wb.addWorksheet("企业").addRow(["a", "b"]);
    });
    const names = await listZipEntryNames(path);
    expect(names).toEqual(expect.arrayContaining(["xl/workbook.xml", "xl/worksheets/sheet1.xml", "[Content_Types].xml"]));
  });
});
