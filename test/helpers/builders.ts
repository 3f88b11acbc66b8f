import type { EnterpriseInput } from "../../src/modules/enterprises";
import type { ProjectInput } from "../../src/modules/projects";

let seq = 0;
const next = () => ++seq;

/** A plausible enterprise request body; override what the test is about. */
export function buildEnterpriseInput(overrides: Partial<Record<keyof EnterpriseInput | (string & {}), unknown>> = {}): Record<string, unknown> {
  const n = next();
  return {
    name: `重庆长鑫汽车零部件${n}号有限公司`,
    provinceCode: "500000",
    industryCodes: ["3670"],
    industryLabels: ["汽车零部件"],
    mainBusiness: "汽车电机、电控系统及零部件的研发、生产和销售",
    products: [
      { name: "驱动电机", share: 0.6 },
      { name: "电机控制器", share: 0.3 },
    ],
    registeredCapital: 5000,
    revenue: 32000,
    employees: 420,
    foundedAt: "2012-05-18",
    tags: ["专精特新"],
    ...overrides,
  };
}

export function buildProjectInput(overrides: Partial<Record<keyof ProjectInput | (string & {}), unknown>> = {}): Record<string, unknown> {
  const n = next();
  return {
    name: `年产10万套新能源汽车电机电控项目${n}期`,
    industryGroup: "新能源汽车",
    industryCodes: ["3670"],
    description: "依托县新能源汽车产业园，引进电机电控配套企业。",
    constructionContent: "新建标准化厂房3万平方米，购置电机装配线、电控测试线。",
    countyCode: "520324",
    township: "凤仪镇",
    park: "正安经济开发区",
    totalInvestment: 50000,
    landArea: 120,
    cooperationModes: ["独资"],
    targetProfile: "寻求具有新能源汽车电机电控配套经验、年营收5亿元以上的企业",
    preferredIndustries: ["367"],
    preferredRegions: ["50", "44"],
    minInvestorCapital: 3000,
    ...overrides,
  };
}
