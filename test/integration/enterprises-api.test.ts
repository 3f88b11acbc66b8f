import { createTestContext, type TestContext } from "../helpers/test-services";
import { buildEnterpriseInput } from "../helpers/builders";

describe("enterprises API over HTTP on a real SQLite database", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  it("creates, reads, updates, soft-deletes and restores an enterprise, writing the outbox each time", async () => {
    const created = await ctx.request.post("/api/enterprises").send(buildEnterpriseInput({ name: "深圳市大疆创新科技有限公司" }));
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body.normalizedName).toBe("深圳大疆创新科技");
    expect(created.body).not.toHaveProperty("searchText");
    expect(created.body.provinceName).toBe("重庆市");
    expect(created.body.industries[0]).toMatchObject({ code: "3670", kind: "primary" });

    const got = await ctx.request.get(`/api/enterprises/${id}`);
    expect(got.status).toBe(200);
    expect(got.body.products).toEqual([
      { name: "驱动电机", share: 0.6 },
      { name: "电机控制器", share: 0.3 },
    ]);

    const patched = await ctx.request.patch(`/api/enterprises/${id}`).send({ registeredCapital: 8000, cityCode: "440300" });
    expect(patched.status).toBe(200);
    expect(patched.body.registeredCapital).toBe(8000);
    expect(patched.body.cityName).toBe("深圳市");
    expect(patched.body.name).toBe("深圳市大疆创新科技有限公司");

    const deleted = await ctx.request.delete(`/api/enterprises/${id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.deletedAt).not.toBeNull();
    const listed = await ctx.request.get("/api/enterprises").query({ q: "大疆" });
    expect(listed.body.total).toBe(0);
    expect((await ctx.request.patch(`/api/enterprises/${id}`).send({ employees: 1 })).status).toBe(404);

    const restored = await ctx.request.post(`/api/enterprises/${id}/restore`);
    expect(restored.body.deletedAt).toBeNull();
    expect((await ctx.request.get("/api/enterprises").query({ q: "大疆" })).body.total).toBe(1);

    const events = await ctx.services.db.outboxEvent.findMany({ where: { entity: "enterprise", entityId: id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.op)).toEqual(["upsert", "upsert", "delete", "upsert"]);
  });

  it("rejects invalid input with field-level Chinese messages and writes nothing", async () => {
    const before = await ctx.services.db.enterprise.count();
    const res = await ctx.request
      .post("/api/enterprises")
      .send(buildEnterpriseInput({ name: "X", registeredCapital: -5, industryCodes: ["Z99"], provinceCode: "44", unknownField: 1 }));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("VALIDATION_ERROR");
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(["name", "registeredCapital", "industryCodes.0", "provinceCode"]));
    expect(res.body.error.details.find((d: { path: string }) => d.path === "industryCodes.0").message).toContain("行业代码无效");
    expect(await ctx.services.db.enterprise.count()).toBe(before);
    expect(await ctx.services.db.outboxEvent.count({ where: { entity: "enterprise" } })).toBeGreaterThanOrEqual(0);
  });

  it("answers malformed JSON and unknown ids with the error shape", async () => {
    const bad = await ctx.request.post("/api/enterprises").set("content-type", "application/json").send("{oops");
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe("请求体不是有效的 JSON");
    const missing = await ctx.request.get("/api/enterprises/999999");
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: "NOT_FOUND", message: "企业不存在：999999" });
    const badId = await ctx.request.get("/api/enterprises/abc");
    expect(badId.status).toBe(400);
  });

  it("filters by industry prefix (including the section letter), region prefix, capital range and status, and paginates", async () => {
    const mk = (o: Record<string, unknown>) => ctx.request.post("/api/enterprises").send(buildEnterpriseInput(o)).expect(201);
    await mk({ name: "贵州百灵中药饮片有限公司", industryCodes: ["2730"], provinceCode: "520000", registeredCapital: 20000 });
    await mk({ name: "贵州益佰制药股份有限公司", industryCodes: ["2740"], provinceCode: "520000", registeredCapital: 80000, listingStatus: "listed" });
    await mk({ name: "湖南中联重科农业机械有限公司", industryCodes: ["3572"], provinceCode: "430000", registeredCapital: 150000 });
    await mk({ name: "吊销的药业有限公司", industryCodes: ["2740"], provinceCode: "520000", operatingStatus: "吊销" });

    const pharma = await ctx.request.get("/api/enterprises").query({ industry: "27" });
    expect(pharma.body.items.map((e: { name: string }) => e.name).sort()).toEqual(
      ["吊销的药业有限公司", "贵州百灵中药饮片有限公司", "贵州益佰制药股份有限公司"].sort(),
    );
    const sectionC = await ctx.request.get("/api/enterprises").query({ industry: "C", region: "52", operatingStatus: "存续" });
    expect(sectionC.body.total).toBe(2);
    const bigOnes = await ctx.request.get("/api/enterprises").query({ minCapital: 50000, sort: "-registeredCapital" });
    expect(bigOnes.body.items.map((e: { name: string }) => e.name)).toEqual(["湖南中联重科农业机械有限公司", "贵州益佰制药股份有限公司"]);
    const listed = await ctx.request.get("/api/enterprises").query({ listingStatus: "listed" });
    expect(listed.body.items.every((e: { listingStatus: string }) => e.listingStatus === "listed")).toBe(true);

    const page1 = await ctx.request.get("/api/enterprises").query({ limit: 2, offset: 0, sort: "id" });
    const page2 = await ctx.request.get("/api/enterprises").query({ limit: 2, offset: 2, sort: "id" });
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.total).toBe(page2.body.total);
    expect(page1.body.items[1].id).toBeLessThan(page2.body.items[0].id);
    expect((await ctx.request.get("/api/enterprises").query({ limit: 500 })).status).toBe(400);
  });

  it("finds enterprises by product text", async () => {
    await ctx.request.post("/api/enterprises").send(buildEnterpriseInput({ name: "宁德示例电池有限公司", products: [{ name: "锂离子电池组" }] })).expect(201);
    const res = await ctx.request.get("/api/enterprises").query({ q: "锂离子" });
    expect(res.body.items.map((e: { name: string }) => e.name)).toContain("宁德示例电池有限公司");
  });
});
