import { gateEnterprise, type GateOptions } from "../../../../src/modules/matching/scoring/gates";
import { buildMatchEnterprise, buildMatchProject } from "../match-builders";

const project = buildMatchProject({ id: 42 });
const none: GateOptions = { negativeList: [], unsuitable: [] };

describe("gateEnterprise", () => {
  it("lets an ordinary operating enterprise through", () => {
    expect(gateEnterprise(buildMatchEnterprise(), project, none)).toEqual({ excluded: false });
    expect(gateEnterprise(buildMatchEnterprise({ operatingStatus: "在业" }), project, none)).toEqual({ excluded: false });
  });

  it.each([
    ["注销", "企业已注销登记"],
    ["吊销", "营业执照已被吊销"],
    ["吊销，未注销", "营业执照已被吊销"],
    ["撤销", "企业登记已被撤销"],
    ["清算", "企业正在清算"],
  ])("excludes operating status %s with its reason", (status, reason) => {
    const sut = gateEnterprise(buildMatchEnterprise({ operatingStatus: status }), project, none);
    expect(sut).toEqual({ excluded: true, reasons: [`经营状态为“${status}”：${reason}${reason === "企业已注销登记" ? "，不再存续" : ""}`] });
  });

  it("excludes delisted companies", () => {
    expect(gateEnterprise(buildMatchEnterprise({ listingStatus: "delisted" }), project, none)).toEqual({
      excluded: true,
      reasons: ["企业已退市，不作为招商对象"],
    });
  });

  it("excludes industries on the county's negative list, by prefix or section", () => {
    const coal = buildMatchEnterprise({ industries: [{ code: "0610", kind: "primary", confidence: 1 }] });
    const byDivision = gateEnterprise(coal, project, { negativeList: [{ code: "06", reason: "限制新建煤矿" }], unsuitable: [] });
    expect(byDivision).toEqual({ excluded: true, reasons: ["企业行业 0610 属于本县产业负面清单「06 煤炭开采和洗选业」：限制新建煤矿"] });
    const bySection = gateEnterprise(coal, project, { negativeList: [{ code: "B", reason: "生态保护区禁止采矿" }], unsuitable: [] });
    expect(bySection.excluded).toBe(true);
  });

  it("trusts only sure inferred codes for the negative list", () => {
    const negativeList = [{ code: "2511", reason: "禁止炼油" }];
    const sure = buildMatchEnterprise({ industries: [{ code: "2511", kind: "inferred", confidence: 0.9 }] });
    const unsure = buildMatchEnterprise({ industries: [{ code: "2511", kind: "inferred", confidence: 0.5 }] });
    const sut = gateEnterprise(sure, project, { negativeList, unsuitable: [] });
    expect(sut.excluded && sut.reasons[0]).toContain("企业推断行业（置信度 0.90） 2511");
    expect(gateEnterprise(unsure, project, { negativeList, unsuitable: [] })).toEqual({ excluded: false });
  });

  it("excludes an enterprise an analyst marked unsuitable for this project only", () => {
    const enterprise = buildMatchEnterprise({ id: 7 });
    const unsuitable = [{ enterpriseId: 7, projectId: 42, reason: "已在邻县落地同类项目", by: "张敏" }];
    expect(gateEnterprise(enterprise, project, { negativeList: [], unsuitable })).toEqual({
      excluded: true,
      reasons: ["分析员 张敏 已标记该企业不适合本项目：已在邻县落地同类项目"],
    });
    expect(gateEnterprise(enterprise, buildMatchProject({ id: 43 }), { negativeList: [], unsuitable })).toEqual({ excluded: false });
    // Ids compare by value whatever their type (DB ints vs ids from a query string).
    expect(gateEnterprise(enterprise, project, { negativeList: [], unsuitable: [{ ...unsuitable[0], enterpriseId: "7", projectId: "42" }] }).excluded).toBe(true);
  });

  it("returns every reason that applies", () => {
    const sut = gateEnterprise(buildMatchEnterprise({ operatingStatus: "吊销", listingStatus: "delisted" }), project, none);
    expect(sut.excluded && sut.reasons).toHaveLength(2);
  });
});
