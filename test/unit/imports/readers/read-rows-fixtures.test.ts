import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  parseAmount,
  parseCreditCode,
  parseDate,
  parseEmployees,
  parseIndustryCodes,
  parseList,
  parseListingStatus,
  parseProducts,
  parseRegion,
} from "../../../../src/modules/imports/cell-parsers";
import { collectMappedValues, firstMappedValue, mapHeaders } from "../../../../src/modules/imports/header-mapping";
import { ImportFileError, readRows as sut, type HeaderInfo, type ImportRow } from "../../../../src/modules/imports/readers";
import {
  FIXTURE_ENTERPRISES,
  FIXTURE_HEADERS,
  FIXTURE_JSON_KEYS,
  makeFixtures,
  spreadsheetRowNumber,
} from "../../../fixtures/imports/make-fixtures";

const FIXTURES = join(__dirname, "../../../fixtures/imports");

async function readAll(name: string, options: { headerRowNumber?: number } = {}) {
  const headerCalls: { headers: string[]; info: HeaderInfo }[] = [];
  const rows: ImportRow[] = [];
  for await (const row of sut(
    { path: join(FIXTURES, name), originalName: name },
    { ...options, onHeader: (headers, info) => headerCalls.push({ headers, info }) },
  )) {
    rows.push(row);
  }
  return { rows, headerCalls, headers: headerCalls.at(-1)?.headers ?? [] };
}

