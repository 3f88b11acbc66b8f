import { createChineseTextAnalyzer } from "../../../src/search/chinese-text";
import { bucketExpression, MAX_QUERY_TERMS, planKeywordQuery } from "../../../src/search/embedded/keyword-plan";

describe("keyword query plan", () => {
  const analyzer = createChineseTextAnalyzer();
  const df: Record<string, number> = { 贵州: 5000, 锂离子电池: 35, 锂离子: 40, 电池: 900, 正极: 30, 材料: 2000, 离子: 45 };
  const lookup = (t: string) => df[t] ?? 0;

  it("orders terms rarest first and drops words no document contains", () => {
    const plan = planKeywordQuery("贵州 锂离子电池 正极材料 航天", analyzer, lookup, 100_000);
    expect(plan.terms.map((t) => t.text)).toEqual(["正极", "锂离子电池", "材料", "贵州"]);
    expect(plan.unmatched).toEqual(["航天"]);
    expect(plan.terms[0].idf).toBeGreaterThan(plan.terms[3].idf);
  });

  it("falls back to the dictionary pieces of a word the index does not hold", () => {
    const plan = planKeywordQuery("锂离子电池", analyzer, (t) => (t === "锂离子电池" ? 0 : lookup(t)), 100_000);
    expect(plan.terms.map((t) => t.text)).toEqual(["锂离子", "离子", "电池"]);
  });

  it("builds AND buckets from the rarest term on", () => {
    const plan = planKeywordQuery("正极 材料", analyzer, lookup, 100_000);
    expect(bucketExpression(plan.terms, 2)).toBe('"正极" AND "材料"');
    expect(bucketExpression(plan.terms, 1)).toBe('"正极"');
  });

  it("leaves out words most documents contain when others remain", () => {
    const plan = planKeywordQuery("正极 生产", analyzer, (t) => ({ 正极: 30, 生产: 90_000 })[t] ?? 0, 100_000);
    expect(plan.terms.map((t) => t.text)).toEqual(["正极"]);
    expect(plan.ignored).toEqual(["生产"]);
    const onlyCommon = planKeywordQuery("生产", analyzer, (t) => (t === "生产" ? 90_000 : 0), 100_000);
    expect(onlyCommon.terms.map((t) => t.text)).toEqual(["生产"]);
  });

  it("keeps only the most informative terms of a long text", () => {
    const many: Record<string, number> = {};
    const words = ["新能源", "汽车", "零部件", "生产", "基地", "项目", "引进", "企业", "建设", "配套", "研发"];
    words.forEach((w, i) => (many[w] = 10 * (i + 1)));
    const plan = planKeywordQuery(words.join(""), analyzer, (t) => many[t] ?? 0, 10_000);
    expect(plan.terms).toHaveLength(MAX_QUERY_TERMS);
    expect(plan.ignored.length).toBeGreaterThan(0);
  });

  it("quotes FTS5 tokens and ORs synonyms", () => {
    const plan = planKeywordQuery("新能源车", analyzer, (t) => (t === "新能源汽车" || t === "新能源车" ? 3 : 0), 100);
    expect(bucketExpression(plan.terms, 1)).toBe('("新能源车" OR "新能源汽车")');
  });
});
