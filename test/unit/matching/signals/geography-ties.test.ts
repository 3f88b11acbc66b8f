import { geographyTies } from "../../../../src/modules/matching/signals/geography-ties";
import { PROVINCE_BORDER_PAIRS, areNeighbouringProvinces } from "../../../../src/modules/matching/signals/province-adjacency.data";
import { buildContext, buildMatchEnterprise, buildMatchProject } from "../match-builders";

const ctx = buildContext({ countyCode: "520324" }); // 正安县, 遵义市, 贵州省
const project = buildMatchProject();
const at = (provinceCode: string | null, cityCode: string | null = null, countyCode: string | null = null, referrerChamber: string | null = null) =>
  geographyTies(project, buildMatchEnterprise({ provinceCode, cityCode, countyCode, referrerChamber }), ctx);

describe("province adjacency", () => {
  it("is symmetric and knows Guizhou's neighbours", () => {
    for (const [a, b] of PROVINCE_BORDER_PAIRS) expect(areNeighbouringProvinces(b, a)).toBe(true);
    for (const p of ["50", "51", "53", "45", "43"]) expect(areNeighbouringProvinces("52", p)).toBe(true);
    expect(areNeighbouringProvinces("52", "44")).toBe(false);
  });
});

describe("geographyTies", () => {
  it("orders county > prefecture > province > neighbouring province > elsewhere", () => {
    expect(at("520000", "520300", "520324").value).toBe(1);
    expect(at("520000", "520300", "520302").value).toBe(0.85);
    expect(at("520000", "520100").value).toBe(0.7);
    expect(at("500000").value).toBe(0.5);
    expect(at("440000").value).toBe(0.15);
  });

  it("names the place in the reason", () => {
    expect(at("520000", "520300", "520302").reason).toContain("企业位于本市（遵义市）");
    expect(at("500000").reason).toContain("企业位于邻省（重庆市）");
    expect(at("440000").reason).toContain("企业位于广东省");
  });

  it("lifts a preferred origin region", () => {
    const preferring = buildMatchProject({ preferredRegions: ["44"] });
    const sut = geographyTies(preferring, buildMatchEnterprise({ provinceCode: "440000" }), ctx);
    expect(sut.value).toBe(0.8);
    expect(sut.reason).toContain("属于项目优先招商地区 44（广东省）");
    const byCity = geographyTies(buildMatchProject({ preferredRegions: ["44", "4403"] }), buildMatchEnterprise({ provinceCode: "440000", cityCode: "440300" }), ctx);
    expect(byCity.value).toBe(0.9);
  });

  it("counts a referring chamber as a live tie", () => {
    const sut = at("330000", null, null, "贵州省浙江商会");
    expect(sut.value).toBeCloseTo(1 - 0.85 * 0.5, 10);
    expect(sut.reason).toContain("由「贵州省浙江商会」推荐");
    expect(at(null, null, null, "贵州省浙江商会").value).toBe(0.5);
  });

  it("reads the province from a city or county code alone", () => {
    expect(at(null, "500100").value).toBe(0.5);
    expect(at(null, null, "520324").value).toBe(1);
  });

  it("is 数据缺失 only when there is no region and no referrer", () => {
    const sut = at(null);
    expect(sut.value).toBeNull();
    expect(sut.reason).toContain("注册地不详");
  });
});
