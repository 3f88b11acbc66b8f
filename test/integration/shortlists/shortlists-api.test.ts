import { createTestContext, type Agent, type TestContext } from "../../helpers/test-services";
import { buildEnterpriseInput, buildProjectInput } from "../../helpers/builders";
import { createUser } from "../../../src/modules/auth";
import { downloadBoth, download, readCsv } from "../../helpers/export-files";

/** A project with a clear ranking, enterprises that fit it, one that does not, and one with a formula for a name. */
async function seed(ctx: TestContext) {
  const post = async (path: string, body: Record<string, unknown>) => (await ctx.request.post(path).send(body).expect(201)).body;
  const project = await post("/api/projects", buildProjectInput({
    name: "中药材种植及饮片加工项目", industryGroup: "医药制造", industryCodes: ["2730"], totalInvestment: 20000,
    description: "建设中药材规范化种植基地及中药饮片加工厂", constructionContent: "新建饮片炮制车间、仓储中心",
    targetProfile: "寻求中药饮片、中成药生产企业", preferredIndustries: ["27"], preferredRegions: ["520000"], minInvestorCapital: 1000,
  }));
  const e = async (o: Record<string, unknown>) => (await post("/api/enterprises", buildEnterpriseInput(o))).id as number;
  const ids = {
    big: await e({
      name: "贵州百灵中药饮片有限公司", industryCodes: ["2730"], products: [{ name: "中药饮片" }, { name: "中成药" }],
      mainBusiness: "中药饮片和中成药的生产", provinceCode: "520000", registeredCapital: 20000, revenue: 80000,
      contacts: [{ name: "王经理", title: "投资总监", phone: "+86 138 0000 0001", email: "wang@bailing.example" }],
    }),
    small: await e({ name: "四川小草中药材有限公司", industryCodes: ["2730"], products: [{ name: "中药饮片" }], mainBusiness: "中药材加工", provinceCode: "510000", registeredCapital: 800, revenue: null }),
    formula: await e({ name: "=HYPERLINK(\"http://evil.example\",\"中药饮片\")有限公司", industryCodes: ["2730"], products: [{ name: "中药饮片" }], mainBusiness: "@SUM(1+1) 中药饮片", provinceCode: "520000" }),
    bank: await e({ name: "贵州示范商业银行股份有限公司", industryCodes: ["6621"], products: [{ name: "存贷款业务" }], mainBusiness: "商业银行业务", provinceCode: "520000" }),
  };
  await ctx.services.indexer.drainAll();
  return { project, ids };
}

