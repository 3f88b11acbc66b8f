import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  REGION_REFERENCE,
  findRegionByCode,
  loadRegionTable,
  matchRegionPrefix,
  normalizeRegionCode,
  regionShortName,
  resolveRegionByName as sut,
  type RegionRecord,
} from "../../../src/modules/regions/reference-data";

const codeOf = (text: string, records?: readonly RegionRecord[]) => sut(text, records)?.region.code ?? null;

describe("shipped regions", () => {
  it("has 31 provinces plus 台湾, 香港, 澳门 and the 342 prefecture-level entries", () => {
    const provinces = REGION_REFERENCE.filter((r) => r.level === 1);
    const prefectures = REGION_REFERENCE.filter((r) => r.level === 2);
    expect(provinces).toHaveLength(34);
    expect(prefectures).toHaveLength(342);
    expect(REGION_REFERENCE.every((r) => /^\d{6}$/.test(r.code))).toBe(true);
    for (const prefecture of prefectures) {
      expect(prefecture.parentCode).toBe(`${prefecture.code.slice(0, 2)}0000`);
      expect(provinces.some((p) => p.code === prefecture.parentCode)).toBe(true);
    }
  });

  it("derives short names, none for placeholders", () => {
    expect(findRegionByCode("440000")?.shortName).toBe("广东");
    expect(findRegionByCode("440300")?.shortName).toBe("深圳");
    expect(findRegionByCode("150000")?.shortName).toBe("内蒙古");
    expect(findRegionByCode("450000")?.shortName).toBe("广西");
    expect(findRegionByCode("222400")?.shortName).toBe("延边");
    expect(findRegionByCode("110100")?.name).toBe("市辖区");
    expect(findRegionByCode("110100")?.shortName).toBeUndefined();
    expect(regionShortName("黔西南布依族苗族自治州", 2)).toBe("黔西南");
    expect(regionShortName("克孜勒苏柯尔克孜自治州", 2)).toBe("克孜勒苏");
    expect(regionShortName("海西蒙古族藏族自治州", 2)).toBe("海西");
    expect(regionShortName("锡林郭勒盟", 2)).toBe("锡林郭勒");
    expect(regionShortName("大兴安岭地区", 2)).toBe("大兴安岭");
    expect(regionShortName("南山区", 3)).toBe("南山");
    expect(regionShortName("城区", 3)).toBeUndefined();
    expect(regionShortName("三都水族自治县", 3)).toBe("三都");
  });

  it("short names of prefectures do not collide with each other", () => {
    const shorts = REGION_REFERENCE.filter((r) => r.level === 2 && r.shortName).map((r) => r.shortName);
    expect(new Set(shorts).size).toBe(shorts.length);
  });
});

