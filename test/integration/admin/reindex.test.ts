import { createTestContext, type TestContext } from "../../helpers/test-services";
import { upsertIndustryCodes } from "../../../src/modules/industries/reference-seed";
import type { IndustryRecord } from "../../../src/modules/industries/reference-data";

/** The rows of the full GB/T 4754-2017 table under 357 that an agricultural machinery maker needs (the repo ships levels 1-2). */
const AGRI_MACHINERY_ROWS: IndustryRecord[] = [
  { code: "357", level: 3, name: "农、林、牧、渔专用机械制造", parentCode: "35", section: "C" },
  { code: "3571", level: 4, name: "拖拉机制造", parentCode: "357", section: "C" },
  {
    code: "3572",
    level: 4,
    name: "机械化农业及园艺机具制造",
    description: "指用于土壤处理，作物种植或施肥，种植物收割的农业、园艺或其他机械的制造",
    parentCode: "357",
    section: "C",
  },
];

async function waitForReindex(ctx: TestContext) {
  for (let i = 0; i < 200; i++) {
    const state = await ctx.request.get("/api/admin/reindex");
    if (state.body.status !== "running") return state.body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("reindex did not finish");
}

describe("POST /api/admin/reindex over HTTP", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  it("reads a GB/T table imported while the service runs and infers the finer codes it now knows", async () => {
    const created = await ctx.request.post("/api/enterprises").send({
      name: "山东丘陵农机股份有限公司",
      products: [{ name: "拖拉机" }, { name: "微耕机" }],
      industryLabels: ["农用机械"],
    });
    expect(created.status).toBe(201);
    await ctx.services.indexer.drainAll();
    const inferredCodes = async () =>
      ((await ctx.request.get(`/api/enterprises/${created.body.id}`)).body.industries as { code: string; kind: string }[])
        .filter((i) => i.kind === "inferred")
        .map((i) => i.code);
    // The shipped table stops at divisions: 35 is as fine as inference can go.
    expect(await inferredCodes()).toContain("35");
    expect((await inferredCodes()).some((c) => c.startsWith("357"))).toBe(false);

    // What `npm run import -- industries <file>` does, from another process, while this service runs.
    await upsertIndustryCodes(ctx.services.db, AGRI_MACHINERY_ROWS);
    const started = await ctx.request.post("/api/admin/reindex");
    expect(started.status).toBe(202);
    const done = await waitForReindex(ctx);
    expect(done).toMatchObject({ status: "done", result: { enterprises: 1 } });

    const codes = await inferredCodes();
    expect(codes.some((c) => c.startsWith("357"))).toBe(true);
    // The index carries the new codes: a search filtered by the 中类 finds the company.
    const found = await ctx.request.get("/api/search/enterprises").query({ industry: "357" });
    expect(found.status).toBe(200);
    expect(found.body.hits.map((h: { id: number }) => h.id)).toEqual([created.body.id]);
  });

  it("is for admins only", async () => {
    const analyst = await ctx.as("analyst");
    expect((await analyst.post("/api/admin/reindex")).status).toBe(403);
  });
});
