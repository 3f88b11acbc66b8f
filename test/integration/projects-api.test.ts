import { createTestContext, type TestContext } from "../helpers/test-services";
import { buildProjectInput } from "../helpers/builders";

describe("projects API over HTTP on a real SQLite database", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  it("creates a project with a generated code and county name, updates, deletes and restores it", async () => {
    const created = await ctx.request.post("/api/projects").send(buildProjectInput());
    expect(created.status).toBe(201);
    expect(created.body.code).toMatch(/^ZS-\d{4}-0001$/);
    expect(created.body.countyName).toBe("正安县");
    expect(created.body.stage).toBe("策划");
    expect(created.body.industries).toEqual([{ code: "3670", name: expect.any(String) }]);

    const second = await ctx.request.post("/api/projects").send(buildProjectInput());
    expect(second.body.code).toMatch(/-0002$/);

    const id = created.body.id;
    const patched = await ctx.request.patch(`/api/projects/${id}`).send({ totalInvestment: 80000, industryCodes: ["3612", "3670"] });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ stage: "策划", totalInvestment: 80000 });
    // The stage moves only through the pipeline, with its rules.
    const stagePatch = await ctx.request.patch(`/api/projects/${id}`).send({ stage: "签约" }).expect(400);
    expect(JSON.stringify(stagePatch.body.error.details)).toMatch(/stage/);
    await ctx.request.post(`/api/projects/${id}/stage`).send({ to: "发布" }).expect(200);
    expect(patched.body.industries.map((i: { code: string }) => i.code)).toEqual(["3612", "3670"]);

    expect((await ctx.request.delete(`/api/projects/${id}`)).body.deletedAt).not.toBeNull();
    expect((await ctx.request.get("/api/projects").query({ stage: "发布" })).body.total).toBe(0);
    expect((await ctx.request.post(`/api/projects/${id}/restore`)).body.deletedAt).toBeNull();
    expect((await ctx.request.get("/api/projects").query({ stage: "发布" })).body.total).toBe(1);
  });

  it("refuses an unknown industry group, a duplicate code and a bad stage, changing nothing", async () => {
    const before = await ctx.services.db.project.count();
    const unknownGroup = await ctx.request.post("/api/projects").send(buildProjectInput({ industryGroup: "房地产" }));
    expect(unknownGroup.status).toBe(400);
    expect(unknownGroup.body.error.message).toBe("产业组不存在：房地产");
    await ctx.request.post("/api/projects").send(buildProjectInput({ code: "ZS-X-1" })).expect(201);
    const dup = await ctx.request.post("/api/projects").send(buildProjectInput({ code: "ZS-X-1" }));
    expect(dup.status).toBe(409);
    expect(dup.body.error.message).toBe("项目编号已存在");
    const badStage = await ctx.request.post("/api/projects").send(buildProjectInput({ stage: "开工" }));
    expect(badStage.status).toBe(400);
    expect(await ctx.services.db.project.count()).toBe(before + 1);
  });

  it("filters by group, stage, investment range, region and text", async () => {
    await ctx.request.post("/api/projects").send(buildProjectInput({ name: "中药材种植及饮片加工项目", industryGroup: "医药制造", industryCodes: ["2730"], totalInvestment: 30000 })).expect(201);
    await ctx.request.post("/api/projects").send(buildProjectInput({ name: "茶旅融合文旅度假区项目", industryGroup: "文化旅游", industryCodes: ["7852"], totalInvestment: 200000, stage: "洽谈" })).expect(201);
    const pharma = await ctx.request.get("/api/projects").query({ industryGroup: "医药制造" });
    expect(pharma.body.items.map((p: { name: string }) => p.name)).toEqual(["中药材种植及饮片加工项目"]);
    const big = await ctx.request.get("/api/projects").query({ minInvestment: 100000 });
    expect(big.body.items.map((p: { name: string }) => p.name)).toEqual(["茶旅融合文旅度假区项目"]);
    const talks = await ctx.request.get("/api/projects").query({ stage: "洽谈,签约" });
    expect(talks.body.total).toBe(1);
    expect((await ctx.request.get("/api/projects").query({ region: "5203", q: "饮片" })).body.total).toBe(1);
    expect((await ctx.request.get("/api/projects").query({ industry: "C" })).body.total).toBeGreaterThan(0);
    const groups = await ctx.request.get("/api/industry-groups");
    expect(groups.body.items.map((g: { name: string }) => g.name)).toEqual(["新能源汽车", "装备制造", "医药制造", "特色食品加工", "山地农机设备", "山地高效农业", "文化旅游"]);
  });

  it("serves the OpenAPI document generated from the schemas", async () => {
    const res = await ctx.request.get("/api/docs");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.1.0");
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(["/api/enterprises", "/api/projects/{id}", "/api/imports"]));
    expect(res.body.components.schemas.EnterpriseInput.properties.creditCode).toBeDefined();
  });
});

describe("service root", () => {
  it("says what is running and where the API documentation is", async () => {
    const ctx = await createTestContext();
    try {
      const res = await ctx.request.get("/").set("Accept", "application/json").expect(200);
      expect(res.body).toMatchObject({ name: "InvestMatch 招商匹配", docs: "/api/docs" });
      const health = await ctx.request.get("/api/health").expect(200);
      expect(health.body.checks).toMatchObject({ database: { ok: true }, search: { ok: true, engine: "embedded" } });
      expect(health.body.checks.embeddings.message).toContain("语义检索未启用");
    } finally {
      await ctx.close();
    }
  });
});
