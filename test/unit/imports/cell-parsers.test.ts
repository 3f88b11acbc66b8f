import {
  excelSerialToIsoDate,
  parseAmount,
  parseCreditCode,
  parseDate,
  parseEmail,
  parseEmployees,
  parseExchange,
  parseIndustryCodes,
  parseIndustryLabels,
  parseList,
  parseListingStatus,
  parseOperatingStatus,
  parsePhoneNumbers,
  parseProducts,
  parseRegion,
  parseStockCode,
} from "../../../src/modules/imports/cell-parsers";

const valueOf = <T>(result: { ok: true; value: T | null } | { ok: false; message: string }) => {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
};
const messageOf = (result: { ok: boolean; message?: string }) => (result.ok ? null : result.message);

describe("parseAmount (万元)", () => {
  it.each([
    ["5000万元", 5000, "CNY"],
    ["5000万", 5000, "CNY"],
    ["5亿", 50000, "CNY"],
    ["1.2亿元", 12000, "CNY"],
    ["1,200.5", 1200.5, "CNY"],
    ["5000万人民币", 5000, "CNY"],
    ["5000万元人民币", 5000, "CNY"],
    ["人民币5000万元", 5000, "CNY"],
    ["RMB 5,000 万元", 5000, "CNY"],
    ["￥300万", 300, "CNY"],
    ["3000元", 0.3, "CNY"],
    ["5,631,026,000元", 563102.6, "CNY"],
    ["约2000万元", 2000, "CNY"],
    ["１２００万元", 1200, "CNY"],
    ["500万美元", 500, "USD"],
    ["100万港元", 100, "HKD"],
    ["1.2E+03", 1200, "CNY"],
    ["0", 0, "CNY"],
  ])("%j -> %d %s", (text, amount, currency) => {
    expect(valueOf(parseAmount(text))).toEqual({ amount, currency });
  });

  it("uses the header's unit and currency for bare numbers", () => {
    expect(valueOf(parseAmount("5631026000", { unit: "元" }))).toEqual({ amount: 563102.6, currency: "CNY" });
    expect(valueOf(parseAmount("1.5", { unit: "亿元" }))).toEqual({ amount: 15000, currency: "CNY" });
    expect(valueOf(parseAmount("500", { currency: "USD" }))).toEqual({ amount: 500, currency: "USD" });
    // A unit in the cell beats the header.
    expect(valueOf(parseAmount("2亿", { unit: "元" }))).toEqual({ amount: 20000, currency: "CNY" });
  });

  it.each(["", "  ", "-", "--", "无", "不详", "N/A", null, undefined])("treats %j as absent", (text) => {
    expect(parseAmount(text)).toEqual({ ok: true, value: null });
  });

  it("explains what it cannot read", () => {
    expect(messageOf(parseAmount("待核实"))).toBe("无法识别的金额“待核实”，示例：5000万元、1.2亿元、1,200.5（万元）");
    expect(messageOf(parseAmount("12%"))).toBe("金额“12%”是百分比，不是金额");
    expect(messageOf(parseAmount("-300万"))).toBe("金额“-300万”不能为负数");
    expect(valueOf(parseAmount("-300万", { allowNegative: true }))).toEqual({ amount: -300, currency: "CNY" });
    expect(messageOf(parseAmount("100万美元人民币"))).toBe("金额“100万美元人民币”同时出现了两种币种");
    expect(messageOf(parseAmount("1,2"))).not.toBeNull();
  });
});

