/**
 * Builders for the pure matching inputs: a plausible record, overridden by what the test is about.
 * The chain map here is a small hand-made one, so chain tests do not move when the real map is edited.
 */
import { chainMapSchema, type ChainMap } from "../../../src/modules/matching/chain-map.types";
import type { MatchContext, MatchEnterprise, MatchProject } from "../../../src/modules/matching/types";

/**
 *   测试.cell (上游 电芯材料) ──▶ 测试.pack (中游 电池包) ──▶ 测试.car (下游 整车)
 *   测试.motor (中游 电机) ──────────────────────────────────▲
 *   测试.steel (上游 钢材) ──▶ 测试.motor
 *   测试.dealer (下游 经销) ◀── 测试.car
 *   测试.rental (下游 租赁)   (no edges: elsewhere on the chain)
 */
export const TEST_CHAIN_MAP: ChainMap = chainMapSchema.parse({
  groups: [
    {
      id: "t",
      name: "测试汽车",
      nodes: [
        { id: "t.cell", name: "电芯材料", stage: "upstream", keywords: ["正极材料", "负极材料"], industryCodes: ["3985"] },
        { id: "t.steel", name: "钢材", stage: "upstream", keywords: ["钢材", "硅钢"], industryCodes: ["3130"] },
        { id: "t.pack", name: "电池包", stage: "midstream", keywords: ["电池包", "动力电池"], industryCodes: ["3841"] },
        { id: "t.motor", name: "驱动电机", stage: "midstream", keywords: ["驱动电机", "电机"], industryCodes: ["3812", "3670"] },
        { id: "t.car", name: "整车", stage: "downstream", keywords: ["新能源汽车", "整车"], industryCodes: ["3612"] },
        { id: "t.dealer", name: "汽车经销", stage: "downstream", keywords: ["汽车销售", "4S店"], industryCodes: ["5261"] },
        { id: "t.rental", name: "汽车租赁", stage: "downstream", keywords: ["汽车租赁"], industryCodes: ["7111"] },
      ],
      edges: [
        { from: "t.cell", to: "t.pack" },
        { from: "t.steel", to: "t.motor" },
        { from: "t.pack", to: "t.car" },
        { from: "t.motor", to: "t.car" },
        { from: "t.car", to: "t.dealer" },
      ],
    },
  ],
});

let seq = 0;

export function buildMatchProject(overrides: Partial<MatchProject> = {}): MatchProject {
  seq += 1;
  return {
    id: 1000 + seq,
    name: "年产10万套驱动电机项目",
    industryGroup: "测试汽车",
    industryCodes: ["3812"],
    inferredIndustries: [],
    description: "引进驱动电机配套企业",
    constructionContent: "新建电机装配线",
    targetProfile: "",
    totalInvestment: 50_000,
    preferredIndustries: [],
    preferredRegions: [],
    minInvestorCapital: null,
    countyCode: "520324",
    ...overrides,
  };
}

export function buildMatchEnterprise(overrides: Partial<MatchEnterprise> = {}): MatchEnterprise {
  seq += 1;
  return {
    id: seq,
    name: `测试电机${seq}号有限公司`,
    industries: [{ code: "3812", kind: "primary", confidence: 1 }],
    industryLabels: [],
    products: [{ name: "驱动电机", share: 0.8 }],
    mainBusiness: "",
    provinceCode: "440000",
    cityCode: null,
    countyCode: null,
    registeredCapital: 10_000,
    revenue: 100_000,
    employees: 500,
    listingStatus: "unlisted",
    operatingStatus: "存续",
    foundedAt: null,
    signals: [],
    referrerChamber: null,
    trackRecord: [],
    ...overrides,
  };
}

/** A bare enterprise: nothing but a name (the sparse end of real data). */
export function buildBareEnterprise(overrides: Partial<MatchEnterprise> = {}): MatchEnterprise {
  return buildMatchEnterprise({
    name: "某某有限公司",
    industries: [],
    products: [],
    provinceCode: null,
    registeredCapital: null,
    revenue: null,
    employees: null,
    ...overrides,
  });
}

export const NOW = new Date("2025-06-01T00:00:00Z");

export function buildContext(overrides: Partial<MatchContext> = {}): MatchContext {
  return { now: NOW, countyCode: "520324", chainMap: TEST_CHAIN_MAP, ...overrides };
}

/** A date `months` average months before NOW. */
export function monthsAgo(months: number): Date {
  return new Date(NOW.getTime() - months * (365.25 / 12) * 24 * 60 * 60 * 1000);
}
