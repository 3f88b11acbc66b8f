import {
  CANONICAL_FIELDS,
  CANONICAL_FIELD_LABELS,
  collectMappedValues,
  firstMappedValue,
  mapHeaders as sut,
  normalizeHeader,
  resolveFieldName,
} from "../../../src/modules/imports/header-mapping";

/** The header row of the public A-share list (enterprises_a_share.csv); the JSON adds main_products. */
const A_SHARE_HEADERS = [
  "code", "ts_code", "name", "fullname", "exchange", "list_date", "province", "tushare_industry", "tushare_status",
  "sw2021_code", "sw2021_l1", "sw2021_l2", "sw2021_l3", "main_products_text", "in_chainkg",
];

const fieldsOf = (headers: string[], explicit?: Record<string, string>) => {
  const result = sut(headers, explicit);
  return headers.map((_, i) => result.mapping[i] ?? null);
};

describe("mapHeaders", () => {
  it("maps every useful column of the A-share file", () => {
    const result = sut(A_SHARE_HEADERS);
    expect(fieldsOf(A_SHARE_HEADERS)).toEqual([
      "externalId", "stockCode", "shortName", "name", "exchange", "listingDate", "province", "industryLabels",
      "listingStatus", null, "industryLabels", "industryLabels", "industryLabels", "products", null,
    ]);
    expect(result.unknown).toEqual([]);
    expect(result.ignored).toEqual(["sw2021_code", "in_chainkg"]);
    expect(result.missingRequired).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.columnsByField.industryLabels).toEqual([7, 10, 11, 12]);
  });

  it("prefers the JSON product list with weights over the joined text", () => {
    const headers = [...A_SHARE_HEADERS.slice(0, 13), "main_products", "main_products_text", "in_chainkg"];
    expect(sut(headers).columnsByField.products).toEqual([13, 14]);
  });

  it("maps a typical Chinese bureau spreadsheet", () => {
    const headers = [
      "序号", "企业名称", "统一社会信用代码", "所属行业", "国标行业代码", "注册资本(万元)", "成立日期", "所在省份", "所在城市",
      "所在区县", "主营业务", "主要产品", "营业收入（万元）", "参保人数", "上市状态", "股票代码", "经营状态", "标签", "联系人",
      "联系电话", "电子邮箱", "法定代表人", "企业类型", "曾用名", "注册地址", "官网",
    ];
    expect(fieldsOf(headers)).toEqual([
      null, "name", "creditCode", "industryLabels", "industryCode", "registeredCapital", "foundedAt", "province", "city",
      "county", "mainBusiness", "products", "revenue", "employees", "listingStatus", "stockCode", "operatingStatus",
      "tags", "contactName", "contactPhone", "contactEmail", "legalRepresentative", "enterpriseType", "aliases",
      "address", "website",
    ]);
    expect(sut(headers).ignored).toEqual(["序号"]);
  });

  it("maps English and snake/camel-case headers", () => {
    const headers = [
      "company_name", "Credit Code", "USCC", "industry", "industryCode", "registered_capital", "founded_at", "province",
      "City", "main_business", "main_products", "employees", "list_status", "stock_code", "tags", "Short Name", "id",
    ];
    const fields = fieldsOf(headers);
    expect(fields).toEqual([
      "name", "creditCode", "creditCode", "industryLabels", "industryCode", "registeredCapital", "foundedAt", "province",
      "city", "mainBusiness", "products", "employees", "listingStatus", "stockCode", "tags", "shortName", "externalId",
    ]);
  });

  it("ignores BOM, full-width characters, spaces, stars and line breaks in headers", () => {
    expect(fieldsOf(["\uFEFF企业名称", "＊统一社会信用代码", " 注册资本（万元） ", "所属 行业", "企业\n名称*"])).toEqual([
      "name", "creditCode", "registeredCapital", "industryLabels", "name",
    ]);
  });

  it("reads units and currencies stated in headers", () => {
    const result = sut(["注册资本(元)", "营业收入（亿元）", "注册资本(万美元)", "注册资本"]);
    expect(result.hints).toEqual({ 0: { unit: "元" }, 1: { unit: "亿元" }, 2: { unit: "万元", currency: "USD" } });
    expect(Object.values(result.mapping)).toEqual(["registeredCapital", "revenue", "registeredCapital", "registeredCapital"]);
  });

  it("falls back to keyword rules for unseen spellings", () => {
    expect(fieldsOf(["单位统一社会信用代码", "近三年平均营业收入", "企业成立时间", "企业主要产品及服务", "企业所在省"])).toEqual([
      "creditCode", "revenue", "foundedAt", "products", "province",
    ]);
  });

  it("reports unknown headers and a missing name", () => {
    const result = sut(["统一社会信用代码", "备注", "", "神秘列"]);
    expect(result.unknown).toEqual(["备注", "神秘列"]);
    expect(result.missingRequired).toEqual(["name"]);
  });

  it("treats a generic name column as the short name next to a full-name column", () => {
    expect(fieldsOf(["名称", "企业全称"])).toEqual(["shortName", "name"]);
    // Two strong name columns are both names: the first non-empty one wins per row.
    expect(fieldsOf(["企业名称", "公司名称"])).toEqual(["name", "name"]);
    expect(fieldsOf(["名称"])).toEqual(["name"]);
  });

  it("applies an explicit mapping first, by field name, Chinese label or alias", () => {
    const headers = ["公司", "代码", "钱", "地方", "企业名称", "备注"];
    const explicit = { 公司: "name", 代码: "统一社会信用代码", 钱: "registered_capital", 地方: "所在省份", 备注: "忽略" };
    const result = sut(headers, explicit);
    expect(fieldsOf(headers, explicit)).toEqual(["name", "creditCode", "registeredCapital", "province", null, null]);
    // 企业名称 would also be a name: the explicit choice wins and the other column is set aside.
    expect(result.ignored).toEqual(["备注", "企业名称"]);
    expect(result.unknown).toEqual([]);
    expect(result.errors).toEqual([]);
  });

  it("reports explicit mappings to unknown fields or absent columns", () => {
    const result = sut(["企业名称"], { 企业名称: "公司的名字", 不存在的列: "name" });
    expect(result.errors).toEqual([
      "列“企业名称”的映射目标“公司的名字”不是可识别的字段",
      "映射中的列“不存在的列”不在文件表头中",
    ]);
  });

  it("has a Chinese label for every field and resolves labels back", () => {
    for (const field of CANONICAL_FIELDS) {
      expect(resolveFieldName(CANONICAL_FIELD_LABELS[field])).toBe(field);
      expect(resolveFieldName(field)).toBe(field);
    }
    expect(resolveFieldName("ignore")).toBe("ignore");
    expect(resolveFieldName("???")).toBeNull();
  });

  it("normalizes headers for comparison", () => {
    expect(normalizeHeader("\uFEFF Company_Name ")).toBe("companyname");
    expect(normalizeHeader("注册资本（万元）")).toBe("注册资本万元");
    expect(normalizeHeader("注册资本（万元）", false)).toBe("注册资本");
  });
});

