import { createTestContext, type TestContext } from "../../helpers/test-services";
import { buildEnterpriseInput, buildProjectInput } from "../../helpers/builders";

/** A small library and enterprise pool with a clear right answer for each project. */
async function seed(ctx: TestContext) {
  const post = async (path: string, body: Record<string, unknown>) => (await ctx.request.post(path).send(body).expect(201)).body;
  const tcm = await post("/api/projects", buildProjectInput({
    name: "中药材种植及饮片加工项目", industryGroup: "医药制造", industryCodes: ["2730"], totalInvestment: 20000,
    description: "建设中药材规范化种植基地及中药饮片加工厂", constructionContent: "新建饮片炮制车间、仓储中心",
    targetProfile: "寻求中药饮片、中成药生产企业", preferredIndustries: ["27"], preferredRegions: ["520000"], minInvestorCapital: 1000,
  }));
  const farmMachinery = await post("/api/projects", buildProjectInput({
    name: "丘陵山地小型农机装备生产基地项目", industryGroup: "山地农机设备", industryCodes: ["3572"], totalInvestment: 10000,
    targetProfile: "寻求微耕机、田园管理机等农机整机生产企业", preferredIndustries: ["357"],
  }));
  const e = async (o: Record<string, unknown>) => (await post("/api/enterprises", buildEnterpriseInput(o))).id as number;
  const ids = {
    tcmBig: await e({ name: "贵州百灵中药饮片有限公司", industryCodes: ["2730"], products: [{ name: "中药饮片" }, { name: "中成药" }], mainBusiness: "中药饮片和中成药的生产", provinceCode: "520000", registeredCapital: 20000, revenue: 80000, signals: [{ type: "capacity", occurredAt: "2026-06-01", description: "新建饮片车间", source: "企业公告" }] }),
    tcmSmall: await e({ name: "四川小草中药材有限公司", industryCodes: ["2730"], products: [{ name: "中药饮片" }], mainBusiness: "中药材加工", provinceCode: "510000", registeredCapital: 800, revenue: null }),
    tcmRevoked: await e({ name: "吊销的中药饮片有限公司", industryCodes: ["2730"], products: [{ name: "中药饮片" }], operatingStatus: "吊销", provinceCode: "520000" }),
    tractor: await e({ name: "山东田园农业机械有限公司", industryCodes: ["3572"], products: [{ name: "微耕机" }, { name: "田园管理机" }], mainBusiness: "丘陵山地农业机械制造", provinceCode: "370000", registeredCapital: 5000 }),
    sparseTcm: await e({ name: "云南本草堂中药饮片有限公司", industryCodes: [], products: [], mainBusiness: null, industryLabels: ["医药生物/中药Ⅱ/中药Ⅲ"], provinceCode: "530000", registeredCapital: null, revenue: null, employees: null, foundedAt: null, tags: [] }),
    bank: await e({ name: "贵州示范商业银行股份有限公司", industryCodes: ["6621"], products: [{ name: "存贷款业务" }], mainBusiness: "商业银行业务", provinceCode: "520000" }),
  };
  await ctx.services.indexer.drainAll();
  return { tcm, farmMachinery, ids };
}

