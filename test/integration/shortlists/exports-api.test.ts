import { createTestContext, type Agent, type TestContext } from "../../helpers/test-services";
import { buildEnterpriseInput, buildProjectInput } from "../../helpers/builders";
import { createEnterpriseBody, createEnterprisesInTx } from "../../../src/modules/enterprises";
import { download, downloadBoth, readCsv, type ExportRows } from "../../helpers/export-files";

const ids = (file: ExportRows) => file.rows.map((r) => Number(r["系统编号"]));

/** Every id the list endpoint returns for `query`, page after page. */
async function listIds(agent: Agent, query: string): Promise<number[]> {
  const out: number[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = (await agent.get(`/api/enterprises?${query}&limit=200&offset=${offset}`).expect(200)).body;
    out.push(...page.items.map((e: { id: number }) => e.id));
    if (offset + 200 >= page.total) return out;
  }
}

describe("enterprise list export (more rows than one page, every sort)", () => {
  let ctx: TestContext;
  let viewer: Agent;
  const ROWS = 1500; // above the export's 1,000-row page, so keyset paging is exercised
  beforeAll(async () => {
    ctx = await createTestContext();
    viewer = await ctx.as("viewer");
    const inputs = Array.from({ length: ROWS }, (_, i) =>
      createEnterpriseBody.parse(
        buildEnterpriseInput({
          // Few distinct names and capitals, many NULL capitals: ties everywhere, so the id tiebreak matters.
          name: `${["甲", "乙", "丙", "丁"][i % 4]}${i % 5}号零部件有限公司`,
          registeredCapital: i % 6 === 0 ? null : (i % 9) * 100,
          provinceCode: i % 3 === 0 ? "500000" : "440000",
          listingStatus: i % 10 === 0 ? "listed" : "unlisted",
          contacts: i % 50 === 0 ? [{ name: "赵六", phone: "023-6000 0000", email: "zhao@example.com" }] : [],
          mainBusiness: i === 7 ? "=1+2 汽车零部件" : undefined,
        }),
      ),
    );
    await ctx.services.db.$transaction((tx) => createEnterprisesInTx(tx, inputs, ctx.services.regions), { timeout: 60_000 });
  });
  afterAll(async () => ctx.close());

  it.each(["sort=id", "sort=-id", "sort=name", "sort=registeredCapital", "sort=-registeredCapital", "sort=-updatedAt"])(
    "CSV rows equal the list endpoint's rows in the same order (%s)",
    async (query) => {
      const file = await download(ctx.request, `/api/enterprises/export?${query}&format=csv`);
      expect(file.status).toBe(200);
      expect(ids(readCsv(file.body))).toEqual(await listIds(ctx.request, query));
    },
  );

  it("XLSX and CSV of a filtered, sorted list both equal the list endpoint; the page URL can be reused as is", async () => {
    const query = "region=44&minCapital=200&listingStatus=unlisted&sort=-registeredCapital";
    const expected = await listIds(ctx.request, query);
    expect(expected.length).toBeGreaterThan(300);
    const { csv, xlsx, files } = await downloadBoth(ctx.request, `/api/enterprises/export?${query}&limit=20&offset=40`);
    expect(ids(csv)).toEqual(expected);
    expect(ids(xlsx)).toEqual(expected);
    expect(files[0].fileName).toMatch(/^企业库-\d{8}\.csv$/);
    expect(files[1].headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const first = (await ctx.request.get(`/api/enterprises/${expected[0]}`).expect(200)).body;
    expect(xlsx.rows[0]).toMatchObject({ 企业名称: first.name, 所在省份: "广东省", 上市状态: "未上市", "注册资本（万元）": first.registeredCapital });
    expect(csv.rows[0]["注册资本（万元）"]).toBe(String(first.registeredCapital));
  });

  it("neutralises formulas and shows contacts only to roles allowed to read them; every export is audited", async () => {
    const admin = readCsv((await download(ctx.request, "/api/enterprises/export?format=csv&q=" + encodeURIComponent("=1+2"))).body);
    expect(admin.rows).toHaveLength(1);
    expect(admin.rows[0]["主营业务"]).toBe("'=1+2 汽车零部件");
    const withContact = readCsv((await download(ctx.request, "/api/enterprises/export?format=csv&sort=id")).body).rows[0];
    expect(withContact).toMatchObject({ 联系人: "赵六", 电话: "023-6000 0000", 邮箱: "zhao@example.com" });

    const { csv, xlsx } = await downloadBoth(viewer, "/api/enterprises/export?sort=id");
    for (const file of [csv, xlsx]) {
      expect(file.header.filter((h) => ["联系人", "电话", "邮箱"].includes(h))).toEqual([]);
      expect(file.rows).toHaveLength(ROWS);
    }
    const audit = await ctx.services.db.auditLog.findFirst({ where: { action: "export", entityType: "Enterprise" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ role: "viewer", changes: { format: "xlsx", rows: ROWS, contactColumns: false, query: { sort: "id" } } });

    const chamber = await ctx.as("chamber");
    expect((await chamber.get("/api/enterprises/export")).status).toBe(403);
    const bad = await ctx.request.get("/api/enterprises/export?format=doc&sort=nope");
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(["format", "sort"]);
  });
});

describe("ranked matches export", () => {
  let ctx: TestContext;
  let projectId: number;
  beforeAll(async () => {
    ctx = await createTestContext();
    const post = async (path: string, body: Record<string, unknown>) => (await ctx.request.post(path).send(body).expect(201)).body;
    projectId = (await post("/api/projects", buildProjectInput())).id;
    for (let i = 0; i < 12; i++) {
      await post("/api/enterprises", buildEnterpriseInput({
        registeredCapital: 1000 * (i + 1),
        provinceCode: ["500000", "440000", "520000"][i % 3],
        ...(i === 0 ? { contacts: [{ name: "钱七", phone: "+86 139 0000 0000" }] } : {}),
      }));
    }
    await ctx.services.indexer.drainAll();
  });
  afterAll(async () => ctx.close());

  it.each([
    ["default weights", ""],
    ["the analyst's weights and filters", `weights=${encodeURIComponent(JSON.stringify({ industryFit: 0, geographyTies: 8 }))}&province=50&minCapital=2000`],
  ])("rows equal GET /matches in rank order, with per-signal points and reasons (%s)", async (_label, query) => {
    const api = (await ctx.request.get(`/api/projects/${projectId}/matches?limit=200&${query}`).expect(200)).body;
    expect(api.items.length).toBeGreaterThan(2);
    const { csv, xlsx, files } = await downloadBoth(ctx.request, `/api/projects/${projectId}/matches/export?${query}`);
    expect(files[1].fileName).toMatch(/^项目匹配-.+\.xlsx$/);
    for (const file of [csv, xlsx]) {
      expect(ids(file)).toEqual(api.items.map((m: { enterprise: { id: number } }) => m.enterprise.id));
      expect(file.rows.map((r) => Number(r["排名"]))).toEqual(api.items.map((m: { rank: number }) => m.rank));
      expect(file.rows.map((r) => Number(r["匹配总分"]))).toEqual(api.items.map((m: { total: number }) => m.total));
      const top = api.items[0];
      for (const signal of top.signals as { label: string; value: number | null; reason: string }[]) {
        const cell = file.rows[0][`${signal.label}（分）`];
        expect(signal.value === null ? cell : Number(cell)).toBe(signal.value === null ? "数据缺失" : Math.round(signal.value * 1000) / 10);
        expect(String(file.rows[0]["匹配理由"])).toContain(`${signal.label}：${signal.reason}`);
      }
    }
  });

  it("drops contact columns for viewers, refuses chambers and answers 404 for an unknown project", async () => {
    const viewer = await ctx.as("viewer");
    const file = readCsv((await download(viewer, `/api/projects/${projectId}/matches/export?format=csv`)).body);
    expect(file.header.filter((h) => ["联系人", "电话", "邮箱"].includes(h))).toEqual([]);
    const admin = readCsv((await download(ctx.request, `/api/projects/${projectId}/matches/export?format=csv`)).body);
    expect(admin.header).toEqual(expect.arrayContaining(["联系人", "电话", "邮箱"]));
    expect(admin.rows.some((r) => r["电话"] === "'+86 139 0000 0000")).toBe(true);
    expect((await (await ctx.as("chamber")).get(`/api/projects/${projectId}/matches/export`)).status).toBe(403);
    const missing = await ctx.request.get("/api/projects/99999/matches/export");
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe("项目不存在：99999");
    const audit = await ctx.services.db.auditLog.findFirst({ where: { action: "export", entityType: "Project" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ entityId: String(projectId), changes: { format: "csv", contactColumns: true } });
  });
});
