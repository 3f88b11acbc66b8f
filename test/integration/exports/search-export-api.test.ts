import { createTestContext, type Agent, type TestContext } from "../../helpers/test-services";
import { buildEnterpriseInput } from "../../helpers/builders";
import { download, downloadBoth, readCsv, type ExportRows } from "../../helpers/export-files";
import { createEnterpriseBody, createEnterprisesInTx } from "../../../src/modules/enterprises";
import { searchEnterprises } from "../../../src/modules/search";
import { searchEnterprisesQuery } from "../../../src/modules/search/schemas";
import { countEnterprisesForSearchBrowse, searchBrowseIdPages, type SearchBrowseOrder } from "../../../src/modules/exports/repository";
import { MAX_RESULT_WINDOW } from "../../../src/search/normalize-request";

const ids = (file: ExportRows) => file.rows.map((r) => Number(r["系统编号"]));
const CONTACT_HEADERS = ["联系人", "电话", "邮箱"];

/** Every hit the search page can page through for `query` (200 a page, as far as the engine answers). */
async function screenIds(agent: Agent, query: Record<string, string>): Promise<{ ids: number[]; total: number }> {
  const out: number[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = (await agent.get("/api/search/enterprises").query({ ...query, limit: 200, offset }).expect(200)).body;
    out.push(...page.hits.map((h: { id: number }) => h.id));
    // The API pages no deeper than the engines' 2,000-hit window.
    if (page.hits.length < 200 || offset + 200 >= 2000) return { ids: out, total: page.total };
  }
}

const qs = (query: Record<string, string>) => new URLSearchParams(query).toString();

/**
 * More enterprises than the engines' result window (2,000), so both ways an export reads its rows run:
 * pages of hits from the engine, and the database in the engines' browse order past the window.
 */
