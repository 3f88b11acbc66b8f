import { createTestContext, type TestContext } from "../../helpers/test-services";
import { buildEnterpriseInput, buildProjectInput } from "../../helpers/builders";

/**
 * A 文旅度假区 without a GB/T code, over sparse records like the real A-share file (labels and product lists,
 * no codes, no capital): retrieval must reach the tourism operators through the project's needs and the codes
 * inferred from its text, and the ranking must put them above unrelated companies, including those that share
 * a rare word with the project text (停车场, 山水).
 */
const sparse = { industryCodes: [], registeredCapital: null, revenue: null, employees: null, foundedAt: null, tags: [], mainBusiness: null, listingStatus: "listed" };

const TOURISM = [
  { name: "峨眉山旅游股份有限公司", provinceCode: "510000", industryLabels: ["旅游及景区", "自然景区"], products: [{ name: "游山门票", share: 0.4 }, { name: "客运索道", share: 0.3 }, { name: "酒店", share: 0.2 }] },
  { name: "宋城演艺发展股份有限公司", provinceCode: "330000", industryLabels: ["旅游及景区", "人工景区"], products: [{ name: "现场演艺", share: 0.7 }, { name: "旅游服务", share: 0.3 }] },
  { name: "上海锦江国际酒店股份有限公司", provinceCode: "310000", industryLabels: ["酒店餐饮", "酒店"], products: [{ name: "酒店经营", share: 0.8 }, { name: "餐饮", share: 0.2 }] },
  { name: "中青旅控股股份有限公司", provinceCode: "110000", industryLabels: ["旅游综合"], products: [{ name: "旅行社业务", share: 0.5 }, { name: "景区经营", share: 0.3 }] },
  { name: "黄山旅游发展股份有限公司", provinceCode: "340000", industryLabels: ["自然景区"], products: [{ name: "园林门票" }, { name: "索道及缆车" }, { name: "酒店" }] },
];
const UNRELATED = [
  { name: "深圳智泊停车场设备股份有限公司", provinceCode: "440000", industryLabels: ["专用设备"], products: [{ name: "停车场道闸" }, { name: "停车场管理系统" }] },
  { name: "山水水泥集团股份有限公司", provinceCode: "370000", industryLabels: ["水泥"], products: [{ name: "水泥" }, { name: "熟料" }] },
  { name: "贵州示范商业银行股份有限公司", provinceCode: "520000", industryLabels: ["银行"], products: [{ name: "存贷款业务" }] },
  { name: "重庆长鑫汽车零部件股份有限公司", provinceCode: "500000", industryLabels: ["汽车零部件"], products: [{ name: "驱动电机" }, { name: "电机控制器" }] },
  { name: "湖北精细化工股份有限公司", provinceCode: "420000", industryLabels: ["化学制品"], products: [{ name: "有机硅" }, { name: "农药中间体" }] },
];

describe("matching a 文化旅游 project without GB/T codes (retrieval by needs and inferred codes)", () => {
  let ctx: TestContext;
  let projectId: number;
  beforeAll(async () => {
    ctx = await createTestContext();
    for (const e of [...TOURISM, ...UNRELATED]) await ctx.request.post("/api/enterprises").send(buildEnterpriseInput({ ...sparse, ...e })).expect(201);
    const project = await ctx.request
      .post("/api/projects")
      .send(
        buildProjectInput({
          name: "九道水森林公园文旅度假区项目",
          industryGroup: "文化旅游",
          industryCodes: [],
          preferredIndustries: [],
          preferredRegions: [],
          minInvestorCapital: null,
          totalInvestment: 200000,
          description: "依托国家森林公园的山水资源，打造集度假休闲、民宿露营、实景演艺于一体的文旅度假区。",
          constructionContent: "建设度假酒店、精品民宿集群、游客服务中心、观光索道及配套停车场。",
          targetProfile: "寻求具有景区开发运营、酒店管理、旅游演艺经验的大型文旅企业。",
        }),
      )
      .expect(201);
    projectId = project.body.id;
    await ctx.services.indexer.drainAll();
  });
  afterAll(() => ctx.close());

  it("retrieves every tourism operator and ranks each above every unrelated company", async () => {
    const body = (await ctx.request.get(`/api/projects/${projectId}/matches`).query({ explain: "true", limit: "50" }).expect(200)).body;
    const names: string[] = body.items.map((i: { enterprise: { name: string } }) => i.enterprise.name);
    for (const t of TOURISM) expect(names).toContain(t.name);
    const lastTourism = Math.max(...TOURISM.map((t) => names.indexOf(t.name)));
    const firstUnrelated = Math.min(...UNRELATED.map((u) => names.indexOf(u.name)).filter((i) => i >= 0));
    expect(lastTourism).toBeLessThan(firstUnrelated);
    expect(names.slice(0, TOURISM.length).sort()).toEqual(TOURISM.map((t) => t.name).sort());

    // The project's codes were inferred from its text, and the industry fit says so, with the confidence.
    expect(body.project.inferredIndustries.map((i: { code: string }) => i.code)).toEqual(expect.arrayContaining(["61"]));
    const industryReasons: string[] = body.items
      .slice(0, TOURISM.length)
      .map((i: { signals: { key: string; reason: string }[] }) => i.signals.find((s) => s.key === "industryFit")?.reason ?? "");
    expect(industryReasons.some((r) => /项目推断行业（置信度 0\.\d\d）/.test(r))).toBe(true);
  });

  it("gives the same order on every request (deterministic retrieval and ranking)", async () => {
    const order = async () =>
      (await ctx.request.get(`/api/projects/${projectId}/matches`).expect(200)).body.items.map((i: { enterprise: { id: number } }) => i.enterprise.id);
    expect(await order()).toEqual(await order());
  });
});