async function readError(name: string, options: { maxBytes?: number } = {}): Promise<ImportFileError> {
  try {
    for await (const _row of sut({ path: join(FIXTURES, name), originalName: name }, options)) {
      // drain
    }
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error(`expected ${name} to fail`);
}

/** What the importer would take from each row: mapped, then parsed; errors as messages. */
function interpret(rows: ImportRow[], headers: string[]) {
  const mapping = mapHeaders(headers);
  return rows.map((row) => {
    const mapped = collectMappedValues(row.cells, headers, mapping);
    const get = (field: Parameters<typeof firstMappedValue>[1]) => firstMappedValue(mapped, field);
    const capitalColumn = mapped.registeredCapital?.[0]?.columnIndex;
    const unit = capitalColumn === undefined ? undefined : mapping.hints[capitalColumn]?.unit;
    const outcome = (result: { ok: boolean; value?: unknown; message?: string }) => (result.ok ? result.value : `ERROR ${result.message}`);
    return {
      name: get("name") ?? null,
      creditCode: outcome(parseCreditCode(get("creditCode"))),
      industryCodes: outcome(parseIndustryCodes(get("industryCode"))),
      capital: outcome(parseAmount(get("registeredCapital"), { unit })),
      founded: outcome(parseDate(get("foundedAt"))),
      province: outcome(parseRegion(get("province"))),
      city: outcome(parseRegion(get("city"))),
      products: outcome(parseProducts(get("products"))),
      employees: outcome(parseEmployees(get("employees"))),
      listing: outcome(parseListingStatus(get("listingStatus"))),
      tags: (mapped.tags ?? []).flatMap((v) => parseList(v.value)),
      mainBusiness: get("mainBusiness") ?? null,
    };
  });
}

describe("readRows over the committed fixtures", () => {
  it("the committed fixtures are what make-fixtures.ts writes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fixtures-"));
    const names = await makeFixtures(dir);
    for (const name of names) {
      expect({ name, same: readFileSync(join(dir, name)).equals(readFileSync(join(FIXTURES, name))) }).toEqual({ name, same: true });
    }
  });

  it.each([
    ["enterprises-utf8.csv", { format: "csv", encoding: "utf-8", delimiter: ",", headerRowNumber: 1 }],
    ["enterprises-utf8-bom.csv", { format: "csv", encoding: "utf-8", delimiter: ",", headerRowNumber: 1 }],
    ["enterprises-gbk.csv", { format: "csv", encoding: "gb18030", delimiter: ",", headerRowNumber: 1 }],
    ["enterprises.xlsx", { format: "xlsx", sheetName: "企业名录", headerRowNumber: 1 }],
  ])("%s: headers, spreadsheet row numbers, cells", async (name, info) => {
    const { rows, headerCalls } = await readAll(name);
    expect(headerCalls).toEqual([{ headers: FIXTURE_HEADERS, info }]);
    expect(rows.map((r) => r.rowNumber)).toEqual(FIXTURE_ENTERPRISES.map((_, i) => spreadsheetRowNumber(i)));
    expect(rows[0].cells["企业名称"]).toBe("比亚迪股份有限公司");
    expect(rows[0].cells["统一社会信用代码"]).toBe("91440300192317458F");
    expect(rows[6].cells["主营业务"]).toBe("通信网络设备、智能终端的研发,生产与销售\n（含企业数字化服务）");
    expect(rows.every((r) => r.problems === undefined)).toBe(true);
    expect(Object.keys(rows[10].cells)).toEqual(FIXTURE_HEADERS);
  });

  it("XLSX cells come out as an analyst reads them: dates, numbers, formulas, rich text", async () => {
    const { rows } = await readAll("enterprises.xlsx");
    expect(rows[0].cells["成立日期"]).toBe("1995-02-10");
    expect(rows[0].cells["注册资本(万元)"]).toBe("291114.2855");
    expect(rows[0].cells["主营业务"]).toBe("新能源汽车、动力电池及手机部件的研发、生产和销售");
    expect(rows[7].cells["注册资本(万元)"]).toBe("185000");
    expect(rows[1].cells["注册资本(万元)"]).toBe("43.99亿元");
    expect(rows[11].cells["成立日期"]).toBe("2021-02-30");
  });

  it("skips a title row and an empty first sheet", async () => {
    const { rows, headerCalls } = await readAll("enterprises-with-title.xlsx");
    expect(headerCalls[0].info).toEqual({ format: "xlsx", sheetName: "企业名录", headerRowNumber: 2 });
    expect(rows).toHaveLength(FIXTURE_ENTERPRISES.length);
    expect(rows[0].rowNumber).toBe(3);
  });

  it.each(["enterprises.json", "enterprises.jsonl"])("%s: keys as headers, record positions as row numbers", async (name) => {
    const { rows, headerCalls } = await readAll(name);
    expect(headerCalls).toEqual([{ headers: FIXTURE_JSON_KEYS, info: { format: "json", encoding: "utf-8" } }]);
    expect(rows.map((r) => r.rowNumber)).toEqual(FIXTURE_ENTERPRISES.map((_, i) => i + 1));
    expect(rows[0].cells.registered_capital).toBe("291114.2855");
    expect(rows[0].cells.tags).toBe('["新能源汽车","链主企业"]');
    expect(rows[2].cells.list_status).toBe("未上市");
    expect(rows[2].cells.stock_code).toBe("");
  });

  it("every format yields the same enterprises once mapped and parsed", async () => {
    const reference = await readAll("enterprises-utf8.csv");
    const expected = interpret(reference.rows, reference.headers);
    for (const name of ["enterprises-utf8-bom.csv", "enterprises-gbk.csv", "enterprises.xlsx", "enterprises.json", "enterprises.jsonl"]) {
      const { rows, headers } = await readAll(name);
      expect({ name, enterprises: interpret(rows, headers) }).toEqual({ name, enterprises: expected });
    }
  });

  it("the malformed rows carry the problems an import must report", async () => {
    const { rows, headers } = await readAll("enterprises-utf8.csv");
    const enterprises = interpret(rows, headers);
    expect(enterprises[0]).toMatchObject({
      name: "比亚迪股份有限公司",
      creditCode: { code: "91440300192317458F", warnings: [] },
      industryCodes: { codes: ["3612"], labels: [] },
      capital: { amount: 291114.2855, currency: "CNY" },
      founded: "1995-02-10",
      products: [{ name: "汽车及相关产品", share: 0.77 }, { name: "手机部件及组装", share: 0.23 }],
      listing: "listed",
      tags: ["新能源汽车", "链主企业"],
    });
    expect(enterprises[1].capital).toEqual({ amount: 439900, currency: "CNY" });
    expect(enterprises[4].capital).toEqual({ amount: 563102.6, currency: "CNY" });
    expect(enterprises[8].creditCode).toBe("ERROR 统一社会信用代码校验位错误：第 18 位应为 B，实际为 A（“91330100799655058A”）");
    expect(enterprises[9].capital).toBe("ERROR 无法识别的金额“待核实”，示例：5000万元、1.2亿元、1,200.5（万元）");
    expect(enterprises[10].name).toBeNull();
    expect(enterprises[11].founded).toBe("ERROR 日期“2021-02-30”不存在或超出范围");
    expect(enterprises[12].capital).toEqual({ amount: 500, currency: "USD" });
  });

  it("maps the A-share sample with industries, province, products and listing status", async () => {
    for (const name of ["a-share-sample.csv", "a-share-sample.json"]) {
      const { rows, headers } = await readAll(name);
      const mapping = mapHeaders(headers);
      expect(mapping.unknown).toEqual([]);
      const maotai = collectMappedValues(rows[2].cells, headers, mapping);
      expect(firstMappedValue(maotai, "name")).toBe("贵州茅台酒股份有限公司");
      expect(firstMappedValue(maotai, "shortName")).toBe("贵州茅台");
      expect(maotai.industryLabels?.map((v) => v.value)).toEqual(["白酒", "食品饮料", "白酒Ⅱ", "白酒Ⅲ"]);
      expect(parseRegion(firstMappedValue(maotai, "province"))).toMatchObject({ ok: true, value: { region: { code: "520000" } } });
      expect(parseListingStatus(firstMappedValue(maotai, "listingStatus"))).toEqual({ ok: true, value: "listed" });
      const products = parseProducts(firstMappedValue(maotai, "products"));
      expect(products.ok && products.value?.map((p) => p.name)).toEqual(["高度茅台酒", "低度茅台酒", "系列酒"]);
      // 深圳 is its own area in the A-share list: a prefecture under 广东.
      const bank = collectMappedValues(rows[0].cells, headers, mapping);
      expect(parseRegion(firstMappedValue(bank, "province"))).toMatchObject({
        ok: true,
        value: { region: { code: "440300" }, province: { code: "440000" } },
      });
      // A row without a full name is named by its short name.
      const noFullName = collectMappedValues(rows[4].cells, headers, mapping);
      expect(firstMappedValue(noFullName, "name")).toBe("世盟股份");
      const delisted = collectMappedValues(rows[3].cells, headers, mapping);
      expect(parseListingStatus(firstMappedValue(delisted, "listingStatus"))).toEqual({ ok: true, value: "delisted" });
    }
  });

  it("a header-only file gives its headers and no rows", async () => {
    const { rows, headerCalls } = await readAll("header-only.csv");
    expect(rows).toEqual([]);
    expect(headerCalls[0].headers).toEqual(FIXTURE_HEADERS);
  });

  it.each([
    ["empty.csv", "EMPTY_FILE", "文件“empty.csv”是空的"],
    ["blank.csv", "EMPTY_FILE", "文件“blank.csv”没有内容（只有空白）"],
    ["empty-array.json", "EMPTY_FILE", "JSON 文件中没有任何记录"],
    ["truncated.json", "MALFORMED_FILE", "JSON 文件不完整：括号或引号没有闭合（文件可能被截断）"],
    [
      "picture.png",
      "UNSUPPORTED_FILE_TYPE",
      "无法导入“picture.png”：这是 PNG 图片。支持的格式：Excel（.xlsx）、CSV（UTF-8 或 GBK）、JSON",
    ],
    [
      "renamed-picture.csv",
      "UNSUPPORTED_FILE_TYPE",
      "无法导入“renamed-picture.csv”：这是 PNG 图片。支持的格式：Excel（.xlsx）、CSV（UTF-8 或 GBK）、JSON",
    ],
    [
      "document.docx",
      "UNSUPPORTED_FILE_TYPE",
      "无法导入“document.docx”：这是 Word 文档（.docx），不是表格。支持的格式：Excel（.xlsx）、CSV（UTF-8 或 GBK）、JSON",
    ],
    [
      "legacy.xls",
      "UNSUPPORTED_FILE_TYPE",
      "无法导入“legacy.xls”：这是旧版 Excel 97-2003（.xls）格式。请在 Excel 中“另存为” .xlsx 或 CSV（UTF-8）后再导入",
    ],
  ])("%s fails with %s", async (name, code, message) => {
    const error = await readError(name);
    expect(error).toMatchObject({ code, message });
  });

  it("wrong types and empty files are HTTP-ready errors", async () => {
    expect(await readError("picture.png")).toMatchObject({ statusCode: 415, name: "ImportFileError" });
    expect(await readError("empty.csv")).toMatchObject({ statusCode: 400 });
  });

  it("rejects a file over the size limit before reading it", async () => {
    const error = await readError("enterprises.xlsx", { maxBytes: 1024 });
    expect(error.code).toBe("FILE_TOO_LARGE");
    expect(error.statusCode).toBe(413);
    expect(error.message).toBe("文件“enterprises.xlsx”大小为 28 KB，超过上限 1 KB");
  });
});

describe("errors thrown by onHeader", () => {
  it.each(["enterprises-utf8.csv", "enterprises.xlsx", "enterprises.json"])("reach the caller unchanged (%s)", async (name) => {
    const refusal = new Error("缺少必需的列：企业名称");
    const read = async () => {
      for await (const _row of sut({ path: join(FIXTURES, name) }, { onHeader: () => { throw refusal; } })) {
        // drain
      }
    };
    await expect(read()).rejects.toBe(refusal);
  });
});
