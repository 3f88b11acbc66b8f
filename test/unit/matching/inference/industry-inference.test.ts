import { createIndustryInferrer, inferIndustryCodes, inferProjectIndustryCodes, type InferredIndustry } from "../../../../src/modules/matching/inference";
import { GBT_SUBSET } from "../fixtures/gbt-subset";
import { TEST_CHAIN_MAP } from "../match-builders";

const sut = createIndustryInferrer({ industryTable: GBT_SUBSET });
const enterprise = (products: string[], overrides: { name?: string; mainBusiness?: string; industryLabels?: string[] } = {}) =>
  sut.inferIndustryCodes({ name: overrides.name ?? "某某有限公司", products, mainBusiness: overrides.mainBusiness ?? "", industryLabels: overrides.industryLabels ?? [] });
const codes = (result: InferredIndustry[]) => result.map((r) => r.code);
const top = (result: InferredIndustry[]) => result[0];

describe("inferIndustryCodes", () => {
  it("中药饮片、中成药 → 医药制造 27xx, with both 小类 named", () => {
    const result = enterprise(["中药饮片", "中成药"]);
    expect(top(result).code.startsWith("27")).toBe(true);
    expect(top(result).confidence).toBeGreaterThanOrEqual(0.5);
    expect(codes(result)).toEqual(expect.arrayContaining(["2730", "2740"]));
    expect(result.find((r) => r.code === "2730")?.evidence).toContain("产品“中药饮片”");
  });

  it("申万 电力设备/电池/锂电池 → 384x with high confidence from the mapping table", () => {
    const [first] = enterprise([], { industryLabels: ["电力设备/电池/锂电池"] });
    expect(first.code).toBe("3841");
    expect(first.confidence).toBeGreaterThanOrEqual(0.9);
    expect(first.evidence).toContain("申万行业“电力设备/电池/锂电池”");
  });

  it("申万 levels and tushare labels as separate labels agree on one code", () => {
    const [first] = enterprise([], { industryLabels: ["食品饮料", "白酒Ⅱ", "白酒Ⅲ", "白酒"] });
    expect(first).toMatchObject({ code: "1512" });
    expect(first.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it("拖拉机、收获机械 → 357x (农、林、牧、渔专用机械), not agricultural-machinery services", () => {
    const result = enterprise(["拖拉机", "收获机械"], { name: "山东五征农机有限公司" });
    expect(top(result).code.startsWith("357")).toBe(true);
    expect(codes(result)).toContain("3571");
    expect(codes(result).indexOf("0512") === -1 || codes(result).indexOf("0512") > 0).toBe(true);
  });

  it("a travel agency and a scenic area → 7291 and 786x", () => {
    const agency = enterprise(["旅行社服务", "导游服务"]);
    expect(top(agency).code).toBe("7291");
    const scenic = enterprise(["景区门票", "索道运营"], { mainBusiness: "风景区的游览服务" });
    expect(codes(scenic).some((c) => c.startsWith("786"))).toBe(true);
  });

  it("weights products by revenue share: the main business leads", () => {
    const result = sut.inferIndustryCodes({
      name: "某某有限公司",
      products: [
        { name: "锂离子电池", share: 0.9 },
        { name: "房地产开发", share: 0.01 },
      ],
      industryLabels: [],
    });
    expect(top(result).code).toBe("3841");
    const property = result.find((r) => r.code.startsWith("70"));
    if (property) expect(property.confidence).toBeLessThan(top(result).confidence);
  });

  it("returns nothing for noise, and nothing for a label mapped to nothing on purpose (综合)", () => {
    expect(enterprise(["平衡项目", "其他业务", "分部间抵销"])).toEqual([]);
    expect(enterprise([], { industryLabels: ["综合"] })).toEqual([]);
  });

  it("is deterministic and bounded: confidences in (0,1], at most 5 codes, best first", () => {
    const a = enterprise(["中药饮片", "中成药", "锂离子电池", "拖拉机", "旅行社服务", "白酒", "房地产开发"]);
    const b = enterprise(["中药饮片", "中成药", "锂离子电池", "拖拉机", "旅行社服务", "白酒", "房地产开发"]);
    expect(a).toEqual(b);
    expect(a.length).toBeLessThanOrEqual(5);
    for (const r of a) expect(r.confidence > 0 && r.confidence <= 1).toBe(true);
    const confidences = a.map((r) => r.confidence);
    expect(confidences).toEqual([...confidences].sort((x, y) => y - x));
  });

  it("uses the chain map's node words when given one", () => {
    const withChain = createIndustryInferrer({ industryTable: GBT_SUBSET, chainMap: TEST_CHAIN_MAP });
    const [first] = withChain.inferIndustryCodes({ name: "某某有限公司", products: ["电池包"], industryLabels: [] });
    expect(first.code).toBe("3841");
    expect(first.evidence).toContain("产业链词“电池包”");
  });

  it("accepts plain strings and objects as products, and caches the index per table", () => {
    const options = { industryTable: GBT_SUBSET };
    const viaFunction = inferIndustryCodes({ name: "x", products: [{ name: "中成药" }], industryLabels: [] }, options);
    expect(viaFunction).toEqual(enterprise(["中成药"]));
  });
});

describe("inferProjectIndustryCodes", () => {
  it("reads a 中药材种植及饮片加工 project as 017x and 2730", () => {
    const result = sut.inferProjectIndustryCodes({
      name: "中药材种植及饮片加工项目",
      description: "依托县内天麻、黄精等道地药材资源，建设GAP种植基地",
      constructionContent: "建设中药材种植基地5000亩，新建饮片加工车间",
      industryGroup: "医药制造",
    });
    const [first, second] = codes(result);
    expect(first).toBe("2730");
    expect(second.startsWith("017")).toBe(true);
  });

  it("reads a 丘陵山地农机装备 project as 357x", () => {
    const result = inferProjectIndustryCodes(
      { name: "丘陵山地农机装备产业园", description: "引进小型农机整机及配件企业", constructionContent: "建设拖拉机生产线" },
      { industryTable: GBT_SUBSET },
    );
    expect(top(result).code.startsWith("357")).toBe(true);
  });

  it("reads a 文旅度假区 project as scenic areas and hotels", () => {
    const result = sut.inferProjectIndustryCodes({ name: "文旅度假区项目", description: "打造集观光、度假于一体的文旅度假区", constructionContent: "建设度假酒店、民宿集群及景区道路" });
    expect(codes(result)).toEqual(expect.arrayContaining(["786", "6110"]));
  });

  it("returns nothing for a project text without industry words", () => {
    expect(sut.inferProjectIndustryCodes({ name: "招商引资项目", description: "新建标准化厂房3万平方米" })).toEqual([]);
  });
});
