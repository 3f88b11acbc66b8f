import { createTestContext, type TestContext } from "../helpers/test-services";
import { buildEnterpriseInput, buildProjectInput } from "../helpers/builders";

describe("search API over HTTP (embedded engine fed by the outbox indexer)", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
    const post = (path: string, body: Record<string, unknown>) => ctx.request.post(path).send(body).expect(201);
    await post("/api/enterprises", buildEnterpriseInput({ name: "重庆长鑫新能源汽车零部件有限公司", products: [{ name: "新能源汽车电机" }], provinceCode: "500000", registeredCapital: 8000, listingStatus: "unlisted" }));
    await post("/api/enterprises", buildEnterpriseInput({ name: "比亚迪股份有限公司", industryCodes: ["3612"], products: [{ name: "新能源汽车" }, { name: "动力电池" }], provinceCode: "440000", registeredCapital: 291114, listingStatus: "listed" }));
    await post("/api/enterprises", buildEnterpriseInput({ name: "贵州百灵中药饮片有限公司", industryCodes: ["2730"], products: [{ name: "中药饮片" }], mainBusiness: "中药饮片加工", provinceCode: "520000", registeredCapital: 12000 }));
    await post("/api/projects", buildProjectInput({ name: "年产10万套新能源汽车电机电控项目" }));
    await post("/api/projects", buildProjectInput({ name: "中药材种植及饮片加工项目", industryGroup: "医药制造", industryCodes: ["2730"], stage: "发布" }));
    await ctx.services.indexer.drainAll();
  });
  afterAll(async () => ctx.close());

  it("finds 新能源 and 能源 in Chinese text, with highlights and facet counts", async () => {
    const res = await ctx.request.get("/api/search/enterprises").query({ q: "新能源", facets: "listingStatus,provinceCode" }).expect(200);
    expect(res.body.mode).toBe("keyword");
    const names = res.body.hits.map((h: { doc: { name: string } }) => h.doc.name);
    expect(names).toEqual(expect.arrayContaining(["重庆长鑫新能源汽车零部件有限公司", "比亚迪股份有限公司"]));
    expect(names).not.toContain("贵州百灵中药饮片有限公司");
    expect(res.body.hits.every((h: { score: number }) => h.score >= 0 && h.score <= 1)).toBe(true);
    expect(JSON.stringify(res.body.hits[0].highlights)).toContain("<em>");
    expect(res.body.facets.listingStatus).toMatchObject({ listed: 1, unlisted: 1 });
    const energy = await ctx.request.get("/api/search/enterprises").query({ q: "能源" }).expect(200);
    expect(energy.body.total).toBeGreaterThanOrEqual(2);
  });

  it("filters by industry prefix (section letter too), region, capital and listing status", async () => {
    const pharma = await ctx.request.get("/api/search/enterprises").query({ industry: "27" }).expect(200);
    expect(pharma.body.hits.map((h: { doc: { name: string } }) => h.doc.name)).toEqual(["贵州百灵中药饮片有限公司"]);
    const manufacturing = await ctx.request.get("/api/search/enterprises").query({ industry: "C", region: "52" }).expect(200);
    expect(manufacturing.body.total).toBe(1);
    const big = await ctx.request.get("/api/search/enterprises").query({ minCapital: 100000, listingStatus: "listed" }).expect(200);
    expect(big.body.hits.map((h: { doc: { name: string } }) => h.doc.name)).toEqual(["比亚迪股份有限公司"]);
    const sorted = await ctx.request.get("/api/search/enterprises").query({ sort: "-registeredCapital" }).expect(200);
    expect(sorted.body.hits[0].doc.name).toBe("比亚迪股份有限公司");
  });

  it("searches projects by group and stage, and follows deletes", async () => {
    const res = await ctx.request.get("/api/search/projects").query({ q: "饮片", stage: "发布", facets: "industryGroup" }).expect(200);
    expect(res.body.hits.map((h: { doc: { name: string } }) => h.doc.name)).toEqual(["中药材种植及饮片加工项目"]);
    expect(res.body.facets.industryGroup).toEqual({ 医药制造: 1 });
    const id = res.body.hits[0].id;
    await ctx.request.delete(`/api/projects/${id}`).expect(200);
    await ctx.services.indexer.drainAll();
    expect((await ctx.request.get("/api/search/projects").query({ q: "饮片" })).body.total).toBe(0);
  });

  it("rejects bad parameters with a Chinese message", async () => {
    const res = await ctx.request.get("/api/search/enterprises").query({ industry: "Z9", limit: 1000 });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(["industry", "limit"]));
    // The engines rank no deeper than 2,000 hits: a deeper page is refused, not answered empty.
    const deep = await ctx.request.get("/api/search/enterprises").query({ q: "新能源", offset: 2000 });
    expect(deep.status).toBe(400);
    expect(deep.body.error.details).toEqual([{ path: "offset", message: "检索结果最多可翻阅前 2000 条，请用筛选条件缩小范围" }]);
  });
});