describe("parseDate", () => {
  it.each([
    ["2001-08-27", "2001-08-27"],
    ["2001/8/27", "2001-08-27"],
    ["2001.8.27", "2001-08-27"],
    ["20010827", "2001-08-27"],
    ["2001年8月27日", "2001-08-27"],
    ["2001 年 8 月 27 日", "2001-08-27"],
    ["2001-08-27 00:00:00", "2001-08-27"],
    ["2001-08-27T16:30:00.000Z", "2001-08-27"],
    ["37130", "2001-08-27"],
    ["37130.5", "2001-08-27"],
    ["27/8/2001", "2001-08-27"],
    ["8/27/2001", "2001-08-27"],
    ["２００１－０８－２７", "2001-08-27"],
  ])("%j -> %s", (text, iso) => {
    expect(valueOf(parseDate(text))).toBe(iso);
  });

  it("rejects impossible, partial and ambiguous dates", () => {
    expect(messageOf(parseDate("2021-02-30"))).toBe("日期“2021-02-30”不存在或超出范围");
    expect(messageOf(parseDate("2001-13-01"))).toBe("日期“2001-13-01”不存在或超出范围");
    expect(messageOf(parseDate("2001"))).toBe("日期“2001”不完整，只有年份");
    expect(messageOf(parseDate("2001年8月"))).toBe("日期“2001年8月”不完整，缺少日");
    expect(messageOf(parseDate("3/4/2001"))).toBe("日期“3/4/2001”的月和日无法区分，请写成 2001-MM-DD");
    expect(messageOf(parseDate("深圳证券交易所"))).toBe("无法识别的日期“深圳证券交易所”，示例：2001-08-27、2001/8/27、2001年8月27日");
    expect(parseDate("-")).toEqual({ ok: true, value: null });
  });

  it("accepts year or month precision when asked", () => {
    expect(valueOf(parseDate("2001", { allowPartial: true }))).toBe("2001-01-01");
    expect(valueOf(parseDate("2001年8月", { allowPartial: true }))).toBe("2001-08-01");
  });

  it("counts Excel serial days like Excel, including its 1900 leap-year bug", () => {
    expect(excelSerialToIsoDate(1)).toBe("1900-01-01");
    expect(excelSerialToIsoDate(59)).toBe("1900-02-28");
    expect(excelSerialToIsoDate(60)).toBeNull();
    expect(excelSerialToIsoDate(61)).toBe("1900-03-01");
    expect(excelSerialToIsoDate(45292)).toBe("2024-01-01");
  });
});

describe("listing and operating status", () => {
  it.each([
    ["L", "listed"], ["l", "listed"], ["上市", "listed"], ["已上市", "listed"], ["P", "listed"], ["暂停上市", "listed"],
    ["D", "delisted"], ["退市", "delisted"], ["终止上市", "delisted"], ["未上市", "unlisted"], ["N", "unlisted"],
    ["listed", "listed"], ["否", "unlisted"],
  ])("listing status %j -> %s", (text, status) => {
    expect(valueOf(parseListingStatus(text))).toBe(status);
  });

  it("rejects an unknown listing status and accepts a blank one", () => {
    expect(messageOf(parseListingStatus("X"))).toBe("无法识别的上市状态“X”，可用：上市（L）、退市（D）、未上市");
    expect(parseListingStatus("")).toEqual({ ok: true, value: null });
  });

  it.each([
    ["存续", "存续", true],
    ["存续（在营、开业、在册）", "存续", true],
    ["在业", "存续", true],
    ["开业", "存续", true],
    ["注销", "注销", false],
    ["吊销，未注销", "吊销", false],
    ["吊销，已注销", "注销", false],
    ["撤销", "撤销", false],
    ["迁出", "迁出", true],
    ["停业", "停业", false],
    ["清算", "清算", false],
  ])("operating status %j -> %s", (text, status, active) => {
    expect(valueOf(parseOperatingStatus(text))).toEqual({ status, active });
  });

  it("keeps an unknown operating status as written", () => {
    expect(valueOf(parseOperatingStatus("除名"))).toEqual({ status: "除名", active: null });
  });
});

