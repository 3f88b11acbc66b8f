import path from "node:path";
import { createTestContext, type TestContext } from "../helpers/test-services";

const fixture = (name: string) => path.join(__dirname, "..", "fixtures", "imports", name);

async function importFile(ctx: TestContext, name: string, fields: Record<string, string> = {}) {
  let req = ctx.request.post("/api/imports").field("wait", "true");
  for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
  return req.attach("file", fixture(name));
}

const VALID_NAMES = [
  "比亚迪股份有限公司",
  "宁德时代新能源科技股份有限公司",
  "深圳市大疆创新科技有限公司",
  "贵州茅台酒股份有限公司",
  "珠海格力电器股份有限公司",
  "美的集团股份有限公司",
  "华为技术有限公司",
  "小米科技有限责任公司",
];

describe("enterprise import over HTTP (multipart) into real SQLite", () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext();
  });
  afterEach(async () => ctx.close());

  it("imports a UTF-8 CSV with Chinese headers, reporting bad rows by row and column, then re-imports it with no change", async () => {
    const first = await importFile(ctx, "enterprises-utf8.csv");
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: "done", totalRows: 13, rejected: 2, warnings: 3 });
    expect(first.body.created).toBe(11);
    const byRow = (row: number) => first.body.errors.filter((e: { row: number }) => e.row === row);
    // A bad credit code or a missing name rejects the row; an unreadable optional cell is left out with a warning.
    expect(byRow(11)[0]).toMatchObject({ column: "统一社会信用代码", severity: "error" });
    expect(byRow(11)[0].message).toContain("校验位错误");
    expect(byRow(13)[0]).toMatchObject({ message: "缺少企业名称", severity: "error" });
    expect(byRow(12)[0]).toMatchObject({ column: "注册资本(万元)", severity: "warning" });
    expect(byRow(15)[0].message).toContain("外币");

    const names = (await ctx.services.db.enterprise.findMany({ select: { name: true } })).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(VALID_NAMES));
    expect(names).not.toContain("浙江示范新材料科技有限公司");
    expect(names).toContain("安徽示范智能装备有限公司");
    expect(await ctx.services.db.enterprise.count()).toBe(11);
    const withoutCapital = await ctx.services.db.enterprise.findFirstOrThrow({ where: { name: "江西示范稀土功能材料有限公司" } });
    expect(withoutCapital.registeredCapital).toBeNull();

    const byd = await ctx.services.db.enterprise.findFirstOrThrow({ where: { name: "比亚迪股份有限公司" }, include: { industries: true } });
    expect(byd).toMatchObject({ creditCode: "91440300192317458F", provinceCode: "440000", cityCode: "440300", listingStatus: "listed", stockCode: "002594" });
    expect(byd.registeredCapital).toBeCloseTo(291114.2855);
    expect(byd.industries.map((i) => i.code)).toEqual(["3612"]);
    expect(byd.products).toEqual([
      { name: "汽车及相关产品", share: 0.77 },
      { name: "手机部件及组装", share: 0.23 },
    ]);
    const catl = await ctx.services.db.enterprise.findFirstOrThrow({ where: { name: { startsWith: "宁德时代" } } });
    expect(catl.registeredCapital).toBe(439900);
    const gree = await ctx.services.db.enterprise.findFirstOrThrow({ where: { name: { startsWith: "珠海格力" } } });
    expect(gree.registeredCapital).toBeCloseTo(563102.6);

    const again = await importFile(ctx, "enterprises-utf8.csv");
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 11, rejected: 2 });
    expect(await ctx.services.db.enterprise.count()).toBe(11);
  });

  it.each(["enterprises-utf8-bom.csv", "enterprises-gbk.csv", "enterprises.xlsx", "enterprises.json", "enterprises.jsonl"])(
    "imports the same companies from %s",
    async (file) => {
      const res = await importFile(ctx, file);
      expect(res.status).toBe(201);
      expect(res.body.status).toBe("done");
      const names = (await ctx.services.db.enterprise.findMany({ select: { name: true } })).map((e) => e.name);
      expect(names).toEqual(expect.arrayContaining(VALID_NAMES));
      const moutai = await ctx.services.db.enterprise.findFirstOrThrow({ where: { name: "贵州茅台酒股份有限公司" } });
      expect(moutai).toMatchObject({ provinceCode: "520000", cityCode: "520300", stockCode: "600519" });
    },
  );

  it("updates an existing enterprise found by credit code and writes the outbox in the same transaction", async () => {
    await importFile(ctx, "enterprises-utf8.csv");
    const byd = await ctx.services.db.enterprise.findFirstOrThrow({ where: { creditCode: "91440300192317458F" } });
    await ctx.services.db.enterprise.update({ where: { id: byd.id }, data: { registeredCapital: 1 } });
    const outboxBefore = await ctx.services.db.outboxEvent.count({ where: { entityId: byd.id, entity: "enterprise" } });
    const res = await importFile(ctx, "enterprises-utf8.csv");
    expect(res.body).toMatchObject({ created: 0, updated: 1, unchanged: 10 });
    const after = await ctx.services.db.enterprise.findUniqueOrThrow({ where: { id: byd.id } });
    expect(after.registeredCapital).toBeCloseTo(291114.2855);
    expect(await ctx.services.db.outboxEvent.count({ where: { entityId: byd.id, entity: "enterprise" } })).toBe(outboxBefore + 1);
  });

  it("reads the A-share export format with its English headers", async () => {
    const res = await importFile(ctx, "a-share-sample.csv");
    expect(res.status).toBe(201);
    expect(res.body.created).toBeGreaterThan(0);
    const rows = await ctx.services.db.enterprise.findMany({ include: { industries: true } });
    expect(rows.every((r) => r.listingStatus === "listed" || r.listingStatus === "delisted")).toBe(true);
    expect(rows.some((r) => (r.industryLabels as string[]).length > 0)).toBe(true);
    expect(rows.some((r) => (r.products as unknown[]).length > 0)).toBe(true);
  });

  it("accepts an explicit column mapping and refuses an unknown target field", async () => {
    const bad = await importFile(ctx, "enterprises-utf8.csv", { mapping: JSON.stringify({ 企业名称: "nonsense" }) });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("BAD_MAPPING");
    const ignored = await importFile(ctx, "enterprises-utf8.csv", { mapping: JSON.stringify({ "注册资本(万元)": "ignore" }) });
    expect(ignored.status).toBe(201);
    const byd = await ctx.services.db.enterprise.findFirstOrThrow({ where: { name: "比亚迪股份有限公司" } });
    expect(byd.registeredCapital).toBeNull();
  });

  it("refuses empty files, wrong types and missing files with clear errors and writes nothing", async () => {
    const empty = await importFile(ctx, "empty.csv");
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe("EMPTY_FILE");
    const png = await importFile(ctx, "picture.png");
    expect(png.status).toBe(415);
    expect(png.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    const docx = await importFile(ctx, "document.docx");
    expect(docx.status).toBe(415);
    const none = await ctx.request.post("/api/imports").field("wait", "true");
    expect(none.status).toBe(400);
    expect(none.body.error.message).toBe("请上传文件（表单字段名 file）");
    expect(await ctx.services.db.enterprise.count()).toBe(0);
  });

  it("runs in the background by default and reports progress at /api/imports/:id", async () => {
    const started = await ctx.request.post("/api/imports").attach("file", fixture("enterprises.json"));
    expect(started.status).toBe(202);
    let job = started.body;
    for (let i = 0; i < 100 && job.status === "running"; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await ctx.request.get(`/api/imports/${started.body.id}`)).body;
    }
    expect(job.status).toBe("done");
    expect(job.created).toBeGreaterThanOrEqual(VALID_NAMES.length);
    expect((await ctx.request.get("/api/imports")).body.items[0].id).toBe(started.body.id);
  });
});

describe("import size limit", () => {
  it("rejects a file over IMPORT_MAX_MB with 413 and a Chinese message", async () => {
    const ctx = await createTestContext({ IMPORT_MAX_MB: "0.001" });
    try {
      const res = await importFile(ctx, "enterprises-utf8.csv");
      expect(res.status).toBe(413);
      expect(res.body.error.message).toContain("文件过大");
      expect(await ctx.services.db.enterprise.count()).toBe(0);
    } finally {
      await ctx.close();
    }
  });
});
