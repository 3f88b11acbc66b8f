import express from "express";
import request from "supertest";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { sendExportTable, type ExportFormat, type ExportTable } from "../../../src/modules/exports";
import { binary } from "../../helpers/export-files";

interface Row {
  name: string;
  capital: number | null;
}

const columns: ExportTable<Row>["columns"] = [
  { header: "企业名称", width: 30, value: (r) => r.name },
  { header: "注册资本（万元）", width: 16, value: (r) => r.capital },
];

async function* pages(rows: Row[], size: number, failAfter?: number): AsyncGenerator<Row[]> {
  for (let i = 0; i < rows.length; i += size) {
    if (failAfter !== undefined && i >= failAfter) throw new Error("database went away");
    yield rows.slice(i, i + size);
  }
}

function appFor(table: () => ExportTable<Row>) {
  const app = express();
  const outcomes: unknown[] = [];
  app.get("/export", async (req, res, next) => {
    try {
      outcomes.push(await sendExportTable(res, req.query.format as ExportFormat, table()));
    } catch (err) {
      next(err);
    }
  });
  app.use((err: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    res.status(500).json({ error: { message: err.message } });
  });
  return { app, outcomes };
}


const rows: Row[] = [
  { name: "重庆长鑫汽车零部件有限公司", capital: 5000 },
  { name: "=HYPERLINK(\"http://evil.example\")", capital: null },
  { name: "@SUM(1)", capital: -1 },
  { name: "含,逗号\n和换行", capital: 12.5 },
  ...Array.from({ length: 2500 }, (_, i) => ({ name: `企业${i}`, capital: i })),
];

describe("sendExportTable", () => {
  it("writes CSV as UTF-8 with BOM, CRLF, Chinese headers, neutralised formulas, every page", async () => {
    const { app, outcomes } = appFor(() => ({ fileName: "企业库", sheetName: "企业库", columns, pages: pages(rows, 1000) }));
    const res = await request(app).get("/export?format=csv").buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toContain("filename*=UTF-8''%E4%BC%81%E4%B8%9A%E5%BA%93.csv");
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString("utf8")).toContain("企业名称,注册资本（万元）\r\n");
    const records = parse(body, { bom: true }) as string[][];
    expect(records[0]).toEqual(["企业名称", "注册资本（万元）"]);
    expect(records.slice(1, 5)).toEqual([
      ["重庆长鑫汽车零部件有限公司", "5000"],
      ["'=HYPERLINK(\"http://evil.example\")", ""],
      ["'@SUM(1)", "-1"],
      ["含,逗号\n和换行", "12.5"],
    ]);
    expect(records).toHaveLength(rows.length + 1);
    expect(outcomes).toEqual([{ rows: rows.length, completed: true }]);
  });

  it("writes XLSX with a frozen bold header, column widths, numbers as numbers and neutralised formulas", async () => {
    const { app } = appFor(() => ({ fileName: "目标清单", sheetName: "目标清单", columns, pages: pages(rows, 1000) }));
    const res = await request(app).get("/export?format=xlsx").buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as ArrayBuffer);
    const sheet = workbook.getWorksheet("目标清单")!;
    expect(sheet.rowCount).toBe(rows.length + 1);
    expect(sheet.getRow(1).values).toEqual([undefined, "企业名称", "注册资本（万元）"]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.getRow(2).values).toEqual([undefined, "重庆长鑫汽车零部件有限公司", 5000]);
    expect(sheet.getCell("A3").value).toBe("'=HYPERLINK(\"http://evil.example\")");
    expect(sheet.getCell("A3").formula).toBeUndefined();
    expect(sheet.getCell("B3").value).toBeNull();
    expect(sheet.getCell("A4").value).toBe("'@SUM(1)");
    expect(sheet.getCell(`A${rows.length + 1}`).value).toBe(`企业${2499}`);
  });

  it("answers a failure before the first byte with the usual JSON error, without the attachment header", async () => {
    const { app } = appFor(() => ({ fileName: "x", sheetName: "x", columns, pages: pages(rows, 1000, 0) }));
    for (const format of ["csv", "xlsx"]) {
      const res = await request(app).get(`/export?format=${format}`);
      expect(res.status).toBe(500);
      expect(res.headers["content-disposition"]).toBeUndefined();
      expect(res.body.error.message).toBe("database went away");
    }
  });

  it("aborts the download when a page fails mid-stream, so no cut-off file looks complete", async () => {
    const { app, outcomes } = appFor(() => ({ fileName: "x", sheetName: "x", columns, pages: pages(rows, 1000, 2000) }));
    await expect(request(app).get("/export?format=csv").buffer(true).parse(binary)).rejects.toThrow();
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ completed: false, error: expect.any(Error) });
  });
});