describe("parseProducts", () => {
  it("reads the A-share JSON list, keeping weights in (0, 1] as shares and dropping bookkeeping rows", () => {
    const json = JSON.stringify([
      { product: "高度茅台酒", weight: 0.842741 },
      { product: "系列酒", weight: 0.091574 },
      { product: "平衡项目", weight: -0.039113 },
      { product: "分部间抵销", weight: -0.1 },
      { product: "汽车", weight: 1.9 },
      { product: "汽车", weight: 0.5 },
    ]);
    expect(valueOf(parseProducts(json))).toEqual([
      { name: "高度茅台酒", share: 0.842741 },
      { name: "系列酒", share: 0.091574 },
      { name: "汽车" },
    ]);
  });

  it("reads JSON arrays of names and of {name, share}", () => {
    expect(valueOf(parseProducts('["锂电池","储能系统"]'))).toEqual([{ name: "锂电池" }, { name: "储能系统" }]);
    expect(valueOf(parseProducts('[{"name":"锂电池","share":0.6}]'))).toEqual([{ name: "锂电池", share: 0.6 }]);
    expect(messageOf(parseProducts("[broken"))).toBe("主要产品“[broken”不是有效的 JSON");
  });

  it.each([
    ["动力电池:0.6; 储能:0.2", [{ name: "动力电池", share: 0.6 }, { name: "储能", share: 0.2 }]],
    ["动力电池：60%；储能：20%", [{ name: "动力电池", share: 0.6 }, { name: "储能", share: 0.2 }]],
    ["动力电池=60, 储能=20", [{ name: "动力电池", share: 0.6 }, { name: "储能", share: 0.2 }]],
    ["连接器(60%)、线束(40%)", [{ name: "连接器", share: 0.6 }, { name: "线束", share: 0.4 }]],
    ["空调 70%", [{ name: "空调", share: 0.7 }]],
    ["汽车、手机部件、组装、二次充电电池", [{ name: "汽车" }, { name: "手机部件" }, { name: "组装" }, { name: "二次充电电池" }]],
    ["iPhone 12\n5G基站", [{ name: "iPhone 12" }, { name: "5G基站" }]],
    ["光伏组件、光伏组件、平衡项目", [{ name: "光伏组件" }]],
  ])("text %j", (text, products) => {
    expect(valueOf(parseProducts(text))).toEqual(products);
  });

  it("treats blank text as absent", () => {
    expect(parseProducts("")).toEqual({ ok: true, value: null });
    expect(parseProducts("[]")).toEqual({ ok: true, value: null });
  });
});

describe("parseEmployees", () => {
  it.each([
    ["1200", 1200], ["1,200人", 1200], ["约1200人", 1200], ["1200 人", 1200], ["50-99人", 75], ["100~499", 300],
    ["少于50人", 25], ["10000人以上", 10000], ["１２００", 1200],
  ])("%j -> %d", (text, count) => {
    expect(valueOf(parseEmployees(text))).toBe(count);
  });

  it("rejects fractions and text", () => {
    expect(messageOf(parseEmployees("12.5"))).toBe("人数“12.5”不是整数");
    expect(messageOf(parseEmployees("很多"))).toBe("无法识别的人数“很多”，示例：1200、1,200人、50-99人");
  });
});

describe("lists and labels", () => {
  it("splits on the usual separators, or reads JSON arrays", () => {
    expect(parseList("新能源;链主企业，专精特新、 独角兽 |新能源")).toEqual(["新能源", "链主企业", "专精特新", "独角兽"]);
    expect(parseList('["新能源","储能"]')).toEqual(["新能源", "储能"]);
    expect(parseList("")).toEqual([]);
  });

  it("merges Shenwan's repeated level names", () => {
    expect(parseIndustryLabels(["银行", "银行", "股份制银行Ⅱ", "股份制银行Ⅲ"])).toEqual(["银行", "股份制银行"]);
  });
});

