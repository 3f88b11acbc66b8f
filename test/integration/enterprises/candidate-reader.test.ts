import { createTestContext, type TestContext } from "../../helpers/test-services";
import { buildEnterpriseInput } from "../../helpers/builders";
import { findEnterprisesByIds } from "../../../src/modules/enterprises";

/**
 * Matching reads its candidates through EnterpriseCandidateReader (raw SQL, for speed) instead of the Prisma
 * repository. The scorer must not be able to tell them apart: same rows, same relations, same types, except
 * for the two wide texts the reader leaves out on purpose.
 */
describe("EnterpriseCandidateReader returns what the Prisma repository returns", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  it("for enterprises with codes, signals, contacts and a referring chamber", async () => {
    const ids: number[] = [];
    for (const overrides of [
      { name: "遵义山地农机装备有限公司", contacts: [{ name: "李总", phone: "13800000001" }], tags: ["重点"], registeredCapital: 5000, revenue: 12000 },
      { name: "贵州黔北中药饮片有限公司", industryCodes: ["2730"], listingStatus: "listed", stockCode: "600000", foundedAt: "2008-05-01" },
      { name: "正安吉他文化产业有限公司", industryCodes: [], registeredCapital: null },
    ]) {
      const res = await ctx.request.post("/api/enterprises").send(buildEnterpriseInput(overrides));
      expect(res.status).toBe(201);
      ids.push(res.body.id);
    }
    const chamber = await ctx.services.db.chamber.create({ data: { name: "贵州省浙江商会" } });
    await ctx.services.db.enterprise.update({ where: { id: ids[0] }, data: { referrerChamberId: chamber.id, referredAt: new Date("2026-10-01T08:00:00Z") } });
    await ctx.services.db.expansionSignal.create({
      data: { enterpriseId: ids[1], type: "investment", occurredAt: new Date("2026-06-01T00:00:00Z"), description: "拟投资建设饮片生产线", source: "公告" },
    });
    await ctx.services.db.enterpriseIndustry.create({ data: { enterpriseId: ids[2], code: "8710", kind: "inferred", confidence: 0.7, evidence: "主营：吉他" } });

    const viaPrisma = await findEnterprisesByIds(ctx.services.db, ids);
    const viaReader = ctx.services.candidates.findByIds(ids);
    const comparable = (rows: typeof viaPrisma) =>
      rows
        .map((r) => ({ ...r, searchText: "", industries: r.industries.map((i) => ({ ...i, evidence: null })) }))
        .sort((a, b) => a.id - b.id);
    expect(comparable(viaReader)).toEqual(comparable(viaPrisma));
    expect(viaReader.find((r) => r.id === ids[0])?.referrerChamber).toEqual({ name: "贵州省浙江商会" });
  });
});