describe("enterprise search export (the 企业库 page as a file)", () => {
  let ctx: TestContext;
  let viewer: Agent;
  const ROWS = 2300;
  let deletedId: number;

  beforeAll(async () => {
    ctx = await createTestContext();
    viewer = await ctx.as("viewer");
    const inputs = Array.from({ length: ROWS }, (_, i) => {
      const energy = i % 5 < 3;
      return createEnterpriseBody.parse(
        buildEnterpriseInput({
          name: `${["甲", "乙", "丙", "丁"][i % 4]}${i % 7}号${energy ? "新能源电机" : "食品"}有限公司`,
          mainBusiness: energy ? "新能源汽车驱动电机及电控系统" : i === 3 ? "=1+2 速冻食品加工" : "速冻食品加工及销售",
          industryLabels: energy ? ["汽车零部件"] : ["食品制造"],
          products: energy ? [{ name: "驱动电机" }] : [{ name: "速冻水饺" }],
          industryCodes: [["3670"], ["3612", "3670"], ["1431"], []][i % 4],
          tags: [["专精特新"], ["高新技术企业"], []][i % 3],
          // Few distinct amounts and many missing ones: ties everywhere, so the id tie-break matters.
          registeredCapital: i % 6 === 0 ? null : (i % 9) * 100,
          revenue: i % 4 === 0 ? null : (i % 11) * 1000,
          ...[
            { provinceCode: "500000" },
            { provinceCode: "440000" },
            { provinceCode: "520000" },
            { provinceCode: "520000", cityCode: "520300", countyCode: "520324" },
            { provinceCode: "440000", cityCode: "440300" },
          ][i % 5],
          listingStatus: i % 10 === 0 ? "listed" : "unlisted",
          operatingStatus: i % 17 === 0 ? "注销" : "存续",
          source: i % 8 === 0 ? "import" : "manual",
          contacts: i % 50 === 1 ? [{ name: "赵六", phone: "023-6000 0000", email: "zhao@example.com" }] : [],
        }),
      );
    });
    await ctx.services.db.$transaction((tx) => createEnterprisesInTx(tx, inputs, ctx.services.regions), { timeout: 120_000 });
    const all = await ctx.services.db.enterprise.findMany({ select: { id: true }, orderBy: { id: "asc" } });
    // Later edits, so "newest first" is not just the id order; and one deleted enterprise, in no list.
    for (const { id } of all.filter((_, i) => i % 97 === 5)) await ctx.request.patch(`/api/enterprises/${id}`).send({ employees: 7 }).expect(200);
    deletedId = all[10].id;
    await ctx.request.delete(`/api/enterprises/${deletedId}`).expect(200);
    await ctx.services.indexer.drainAll();
  }, 300_000);
  afterAll(async () => ctx?.close());

  it("text + tag filter + sort: CSV and XLSX rows are the search hits in order; contacts by role", async () => {
    const query = { q: "新能源", tags: "专精特新", listingStatus: "unlisted", sort: "-registeredCapital" };
    const screen = await screenIds(ctx.request, query);
    expect(screen.ids.length).toBeGreaterThan(300);
    expect(screen.ids).toHaveLength(screen.total);
    const { csv, xlsx, files } = await downloadBoth(ctx.request, `/api/search/enterprises/export?${qs(query)}&limit=20&offset=40&highlight=true`);
    expect(ids(csv)).toEqual(screen.ids);
    expect(ids(xlsx)).toEqual(screen.ids);
    expect(files[0].fileName).toMatch(/^企业库-\d{8}\.csv$/);
    expect(csv.header).toEqual(expect.arrayContaining(CONTACT_HEADERS));
    expect(csv.rows.some((r) => r["联系人"] === "赵六")).toBe(true);

    const asViewer = await downloadBoth(viewer, `/api/search/enterprises/export?${qs(query)}`);
    for (const file of [asViewer.csv, asViewer.xlsx]) {
      expect(file.header.filter((h) => CONTACT_HEADERS.includes(h))).toEqual([]);
      expect(ids(file)).toEqual(screen.ids);
    }
    const audit = await ctx.services.db.auditLog.findFirst({ where: { action: "export", entityType: "Enterprise" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ role: "viewer", changes: { format: "xlsx", rows: screen.total, contactColumns: false, query: { q: "新能源", tags: ["专精特新"] } } });
  });

  it("a text query with more hits than one engine page is read page after page, in relevance order", async () => {
    const screen = await screenIds(ctx.request, { q: "新能源" });
    expect(screen.total).toBeGreaterThan(1000);
    expect(screen.total).toBeLessThanOrEqual(MAX_RESULT_WINDOW);
    const file = readCsv((await download(ctx.request, "/api/search/enterprises/export?format=csv&q=" + encodeURIComponent("新能源"))).body);
    expect(ids(file)).toEqual(screen.ids);
    expect(ids(file)).not.toContain(deletedId);
  });

  it.each(["relevance", "registeredCapital", "-revenue"])(
    "without text, more rows than the engine window: every row, the first 2,000 exactly the screen's (sort=%s)",
    async (sort) => {
      const screen = await screenIds(ctx.request, { sort });
      expect(screen.total).toBe(ROWS - 1);
      expect(screen.ids).toHaveLength(MAX_RESULT_WINDOW);
      const { csv, xlsx } = await downloadBoth(ctx.request, `/api/search/enterprises/export?sort=${sort}`);
      for (const file of [csv, xlsx]) {
        expect(file.rows).toHaveLength(ROWS - 1);
        expect(ids(file).slice(0, MAX_RESULT_WINDOW)).toEqual(screen.ids);
      }
      // Past the window: the engines' browse order (the field, missing values last, then id descending).
      const field = sort === "relevance" ? "updatedAt" : sort.replace(/^-/, "");
      const desc = sort !== "registeredCapital";
      const rows = await ctx.services.db.enterprise.findMany({ where: { deletedAt: null }, select: { id: true, updatedAt: true, registeredCapital: true, revenue: true } });
      const key = (r: (typeof rows)[number]) => {
        const v = r[field as "updatedAt" | "registeredCapital" | "revenue"];
        return v instanceof Date ? v.getTime() : v;
      };
      rows.sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        if (x !== y) {
          if (x === null) return 1;
          if (y === null) return -1;
          return desc ? y - x : x - y;
        }
        return b.id - a.id;
      });
      expect(ids(csv)).toEqual(rows.map((r) => r.id));
    },
  );

  it("the database's browse order and filters equal the engine's for every filter the page offers", async () => {
    const deps = { engine: ctx.services.engine };
    const cases: Record<string, string>[] = [
      { industry: "C" }, { industry: "36" }, { industry: "3670" }, { industry: "14" },
      { region: "44" }, { region: "5203" }, { region: "520324" },
      { tags: "专精特新" }, { tags: "高新技术企业,专精特新" },
      { listingStatus: "listed" }, { operatingStatus: "注销,吊销" }, { source: "import" },
      { minCapital: "300", maxCapital: "600" }, { minCapital: "0" },
      { industry: "C", region: "52", tags: "专精特新", listingStatus: "unlisted", maxCapital: "500" },
    ];
    const orders: [string, SearchBrowseOrder][] = [
      ["relevance", { field: "updatedAt", dir: "desc" }],
      ["registeredCapital", { field: "registeredCapital", dir: "asc" }],
      ["-revenue", { field: "revenue", dir: "desc" }],
    ];
    for (const raw of cases) {
      for (const [sort, order] of orders) {
        const q = searchEnterprisesQuery.parse({ ...raw, sort, limit: 1, highlight: "false" });
        const engine: number[] = [];
        let total = 0;
        for (let offset = 0; offset < MAX_RESULT_WINDOW; offset += 1000) {
          const page = await searchEnterprises(deps, { ...q, limit: 1000, offset });
          engine.push(...page.hits.map((h) => h.id));
          total = page.total;
          if (page.hits.length < 1000) break;
        }
        const database: number[] = [];
        for await (const page of searchBrowseIdPages(ctx.services.db, q, order, 300)) database.push(...page);
        const label = JSON.stringify({ ...raw, sort });
        expect({ label, found: engine.length > 0 }).toEqual({ label, found: true });
        expect({ label, ids: database.slice(0, MAX_RESULT_WINDOW) }).toEqual({ label, ids: engine });
        expect({ label, count: await countEnterprisesForSearchBrowse(ctx.services.db, q) }).toEqual({ label, count: total });
      }
    }
  });

  it("neutralises formulas; refuses bad parameters, a text query past the window and chambers with Chinese messages", async () => {
    const food = readCsv((await download(ctx.request, "/api/search/enterprises/export?format=csv&q=" + encodeURIComponent("速冻食品加工") + "&sort=-updatedAt")).body);
    expect(food.rows.map((r) => r["主营业务"]).filter((text) => String(text).includes("=1+2"))).toEqual(["'=1+2 速冻食品加工"]);

    const bad = await ctx.request.get("/api/search/enterprises/export?format=doc&sort=id&limit=5000&colour=red");
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    const paths = bad.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(["format", "sort", "limit"]));
    expect(bad.body.error.details.every((d: { message: string }) => /[\u4e00-\u9fff]/.test(d.message))).toBe(true);

    const wide = await ctx.request.get("/api/search/enterprises/export?q=" + encodeURIComponent("有限公司"));
    expect(wide.status).toBe(400);
    expect(wide.body.error).toMatchObject({ code: "EXPORT_TOO_LARGE", details: { max: MAX_RESULT_WINDOW } });
    expect(wide.body.error.message).toContain("最多可导出 2000 家");
    expect(wide.headers["content-disposition"]).toBeUndefined();

    const chamber = await ctx.as("chamber");
    expect((await chamber.get("/api/search/enterprises/export")).status).toBe(403);
    const docs = (await ctx.request.get("/api/docs").expect(200)).body.paths;
    expect(docs["/api/search/enterprises/export"].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["q", "tags", "sort", "format"]),
    );
  });
});
