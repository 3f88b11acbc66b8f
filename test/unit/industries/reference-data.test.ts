import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import {
  INDUSTRY_REFERENCE,
  findIndustry,
  findIndustryByName,
  industryAncestors,
  industryLevel,
  industrySectionOf,
  loadIndustryTable,
  normalizeIndustryCode,
} from "../../../src/modules/industries/reference-data";

describe("shipped GB/T 4754-2017 sections and divisions", () => {
  const sections = INDUSTRY_REFERENCE.filter((r) => r.level === 1);
  const divisions = INDUSTRY_REFERENCE.filter((r) => r.level === 2);

  it("has the 20 sections A-T and the 97 divisions 01-97", () => {
    expect(sections.map((s) => s.code).join("")).toBe("ABCDEFGHIJKLMNOPQRST");
    expect(divisions.map((d) => d.code)).toEqual(Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, "0")));
    expect(INDUSTRY_REFERENCE).toHaveLength(117);
  });

  it("links every division to its section, consistent with the ranges the sections state", () => {
    for (const division of divisions) {
      expect(division.parentCode).toBe(division.section);
      const section = sections.find((s) => s.code === division.section);
      // 本门类包括13～43大类 …
      const range = section?.description?.match(/(\d{2})(?:[～和](\d{2}))?大类/);
      expect(range).toBeTruthy();
      const [first, last] = [Number(range![1]), Number(range![2] ?? range![1])];
      expect(Number(division.code)).toBeGreaterThanOrEqual(first);
      expect(Number(division.code)).toBeLessThanOrEqual(last);
    }
    for (const section of sections) expect(section).toMatchObject({ parentCode: null, section: section.code });
  });

  it("carries the standard's names", () => {
    expect(findIndustry("C")?.name).toBe("制造业");
    expect(findIndustry("36")?.name).toBe("汽车制造业");
    expect(findIndustry("C36")?.name).toBe("汽车制造业");
    expect(findIndustry("65")?.name).toBe("软件和信息技术服务业");
    expect(findIndustry("T")?.name).toBe("国际组织");
    expect(findIndustryByName("汽车制造业")?.code).toBe("36");
    expect(findIndustryByName("农,林,牧,渔业")?.code).toBe("A");
    expect(findIndustry("3670")).toBeUndefined();
  });
});

describe("industry code helpers", () => {
  it.each([
    ["C3670", "3670"],
    ["c3670", "3670"],
    [" C 3670 ", "3670"],
    ["3670", "3670"],
    ["C367", "367"],
    ["C36", "36"],
    ["36", "36"],
    ["Ｃ３６", "36"],
    ["C", "C"],
    ["c", "C"],
    ["I6513", "6513"],
    ["A0111", "0111"],
    ["36.70", "3670"],
  ])("normalizeIndustryCode(%j) = %j", (input, expected) => {
    expect(normalizeIndustryCode(input)).toBe(expected);
  });

  it.each(["A3670", "Z", "U", "98", "00", "3", "C36701", "", "制造业", "C--3"])("rejects %j", (input) => {
    expect(normalizeIndustryCode(input)).toBeNull();
  });

  it("derives levels, sections and ancestors from the code alone", () => {
    expect(industryLevel("C")).toBe(1);
    expect(industryLevel("36")).toBe(2);
    expect(industryLevel("C367")).toBe(3);
    expect(industryLevel("3670")).toBe(4);
    expect(industryLevel("X1")).toBeNull();
    expect(industrySectionOf("3670")).toBe("C");
    expect(industrySectionOf("0111")).toBe("A");
    expect(industrySectionOf("9700")).toBe("T");
    expect(industryAncestors("C3670")).toEqual(["C", "36", "367", "3670"]);
    expect(industryAncestors("36")).toEqual(["C", "36"]);
    expect(industryAncestors("C")).toEqual(["C"]);
    expect(industryAncestors("A3670")).toEqual([]);
  });
});

describe("loadIndustryTable", () => {
  const dir = mkdtempSync(join(tmpdir(), "industry-table-"));
  const csv = [
    "code,level,level_name,section,division,group,name,description",
    "C,1,门类,C,,,制造业,本门类包括13～43大类",
    "36,2,大类,C,36,,汽车制造业,",
    "367,3,中类,C,36,367,汽车零部件及配件制造,",
    '3670,4,小类,C,36,367,汽车零部件及配件制造,"指机动车辆及其车身的各种零配件的制造"',
  ].join("\n");

  it("reads the CSV format of the full table into canonical records", async () => {
    const file = join(dir, "gbt4754.csv");
    writeFileSync(file, `\uFEFF${csv}\n`);
    await expect(loadIndustryTable(file)).resolves.toEqual([
      { code: "C", level: 1, name: "制造业", description: "本门类包括13～43大类", parentCode: null, section: "C" },
      { code: "36", level: 2, name: "汽车制造业", parentCode: "C", section: "C" },
      { code: "367", level: 3, name: "汽车零部件及配件制造", parentCode: "36", section: "C" },
      {
        code: "3670",
        level: 4,
        name: "汽车零部件及配件制造",
        description: "指机动车辆及其车身的各种零配件的制造",
        parentCode: "367",
        section: "C",
      },
    ]);
  });

  it("reads the same table from GBK CSV and from JSON, with letter-prefixed codes", async () => {
    const gbkFile = join(dir, "gbt4754-gbk.csv");
    writeFileSync(gbkFile, iconv.encode(csv.replace("3670,4", "C3670,4"), "gbk"));
    const jsonFile = join(dir, "gbt4754.json");
    writeFileSync(
      jsonFile,
      JSON.stringify([
        { code: "C", level: 1, name: "制造业" },
        { code: "C36", level: 2, name: "汽车制造业", description: "" },
      ]),
    );
    const fromGbk = await loadIndustryTable(gbkFile);
    expect(fromGbk.map((r) => r.code)).toEqual(["C", "36", "367", "3670"]);
    expect((await loadIndustryTable(jsonFile)).map((r) => [r.code, r.parentCode])).toEqual([
      ["C", null],
      ["36", "C"],
    ]);
  });

  it("names the line of a malformed row or a contradicting section", async () => {
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "code,name,section\nC,制造业,C\n99x,坏代码,C\n");
    await expect(loadIndustryTable(bad)).rejects.toThrow("行业分类表第 3 行无效：代码“99x”");
    const wrongSection = join(dir, "wrong-section.csv");
    writeFileSync(wrongSection, "code,name,section\n3670,汽车零部件及配件制造,A\n");
    await expect(loadIndustryTable(wrongSection)).rejects.toThrow("代码 3670 不属于门类 A");
    const noColumns = join(dir, "no-columns.csv");
    writeFileSync(noColumns, "foo,bar\n1,2\n");
    await expect(loadIndustryTable(noColumns)).rejects.toThrow("缺少");
  });
});
