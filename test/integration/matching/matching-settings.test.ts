import { createTestContext, type TestContext } from "../../helpers/test-services";
import { buildEnterpriseInput, buildProjectInput } from "../../helpers/builders";
import { DEFAULT_SIGNAL_WEIGHTS, resolveSignalWeights } from "../../../src/modules/matching/scoring/signal-weights";
import type { ChainMap } from "../../../src/modules/matching/chain-map.types";

const ZERO = { industryFit: 0, industryChainFit: 0, textRelevance: 0, semanticSimilarity: 0, capacityFit: 0, expansionSignals: 0, geographyTies: 0, trackRecord: 0 };

describe("admin-editable matching weights and chain map", () => {
  let ctx: TestContext;
  let tcm: { id: number };
  let farm: { id: number };
  beforeAll(async () => {
    ctx = await createTestContext();
    tcm = (await ctx.request.post("/api/projects").send(buildProjectInput({ name: "中药饮片加工项目", industryGroup: "医药制造", industryCodes: ["2730"], preferredRegions: ["520000"], totalInvestment: 20000 })).expect(201)).body;
    farm = (await ctx.request.post("/api/projects").send(buildProjectInput({ name: "山地农机装备项目", industryGroup: "山地农机设备", industryCodes: ["3572"] })).expect(201)).body;
    // Same industry; the nearby one is small, the far one is big.
    await ctx.request.post("/api/enterprises").send(buildEnterpriseInput({ name: "贵州小型中药饮片有限公司", industryCodes: ["2730"], products: [{ name: "中药饮片" }], provinceCode: "520000", registeredCapital: 300, revenue: 500 })).expect(201);
    await ctx.request.post("/api/enterprises").send(buildEnterpriseInput({ name: "广东大型中药饮片有限公司", industryCodes: ["2730"], products: [{ name: "中药饮片" }], provinceCode: "440000", registeredCapital: 30000, revenue: 200000 })).expect(201);
    await ctx.services.indexer.drainAll();
  });
  afterAll(() => ctx.close());

  const top = async (projectId: number) => (await ctx.request.get(`/api/projects/${projectId}/matches`).expect(200)).body;

  it("starts from the built-in defaults", async () => {
    const body = (await ctx.request.get("/api/settings/matching").expect(200)).body;
    expect(body.customized).toEqual({ weights: false, chainMap: false });
    expect(body.weights.defaults).toEqual(DEFAULT_SIGNAL_WEIGHTS);
    expect(body.chainMap.groups.map((g: { name: string }) => g.name)).toContain("山地农机设备");
  });

  it("scores with saved weights, per group, records who changed them, and resets", async () => {
    const geo = { defaults: { ...ZERO, geographyTies: 5 }, groups: {} };
    const saved = (await ctx.request.put("/api/settings/matching").send({ weights: geo }).expect(200)).body;
    expect(saved.customized.weights).toBe(true);
    expect(saved.updated.weights.by).toMatch(/API密钥/);
    let body = await top(tcm.id);
    expect(body.weights.geographyTies).toBe(5);
    expect(body.items[0].enterprise.name).toBe("贵州小型中药饮片有限公司");

    const capacityForPharma = { defaults: { ...ZERO, geographyTies: 5 }, groups: { 医药制造: { geographyTies: 0, capacityFit: 5 } } };
    await ctx.request.put("/api/settings/matching").send({ weights: capacityForPharma }).expect(200);
    body = await top(tcm.id);
    expect(body.weights).toMatchObject({ capacityFit: 5, geographyTies: 0 });
    expect(body.items[0].enterprise.name).toBe("广东大型中药饮片有限公司");
    expect((await top(farm.id)).weights).toMatchObject({ capacityFit: 0, geographyTies: 5 });
    // A request's own weights still win.
    const perRequest = (await ctx.request.get(`/api/projects/${tcm.id}/matches`).query({ weights: JSON.stringify({ geographyTies: 7 }) }).expect(200)).body;
    expect(perRequest.weights.geographyTies).toBe(7);

    const audit = (await ctx.request.get("/api/audit?entityType=Setting&entityId=matching.weights").expect(200)).body.items;
    expect(audit).toHaveLength(2);
    expect(audit[0].changes.value[1].groups.医药制造.capacityFit).toBe(5);

    await ctx.request.put("/api/settings/matching").send({ weights: null }).expect(200);
    expect((await top(tcm.id)).weights).toEqual(resolveSignalWeights({ industryGroup: "医药制造" }));
  });

  it("refuses bad weights and chain maps with clear messages and keeps what was there", async () => {
    const before = (await ctx.request.get("/api/settings/matching").expect(200)).body;
    const badKey = await ctx.request.put("/api/settings/matching").send({ weights: { defaults: { ...ZERO, industryFit: 1, luck: 3 } } }).expect(400);
    expect(JSON.stringify(badKey.body.error)).toMatch(/luck/);
    const allZero = await ctx.request.put("/api/settings/matching").send({ weights: { defaults: ZERO } }).expect(400);
    expect(JSON.stringify(allZero.body.error)).toMatch(/至少需要一个信号的权重大于 0/);
    const badGroup = await ctx.request.put("/api/settings/matching").send({ weights: { defaults: DEFAULT_SIGNAL_WEIGHTS, groups: { 火星基地: { industryFit: 1 } } } }).expect(400);
    expect(badGroup.body.error.message).toMatch(/火星基地/);
    const map = before.chainMap as ChainMap;
    const group = map.groups[0];
    const cyclic = { groups: [{ ...group, edges: [...group.edges, { from: group.edges[0].to, to: group.edges[0].from }] }, ...map.groups.slice(1)] };
    const cycle = await ctx.request.put("/api/settings/matching").send({ chainMap: cyclic }).expect(400);
    expect(JSON.stringify(cycle.body.error)).toMatch(/上游→下游|环/);
    await ctx.request.put("/api/settings/matching").send({}).expect(400);
    expect((await ctx.request.get("/api/settings/matching").expect(200)).body).toEqual(before);
  });

  it("uses an edited chain map at once, for industry inference too", async () => {
    const input = { name: "某某科技有限公司", products: [{ name: "履带微耕犁" }], industryLabels: [] as string[] };
    const codesBefore = ctx.services.inferrer.inferIndustryCodes(input).map((c) => c.code);
    const map = (await ctx.request.get("/api/settings/matching").expect(200)).body.chainMap as ChainMap;
    const farmGroup = map.groups.find((g) => g.name === "山地农机设备")!;
    const node = farmGroup.nodes.find((n) => n.industryCodes.length === 1)!;
    // The test database holds GB/T down to divisions: inferred codes resolve to the node code's loaded ancestor.
    const onNode = (codes: string[]) => codes.some((c) => node.industryCodes[0].startsWith(c));
    node.keywords.push("履带微耕犁");
    await ctx.request.put("/api/settings/matching").send({ chainMap: map }).expect(200);
    const codesAfter = ctx.services.inferrer.inferIndustryCodes(input).map((c) => c.code);
    expect(onNode(codesBefore)).toBe(false);
    expect(onNode(codesAfter)).toBe(true);
    const saved = (await ctx.request.get("/api/settings/matching").expect(200)).body;
    expect(saved.customized.chainMap).toBe(true);
    expect(saved.chainMap.groups.find((g: { name: string }) => g.name === "山地农机设备").nodes.find((n: { id: string }) => n.id === node.id).keywords).toContain("履带微耕犁");
  });

  it("is changed by admins only", async () => {
    await (await ctx.as("analyst")).put("/api/settings/matching").send({ weights: null }).expect(403);
    await (await ctx.as("viewer")).get("/api/settings/matching").expect(200);
  });
});
