/** Builders and the fixed document set shared by every engine's contract run. */
import { expandIndustryPrefixes, expandRegionPrefixes, type EnterpriseSearchDoc, type ProjectSearchDoc } from "../../src/search/documents";

/** Contract runs use tiny vectors; engines under test must be configured with this many dimensions. */
export const CONTRACT_VECTOR_DIMENSIONS = 8;

/** A unit vector pointing mostly along axis `axis`, with a small share of the next axis (stable neighbours). */
export function axisVector(axis: number, dimensions = CONTRACT_VECTOR_DIMENSIONS): number[] {
  const v = Array<number>(dimensions).fill(0);
  v[axis % dimensions] = 1;
  v[(axis + 1) % dimensions] = 0.15;
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

/** A pure axis query vector: its nearest document is the one built on that axis, then the one before it. */
export function axisQuery(axis: number, dimensions = CONTRACT_VECTOR_DIMENSIONS): number[] {
  const v = Array<number>(dimensions).fill(0);
  v[axis % dimensions] = 1;
  return v;
}

export function buildEnterpriseDoc(overrides: Partial<EnterpriseSearchDoc> & { id: number }): EnterpriseSearchDoc {
  const industryCodes = overrides.industryCodes ?? ["C3670"];
  const countyCode = overrides.countyCode ?? "520324";
  return {
    name: `测试企业${overrides.id}有限公司`,
    aliases: [],
    products: [],
    mainBusiness: "",
    industryLabels: [],
    industryCodes,
    industryPrefixes: expandIndustryPrefixes(industryCodes),
    provinceCode: countyCode.slice(0, 2),
    cityCode: countyCode.slice(0, 4),
    countyCode,
    regionPrefixes: expandRegionPrefixes([countyCode]),
    listingStatus: "unlisted",
    operatingStatus: "存续",
    tags: [],
    source: "contract",
    updatedAt: Date.UTC(2025, 0, 1) + overrides.id * 1000,
    ...overrides,
  };
}

export function buildProjectDoc(overrides: Partial<ProjectSearchDoc> & { id: number }): ProjectSearchDoc {
  const industryCodes = overrides.industryCodes ?? ["C3670"];
  const countyCode = overrides.countyCode ?? "520324";
  return {
    code: `XM-${overrides.id}`,
    name: `测试项目${overrides.id}`,
    description: "",
    constructionContent: "",
    targetProfile: "",
    industryGroup: "其他",
    industryCodes,
    industryPrefixes: expandIndustryPrefixes(industryCodes),
    countyCode,
    regionPrefixes: expandRegionPrefixes([countyCode]),
    stage: "储备",
    updatedAt: Date.UTC(2025, 0, 1) + overrides.id * 1000,
    ...overrides,
  };
}

/** Ten enterprises chosen so every contract expectation has exactly one right answer. */
export function contractEnterprises(): EnterpriseSearchDoc[] {
  return [
    buildEnterpriseDoc({
      id: 1,
      name: "比亚迪新能源汽车有限公司",
      products: ["新能源汽车", "动力电池"],
      mainBusiness: "新能源汽车整车研发、生产和销售",
      industryLabels: ["新能源车整车制造"],
      industryCodes: ["C3612"],
      countyCode: "440307",
      registeredCapital: 500000,
      revenue: 6000000,
      listingStatus: "listed",
      tags: ["龙头企业"],
      _vector: axisVector(0),
    }),
    buildEnterpriseDoc({
      id: 2,
      name: "贵州长安新能源汽车零部件有限公司",
      products: ["汽车零部件", "驱动电机"],
      mainBusiness: "新能源汽车零部件制造",
      industryLabels: ["汽车零部件及配件制造"],
      industryCodes: ["C3670"],
      countyCode: "520324",
      registeredCapital: 20000,
      listingStatus: "unlisted",
      tags: ["专精特新"],
      _vector: axisVector(1),
    }),
    buildEnterpriseDoc({
      id: 3,
      name: "宁德时代新能源科技股份有限公司",
      products: ["锂离子电池", "储能系统"],
      mainBusiness: "动力电池系统研发、生产和销售",
      industryLabels: ["锂离子电池制造"],
      industryCodes: ["C3841"],
      countyCode: "350902",
      registeredCapital: 440000,
      revenue: 4000000,
      listingStatus: "listed",
      tags: ["龙头企业"],
      _vector: axisVector(2),
    }),
    buildEnterpriseDoc({
      id: 4,
      name: "贵州茅台酒股份有限公司",
      aliases: ["茅台"],
      products: ["白酒", "酱香型白酒"],
      mainBusiness: "茅台酒及系列酒的生产与销售",
      industryLabels: ["白酒制造"],
      industryCodes: ["C1512"],
      countyCode: "520382",
      registeredCapital: 125600,
      revenue: 15000000,
      listingStatus: "listed",
      _vector: axisVector(3),
    }),
    buildEnterpriseDoc({
      id: 5,
      name: "遵义华能煤炭能源有限公司",
      products: ["煤炭", "电力"],
      mainBusiness: "煤炭开采、火力发电",
      industryLabels: ["烟煤和无烟煤开采洗选"],
      industryCodes: ["B0610"],
      countyCode: "520302",
      registeredCapital: 8000,
      listingStatus: "unlisted",
      operatingStatus: "吊销",
      _vector: axisVector(4),
    }),
    buildEnterpriseDoc({
      id: 6,
      name: "贵阳云计算数据服务有限公司",
      products: ["云服务", "数据中心"],
      mainBusiness: "互联网数据服务",
      industryLabels: ["互联网数据服务"],
      industryCodes: ["I6450"],
      countyCode: "520115",
      registeredCapital: 3000,
      listingStatus: "unlisted",
      tags: ["专精特新"],
      _vector: axisVector(5),
    }),
    buildEnterpriseDoc({
      id: 7,
      name: "遵义新材料科技有限公司",
      products: ["正极材料", "三元材料"],
      mainBusiness: "锂电池正极材料研发与生产",
      industryLabels: ["电子专用材料制造"],
      industryCodes: ["C3985"],
      countyCode: "520303",
      registeredCapital: 12000,
      listingStatus: "delisted",
      _vector: axisVector(6),
    }),
    buildEnterpriseDoc({
      id: 8,
      name: "贵州储能电池有限公司",
      products: ["储能柜"],
      mainBusiness: "储能系统集成",
      industryLabels: ["其他电池制造"],
      industryCodes: ["C3849"],
      countyCode: "520324",
      listingStatus: "unlisted",
      _vector: axisVector(7),
    }),
    buildEnterpriseDoc({
      id: 9,
      name: "正安县物流有限公司",
      products: ["仓储服务"],
      mainBusiness: "普通货物运输，兼营废旧电池回收",
      industryLabels: ["道路货物运输"],
      industryCodes: ["G5430"],
      countyCode: "520324",
      registeredCapital: 500,
      listingStatus: "unlisted",
    }),
    buildEnterpriseDoc({
      id: 10,
      name: "仁怀市<酱香>酒业有限公司",
      products: ["酱香型白酒"],
      mainBusiness: "白酒生产与销售",
      industryLabels: ["白酒制造"],
      industryCodes: ["C1512"],
      countyCode: "520382",
      registeredCapital: 5000,
      listingStatus: "unlisted",
    }),
  ];
}

export function contractProjects(): ProjectSearchDoc[] {
  return [
    buildProjectDoc({
      id: 101,
      code: "XM-2025-001",
      name: "新能源汽车零部件生产基地项目",
      description: "建设新能源汽车电机、电控等零部件生产线",
      constructionContent: "新建标准化厂房 10 万平方米",
      targetProfile: "新能源汽车零部件龙头企业",
      industryGroup: "新能源汽车",
      industryCodes: ["C3670"],
      countyCode: "520324",
      stage: "洽谈",
      totalInvestment: 50000,
      landArea: 300,
      _vector: axisVector(0),
    }),
    buildProjectDoc({
      id: 102,
      code: "XM-2025-002",
      name: "酱香白酒产能扩建项目",
      description: "扩建酱香型白酒酿造车间",
      constructionContent: "新建酿造车间与酒库",
      targetProfile: "白酒企业",
      industryGroup: "酱香白酒",
      industryCodes: ["C1512"],
      countyCode: "520382",
      stage: "签约",
      totalInvestment: 80000,
      landArea: 200,
      _vector: axisVector(3),
    }),
    buildProjectDoc({
      id: 103,
      code: "XM-2025-003",
      name: "大数据中心建设项目",
      description: "建设绿色数据中心",
      constructionContent: "机房及配套设施",
      targetProfile: "云计算与数据服务企业",
      industryGroup: "大数据",
      industryCodes: ["I6450"],
      countyCode: "520115",
      stage: "在建",
      totalInvestment: 20000,
      _vector: axisVector(5),
    }),
  ];
}
