import { findChainGroup } from "../../../../src/modules/matching/chain-map.data";
import {
  INFERRED_RETRIEVAL_CONFIDENCE,
  MAX_NEEDS,
  MAX_QUERIES_PER_NEED,
  MAX_TARGET_PHRASES,
  industryRetrievals,
  planProjectRetrieval,
  targetPhrases,
} from "../../../../src/modules/matching/retrieval/retrieval-plan";
import { projectQueryText, targetTradeClauses } from "../../../../src/modules/matching/match-inputs";
import { TEST_CHAIN_MAP, buildMatchProject } from "../match-builders";

const tourism = findChainGroup("文化旅游");

/** A 文旅度假区 as the library records it: free text, no GB/T code, codes inferred from its text. */
const resort = () =>
  buildMatchProject({
    name: "九道水森林公园文旅度假区项目",
    industryGroup: "文化旅游",
    industryCodes: [],
    preferredIndustries: [],
    inferredIndustries: [
      { code: "61", confidence: 0.98 },
      { code: "786", confidence: 0.94 },
      { code: "7291", confidence: 0.63 },
      { code: "8810", confidence: 0.45 },
    ],
    description: "依托国家森林公园的山水资源，打造集度假休闲、民宿露营、实景演艺于一体的文旅度假区。",
    constructionContent: "建设度假酒店、精品民宿集群、游客服务中心、观光索道及配套停车场。",
    targetProfile: "寻求具有景区开发运营、酒店管理经验的大型文旅企业。",
  });

describe("planProjectRetrieval", () => {
  it("asks for each need of a 文旅度假区 in the words tourism operators use, not only the long project text", () => {
    const sut = planProjectRetrieval(resort(), { group: tourism, placeNames: ["九道水"] });
    expect(sut.text).not.toContain("九道水");
    const labels = sut.needs.map((n) => n.label);
    expect(labels).toEqual(expect.arrayContaining(["度假酒店", "民宿与露营", "演艺与节庆"]));
    const hotel = sut.needs.find((n) => n.label === "度假酒店");
    // The project's own word first, then the node's commonest words.
    expect(hotel?.queries[0]).toBe("度假酒店");
    expect(hotel?.queries).toContain("酒店");
    expect(sut.needs.length).toBeLessThanOrEqual(MAX_NEEDS);
    for (const need of sut.needs) {
      expect(need.queries.length).toBeGreaterThan(0);
      expect(need.queries.length).toBeLessThanOrEqual(MAX_QUERIES_PER_NEED);
      expect(need.weight).toBeGreaterThan(0);
      expect(need.weight).toBeLessThanOrEqual(1);
    }
    // Heaviest need first.
    expect(sut.needs.map((n) => n.weight)).toEqual([...sut.needs.map((n) => n.weight)].sort((a, b) => b - a));
  });

  it("retrieves by the codes inferred from the text when the project has no confirmed code", () => {
    const sut = planProjectRetrieval(resort(), { group: tourism });
    const byPrefix = sut.industry.filter((r) => r.field === "industryPrefixes").map((r) => r.codes[0]);
    // Finest first, then the 中类 above 7291 (its siblings); the code below INFERRED_RETRIEVAL_CONFIDENCE
    // (8810 at 0.45) is not retrieved by.
    expect(byPrefix).toEqual(["7291", "786", "61", "729"]);
    expect(0.45).toBeLessThan(INFERRED_RETRIEVAL_CONFIDENCE);
    const inferred786 = sut.industry.find((r) => r.codes[0] === "786");
    expect(inferred786?.weight).toBeCloseTo(0.85 * 0.94, 2);
  });

  it("is the same plan for the same project (deterministic)", () => {
    expect(planProjectRetrieval(resort(), { group: tourism })).toEqual(planProjectRetrieval(resort(), { group: tourism }));
  });

  it("falls back to target-investor phrases when the group has no chain map", () => {
    const sut = planProjectRetrieval(
      buildMatchProject({ industryGroup: "未知产业", targetProfile: "寻求动力电池、驱动电机、电控系统研发制造企业" }),
      { group: undefined },
    );
    expect(sut.needs.map((n) => n.queries[0])).toEqual(["动力电池", "驱动电机", "电控系统"]);
  });

  it("places a project on a hand-made chain and asks for its node's words", () => {
    const group = TEST_CHAIN_MAP.groups[0];
    const sut = planProjectRetrieval(buildMatchProject({ name: "动力电池包生产项目", description: "", constructionContent: "" }), { group });
    expect(sut.needs[0]).toMatchObject({ label: "电池包", queries: ["动力电池", "电池包"] });
  });
});

