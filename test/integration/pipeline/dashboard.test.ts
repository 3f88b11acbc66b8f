import path from "node:path";
import Database from "better-sqlite3";
import ExcelJS from "exceljs";
import { createPipelineHarness, type PipelineHarness } from "./pipeline-harness";

/**
 * Dashboard figures against the database: the expected values are computed here from raw SQL rows (not
 * through the service's repository), for a year and for a quarter.
 */
describe("dashboard", () => {
  let h: PipelineHarness;
  let raw: Database.Database;
  beforeAll(async () => {
    h = await createPipelineHarness("2025-11-03T10:00:00+08:00");
    raw = new Database(path.join(h.ctx.dir, "investmatch.db"), { readonly: true });
    const { admin, clock } = h;

    // Signed in 2025, construction started in February 2026.
    const p2 = await h.createProject({ industryGroup: "医药制造", industryCodes: ["2730"], totalInvestment: 30_000 });
    const a2 = await h.signProject(p2, { committedInvestment: 28_000, milestones: [{ kind: "开工", dueDate: "2026-03-01" }] });
    clock.set("2026-05-10T10:00:00+08:00");
    const m2 = (await admin.get(`/api/projects/${p2}/pipeline`)).body.activeAgreement.milestones[0].id;
    await admin.patch(`/api/milestones/${m2}`).send({ doneAt: "2026-02-01" }).expect(200);
    void a2;

    // Signed in May 2026, started in June; a second one signed and terminated (relaunched); one with an overdue deposit.
    const p1 = await h.createProject({ totalInvestment: 50_000 });
    const a1 = await h.signProject(p1, { committedInvestment: 48_000, milestones: [{ kind: "开工", dueDate: "2026-07-01" }] });
    const m1 = (await admin.get(`/api/projects/${p1}/pipeline`)).body.activeAgreement.milestones[0].id;
    const p4 = await h.createProject({ industryGroup: "特色食品加工", industryCodes: ["1391"], totalInvestment: 10_000, landArea: 20 });
    const a4 = await h.signProject(p4, { depositAmount: 100, depositDueDate: "2026-05-20" });
    const p7 = await h.createProject({ industryGroup: "装备制造", industryCodes: ["3411"], totalInvestment: 20_000, landArea: 50 });
    await h.signProject(p7, { committedInvestment: 21_000, depositAmount: 250, depositDueDate: "2026-06-01" });
    clock.set("2026-06-15T10:00:00+08:00");
    await admin.patch(`/api/milestones/${m1}`).send({ doneAt: "2026-06-10" }).expect(200);
    await admin.post(`/api/agreements/${a4.agreementId}/terminate`).send({ reason: "保证金逾期未缴纳" }).expect(200);
    void a1;

    // In talks, one plain project, one deleted.
    const p3 = await h.createProject({ industryGroup: "文化旅游", industryCodes: ["7852"], totalInvestment: 200_000 });
    for (const to of ["发布", "考察"]) await admin.post(`/api/projects/${p3}/stage`).send({ to }).expect(200);
    await admin.post(`/api/projects/${p3}/stage`).send({ to: "洽谈", investorEnterpriseId: a1.enterpriseId }).expect(200);
    await h.createProject({ totalInvestment: null });
    const gone = await h.createProject({ totalInvestment: 99_999 });
    await admin.delete(`/api/projects/${gone}`).expect(200);

    // Chamber leads, when the leads module's table is there.
    const hasLeads = raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'Lead'").get() as { n: number };
    if (hasLeads.n) {
      const chamber = await h.ctx.services.db.chamber.create({ data: { name: "重庆贵州商会" } });
      const insert = (status: string, enterpriseId: number | null) =>
        h.ctx.services.db.$executeRawUnsafe(
          `INSERT INTO "Lead" ("chamberId","submittedVia","companyName","normalizedName","contactName","industry","consent","consentAt","status","enterpriseId","createdAt","updatedAt")
           VALUES (?, 'api', '某公司', '某', '王先生', '汽车零部件', 1, ?, ?, ?, ?, ?)`,
          chamber.id, new Date(), status, enterpriseId, new Date("2026-04-01T00:00:00Z"), new Date(),
        );
      await insert("accepted", a1.enterpriseId);
      await insert("merged", a4.enterpriseId);
      await insert("rejected", null);
      await insert("duplicate", null);
      await insert("received", null);
    }
  });
  afterAll(async () => {
    raw.close();
    await h.close();
  });

  const asDate = (v: unknown) => new Date(typeof v === "string" && /^\d+$/.test(v) ? Number(v) : (v as string | number));
  // China calendar: 2026 runs from 2025-12-31T16:00Z; stored days (milestones) are UTC midnights.
  const chinaRange = (fromIso: string, toIso: string) => [new Date(`${fromIso}T00:00:00+08:00`), new Date(`${toIso}T00:00:00+08:00`)] as const;
  const dayRange = (fromIso: string, toIso: string) => [new Date(`${fromIso}T00:00:00Z`), new Date(`${toIso}T00:00:00Z`)] as const;
  const inRange = (d: Date, [from, to]: readonly [Date, Date]) => d >= from && d < to;
  const round2 = (n: number) => Math.round(n * 100) / 100;

  function expected(fromIso: string, toIso: string) {
    type P = { id: number; stage: string; industryGroupName: string; totalInvestment: number | null; createdAt: unknown };
    const projects = raw.prepare(`SELECT id, stage, industryGroupName, totalInvestment, createdAt FROM "Project" WHERE deletedAt IS NULL`).all() as P[];
    const byStage = raw.prepare(`SELECT stage, count(*) AS projects, round(sum(coalesce(totalInvestment, 0)), 2) AS investment FROM "Project" WHERE deletedAt IS NULL GROUP BY stage`).all() as { stage: string; projects: number; investment: number }[];
    const byGroup = raw.prepare(`SELECT industryGroupName AS "group", count(*) AS projects, round(sum(coalesce(totalInvestment, 0)), 2) AS investment FROM "Project" WHERE deletedAt IS NULL GROUP BY industryGroupName`).all() as { group: string; projects: number; investment: number }[];
    const live = new Map(projects.map((p) => [p.id, p]));
    const agreements = raw.prepare(`SELECT * FROM "Agreement" ORDER BY id`).all() as { id: number; projectId: number; committedInvestment: number | null; depositAmount: number | null; depositDueDate: unknown; depositPaidAt: unknown; terminatedAt: unknown }[];
    const committed = (projectId: number) => agreements.filter((a) => a.projectId === projectId).at(-1)?.committedInvestment ?? live.get(projectId)?.totalInvestment ?? 0;
    const chinaYear = chinaRange(fromIso, toIso);
    const signedIds = new Set(
      (raw.prepare(`SELECT projectId, appliedAt FROM "ProjectStageChange" WHERE toStage = '签约' AND status = 'applied'`).all() as { projectId: number; appliedAt: unknown }[])
        .filter((c) => live.has(c.projectId) && inRange(asDate(c.appliedAt), chinaYear))
        .map((c) => c.projectId),
    );
    const startedIds = new Set(
      (raw.prepare(`SELECT a.projectId, m.doneAt FROM "AgreementMilestone" m JOIN "Agreement" a ON a.id = m.agreementId WHERE m.kind = '开工' AND m.doneAt IS NOT NULL`).all() as { projectId: number; doneAt: unknown }[])
        .filter((m) => live.has(m.projectId) && inRange(asDate(m.doneAt), dayRange(fromIso, toIso)))
        .map((m) => m.projectId),
    );
    const planned = projects.filter((p) => inRange(asDate(p.createdAt), chinaYear));
    const today = new Date(h.clock.day() + "T00:00:00Z");
    const overdueDeposits = agreements.filter((a) =>
      a.terminatedAt === null && a.depositAmount && a.depositPaidAt === null && asDate(a.depositDueDate) < today && live.get(a.projectId)?.stage !== "终止");
    return {
      byStage, byGroup,
      planned: { projects: planned.length, investment: round2(planned.reduce((s, p) => s + (p.totalInvestment ?? 0), 0)) },
      signed: { projects: signedIds.size, investment: round2([...signedIds].reduce((s, id) => s + committed(id), 0)) },
      started: { projects: startedIds.size, investment: round2([...startedIds].reduce((s, id) => s + committed(id), 0)) },
      deposits: { count: overdueDeposits.length, amount: round2(overdueDeposits.reduce((s, a) => s + (a.depositAmount ?? 0), 0)) },
      totals: { projects: projects.length, terminated: projects.filter((p) => p.stage === "终止").length, signed: projects.filter((p) => ["签约", "政策兑现"].includes(p.stage)).length },
    };
  }

  it("reports by stage, by group, the year's flow and overdue items exactly as the database holds them", async () => {
    const res = await h.admin.get("/api/dashboard").query({ year: 2026 });
    expect(res.status).toBe(200);
    const d = res.body;
    const e = expected("2026-01-01", "2027-01-01");
    expect(d.byStage.filter((s: { projects: number }) => s.projects > 0)).toEqual(expect.arrayContaining(e.byStage));
    expect(d.byStage.filter((s: { projects: number }) => s.projects > 0)).toHaveLength(e.byStage.length);
    expect(d.byStage.map((s: { stage: string }) => s.stage)).toEqual(["策划", "发布", "考察", "洽谈", "评审", "协议起草", "签约", "政策兑现", "终止"]);
    for (const g of e.byGroup) expect(d.byGroup.find((x: { group: string }) => x.group === g.group)).toMatchObject(g);
    expect(d.yearFlow.planned).toEqual(e.planned);
    expect(d.yearFlow.signed).toEqual(e.signed);
    expect(d.yearFlow.started).toEqual(e.started);
    expect(d.overdue.deposits).toEqual(e.deposits);
    expect(d.totals).toMatchObject(e.totals);
    // The scenario itself, so the comparison above is not vacuous.
    expect(d.yearFlow.signed.projects).toBe(3);
    expect(d.yearFlow.started).toEqual({ projects: 2, investment: 76_000 });
    expect(d.overdue.deposits).toEqual({ count: 1, amount: 250 });
    expect(d.totals).toMatchObject({ terminated: 1, relaunched: 1 });
    expect(d.yearFlow.byMonth).toHaveLength(12);
    expect(d.yearFlow.byMonth.reduce((s: number, m: { started: number }) => s + m.started, 0)).toBe(2);
    expect(d.yearFlow.byMonth[1]).toMatchObject({ month: 2, started: 1 });
    expect(d.yearFlow.byMonth[4]).toMatchObject({ month: 5, signed: 3 });

    const last = await h.admin.get("/api/dashboard").query({ year: 2025 });
    expect(last.body.yearFlow.signed).toEqual(expected("2025-01-01", "2026-01-01").signed);
    expect(last.body.yearFlow.signed.projects).toBe(1);
  });

  it("cuts the year's figures at the end of the quarter", async () => {
    const q1 = (await h.admin.get("/api/dashboard").query({ year: 2026, quarter: 1 })).body;
    const e = expected("2026-01-01", "2026-04-01");
    expect(q1).toMatchObject({ quarter: 1, range: { from: "2026-01-01", to: "2026-03-31" } });
    expect(q1.yearFlow.started).toEqual(e.started);
    expect(q1.yearFlow.signed).toEqual(e.signed);
    expect(q1.yearFlow.started.projects).toBe(1);
    expect(q1.yearFlow.byMonth).toHaveLength(3);
    expect((await h.admin.get("/api/dashboard").query({ quarter: 5 })).status).toBe(400);
  });

  it("computes chamber lead conversion from the leads table, or says why it cannot", async () => {
    const lc = (await h.admin.get("/api/dashboard").query({ year: 2026 })).body.leadConversion;
    const hasLeads = (raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'Lead'").get() as { n: number }).n;
    if (!hasLeads) {
      expect(lc).toEqual({ available: false, reason: expect.any(String) });
      return;
    }
    // accepted (its enterprise negotiates p3 and signed p1), merged (its enterprise's project was terminated), rejected, duplicate, received.
    expect(lc).toMatchObject({ available: true, total: 5, duplicates: 1, rejected: 1, pending: 1, converted: 2, inTalks: 1, signed: 1, conversionRate: 0.5, signingRate: 0.25 });
    expect(lc.byChamber).toEqual([expect.objectContaining({ chamber: "重庆贵州商会", total: 5, converted: 2 })]);
  });

  it("exports the quarterly report as XLSX with Chinese sheets holding the same figures", async () => {
    const res = await h.admin.get("/api/dashboard/export").query({ year: 2026, quarter: 2 }).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on("data", (c: Buffer) => chunks.push(c));
      r.on("end", () => cb(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    expect(res.headers["content-disposition"]).toContain(`filename*=UTF-8''${encodeURIComponent("招商项目推进情况-2026Q2.xlsx")}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["概览", "按阶段", "按产业链组", "年度进展", "逾期预警", "项目清单"]));
    const dash = (await h.admin.get("/api/dashboard").query({ year: 2026, quarter: 2 })).body;
    const stages = wb.getWorksheet("按阶段")!;
    const rows: [string, number, number][] = [];
    stages.eachRow((row, n) => void (n > 1 && rows.push([row.getCell(1).value as string, row.getCell(2).value as number, row.getCell(3).value as number])));
    expect(rows).toEqual(dash.byStage.map((s: { stage: string; projects: number; investment: number }) => [s.stage, s.projects, s.investment]));
    expect(wb.getWorksheet("概览")!.getCell("A1").value).toBe("正安县招商项目推进情况报告（2026年第2季度）");
    const alerts = wb.getWorksheet("逾期预警")!;
    expect(alerts.getRow(1).getCell(1).value).toBe("类型");
    expect(alerts.rowCount - 1).toBe((await h.admin.get("/api/pipeline/alerts")).body.total);
    expect(wb.getWorksheet("项目清单")!.rowCount - 1).toBe(dash.totals.projects);
    const viewer = await h.as("viewer");
    expect((await viewer.get("/api/dashboard/export")).status).toBe(200);
    expect((await (await h.as("chamber")).get("/api/dashboard/export")).status).toBe(403);
  });
});