describe("shortlists (目标清单) over HTTP", () => {
  let ctx: TestContext;
  let s: Awaited<ReturnType<typeof seed>>;
  let analyst: Agent;
  let viewer: Agent;
  beforeAll(async () => {
    ctx = await createTestContext();
    s = await seed(ctx);
    analyst = await ctx.as("analyst");
    viewer = await ctx.as("viewer");
  });
  afterAll(async () => ctx.close());

  const auditCount = () => ctx.services.db.auditLog.count();
  const create = async (agent: Agent, body: Record<string, unknown>) => {
    const res = await agent.post("/api/shortlists").send(body);
    expect(res.status).toBe(201);
    return res.body;
  };

  it("makes a list from a project's matches with each target's score snapshot, in score order", async () => {
    const matches = (await ctx.request.get(`/api/projects/${s.project.id}/matches`).expect(200)).body;
    const ranked = new Map<number, number>(matches.items.map((i: { enterprise: { id: number }; total: number }) => [i.enterprise.id, i.total]));
    expect(ranked.has(s.ids.big) && ranked.has(s.ids.small)).toBe(true);

    const before = await auditCount();
    const list = await create(analyst, {
      name: "中药饮片 第一批", description: "重点跟进", projectId: s.project.id, enterpriseIds: [s.ids.small, s.ids.big, s.ids.bank, s.ids.small],
    });
    expect(await auditCount()).toBe(before + 2); // create + add_items, in one transaction
    expect(list).toMatchObject({ name: "中药饮片 第一批", description: "重点跟进", project: { id: s.project.id, name: "中药材种植及饮片加工项目" } });
    expect(list.addResult).toMatchObject({ added: [s.ids.small, s.ids.big, s.ids.bank], alreadyPresent: [], itemCount: 3 });
    expect(list.statusCounts).toEqual({ 待联系: 3 });
    const bankRanked = ranked.has(s.ids.bank);
    expect(list.addResult.unranked).toEqual(bankRanked ? [] : [s.ids.bank]);

    const items = list.items as { enterpriseId: number; score: number | null; scoreBreakdown: { key: string; label: string; value: number | null }[]; status: string; enterprise: { name: string; provinceName: string; industryName: string } }[];
    // Best score first; a target with no score (not in the ranking) last.
    const scores = items.map((i) => i.score ?? -1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const big = items.find((i) => i.enterpriseId === s.ids.big)!;
    expect(big.score).toBe(ranked.get(s.ids.big));
    expect(big.scoreBreakdown.map((b) => b.key)).toEqual(expect.arrayContaining(["industryFit", "industryChainFit", "capacityFit"]));
    expect(big.scoreBreakdown.find((b) => b.key === "industryFit")!.label).toBe("行业匹配");
    expect(big).toMatchObject({ status: "待联系", enterprise: { name: "贵州百灵中药饮片有限公司", provinceName: "贵州省", industryName: expect.any(String) } });
    expect(big).not.toHaveProperty("contacts");

    const got = (await viewer.get(`/api/shortlists/${list.id}`).expect(200)).body;
    expect(got.items.map((i: { enterpriseId: number }) => i.enterpriseId)).toEqual(items.map((i) => i.enterpriseId));
    expect(got.itemsTotal).toBe(3);
  });

  it("adds again idempotently and says which targets were already there", async () => {
    const list = await create(analyst, { name: "幂等测试" });
    expect(list.items).toEqual([]);
    const first = await analyst.post(`/api/shortlists/${list.id}/items`).send({ enterpriseIds: [s.ids.big] });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ added: [s.ids.big], alreadyPresent: [], unranked: [], itemCount: 1 });

    const before = await auditCount();
    const again = await analyst.post(`/api/shortlists/${list.id}/items`).send({ enterpriseIds: [s.ids.big] });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ added: [], alreadyPresent: [s.ids.big], unranked: [], itemCount: 1 });
    expect(await auditCount()).toBe(before + 1);

    const mixed = await analyst.post(`/api/shortlists/${list.id}/items`).send({ enterpriseIds: [s.ids.small, s.ids.big] });
    expect(mixed.status).toBe(201);
    expect(mixed.body).toMatchObject({ added: [s.ids.small], alreadyPresent: [s.ids.big], itemCount: 2 });
    // Without a project there is no score to snapshot.
    const detail = (await analyst.get(`/api/shortlists/${list.id}`).expect(200)).body;
    expect(detail.items.map((i: { score: number | null }) => i.score)).toEqual([null, null]);
  });

  it("renames, lists mine by default and all on request, filters by project, soft-deletes", async () => {
    const mine = await create(analyst, { name: "我的清单", projectId: s.project.id });
    const theirs = await create(ctx.request, { name: "别人的清单" });

    const patched = await analyst.patch(`/api/shortlists/${mine.id}`).send({ name: "我的清单（改名）" });
    expect(patched.status).toBe(200);
    expect(patched.body.name).toBe("我的清单（改名）");
    const audit = await ctx.services.db.auditLog.findFirst({ where: { entityType: "Shortlist", entityId: String(mine.id), action: "update" } });
    expect(audit?.changes).toEqual({ name: ["我的清单", "我的清单（改名）"] });

    const myNames = (await analyst.get("/api/shortlists").expect(200)).body.items.map((l: { name: string }) => l.name);
    expect(myNames).toContain("我的清单（改名）");
    expect(myNames).not.toContain("别人的清单");
    const all = (await analyst.get("/api/shortlists?scope=all").expect(200)).body;
    expect(all.items.map((l: { name: string }) => l.name)).toEqual(expect.arrayContaining(["我的清单（改名）", "别人的清单"]));
    expect(all.items[0].name).toBe("我的清单（改名）"); // most recently changed first
    const byProject = (await analyst.get(`/api/shortlists?scope=all&projectId=${s.project.id}`).expect(200)).body.items;
    expect(byProject.every((l: { project: { id: number } | null }) => l.project?.id === s.project.id)).toBe(true);
    expect(byProject.map((l: { id: number }) => l.id)).not.toContain(theirs.id);

    const deleted = await analyst.delete(`/api/shortlists/${theirs.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.deletedAt).not.toBeNull();
    expect((await analyst.get(`/api/shortlists/${theirs.id}`)).status).toBe(404);
    expect((await analyst.delete(`/api/shortlists/${theirs.id}`)).status).toBe(404);
    expect((await analyst.get("/api/shortlists?scope=all").expect(200)).body.items.map((l: { id: number }) => l.id)).not.toContain(theirs.id);
  });

  it("tracks each target: status, assignee, due date, dated notes, removal", async () => {
    const assignee = await createUser({ db: ctx.services.db, auth: ctx.config.auth }, {
      username: "zhangsan", displayName: "张三", role: "analyst", password: "Test-password-123", groups: [], chamberId: null,
    });
    const list = await create(analyst, { name: "跟进", enterpriseIds: [s.ids.big, s.ids.small] });
    const itemUrl = `/api/shortlists/${list.id}/items/${s.ids.big}`;

    const before = await auditCount();
    const patched = await analyst.patch(itemUrl).send({ status: "已联系", assigneeId: assignee.id, dueDate: "2026-12-31" });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ status: "已联系", assignee: { id: assignee.id, name: "张三" }, dueDate: "2026-12-31" });
    expect(await auditCount()).toBe(before + 1);
    const cleared = await analyst.patch(itemUrl).send({ assigneeId: null, dueDate: null });
    expect(cleared.body).toMatchObject({ status: "已联系", assignee: null, dueDate: null });

    const note1 = await analyst.post(`${itemUrl}/notes`).send({ text: "电话联系王经理，对方有意向来考察" });
    expect(note1.status).toBe(201);
    expect(note1.body).toMatchObject({ text: "电话联系王经理，对方有意向来考察", authorName: expect.any(String), createdAt: expect.any(String) });
    const note2 = await analyst.post(`${itemUrl}/notes`).send({ text: "约定下周三实地考察" });
    const notes = (await viewer.get(`${itemUrl}/notes`).expect(200)).body.items;
    expect(notes.map((n: { id: number }) => n.id)).toEqual([note2.body.id, note1.body.id]);

    const detail = (await analyst.get(`/api/shortlists/${list.id}`).expect(200)).body;
    const item = detail.items.find((i: { enterpriseId: number }) => i.enterpriseId === s.ids.big);
    expect(item).toMatchObject({ noteCount: 2, lastNote: { id: note2.body.id, text: "约定下周三实地考察" } });
    expect(detail.statusCounts).toEqual({ 已联系: 1, 待联系: 1 });

    const removed = await analyst.delete(`/api/shortlists/${list.id}/items/${s.ids.small}`);
    expect(removed.status).toBe(200);
    expect(removed.body).toEqual({ removed: s.ids.small, itemCount: 1 });
    expect((await analyst.delete(`/api/shortlists/${list.id}/items/${s.ids.small}`)).status).toBe(404);
  });

  it("rejects invalid input with Chinese messages and writes nothing", async () => {
    const list = await create(analyst, { name: "校验" , enterpriseIds: [s.ids.big] });
    const before = await auditCount();
    const cases: [string, string, Record<string, unknown>, string, string][] = [
      ["post", "/api/shortlists", { name: "" }, "name", "请填写清单名称"],
      ["post", "/api/shortlists", { name: "x", owner: 1 }, "", "owner"],
      ["post", `/api/shortlists/${list.id}/items`, { enterpriseIds: [] }, "enterpriseIds", "请至少选择一家企业"],
      ["post", `/api/shortlists/${list.id}/items`, { enterpriseIds: [1.5] }, "enterpriseIds.0", ""],
      ["post", `/api/shortlists/${list.id}/items`, { enterpriseIds: [s.ids.big], weights: { industryFit: 11 } }, "weights.industryFit", "权重不能大于 10"],
      ["patch", `/api/shortlists/${list.id}`, {}, "", "请至少修改一项"],
      ["patch", `/api/shortlists/${list.id}/items/${s.ids.big}`, { status: "已完成" }, "status", "状态应为：待联系、已联系、洽谈中、已放弃、已签约"],
      ["patch", `/api/shortlists/${list.id}/items/${s.ids.big}`, { dueDate: "明天" }, "dueDate", "日期格式不正确"],
      ["post", `/api/shortlists/${list.id}/items/${s.ids.big}/notes`, { text: "  " }, "text", "备注不能为空"],
    ];
    for (const [method, url, body, path, message] of cases) {
      const res = await (analyst as unknown as Record<string, (u: string) => ReturnType<Agent["post"]>>)[method](url).send(body);
      expect([url, res.status, res.body.error.code]).toEqual([url, 400, "VALIDATION_ERROR"]);
      const detail = res.body.error.details.find((d: { path: string }) => d.path === path);
      expect([url, path, detail?.message]).toEqual([url, path, expect.stringContaining(message)]);
    }
    const badAssignee = await analyst.patch(`/api/shortlists/${list.id}/items/${s.ids.big}`).send({ assigneeId: 99999 });
    expect(badAssignee.status).toBe(400);
    expect(badAssignee.body.error.message).toBe("负责人不存在或已停用：99999");
    expect(await auditCount()).toBe(before);
  });

  it("answers 404 for lists, targets, enterprises and projects that do not exist", async () => {
    const list = await create(analyst, { name: "404", enterpriseIds: [s.ids.big] });
    const expect404 = async (res: { status: number; body: { error: { message: string } } }, message: string) => {
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe(message);
    };
    await expect404(await analyst.get("/api/shortlists/99999"), "目标清单不存在：99999");
    await expect404(await analyst.patch("/api/shortlists/99999").send({ name: "x" }), "目标清单不存在：99999");
    await expect404(await analyst.post("/api/shortlists/99999/items").send({ enterpriseIds: [s.ids.big] }), "目标清单不存在：99999");
    await expect404(await analyst.get("/api/shortlists/99999/export"), "目标清单不存在：99999");
    await expect404(await analyst.post(`/api/shortlists/${list.id}/items`).send({ enterpriseIds: [s.ids.small, 88888] }), "企业不存在或已删除：88888");
    await expect404(await analyst.patch(`/api/shortlists/${list.id}/items/${s.ids.bank}`).send({ status: "已联系" }), `目标清单 ${list.id} 中没有企业 ${s.ids.bank}`);
    await expect404(await analyst.post(`/api/shortlists/${list.id}/items/${s.ids.bank}/notes`).send({ text: "x" }), `目标清单 ${list.id} 中没有企业 ${s.ids.bank}`);
    await expect404(await analyst.post("/api/shortlists").send({ name: "x", projectId: 77777 }), "项目不存在：77777");
    // Nothing half-added: the valid id of the refused request is not on the list.
    expect((await analyst.get(`/api/shortlists/${list.id}`).expect(200)).body.itemsTotal).toBe(1);
  });

  it("documents every shortlist and export route in the OpenAPI document", async () => {
    const paths = Object.keys((await ctx.request.get("/api/docs").expect(200)).body.paths);
    expect(paths).toEqual(expect.arrayContaining([
      "/api/shortlists", "/api/shortlists/{id}", "/api/shortlists/{id}/export", "/api/shortlists/{id}/items",
      "/api/shortlists/{id}/items/{enterpriseId}", "/api/shortlists/{id}/items/{enterpriseId}/notes",
      "/api/enterprises/export", "/api/projects/{id}/matches/export",
    ]));
  });

  it("lets viewers read but not change, and refuses chambers", async () => {
    const list = await create(analyst, { name: "权限" });
    expect((await viewer.get("/api/shortlists?scope=all")).status).toBe(200);
    expect((await viewer.post("/api/shortlists").send({ name: "x" })).status).toBe(403);
    expect((await viewer.post(`/api/shortlists/${list.id}/items`).send({ enterpriseIds: [s.ids.big] })).status).toBe(403);
    const chamber = await ctx.as("chamber");
    expect((await chamber.get("/api/shortlists")).status).toBe(403);
    expect((await chamber.get(`/api/shortlists/${list.id}/export`)).status).toBe(403);
  });

  it("exports a list in the order GET shows it, with score breakdown, notes, neutralised formulas and contacts by role", async () => {
    const list = await create(analyst, { name: "导出/清单", projectId: s.project.id, enterpriseIds: [s.ids.small, s.ids.formula, s.ids.big] });
    await analyst.patch(`/api/shortlists/${list.id}/items/${s.ids.big}`).send({ status: "洽谈中", dueDate: "2026-12-01" }).expect(200);
    await analyst.post(`/api/shortlists/${list.id}/items/${s.ids.big}/notes`).send({ text: "-已报价，等待回复" }).expect(201);
    const shown = (await analyst.get(`/api/shortlists/${list.id}`).expect(200)).body.items as { enterpriseId: number; score: number | null; status: string }[];

    const auditsBefore = await ctx.services.db.auditLog.count({ where: { action: "export", entityType: "Shortlist" } });
    const { csv, xlsx, files } = await downloadBoth(analyst, `/api/shortlists/${list.id}/export`);
    expect(files.map((f) => f.fileName)).toEqual([
      expect.stringMatching(/^目标清单-导出_清单-中药材种植及饮片加工项目-\d{8}\.csv$/),
      expect.stringMatching(/^目标清单-导出_清单-中药材种植及饮片加工项目-\d{8}\.xlsx$/),
    ]);
    expect(await ctx.services.db.auditLog.count({ where: { action: "export", entityType: "Shortlist" } })).toBe(auditsBefore + 2);

    for (const file of [csv, xlsx]) {
      expect(file.header.slice(0, 6)).toEqual(["系统编号", "企业名称", "跟进状态", "负责人", "截止日期", "匹配总分"]);
      expect(file.header).toEqual(expect.arrayContaining(["行业匹配（分）", "产业链匹配（分）", "最新备注", "联系人", "电话", "邮箱"]));
      expect(file.rows.map((r) => Number(r["系统编号"]))).toEqual(shown.map((i) => i.enterpriseId));
      expect(file.rows.map((r) => r["跟进状态"])).toEqual(shown.map((i) => i.status));
      const big = file.rows.find((r) => Number(r["系统编号"]) === s.ids.big)!;
      expect(big).toMatchObject({ 截止日期: "2026-12-01", 最新备注: "'-已报价，等待回复", 联系人: "王经理（投资总监）", 电话: "'+86 138 0000 0001", 邮箱: "wang@bailing.example" });
      expect(Number(big["匹配总分"])).toBe(shown.find((i) => i.enterpriseId === s.ids.big)!.score);
      const formula = file.rows.find((r) => Number(r["系统编号"]) === s.ids.formula)!;
      expect(formula["企业名称"]).toBe("'=HYPERLINK(\"http://evil.example\",\"中药饮片\")有限公司");
      expect(formula["主营业务"]).toBe("'@SUM(1+1) 中药饮片");
    }

    const viewerCsv = readCsv((await download(viewer, `/api/shortlists/${list.id}/export?format=csv`)).body);
    expect(viewerCsv.header).not.toEqual(expect.arrayContaining(["联系人"]));
    expect(viewerCsv.header.filter((h) => ["联系人", "电话", "邮箱"].includes(h))).toEqual([]);
    expect(viewerCsv.rows).toHaveLength(3);
    const audit = await ctx.services.db.auditLog.findFirst({ where: { action: "export", entityType: "Shortlist" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ role: "viewer", entityId: String(list.id), changes: { format: "csv", rows: 3, contactColumns: false } });

    const bad = await analyst.get(`/api/shortlists/${list.id}/export?format=pdf`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].message).toBe("导出格式应为 xlsx 或 csv");
  });
});
