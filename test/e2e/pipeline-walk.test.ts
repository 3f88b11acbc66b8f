import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { ARTIFACTS_DIR, collectPageProblems, describeInBrowser, launchChromium, screenshot, withFailureScreenshot } from "./support/browser";
import { ensureWebBuiltForTests } from "./support/web-build";
import { serveTestApp, type ServedApp } from "./support/serve";
import { buildEnterpriseInput, buildProjectInput } from "../helpers/builders";
import { formatWan } from "../../src/web/lib/format";
import { logIn as logInAs, ok, settled } from "./support/ui";

jest.setTimeout(180_000);

const PASSWORD = "Test-password-123";
const logIn = (page: Page, baseUrl: string, username: string) => logInAs(page, baseUrl, username, PASSWORD);
const GROUP = "新能源汽车";
const PROJECT = "年产5万吨新能源电池正极材料项目";
const INVESTOR = "重庆长鑫新能源材料有限公司";

/** A calendar day relative to today, as the date pickers take it. */
const dayFromToday = (days: number) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** Types a value into an antd tags Select and confirms it with Enter. */
async function addTag(select: Locator, value: string) {
  await select.locator("input").fill(value);
  await select.locator("input").press("Enter");
}

/** Types a date into an antd DatePicker. */
async function pickDate(input: Locator, day: string) {
  await input.click();
  await input.fill(day);
  await input.press("Enter");
}