describe("targetPhrases", () => {
  it("keeps the short trade phrases and drops filler, boilerplate and phrases already asked for", () => {
    expect(targetPhrases("寻求具有景区开发运营、酒店管理经验的大型文旅企业", ["酒店"])).toEqual(["景区", "文旅"]);
    expect(targetPhrases("", [])).toEqual([]);
    expect(targetPhrases("甲乙、丙丁、戊己、庚辛、壬癸、子丑", []).length).toBe(MAX_TARGET_PHRASES);
  });

  it("never asks for the words of a condition (scale, cooperation, origin, listing, certification)", () => {
    // Each clause of these is a condition on the investor: 年营收, 可接受合资, 分期 are rare among enterprises
    // and as queries would find whoever happens to say them.
    expect(targetPhrases("寻求年营收1亿元以上、产品列入农机购置补贴目录的企业，可接受合资合作或分期建设。", [])).toEqual([]);
    expect(targetPhrases("寻求年营收1亿元以上、通过IATF 16949质量体系认证的企业，优先考虑已在贵州省内布局的企业。", [])).toEqual([]);
    expect(targetPhrases("寻求具有一定经营规模、具有医疗器械生产许可证的企业，欢迎上市公司、行业龙头企业及其配套企业投资。", [])).toEqual(["医疗器械"]);
    // Credentials and qualifiers around the trade go; the trade stays, 农产品 included.
    expect(targetPhrases("寻求年营收1亿元以上、具有中药饮片生产许可证、有中药材基地建设或订单收购经验的企业", [])).toEqual(["中药饮片", "中药材"]);
    expect(targetPhrases("寻求具有农产品加工或冷链运营经验的企业", [])).toEqual(["农产品", "冷链"]);
  });
});

describe("targetTradeClauses / projectQueryText", () => {
  it("keeps the project name and the trade clauses of the target text, without conditions", () => {
    const project = buildMatchProject({
      name: "丘陵山地小型农机装备生产基地项目",
      targetProfile: "寻求年营收1亿元以上、具有微耕机生产经验的企业，可接受合资合作或分期建设。",
    });
    expect(targetTradeClauses(project.targetProfile)).toEqual(["微耕机生产"]);
    expect(projectQueryText(project)).toBe("丘陵山地小型农机装备生产 微耕机生产");
  });
});

describe("industryRetrievals", () => {
  it("retrieves confirmed and preferred codes at full weight and companies coded only above them", () => {
    const sut = industryRetrievals(buildMatchProject({ industryCodes: ["3572"], preferredIndustries: ["357"], inferredIndustries: [] }));
    expect(sut).toEqual([
      { field: "industryPrefixes", codes: ["3572"], weight: 1 },
      { field: "industryPrefixes", codes: ["357"], weight: 1 },
      { field: "industryCodes", codes: ["35"], weight: 0.5 },
    ]);
  });

  it("asks for each coarser level on its own, the nearer level first and surer", () => {
    // 500 companies coded only 35 must not crowd out the 30 coded 357 (the agricultural machinery makers); the
    // 中类 brings the siblings too (3571 拖拉机 for a 3572 project), the 大类 only what is coded no finer.
    const sut = industryRetrievals(buildMatchProject({ industryCodes: [], preferredIndustries: ["3572"], inferredIndustries: [] }));
    expect(sut).toEqual([
      { field: "industryPrefixes", codes: ["3572"], weight: 1 },
      { field: "industryPrefixes", codes: ["357"], weight: 0.5 },
      { field: "industryCodes", codes: ["35"], weight: 0.25 },
    ]);
  });

  it("never retrieves by a section letter, and returns nothing without codes", () => {
    expect(industryRetrievals(buildMatchProject({ industryCodes: ["C"], preferredIndustries: [], inferredIndustries: [] }))).toEqual([]);
    expect(industryRetrievals(buildMatchProject({ industryCodes: [], preferredIndustries: [], inferredIndustries: [] }))).toEqual([]);
  });
});