describe("parseIndustryCodes", () => {
  it.each([
    ["C3670", ["3670"], []],
    ["3670;C3699", ["3670", "3699"], []],
    ["C36 汽车制造业", ["36"], []],
    ["C", ["C"], []],
    ["制造业", ["C"], []],
    ["制造业>汽车制造业", ["36"], []],
    ["C3612 新能源车整车制造, 新能源汽车", ["3612"], ["新能源汽车"]],
    ["汽车零部件及配件制造", [], ["汽车零部件及配件制造"]],
    ["A股", [], ["A股"]],
  ])("%j", (text, codes, labels) => {
    expect(valueOf(parseIndustryCodes(text))).toEqual({ codes, labels });
  });

  it("resolves deeper names through a lookup and rejects malformed codes", () => {
    expect(valueOf(parseIndustryCodes("汽车零部件及配件制造", (n) => (n === "汽车零部件及配件制造" ? "3670" : undefined)))).toEqual({
      codes: ["3670"],
      labels: [],
    });
    expect(messageOf(parseIndustryCodes("Z9999"))).toBe("无效的国标行业代码“Z9999”（GB/T 4754-2017，如 C3670 或 3670）");
    expect(messageOf(parseIndustryCodes("A3670"))).toBe("无效的国标行业代码“A3670”（GB/T 4754-2017，如 C3670 或 3670）");
  });
});

describe("stock codes and exchanges", () => {
  it.each([
    ["000001", { code: "000001", exchange: "SZSE", symbol: "000001.SZ" }],
    ["000001.SZ", { code: "000001", exchange: "SZSE", symbol: "000001.SZ" }],
    ["SZ000001", { code: "000001", exchange: "SZSE", symbol: "000001.SZ" }],
    ["sh.600519", { code: "600519", exchange: "SSE", symbol: "600519.SH" }],
    ["688981", { code: "688981", exchange: "SSE", symbol: "688981.SH" }],
    ["300750", { code: "300750", exchange: "SZSE", symbol: "300750.SZ" }],
    ["830799.BJ", { code: "830799", exchange: "BSE", symbol: "830799.BJ" }],
    ["00700.HK", { code: "00700", exchange: "HKEX", symbol: "00700.HK" }],
    ["700", null],
    ["BABA", { code: "BABA", exchange: null, symbol: "BABA" }],
  ])("%j", (text, expected) => {
    if (expected === null) expect(parseStockCode(text).ok).toBe(false);
    else expect(valueOf(parseStockCode(text))).toEqual(expected);
  });

  it.each([
    ["深圳证券交易所", "SZSE"], ["上海证券交易所", "SSE"], ["北交所", "BSE"], ["SZ", "SZSE"], ["sse", "SSE"], ["港交所", "HKEX"],
  ])("exchange %j -> %s", (text, exchange) => {
    expect(valueOf(parseExchange(text))).toBe(exchange);
  });

  it("rejects a date in the exchange column (a known defect of the A-share file)", () => {
    expect(messageOf(parseExchange("2010-02-11"))).toBe("无法识别的交易所“2010-02-11”");
  });
});

describe("credit codes, regions and contacts", () => {
  it("validates credit codes with a reason that quotes the value", () => {
    expect(valueOf(parseCreditCode(" 91440300192317458f "))).toEqual({ code: "91440300192317458F", warnings: [] });
    expect(messageOf(parseCreditCode("91330100799655058A"))).toBe(
      "统一社会信用代码校验位错误：第 18 位应为 B，实际为 A（“91330100799655058A”）",
    );
    expect(parseCreditCode("")).toEqual({ ok: true, value: null });
  });

  it("resolves regions and explains failures", () => {
    expect(valueOf(parseRegion("深圳"))?.region.code).toBe("440300");
    expect(messageOf(parseRegion("火星"))).toBe("无法识别的地区“火星”");
  });

  it("checks e-mail and phone shapes", () => {
    expect(valueOf(parseEmail(" Invest@Example.COM "))).toBe("invest@example.com");
    expect(messageOf(parseEmail("invest-at-example"))).toBe("无效的邮箱“invest-at-example”");
    expect(valueOf(parsePhoneNumbers("0755-8888 8888；13800138000"))).toEqual(["0755-8888 8888", "13800138000"]);
    expect(messageOf(parsePhoneNumbers("123"))).toBe("无效的电话号码“123”");
  });
});
