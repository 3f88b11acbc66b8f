import { ASSESSMENT_CATEGORIES, evaluateAssessment, missingCategories, type AssessmentItemInput, type AssessmentRules } from "../../../src/modules/pipeline/assessment-rules";

const rules: AssessmentRules = {
  thresholds: { minInvestmentPerMu: 200, minTaxPerMu: 10, minOutput: 0, minJobs: 0 },
  vetoCategories: ["环保要求", "安全生产"],
  requiredCategories: [...ASSESSMENT_CATEGORIES],
};
const allPassed = (): AssessmentItemInput[] => ASSESSMENT_CATEGORIES.map((category) => ({ category, result: "passed" }));
const withItem = (category: AssessmentItemInput["category"], result: AssessmentItemInput["result"], extra: Partial<AssessmentItemInput> = {}) =>
  allPassed().map((i) => (i.category === category ? { ...i, result, ...extra } : i));
// 50,000 万元 on 100 亩 = 500 万元/亩; 1,500 万元 tax = 15 万元/亩.
const goodMetrics = { investment: 50_000, landArea: 100, annualTax: 1_500, annualOutput: 80_000, jobs: 300 };

describe("pre-introduction assessment", () => {
  it("passes when every item passes and the metrics reach the thresholds", () => {
    const sut = evaluateAssessment(allPassed(), goodMetrics, rules);
    expect(sut).toMatchObject({ result: "passed", vetoed: false, investmentPerMu: 500, taxPerMu: 15 });
    expect(sut.metricChecks.map((c) => [c.metric, c.passed])).toEqual([["investmentPerMu", true], ["taxPerMu", true]]);
  });

  it.each(["环保要求", "安全生产"] as const)("a failed veto item (%s) fails the whole assessment however good the rest is", (category) => {
    const sut = evaluateAssessment(withItem(category, "failed", { note: "位于饮用水源保护区" }), goodMetrics, rules);
    expect(sut.result).toBe("failed");
    expect(sut.vetoed).toBe(true);
    expect(sut.reasons[0]).toBe(`一票否决：${category}未通过（位于饮用水源保护区）`);
    expect(sut.items.find((i) => i.category === category)?.veto).toBe(true);
  });

  it("a conditional veto item does not veto; the assessment is conditional", () => {
    const sut = evaluateAssessment(withItem("环保要求", "conditional", { note: "需补充环评" }), goodMetrics, rules);
    expect(sut).toMatchObject({ result: "conditional", vetoed: false });
    expect(sut.reasons).toEqual(["环保要求有条件通过（需补充环评）"]);
  });

  it("an item marked veto vetoes even outside the veto categories; a failed ordinary item fails without veto", () => {
    expect(evaluateAssessment(withItem("城乡规划", "failed", { veto: true }), goodMetrics, rules)).toMatchObject({ result: "failed", vetoed: true });
    expect(evaluateAssessment(withItem("产业政策", "failed"), goodMetrics, rules)).toMatchObject({ result: "failed", vetoed: false });
    // Veto categories are configurable: with none, a failed 环保 item is an ordinary failure.
    expect(evaluateAssessment(withItem("环保要求", "failed"), goodMetrics, { ...rules, vetoCategories: [] })).toMatchObject({ result: "failed", vetoed: false });
  });

  it("fails below the minimum investment intensity and names both numbers", () => {
    const sut = evaluateAssessment(allPassed(), { ...goodMetrics, investment: 15_000 }, rules);
    expect(sut.result).toBe("failed");
    expect(sut.investmentPerMu).toBe(150);
    expect(sut.reasons).toContain("投资强度 150 万元/亩，低于最低要求 200 万元/亩");
    // A lower configured threshold lets the same project pass.
    expect(evaluateAssessment(allPassed(), { ...goodMetrics, investment: 15_000 }, { ...rules, thresholds: { ...rules.thresholds, minInvestmentPerMu: 120 } }).result).toBe("passed");
  });

  it("is conditional when a checked metric cannot be computed; a threshold of 0 is not checked", () => {
    const sut = evaluateAssessment(allPassed(), { ...goodMetrics, landArea: null }, rules);
    expect(sut.result).toBe("conditional");
    expect(sut.reasons).toContain("缺少用地面积，无法核算投资强度");
    const unchecked = { ...rules, thresholds: { minInvestmentPerMu: 0, minTaxPerMu: 0, minOutput: 0, minJobs: 0 } };
    expect(evaluateAssessment(allPassed(), { ...goodMetrics, landArea: null }, unchecked)).toMatchObject({ result: "passed", metricChecks: [] });
    const jobs = { ...rules, thresholds: { ...rules.thresholds, minJobs: 500 } };
    expect(evaluateAssessment(allPassed(), goodMetrics, jobs).reasons).toContain("带动就业 300 人，低于最低要求 500 人");
  });

  it("reports the categories an assessment left out", () => {
    expect(missingCategories([{ category: "合法性" }, { category: "环保要求" }], rules.requiredCategories)).toEqual(["产业政策", "行业准入", "城乡规划", "安全生产", "经济效益"]);
  });
});