describeInBrowser("project pipeline walk in Chromium", () => {
  let served: ServedApp;
  let browser: Browser;
  let projectId = 0;

  beforeAll(async () => {
    ensureWebBuiltForTests();
    served = await serveTestApp();
    const { ctx } = served;
    projectId = (await ok(await ctx.request.post("/api/projects").send(buildProjectInput({ name: PROJECT, industryGroup: GROUP, totalInvestment: 60_000, landArea: 150, expectedTax: 2400, expectedOutput: 150_000, expectedJobs: 300 })), 201)).id;
    await ok(await ctx.request.post("/api/projects").send(buildProjectInput({ name: "中药饮片加工项目", industryGroup: "医药制造", industryCodes: ["2730"], stage: "发布", totalInvestment: 8_000 })), 201);
    await ok(await ctx.request.post("/api/enterprises").send(buildEnterpriseInput({ name: INVESTOR })), 201);
    await ctx.login("analyst", { username: "e2e-pipe-analyst", password: PASSWORD, groups: [GROUP] });
    await ctx.login("group_lead", { username: "e2e-pipe-lead", password: PASSWORD, groups: [GROUP] });
    await ctx.login("viewer", { username: "e2e-pipe-viewer", password: PASSWORD });
    browser = await launchChromium();
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it("an analyst walks a project from 策划 to 政策兑现; a group lead approves 评审 and 签约; the dashboard matches the API", async () => {
    const contexts: BrowserContext[] = [];
    const open = async () => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN", acceptDownloads: true });
      contexts.push(context);
      const page = await context.newPage();
      return { page, problems: collectPageProblems(page) };
    };
    const analyst = await open();
    const lead = await open();
    const page = analyst.page;
    const base = served.baseUrl;
    const stage = () => page.getByTestId("pipeline-stage").textContent();
    const waitStage = (s: string) => page.waitForFunction((want) => document.querySelector("[data-testid=pipeline-stage]")?.textContent === want, s);
    /** Clicks a stage button and confirms its dialog. */
    const move = async (to: string, note: string, confirm: RegExp = /确\s*定/) => {
      await settled(page);
      await page.getByTestId(`stage-to-${to}`).click();
      await settled(page);
      const dialog = page.getByRole("dialog");
      await dialog.getByLabel("说明").fill(note);
      await dialog.getByRole("button", { name: confirm }).click();
      await dialog.waitFor({ state: "detached" });
    };
    const tab = (name: RegExp) => page.getByRole("tab", { name }).click();

    await withFailureScreenshot(page, "failure-pipeline-analyst", analyst.problems, async () => {
      await logIn(page, base, "e2e-pipe-analyst");
      await lead.page.bringToFront();
      await logIn(lead.page, base, "e2e-pipe-lead");
      await page.bringToFront();

      // From the project's page to its pipeline.
      await page.goto(`${base}/projects/${projectId}`);
      await page.getByTestId("open-pipeline").click();
      await page.getByTestId("stage-actions").waitFor();
      expect(new URL(page.url()).pathname).toBe(`/pipeline/projects/${projectId}`);
      expect(await stage()).toBe("策划");
      await screenshot(page, "pipeline-01-planning");

      await move("发布", "项目包装完成，对外发布");
      await waitStage("发布");
      await move("考察", "组织赴重庆考察");
      await waitStage("考察");

      // 洽谈 needs the investor: link it, then move.
      await page.getByTestId("link-investor").click();
      await settled(page);
      const investorDialog = page.getByRole("dialog", { name: "关联投资企业" });
      await investorDialog.getByRole("combobox").fill("长鑫新能源");
      await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: INVESTOR }).click();
      await investorDialog.getByRole("button", { name: /保\s*存/ }).click();
      await page.getByTestId("pipeline-investor").waitFor();
      expect(await page.getByTestId("pipeline-investor").textContent()).toBe(INVESTOR);
      await move("洽谈", "双方就用地和产能达成初步意向");
      await waitStage("洽谈");

      // 评审 is a request for the analyst: the project stays in 洽谈 until a group lead approves.
      expect(await page.getByTestId("stage-to-评审").textContent()).toContain("申请进入「评审」");
      await move("评审", "申请提交招商引资项目评审委员会评审", /提交审批/);
      await page.getByTestId("pending-request").waitFor();
      expect(await stage()).toBe("洽谈");
      expect(await page.getByTestId("stage-to-评审").isDisabled()).toBe(true);
      await settled(page);
      await screenshot(page, "pipeline-02-review-requested");

      // The group lead's inbox: the first request goes back with a reason, the second is approved.
      const lp = lead.page;
      await lp.bringToFront();
      await lp.goto(`${base}/pipeline/approvals`);
      const request = lp.locator("[data-testid=approvals-table] .ant-table-row", { hasText: PROJECT });
      await request.waitFor();
      expect(await request.textContent()).toContain("洽谈 → 评审");
      await screenshot(lp, "pipeline-03-approvals-inbox");
      await request.getByRole("button", { name: /^退回/ }).click();
      await settled(lp);
      await lp.getByRole("dialog").getByRole("button", { name: /退\s*回/ }).click();
      await lp.getByRole("dialog").getByText("请填写退回原因").waitFor();
      await lp.getByRole("dialog").getByLabel("退回原因").fill("请补充考察报告");
      await lp.getByRole("dialog").getByRole("button", { name: /退\s*回/ }).click();
      await lp.getByText(`已退回「${PROJECT}」的申请`).waitFor();
      await lp.getByTestId("approval-status").getByText("已退回").click();
      await lp.waitForURL(/status=rejected/);
      await lp.locator("[data-testid=approvals-table] .ant-table-row", { hasText: "请补充考察报告" }).waitFor();

      await page.bringToFront();
      await page.reload();
      await page.getByTestId("stage-actions").waitFor();
      expect(await page.getByTestId("pending-request").count()).toBe(0);
      await move("评审", "已补充考察报告，再次申请评审", /提交审批/);
      await page.getByTestId("pending-request").waitFor();

      await lp.bringToFront();
      await lp.getByTestId("approval-status").getByText("待审批").click();
      await request.waitFor();
      await request.getByRole("button", { name: /^批准/ }).click();
      await settled(lp);
      await lp.getByRole("dialog").getByLabel("审批意见（选填）").fill("同意提交评审");
      await lp.getByRole("dialog").getByRole("button", { name: /批\s*准/ }).click();
      await lp.getByText(`已批准：「${PROJECT}」进入「评审」`).waitFor();
      await lp.locator("[data-testid=approvals-table]", { hasText: "没有待审批的申请" }).waitFor();

      // Back to the analyst: 评审, a passed assessment, the county meeting, 协议起草.
      await page.bringToFront();
      await page.reload();
      await waitStage("评审");
      await tab(/事前评估/);
      await page.getByTestId("assessment-new").click();
      await settled(page);
      const assessment = page.getByRole("dialog", { name: "录入事前评估" });
      for (const category of ["合法性", "产业政策", "行业准入", "城乡规划", "环保要求", "安全生产", "经济效益"]) {
        await assessment.getByTestId(`assessment-item-${category}`).getByRole("radio", { name: "通过", exact: true }).check();
      }
      expect(await assessment.getByTestId("assessment-item-环保要求").textContent()).toContain("一票否决");
      await addTag(assessment.getByTestId("assessment-members"), "张主任");
      await addTag(assessment.getByTestId("assessment-members"), "李局长");
      await screenshot(page, "pipeline-04-assessment-form");
      await assessment.getByRole("button", { name: "保存评估" }).click();
      await page.getByText("事前评估已录入，结果：通过").waitFor();
      await page.getByTestId("assessment-card").waitFor();
      expect(await page.getByTestId("assessment-card").getByTestId("assessment-result").first().textContent()).toBe("通过");

      await tab(/会议审议/);
      await page.getByTestId("meeting-new").click();
      await settled(page);
      const meeting = page.getByRole("dialog", { name: "记录会议审议" });
      await meeting.getByLabel("会议纪要文号").fill("县政府常务会议纪要〔2026〕8号");
      await meeting.getByRole("button", { name: /保\s*存/ }).click();
      await page.locator("[data-testid=meeting-table] .ant-table-row", { hasText: "县政府常务会议纪要〔2026〕8号" }).waitFor();
      await settled(page);
      await screenshot(page, "pipeline-05-meeting");

      await move("协议起草", "评审通过，开始起草投资协议");
      await waitStage("协议起草");

      // The agreement: deposit (already past its due date, unpaid), a milestone and a commitment.
      await tab(/投资协议/);
      await page.getByTestId("agreement-new").click();
      await settled(page);
      const agreement = page.getByRole("dialog", { name: "录入投资协议" });
      await addTag(agreement.getByTestId("agreement-parties"), "正安县人民政府");
      await agreement.getByLabel("协议投资额（万元）").fill("58000");
      await agreement.getByLabel("履约保证金（万元）").fill("500");
      await pickDate(agreement.getByLabel("保证金缴纳期限"), dayFromToday(-5));
      await agreement.getByRole("button", { name: "添加履约节点" }).click();
      await agreement.getByLabel("履约节点").click();
      await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "开工" }).click();
      await pickDate(agreement.getByLabel("应完成日期"), dayFromToday(120));
      await agreement.getByRole("button", { name: "添加政策事项" }).click();
      await agreement.getByLabel("政策事项").fill("固定资产投资补助500万元");
      await pickDate(agreement.getByLabel("兑现期限"), dayFromToday(200));
      await agreement.getByText("录入投资协议").click();
      await screenshot(page, "pipeline-06-agreement-form");
      await agreement.getByRole("button", { name: "保存协议" }).click();
      await page.getByTestId("agreement-card").waitFor();
      expect(await page.getByTestId("agreement-card").textContent()).toContain("逾期未缴");
      expect(await page.getByTestId("milestones-table").textContent()).toContain("开工");

      // 签约: requested by the analyst, approved by the group lead on the project's page.
      await move("签约", "协议文本已定稿", /提交审批/);
      await page.getByTestId("pending-request").waitFor();
      await lp.bringToFront();
      await lp.goto(`${base}/pipeline/projects/${projectId}`);
      await lp.getByTestId("pending-request").getByRole("button", { name: /^批准/ }).click();
      await settled(lp);
      await lp.getByRole("dialog").getByRole("button", { name: /批\s*准/ }).click();
      await lp.getByText(`已批准：「${PROJECT}」进入「签约」`).waitFor();
      await lp.waitForFunction(() => document.querySelector("[data-testid=pipeline-stage]")?.textContent === "签约");

      await page.bringToFront();
      await page.reload();
      await waitStage("签约");
      await move("政策兑现", "项目开工建设，进入政策兑现");
      await waitStage("政策兑现");

      // A biweekly report with a problem for the current period.
      await tab(/跟踪报告/);
      await page.getByTestId("tracking-new").click();
      await settled(page);
      const report = page.getByRole("dialog", { name: "报送双周跟踪报告" });
      await report.getByLabel("项目进展").fill("完成场地平整，主厂房基础施工");
      await report.getByLabel("牵头产业部门").fill("县工业和信息化局");
      await report.getByRole("button", { name: "添加问题" }).click();
      await report.getByLabel("问题描述").fill("施工用电增容待落实");
      await report.getByLabel("交办单位").fill("县供电局");
      await report.getByRole("button", { name: /报\s*送/ }).click();
      await page.getByText("施工用电增容待落实").waitFor();
      await settled(page);
      await screenshot(page, "pipeline-07-tracking");

      // The history: every step, applied, with the two approvals.
      await tab(/推进记录/);
      await page.locator("[data-testid=stage-history] [data-testid=history-change]").nth(7).waitFor();
      const history = await page.locator("[data-testid=stage-history] [data-testid=history-change]").allTextContents();
      expect([...history].reverse()).toEqual(["策划 → 发布", "发布 → 考察", "考察 → 洽谈", "洽谈 → 评审", "洽谈 → 评审", "评审 → 协议起草", "协议起草 → 签约", "签约 → 政策兑现"]);
      const historyText = await page.getByTestId("stage-history").textContent();
      expect(historyText).not.toContain("待审批");
      expect(historyText).toContain("测试group_lead 退回");
      expect(historyText).toContain("请补充考察报告");
      expect(historyText?.match(/测试group_lead 批准/g)?.length).toBe(2);
      await screenshot(page, "pipeline-08-history");

      // The same through the API.
      const pipeline = (await ok(await served.ctx.request.get(`/api/projects/${projectId}/pipeline`), 200)) as unknown as {
        project: { stage: string };
        history: { to: string; status: string }[];
        alerts: { kind: string }[];
      };
      expect(pipeline.project.stage).toBe("政策兑现");
      expect(pipeline.history.map((h) => `${h.to}:${h.status}`)).toEqual([
        "发布:applied", "考察:applied", "洽谈:applied", "评审:rejected", "评审:applied", "协议起草:applied", "签约:applied", "政策兑现:applied",
      ]);
      expect(pipeline.alerts.map((a) => a.kind)).toEqual(["deposit_overdue"]);

      // 预警: the unpaid deposit.
      await page.getByRole("link", { name: "项目推进" }).first().click();
      await page.getByTestId("dashboard").waitFor();
      await page.getByTestId("pipeline-nav").getByText("预警").click();
      await page.locator("[data-testid=alerts-table] .ant-table-row", { hasText: "保证金逾期" }).waitFor();
      await screenshot(page, "pipeline-09-alerts");

      // 驾驶舱: every figure on screen is the API's.
      await page.getByTestId("pipeline-nav").getByText("驾驶舱").click();
      await page.getByTestId("dashboard").waitFor();
      await page.locator(".dashboard-chart-box canvas").nth(2).waitFor();
      const d = (await ok(await served.ctx.request.get("/api/dashboard"), 200)) as unknown as {
        totals: Record<string, number>;
        byStage: { stage: string; projects: number }[];
        yearFlow: Record<"planned" | "signed" | "started", { projects: number; investment: number }>;
        overdue: { deposits: { count: number }; milestones: { count: number }; commitments: { count: number }; reports: { count: number } };
      };
      const shown = (id: string) => page.getByTestId(id).textContent();
      expect(await shown("dash-total-projects")).toBe(String(d.totals.projects));
      expect(await shown("dash-total-investment")).toBe(formatWan(d.totals.investment));
      for (const key of ["active", "signed", "terminated", "relaunched"]) expect(await shown(`dash-total-${key}`)).toBe(String(d.totals[key]));
      for (const key of ["planned", "signed", "started"] as const) {
        expect(await shown(`dash-flow-${key}`)).toBe(`${d.yearFlow[key].projects} 个 / ${formatWan(d.yearFlow[key].investment)}`);
      }
      for (const s of d.byStage) expect(await shown(`dash-stage-${s.stage}`)).toBe(String(s.projects));
      for (const key of ["deposits", "milestones", "commitments", "reports"] as const) expect(await shown(`dash-overdue-${key}`)).toBe(String(d.overdue[key].count));
      // And they say what happened: two projects, one signed and in 政策兑现 with its deposit overdue.
      expect(d.totals.projects).toBe(2);
      expect(d.totals.signed).toBe(1);
      expect(d.byStage.find((s) => s.stage === "政策兑现")?.projects).toBe(1);
      expect(d.yearFlow.signed).toEqual({ projects: 1, investment: 58_000 });
      expect(d.overdue.deposits.count).toBe(1);
      await screenshot(page, "pipeline-10-dashboard");
      await page.locator(".dashboard-grid").scrollIntoViewIfNeeded();
      await screenshot(page, "pipeline-11-dashboard-charts");

      // 导出 XLSX: the quarterly report of what is on screen.
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("dashboard-export").click()]);
      expect(download.suggestedFilename()).toMatch(/^招商项目推进情况-\d{4}\.xlsx$/);
      const target = path.join(ARTIFACTS_DIR, "pipeline-dashboard.xlsx");
      fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
      await download.saveAs(target);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(target);
      const cells: string[] = [];
      workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))));
      expect(cells).toContain(PROJECT);
    });
    expect(analyst.problems).toEqual([]);
    expect(lead.problems).toEqual([]);
    for (const c of contexts) await c.close();
  });

  it("a viewer sees the pipeline but no way to change it", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
    const page = await context.newPage();
    const problems = collectPageProblems(page);
    await withFailureScreenshot(page, "failure-pipeline-viewer", problems, async () => {
      await logIn(page, served.baseUrl, "e2e-pipe-viewer");
      await page.goto(`${served.baseUrl}/pipeline/projects/${projectId}?tab=agreement`);
      await page.getByTestId("agreement-card").waitFor();
      expect(await page.getByText("当前账号为只读，不能推进项目阶段。").count()).toBe(1);
      expect(await page.getByTestId("link-investor").count()).toBe(0);
      expect(await page.getByRole("button", { name: /登记|终止|添加/ }).count()).toBe(0);
      await screenshot(page, "pipeline-12-viewer");
      await page.goto(`${served.baseUrl}/pipeline/approvals?status=applied`);
      await page.locator("[data-testid=approvals-table] .ant-table-row", { hasText: PROJECT }).first().waitFor();
      expect(await page.getByRole("button", { name: /批准|退回/ }).count()).toBe(0);
    });
    expect(problems).toEqual([]);
    await context.close();
  });
});