describe("collectMappedValues", () => {
  it("gives list fields every value and other fields the strongest non-empty one", () => {
    const headers = [...A_SHARE_HEADERS.slice(0, 13), "main_products", "main_products_text"];
    const mapping = sut(headers);
    const cells = Object.fromEntries(headers.map((h) => [h, ""]));
    Object.assign(cells, {
      code: "600519",
      ts_code: "600519.SH",
      name: "贵州茅台",
      fullname: "贵州茅台酒股份有限公司",
      tushare_industry: "白酒",
      sw2021_l1: "食品饮料",
      sw2021_l2: "白酒Ⅱ",
      sw2021_l3: " ",
      main_products: '[{"product":"高度茅台酒","weight":0.84}]',
      main_products_text: "高度茅台酒",
    });
    const row = collectMappedValues(cells, headers, mapping);
    expect(firstMappedValue(row, "name")).toBe("贵州茅台酒股份有限公司");
    expect(firstMappedValue(row, "shortName")).toBe("贵州茅台");
    expect(row.industryLabels?.map((v) => v.value)).toEqual(["白酒", "食品饮料", "白酒Ⅱ"]);
    expect(row.products).toEqual([{ value: '[{"product":"高度茅台酒","weight":0.84}]', column: "main_products", columnIndex: 13 }]);
    expect(row.exchange).toBeUndefined();
  });

  it("falls back to the next column when the strongest is empty, and to the short name for the name", () => {
    const headers = ["name", "fullname", "main_products", "main_products_text"];
    const row = collectMappedValues(
      { name: "世盟股份", fullname: "", main_products: "", main_products_text: "仓储、物流" },
      headers,
      sut(headers),
    );
    expect(row.name).toEqual([{ value: "世盟股份", column: "name", columnIndex: 0 }]);
    expect(firstMappedValue(row, "products")).toBe("仓储、物流");
  });
});