describe("matching over HTTP (real SQLite, embedded engine, keyword mode)", () => {
  let ctx: TestContext;
  let s: Awaited<ReturnType<typeof seed>>;
  beforeAll(async () => {
    ctx = await createTestContext();
    s = await seed(ctx);
  });
  afterAll(async () => ctx.close());

  const matches = (projectId: number, query: Record<string, string> = {}) =>
    ctx.request.get(`/api/projects/${projectId}/matches`).query(query).expect(200).then((r) => r.body);

  it("ranks the fitting, active, right-sized enterprise first and explains every signal in Chinese", async () => {
    const body = await matches(s.tcm.id, { explain: "true", includeExcluded: "true" });
    const names = body.items.map((i: { enterprise: { name: string } }) => i.enterprise.name);
    expect(names[0]).toBe("贵州百灵中药饮片有限公司");
    expect(names).toContain("四川小草中药材有限公司");
    // An unrelated company, if retrieved at all, ranks last.
    const bank = names.indexOf("贵州示范商业银行股份有限公司");
    expect(bank === -1 || bank === names.length - 1).toBe(true);
    const top = body.items[0];
    expect(top.total).toBeGreaterThan(70);
    expect(top.total).toBeLessThanOrEqual(100);
    const industry = top.signals.find((x: { key: string }) => x.key === "industryFit");
    expect(industry.value).toBe(1);
    expect(industry.reason).toMatch(/2730/);
    expect(industry.fields.length).toBeGreaterThan(0);
    // Enterprises without data for a signal show 数据缺失 (null), not zero.
    const sparse = body.items.find((i: { enterprise: { name: string } }) => i.enterprise.name === "云南本草堂中药饮片有限公司");
    expect(sparse).toBeDefined();
    expect(sparse.signals.find((x: { key: string }) => x.key === "capacityFit").value).toBeNull();
    // The sparse record was found through its inferred industry (申万 label), shown as inferred.
    expect(sparse.enterprise.industries.some((i: { kind: string; code: string }) => i.kind === "inferred" && i.code.startsWith("27"))).toBe(true);
    // Gates: the revoked company is excluded with its reason, visible on request.
    expect(names).not.toContain("吊销的中药饮片有限公司");
    const excluded = body.excluded.find((x: { enterprise: { id: number } }) => x.enterprise.id === s.ids.tcmRevoked);
    expect(excluded.reasons.join()).toContain("吊销");
  });

  it("is deterministic and honours weight overrides per request", async () => {
    const a = await matches(s.tcm.id);
    const b = await matches(s.tcm.id);
    expect(b.items.map((i: { enterprise: { id: number } }) => i.enterprise.id)).toEqual(a.items.map((i: { enterprise: { id: number } }) => i.enterprise.id));
    // With only geography weighted, the Guizhou company stays first and the Sichuan one falls behind it.
    const geoOnly = await matches(s.tcm.id, { weights: JSON.stringify({ industryFit: 0, industryChainFit: 0, textRelevance: 0, semanticSimilarity: 0, capacityFit: 0, expansionSignals: 0, trackRecord: 0, geographyTies: 5 }) });
    expect(geoOnly.weights.geographyTies).toBe(5);
    const capacityOnly = await matches(s.tcm.id, { weights: JSON.stringify({ industryFit: 0, industryChainFit: 0, textRelevance: 0, semanticSimilarity: 0, expansionSignals: 0, trackRecord: 0, geographyTies: 0, capacityFit: 5 }) });
    const order = (r: { items: { enterprise: { id: number }; total: number }[] }) => r.items.map((i) => i.enterprise.id);
    expect(order(capacityOnly).indexOf(s.ids.tcmBig)).toBeLessThan(order(capacityOnly).indexOf(s.ids.tcmSmall));
    const bad = await ctx.request.get(`/api/projects/${s.tcm.id}/matches`).query({ weights: JSON.stringify({ luck: 3 }) });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].message).toContain("权重无效");
  });

  it("excludes an enterprise an analyst marked unsuitable, with the reason, and on the negative list", async () => {
    await ctx.request.post(`/api/projects/${s.tcm.id}/unsuitable`).send({ enterpriseId: s.ids.tcmSmall, reason: "已在邻县落地同类项目" }).expect(201);
    const body = await matches(s.tcm.id, { includeExcluded: "true" });
    expect(body.items.map((i: { enterprise: { id: number } }) => i.enterprise.id)).not.toContain(s.ids.tcmSmall);
    expect(body.excluded.find((x: { enterprise: { id: number } }) => x.enterprise.id === s.ids.tcmSmall).reasons.join()).toContain("已在邻县落地同类项目");
    await ctx.request.delete(`/api/projects/${s.tcm.id}/unsuitable/${s.ids.tcmSmall}`).expect(200);

    await ctx.request.put("/api/negative-list").send({ entries: [{ code: "2730", reason: "县域禁止新增中药饮片产能（示例）" }] }).expect(200);
    const blocked = await matches(s.tcm.id, { includeExcluded: "true" });
    expect(blocked.items.map((i: { enterprise: { id: number } }) => i.enterprise.id)).not.toContain(s.ids.tcmBig);
    expect(blocked.excluded.find((x: { enterprise: { id: number } }) => x.enterprise.id === s.ids.tcmBig).reasons.join()).toContain("负面清单");
    await ctx.request.put("/api/negative-list").send({ entries: [] }).expect(200);
  });

  it("matches the other way round: projects for an enterprise", async () => {
    const res = await ctx.request.get(`/api/enterprises/${s.ids.tractor}/matches`).query({ explain: "true" }).expect(200);
    expect(res.body.items[0].project.name).toBe("丘陵山地小型农机装备生产基地项目");
    expect(res.body.items[0].total).toBeGreaterThan(res.body.items[1]?.total ?? 0);
    const pharma = await ctx.request.get(`/api/enterprises/${s.ids.tcmBig}/matches`).expect(200);
    expect(pharma.body.items[0].project.name).toBe("中药材种植及饮片加工项目");
    expect((await ctx.request.get("/api/enterprises/999999/matches")).status).toBe(404);
  });

  it("stores match-run snapshots and marks what is new since the previous run", async () => {
    const first = await ctx.request.post("/api/match-runs?wait=true").send({ industryGroup: "医药制造", limit: 10 }).expect(201);
    expect(first.body).toMatchObject({ status: "done", scope: "医药制造", projectCount: 1 });
    const entries1 = (await ctx.request.get(`/api/match-runs/${first.body.id}/projects/${s.tcm.id}`).expect(200)).body.items;
    expect(entries1.length).toBeGreaterThan(0);
    expect(entries1.every((e: { isNew: boolean }) => e.isNew)).toBe(true);
    expect(entries1[0].signals.length).toBe(8);

    const added = (await ctx.request.post("/api/enterprises").send(buildEnterpriseInput({ name: "湖南新晋中药饮片有限公司", industryCodes: ["2730"], products: [{ name: "中药饮片" }], provinceCode: "430000", registeredCapital: 6000 })).expect(201)).body;
    await ctx.services.indexer.drainAll();
    const second = await ctx.request.post("/api/match-runs?wait=true").send({ industryGroup: "医药制造", limit: 10 }).expect(201);
    const entries2 = (await ctx.request.get(`/api/match-runs/${second.body.id}/projects/${s.tcm.id}`)).body.items;
    const newOnes = entries2.filter((e: { isNew: boolean }) => e.isNew).map((e: { enterpriseId: number }) => e.enterpriseId);
    expect(newOnes).toEqual([added.id]);
    // The first snapshot is unchanged by the second run.
    expect((await ctx.request.get(`/api/match-runs/${first.body.id}/projects/${s.tcm.id}`)).body.items).toEqual(entries1);
    expect((await ctx.request.post("/api/match-runs").send({ industryGroup: "不存在" })).status).toBe(400);
  });
});
