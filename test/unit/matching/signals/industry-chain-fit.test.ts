import { chainRelation, locateEnterpriseOnChain, locateProjectOnChain } from "../../../../src/modules/matching/signals/chain-locator";
import { CHAIN_MEMBER_UNPLACED_PROJECT, industryChainFit } from "../../../../src/modules/matching/signals/industry-chain-fit";
import { TEST_CHAIN_MAP, buildBareEnterprise, buildContext, buildMatchEnterprise, buildMatchProject } from "../match-builders";

const group = TEST_CHAIN_MAP.groups[0];
const ctx = buildContext();
/** Sure placements (a product with a large share) keep the relation's full value. */
const onNode = (product: string) => buildMatchEnterprise({ name: "某某有限公司", industries: [], products: [{ name: product, share: 0.9 }] });
const motorProject = buildMatchProject({ name: "驱动电机项目", industryCodes: [], description: "", constructionContent: "" });

describe("chain placement", () => {
  it("prefers the longest keyword: 驱动电机 places the motor node, not 电机 twice", () => {
    const [top] = locateEnterpriseOnChain(buildMatchEnterprise({ industries: [], products: [{ name: "驱动电机" }] }), group);
    expect(top.node.id).toBe("t.motor");
    expect(top.evidence[0]).toBe("产品“驱动电机”");
  });

  it("places a project by the words of its name and its codes", () => {
    const placements = locateProjectOnChain(buildMatchProject({ name: "动力电池包项目", industryCodes: ["3841"], description: "", constructionContent: "" }), group);
    expect(placements.map((p) => p.node.id)).toEqual(["t.pack"]);
  });

  it("relates nodes along the edges, enterprise side first", () => {
    expect(chainRelation(group, "t.pack", "t.pack").kind).toBe("same");
    expect(chainRelation(group, "t.pack", "t.car").kind).toBe("upstream");
    expect(chainRelation(group, "t.dealer", "t.car").kind).toBe("downstream");
    expect(chainRelation(group, "t.pack", "t.motor")).toMatchObject({ kind: "peer", shared: "customer" });
    expect(chainRelation(group, "t.cell", "t.car")).toMatchObject({ kind: "upstream2" });
    expect(chainRelation(group, "t.car", "t.steel")).toMatchObject({ kind: "downstream2" });
    expect(chainRelation(group, "t.rental", "t.motor").kind).toBe("chain");
  });
});

describe("industryChainFit", () => {
  it("same node > adjacent > peer > two steps > same chain", () => {
    const carProject = buildMatchProject({ name: "新能源汽车整车项目", industryCodes: [], description: "", constructionContent: "" });
    const same = industryChainFit(carProject, onNode("新能源汽车"), ctx).value as number;
    const adjacent = industryChainFit(carProject, onNode("动力电池"), ctx).value as number;
    const peer = industryChainFit(motorProject, onNode("动力电池"), ctx).value as number;
    const twoSteps = industryChainFit(carProject, onNode("正极材料"), ctx).value as number;
    const chainOnly = industryChainFit(carProject, onNode("汽车租赁"), ctx).value as number;
    expect(same).toBeGreaterThan(adjacent);
    expect(adjacent).toBeGreaterThan(peer);
    expect(peer).toBeGreaterThan(twoSteps);
    expect(twoSteps).toBeGreaterThan(chainOnly);
    expect(chainOnly).toBeGreaterThan(0);
  });

  it("names both nodes in the reason", () => {
    const carProject = buildMatchProject({ name: "新能源汽车整车项目", industryCodes: [], description: "", constructionContent: "" });
    const sut = industryChainFit(carProject, onNode("动力电池"), ctx);
    // A product with 90% of revenue and a 4-character keyword is a sure placement: the full adjacent value.
    expect(sut.value).toBe(0.75);
    expect(sut.reason).toBe("企业属于产业链上游「电池包」（依据：产品“动力电池”），直接配套项目所在的「整车」");
  });

  it("reads downstream customers too", () => {
    const carProject = buildMatchProject({ name: "整车项目", industryCodes: [], description: "", constructionContent: "" });
    const sut = industryChainFit(carProject, onNode("汽车销售"), ctx);
    expect(sut.reason).toContain("产业链下游「汽车经销」");
    expect(sut.reason).toContain("项目所在「整车」");
  });

  it("places enterprises by codes when they have no telling words, split over the nodes sharing a code", () => {
    const byCode = buildMatchEnterprise({ name: "某某有限公司", products: [], industries: [{ code: "3841", kind: "primary", confidence: 1 }] });
    const sut = industryChainFit(motorProject, byCode, ctx);
    expect(sut.value).toBeGreaterThan(0);
    expect(sut.reason).toContain("行业代码 3841");
  });

  it("is zero when the enterprise has data and none of it is on the chain", () => {
    const sut = industryChainFit(motorProject, buildMatchEnterprise({ name: "某某食品有限公司", industries: [{ code: "1512", kind: "primary", confidence: 1 }], products: [{ name: "白酒" }] }), ctx);
    expect(sut.value).toBe(0);
    expect(sut.reason).toContain("均未落在「测试汽车」产业链");
  });

  it("is 数据缺失 for a bare record and for a group without a chain map", () => {
    expect(industryChainFit(motorProject, buildBareEnterprise(), ctx).value).toBeNull();
    const otherGroup = buildMatchProject({ industryGroup: "没有图谱的产业组" });
    const sut = industryChainFit(otherGroup, onNode("驱动电机"), ctx);
    expect(sut.value).toBeNull();
    expect(sut.reason).toContain("没有项目所属产业组「没有图谱的产业组」");
  });

  it("gives chain membership only when the project cannot be placed", () => {
    const vague = buildMatchProject({ name: "招商引资项目", industryCodes: [], description: "", constructionContent: "" });
    const sut = industryChainFit(vague, onNode("驱动电机"), ctx);
    expect(sut.value).toBeLessThanOrEqual(CHAIN_MEMBER_UNPLACED_PROJECT);
    expect(sut.value).toBeGreaterThan(0.3);
    expect(sut.reason).toContain("未能从项目名称");
  });
});
