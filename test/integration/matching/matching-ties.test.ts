import { createTestContext, type TestContext } from "../../helpers/test-services";
import { buildEnterpriseInput, buildProjectInput } from "../../helpers/builders";

/** Signals fed by the leads (referring chamber) and the pipeline (projects signed before), on both read paths. */
describe("matching reads referral credit and signed projects", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  it("scores a referring chamber and an earlier signed project of ours, citing them", async () => {
    const chamber = (await ctx.request.post("/api/chambers").send({ name: "重庆贵州商会" }).expect(201)).body;
    const investor = (await ctx.request.post("/api/enterprises").send(buildEnterpriseInput({ name: "重庆驰远电机有限公司", provinceCode: "500000" })).expect(201)).body;
    const other = (await ctx.request.post("/api/enterprises").send(buildEnterpriseInput({ name: "重庆远航电机有限公司", provinceCode: "500000" })).expect(201)).body;
    const earlier = (await ctx.request.post("/api/projects").send(buildProjectInput({ name: "电机电控一期项目" })).expect(201)).body;
    // What the leads and pipeline modules record: the referrer, and the investor of a signed project.
    await ctx.services.db.enterprise.update({ where: { id: investor.id }, data: { referrerChamberId: chamber.id, referredAt: new Date("2026-03-01") } });
    await ctx.services.db.project.update({ where: { id: earlier.id }, data: { stage: "签约", investorEnterpriseId: investor.id } });
    const project = (await ctx.request.post("/api/projects").send(buildProjectInput({ name: "电机电控二期项目" })).expect(201)).body;
    await ctx.services.indexer.drainAll();

    const detail = (await ctx.request.get(`/api/enterprises/${investor.id}`).expect(200)).body;
    expect(detail).toMatchObject({ referrerChamberId: chamber.id, referrerChamberName: "重庆贵州商会", referredAt: "2026-03-01T00:00:00.000Z" });

    const body = (await ctx.request.get(`/api/projects/${project.id}/matches`).query({ explain: "true" }).expect(200)).body;
    const item = (id: number) => body.items.find((i: { enterprise: { id: number } }) => i.enterprise.id === id);
    const signal = (id: number, key: string) => item(id).signals.find((x: { key: string }) => x.key === key);
    expect(signal(investor.id, "trackRecord").value).toBeGreaterThan(0);
    expect(signal(investor.id, "trackRecord").reason).toContain("电机电控一期项目");
    expect(signal(other.id, "trackRecord").value ?? 0).toBe(0);
    expect(signal(investor.id, "geographyTies").reason).toContain("重庆贵州商会");
    expect(signal(investor.id, "geographyTies").value).toBeGreaterThan(signal(other.id, "geographyTies").value);
    expect(item(investor.id).total).toBeGreaterThan(item(other.id).total);

    // The enterprise side reads the same facts through the Prisma path.
    const forEnterprise = (await ctx.request.get(`/api/enterprises/${investor.id}/matches`).query({ explain: "true" }).expect(200)).body;
    const again = forEnterprise.items.find((i: { project: { id: number } }) => i.project.id === project.id);
    expect(again.signals.find((x: { key: string }) => x.key === "trackRecord").reason).toContain("电机电控一期项目");
  });
});