describe("resolveRegionByName", () => {
  it.each([
    ["广东", "440000"],
    ["广东省", "440000"],
    ["深圳", "440300"],
    ["深圳市", "440300"],
    ["广东省深圳市", "440300"],
    ["广东深圳", "440300"],
    ["北京", "110000"],
    ["北京市", "110000"],
    ["上海", "310000"],
    ["重庆", "500000"],
    ["内蒙", "150000"],
    ["内蒙古", "150000"],
    ["内蒙古自治区", "150000"],
    ["新疆", "650000"],
    ["广西壮族自治区南宁市", "450100"],
    ["延边", "222400"],
    ["吉林", "220000"],
    ["吉林市", "220200"],
    ["吉林省吉林市", "220200"],
    ["海南", "460000"],
    ["香港", "810000"],
    ["中国广东省", "440000"],
    [" 深 圳 ", "440300"],
    ["440300", "440300"],
    ["44", "440000"],
    ["4403", "440300"],
  ])("%j -> %s", (text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it("returns the chain of province and city", () => {
    const resolved = sut("深圳");
    expect(resolved?.province).toMatchObject({ code: "440000", name: "广东省" });
    expect(resolved?.city).toMatchObject({ code: "440300", name: "深圳市" });
    expect(resolved?.county).toBeUndefined();
    // Municipalities have no real prefecture level (市辖区 is a placeholder).
    expect(sut("北京")?.city).toBeUndefined();
  });

  it.each(["深圳大疆", "火星", "", "999999", "市辖区"])("does not resolve %j", (text) => {
    expect(sut(text)).toBeNull();
  });
});

describe("matchRegionPrefix", () => {
  it("finds the administrative names at the start of a text", () => {
    expect(matchRegionPrefix("深圳市大疆创新科技")).toMatchObject({ length: 3, resolved: { region: { code: "440300" } } });
    expect(matchRegionPrefix("广东省深圳市华强")?.length).toBe(6);
    expect(matchRegionPrefix("贵州茅台酒")?.length).toBe(2);
    expect(matchRegionPrefix("比亚迪")).toBeNull();
  });

  it("in strict mode ignores short names of 地区/盟/自治州, which are often ordinary words", () => {
    expect(matchRegionPrefix("阿里巴巴")?.resolved.region.code).toBe("542500");
    expect(matchRegionPrefix("阿里巴巴", { strict: true })).toBeNull();
    expect(matchRegionPrefix("阿里地区某公司", { strict: true })?.length).toBe(4);
  });
});

describe("loadRegionTable", () => {
  const dir = mkdtempSync(join(tmpdir(), "region-table-"));
  const write = (name: string, content: string) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  };

  it("reads provinces.csv, cities.csv and areas.csv into 6-digit records", async () => {
    const provinces = await loadRegionTable(write("provinces.csv", 'code,name\n44,"广东省"\n11,"北京市"\n'));
    const cities = await loadRegionTable(write("cities.csv", 'code,name,provinceCode\n4403,"深圳市",44\n1101,"市辖区",11\n'));
    const areas = await loadRegionTable(
      write("areas.csv", 'code,name,cityCode,provinceCode\n440305,"南山区",4403,44\n110108,"海淀区",1101,11\n'),
    );
    expect(provinces).toEqual([
      { code: "440000", level: 1, name: "广东省", parentCode: null, shortName: "广东" },
      { code: "110000", level: 1, name: "北京市", parentCode: null, shortName: "北京" },
    ]);
    expect(cities[0]).toEqual({ code: "440300", level: 2, name: "深圳市", parentCode: "440000", shortName: "深圳" });
    expect(areas[0]).toEqual({ code: "440305", level: 3, name: "南山区", parentCode: "440300", shortName: "南山" });

    const all = [...provinces, ...cities, ...areas];
    expect(codeOf("深圳市南山区", all)).toBe("440305");
    expect(codeOf("广东省深圳市南山区", all)).toBe("440305");
    expect(codeOf("北京海淀区", all)).toBe("110108");
    expect(codeOf("海淀区", all)).toBe("110108");
    expect(sut("深圳市南山区", all)).toMatchObject({ province: { code: "440000" }, city: { code: "440300" }, county: { code: "440305" } });
  });

  it("reads the nested pca-code.json tree, skipping duplicate codes", async () => {
    const tree = [
      {
        code: "44",
        name: "广东省",
        children: [{ code: "4403", name: "深圳市", children: [{ code: "440305", name: "南山区" }] }],
      },
      { code: "22", name: "吉林省", children: [{ code: "2202", name: "吉林市", children: [{ code: "220202", name: "昌邑区" }] }] },
      { code: "23", name: "黑龙江省", children: [{ code: "2304", name: "鹤岗市", children: [{ code: "230404", name: "南山区" }] }] },
      { code: "44", name: "广东省" },
    ];
    const records = await loadRegionTable(write("pca-code.json", JSON.stringify(tree)));
    expect(records.map((r) => r.code)).toEqual(["440000", "440300", "440305", "220000", "220200", "220202", "230000", "230400", "230404"]);
    // Two counties are called 南山区: alone the name is ambiguous, with its city it is not.
    expect(codeOf("南山区", records)).toBeNull();
    expect(codeOf("鹤岗市南山区", records)).toBe("230404");
  });

  it("accepts 12-digit statistics codes and skips towns", async () => {
    const records = await loadRegionTable(
      write("stats.csv", "代码,名称\n440000000000,广东省\n440305000000,南山区\n440305001000,南头街道\n"),
    );
    expect(records.map((r) => r.code)).toEqual(["440000", "440305"]);
  });

  it("rejects a table without code and name columns, or with a bad code", async () => {
    await expect(loadRegionTable(write("bad-columns.csv", "a,b\n1,2\n"))).rejects.toThrow("缺少");
    await expect(loadRegionTable(write("bad-code.csv", "code,name\n4x,广东\n"))).rejects.toThrow("区划表第 2 行无效");
  });

  it("normalizes code spellings", () => {
    expect(normalizeRegionCode("44")).toBe("440000");
    expect(normalizeRegionCode("４４０３")).toBe("440300");
    expect(normalizeRegionCode("440305000000")).toBe("440305");
    expect(normalizeRegionCode("440305001")).toBeNull();
    expect(normalizeRegionCode("4403x")).toBeNull();
  });
});
