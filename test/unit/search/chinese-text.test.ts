import { createChineseTextAnalyzer } from "../../../src/search/chinese-text";

describe("Chinese text analysis", () => {
  const sut = createChineseTextAnalyzer();

  it("indexes search-mode cuts so sub-words match", () => {
    const tokens = sut.segmentForIndex("新能源汽车零部件生产基地项目");
    expect(tokens).toEqual(expect.arrayContaining(["新能源", "能源", "汽车", "零部件", "部件"]));
  });

  it("normalises width and case and drops punctuation", () => {
    expect(sut.segmentForIndex("ＮＣＭ８１１，三元材料")).toEqual(expect.arrayContaining(["ncm811", "三元", "材料"]));
    expect(sut.segmentForIndex("，。！")).toEqual([]);
  });

  it("cuts queries precisely, removes stop words and expands synonyms", () => {
    const terms = sut.analyzeQuery("新能源车的电池");
    expect(terms.map((t) => t.text)).toEqual(["新能源车", "电池"]);
    expect(terms[0].alternatives).toEqual(expect.arrayContaining(["新能源车", "新能源汽车", "电动汽车"]));
  });

  it("accepts a user dictionary and changes its fingerprint", () => {
    const custom = createChineseTextAnalyzer({ userWords: ["刺梨汁饮料"], synonyms: [["刺梨", "野刺梨"]] });
    expect(custom.analyzeQuery("刺梨汁饮料").map((t) => t.text)).toEqual(["刺梨汁饮料"]);
    expect(custom.analyzeQuery("刺梨")[0].alternatives).toEqual(["刺梨", "野刺梨"]);
    expect(custom.fingerprint).not.toBe(sut.fingerprint);
    expect(createChineseTextAnalyzer().fingerprint).toBe(sut.fingerprint);
  });
});
