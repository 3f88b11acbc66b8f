import type { Browser, BrowserContext, Page } from "playwright-core";
import { collectPageProblems, describeInBrowser, launchChromium, screenshot, withFailureScreenshot } from "./support/browser";
import { ensureWebBuiltForTests } from "./support/web-build";
import { serveTestApp, type ServedApp } from "./support/serve";
import { buildEnterpriseInput, buildProjectInput } from "../helpers/builders";
import { buildLead, creditCodeFor, PDF } from "../integration/leads/lead-fixtures";
import type { Agent } from "../helpers/test-services";
import { logIn as logInAs, ok, settled } from "./support/ui";

jest.setTimeout(180_000);

const PASSWORD = "Test-password-123";
const logIn = (page: Page, baseUrl: string, username: string) => logInAs(page, baseUrl, username, PASSWORD);
const SCRIPT = "<script>alert(1)</script>";
const IMG = "<img src=x onerror=alert(1)>";
const XSS_NAME = "<img src=x onerror=alert(2)>安顺黔货贸易有限公司";
const REJECT_REASON = "<b>信息不完整</b>，请补充企业投资计划书";
/** The enterprise already in the library, and the credit code the form lead repeats. */
const KNOWN_CODE = creditCodeFor(90_001);
const NEW_CODE = creditCodeFor(90_002);

/** Any alert(), confirm() or prompt() fired by chamber-supplied text would land here. */
function watchDialogs(page: Page): string[] {
  const fired: string[] = [];
  page.on("dialog", (d) => {
    fired.push(d.message());
    void d.dismiss();
  });
  return fired;
}

/** 400 and 409 are part of the scenario (merge refused once, accept answered with "merge instead"). */
const unexpected = (problems: string[]) => problems.filter((p) => !/status of (400|409)/.test(p));

const rowOf = (page: Page, table: string, text: string) => page.locator(`[data-testid=${table}] .ant-table-row`, { hasText: text });

describeInBrowser("chamber leads review in Chromium", () => {
  let served: ServedApp;
  let browser: Browser;
  let chamberApi: Agent;
  const ids: Record<string, number> = {};
  let knownEnterpriseId = 0;

  beforeAll(async () => {
    ensureWebBuiltForTests();
    served = await serveTestApp();
    const { ctx } = served;
    await ok(await ctx.request.post("/api/projects").send(buildProjectInput({ name: "年产20万台新能源汽车驱动电机项目", stage: "发布", industryCodes: ["3812"] })), 201);
    knownEnterpriseId = (await ok(await ctx.request.post("/api/enterprises").send(buildEnterpriseInput({ name: "贵州遵义汽车配件有限公司", creditCode: KNOWN_CODE, industryCodes: ["3670"] })), 201)).id;
    await ctx.services.indexer.drainAll();
    const chamberA = await ok(await ctx.request.post("/api/chambers").send({ name: "遵义市温州商会", kind: "商会" }), 201);
    const chamberB = await ok(await ctx.request.post("/api/chambers").send({ name: "贵阳市浙江商会", kind: "商会" }), 201);
    ids.chamberA = chamberA.id;
    ids.chamberB = chamberB.id;
    chamberApi = await ctx.as("chamber", { chamberId: chamberA.id });
    const chamberBApi = await ctx.as("chamber", { chamberId: chamberB.id });

    // Through the chamber's API key: one with an attachment (to accept), one carrying markup (to reject),
    // one that waited past the deadline, and one from another chamber repeating the first one's credit code.
    const accepted = await chamberApi
      .post("/api/leads")
      .field("companyName", "遵义黔北电机科技有限公司")
      .field("creditCode", NEW_CODE)
      .field("contactName", "陈经理")
      .field("contactPhone", "13985200001")
      .field("industry", "新能源汽车驱动电机")
      .field("industryCode", "3812")
      .field("investmentAmount", "30000")
      .field("description", "拟投资建设新能源汽车驱动电机生产线")
      .field("consent", "true")
      .attach("attachments", PDF, { filename: "项目计划书.pdf", contentType: "application/pdf" });
    ids.accepted = (await ok(accepted, 201)).id;
    ids.xss = (await ok(await chamberApi.post("/api/leads").send(buildLead({ companyName: XSS_NAME, creditCode: undefined, description: `项目说明 ${SCRIPT} 以及 ${IMG} 结束` })), 201)).id;
    ids.overdue = (await ok(await chamberApi.post("/api/leads").send(buildLead({ companyName: "六盘水煤化工循环经济有限公司", industry: "煤化工" })), 201)).id;
    await ctx.services.db.lead.update({ where: { id: ids.overdue }, data: { createdAt: new Date(Date.now() - 9 * 86_400_000) } });
    ids.duplicate = (await ok(await chamberBApi.post("/api/leads").send(buildLead({ companyName: "遵义黔北电机科技有限公司", creditCode: NEW_CODE })), 201)).id;

    await ctx.login("admin", { username: "e2e-lead-admin", password: PASSWORD });
    await ctx.login("analyst", { username: "e2e-lead-analyst", password: PASSWORD });
    await ctx.login("chamber", { username: "e2e-chamber", password: PASSWORD, chamberId: chamberA.id });
    browser = await launchChromium();
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  async function session(fn: (page: Page, context: BrowserContext) => Promise<void>, name: string) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN", acceptDownloads: true });
    const page = await context.newPage();
    const problems = collectPageProblems(page);
    const dialogs = watchDialogs(page);
    await withFailureScreenshot(page, `failure-leads-${name}`, problems, () => fn(page, context));
    expect(unexpected(problems)).toEqual([]);
    expect(dialogs).toEqual([]);
    await context.close();
  }

  it("an administrator issues a chamber's form link; the chamber submits a lead through the public form", async () => {
    let formUrl = "";
    await session(async (page) => {
      await logIn(page, served.baseUrl, "e2e-lead-admin");
      await page.goto(`${served.baseUrl}/leads/stats`);
      await rowOf(page, "lead-stats-table", "遵义市温州商会").waitFor();
      expect(await rowOf(page, "lead-stats-table", "遵义市温州商会").textContent()).toContain("已接收");
      await page.getByRole("button", { name: "为遵义市温州商会生成报送链接" }).click();
      await settled(page);
      await page.getByTestId("form-link-create").click();
      await page.getByTestId("form-link-url").waitFor();
      formUrl = (await page.getByTestId("form-link-url").textContent())!.trim();
      expect(formUrl).toMatch(new RegExp(`^${served.baseUrl}/form/leads/${ids.chamberA}\\.\\d+\\.[A-Za-z0-9_-]{43}$`));
      await screenshot(page, "leads-01-form-link");
    }, "admin");

    await session(async (page, context) => {
      // The server-rendered form has no icon; the browser's automatic favicon request is not the form's problem.
      await context.route("**/favicon.ico", (route) => route.fulfill({ status: 204 }));
      await page.goto(formUrl);
      await page.getByText("报送单位：遵义市温州商会").waitFor();
      await page.getByLabel("企业名称").fill("遵义汽车配件有限公司");
      await page.getByLabel("统一社会信用代码").fill(KNOWN_CODE);
      await page.locator("#f-industry").fill("汽车零部件");
      await page.getByLabel("行业代码（GB/T 4754）").fill("3670");
      await page.locator("#f-contactName").fill("刘经理");
      await page.getByLabel("联系电话").fill("13985201234");
      await page.getByLabel("项目说明").fill("拟扩建汽车配件生产线");
      await page.locator("#f-consent").check();
      await screenshot(page, "leads-02-public-form");
      await page.getByRole("button", { name: "提交线索" }).click();
      await page.getByRole("heading", { name: "提交成功" }).waitFor();
      const text = await page.locator("section.notice").textContent();
      ids.form = Number(/#(\d+)/.exec(text ?? "")?.[1]);
      expect(ids.form).toBeGreaterThan(0);
      await screenshot(page, "leads-03-form-submitted");
    }, "form");
  });

  it("an analyst works the queue: overdue highlighted, dedup candidate, accept with matches, merge choosing fields, reject", async () => {
    await session(async (page) => {
      const base = served.baseUrl;
      await logIn(page, base, "e2e-lead-analyst");
      await page.goto(`${base}/leads`);
      const table = page.getByTestId("leads-table");
      await rowOf(page, "leads-table", "六盘水煤化工").waitFor();
      // Open leads oldest first; the one past its deadline is highlighted and tagged.
      const overdueRow = rowOf(page, "leads-table", "六盘水煤化工");
      await expect(overdueRow.getAttribute("class")).resolves.toContain("lead-row-overdue");
      expect(await overdueRow.getByTestId("lead-overdue").textContent()).toBe("已超期");
      expect(await table.locator(".ant-table-row").count()).toBe(5);
      // Chamber text is text: the <img> in a company name is shown as typed, never as an element.
      expect(await table.textContent()).toContain(XSS_NAME);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      await screenshot(page, "leads-04-queue");

      // Filters go to the URL: overdue only, then one chamber.
      await page.getByTestId("lead-overdue-filter").click();
      await page.waitForURL(/overdue=true/);
      await page.waitForFunction(() => document.querySelectorAll("[data-testid=leads-table] .ant-table-row").length === 1);
      await page.getByTestId("lead-overdue-filter").click();
      await page.goto(`${base}/leads?chamberId=${ids.chamberB}`);
      await rowOf(page, "leads-table", "遵义黔北电机").waitFor();
      expect(await table.locator(".ant-table-row").count()).toBe(1);
      expect(await table.textContent()).toContain("重复提交");

      // The duplicate points at the lead it repeats; it cannot be accepted as a new enterprise.
      await rowOf(page, "leads-table", "遵义黔北电机").getByRole("link").click();
      await page.getByTestId("lead-duplicate-of").waitFor();
      expect(await page.getByTestId("lead-duplicate-of").textContent()).toContain(`#${ids.accepted}`);
      expect(await page.getByRole("button", { name: /采\s*纳$/ }).isDisabled()).toBe(true);
      await screenshot(page, "leads-05-duplicate");

      // The form lead: its dedup candidate is the enterprise with the same credit code.
      await page.goto(`${base}/leads/${ids.form}`);
      const candidate = rowOf(page, "lead-candidates", "贵州遵义汽车配件有限公司");
      await candidate.waitFor();
      expect(await candidate.textContent()).toContain("100%");
      expect(await candidate.textContent()).toContain("信用代码相同");
      expect(await candidate.getByRole("link", { name: "贵州遵义汽车配件有限公司" }).getAttribute("href")).toBe(`/enterprises/${knownEnterpriseId}`);
      await page.getByRole("button", { name: "开始审核" }).click();
      await page.waitForFunction(() => document.querySelector("[data-testid=lead-status]")?.textContent === "审核中");
      await screenshot(page, "leads-06-dedup-candidate");

      // 采纳 is refused (the company is in the library): the page offers to merge into it instead.
      await page.getByRole("button", { name: /采\s*纳$/ }).click();
      const offer = page.locator(".ant-modal-confirm", { hasText: "企业库中已有该企业" });
      await offer.waitFor();
      await settled(page);
      expect(await offer.textContent()).toContain(`#${knownEnterpriseId}`);
      await page.getByRole("button", { name: "合并到该企业" }).click();
      await settled(page);
      const dialog = page.getByRole("dialog", { name: "合并到已有企业" });
      await dialog.getByTestId("merge-field-name").waitFor();
      expect(await dialog.getByTestId("merge-field-name").textContent()).toContain("不一致，须选择");
      // Confirming without the required choice is stopped on the page.
      await dialog.getByRole("button", { name: "确认合并" }).click();
      await dialog.getByText("请选择「企业名称」采用哪一方的值").waitFor();
      await dialog.getByTestId("merge-name-enterprise").click();
      await screenshot(page, "leads-07-merge-dialog");
      // Meanwhile someone changes the enterprise's industry: the server refuses and says which field now differs.
      await ok(await served.ctx.request.patch(`/api/enterprises/${knownEnterpriseId}`).send({ industryCodes: ["3660"] }), 200);
      await dialog.getByRole("button", { name: "确认合并" }).click();
      await dialog.getByTestId("merge-server-issues").waitFor();
      expect(await dialog.getByTestId("merge-server-issues").textContent()).toContain("主行业代码");
      await dialog.getByTestId("merge-field-industryCode").waitFor();
      await dialog.getByTestId("merge-industryCode-lead").click();
      await screenshot(page, "leads-08-merge-refused-once");
      await dialog.getByRole("button", { name: "确认合并" }).click();
      await page.getByText("已合并到「贵州遵义汽车配件有限公司」").waitFor();
      await page.getByTestId("lead-merge-history").waitFor();
      expect(await page.getByTestId("lead-status").textContent()).toBe("已合并");
      const history = await page.getByTestId("lead-merge-history").textContent();
      expect(history).toContain("保留企业");
      expect(history).toContain("采用线索");
      await settled(page);
      await screenshot(page, "leads-09-merged");

      // Accept: the new enterprise and its matching projects; the attachment downloads.
      await page.goto(`${base}/leads/${ids.accepted}`);
      await page.getByTestId("lead-attachments").waitFor();
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /项目计划书\.pdf/ }).click()]);
      expect(download.suggestedFilename()).toBe("项目计划书.pdf");
      await page.getByRole("button", { name: /采\s*纳$/ }).click();
      await page.getByTestId("accept-matches-table").waitFor();
      await rowOf(page, "accept-matches-table", "年产20万台新能源汽车驱动电机项目").waitFor();
      await page.waitForFunction(() => document.querySelector("[data-testid=lead-status]")?.textContent === "已采纳");
      await settled(page);
      await screenshot(page, "leads-10-accepted");

      // Markup in a chamber's text shows literally, fires nothing; the rejection needs its reason.
      await page.goto(`${base}/leads/${ids.xss}`);
      await page.getByTestId("lead-description").waitFor();
      expect(await page.getByTestId("lead-description").textContent()).toBe(`项目说明 ${SCRIPT} 以及 ${IMG} 结束`);
      expect(await page.getByTestId("lead-title").textContent()).toBe(XSS_NAME);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.locator("main script").count()).toBe(0);
      await page.getByRole("button", { name: /驳\s*回$/ }).click();
      await settled(page);
      const reject = page.getByRole("dialog");
      await reject.getByRole("button", { name: /驳\s*回$/ }).click();
      await reject.getByText("请填写驳回原因").waitFor();
      await reject.getByLabel("驳回原因（商协会可见）").fill(REJECT_REASON);
      await reject.getByRole("button", { name: /驳\s*回$/ }).click();
      await page.getByTestId("lead-reject-reason").waitFor();
      expect(await page.getByTestId("lead-reject-reason").textContent()).toBe(REJECT_REASON);
      expect(await page.locator("main b").count()).toBe(0);
      await settled(page);
      await screenshot(page, "leads-11-rejected");
    }, "analyst");
  });

  it("the chamber sees only its own leads, their statuses and the reject reason", async () => {
    await session(async (page) => {
      await logIn(page, served.baseUrl, "e2e-chamber");
      // A chamber account's home is 我的线索.
      await page.getByTestId("my-leads-table").waitFor();
      expect(new URL(page.url()).pathname).toBe("/leads");
      await rowOf(page, "my-leads-table", "六盘水煤化工").waitFor();
      const rows = page.locator("[data-testid=my-leads-table] .ant-table-row");
      expect(await rows.count()).toBe(4);
      expect(await rowOf(page, "my-leads-table", "遵义黔北电机科技有限公司").textContent()).toContain("已采纳");
      expect(await rowOf(page, "my-leads-table", "遵义黔北电机科技有限公司").textContent()).toContain("推荐记功归本会");
      expect(await rowOf(page, "my-leads-table", "遵义汽车配件有限公司").textContent()).toContain("已合并");
      expect(await rowOf(page, "my-leads-table", "六盘水煤化工").textContent()).toContain("已接收");
      const rejected = rowOf(page, "my-leads-table", "安顺黔货贸易有限公司");
      expect(await rejected.textContent()).toContain("已驳回");
      expect(await rejected.getByTestId("my-lead-reject-reason").textContent()).toBe(`驳回原因：${REJECT_REASON}`);
      expect(await rejected.textContent()).toContain(XSS_NAME);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      // The review pages are not theirs.
      expect(await page.getByRole("link", { name: "项目库" }).count()).toBe(0);
      await screenshot(page, "leads-12-chamber-my-leads");
      await page.goto(`${served.baseUrl}/leads/${ids.accepted}`);
      await page.getByText("无权访问").waitFor();
    }, "chamber");
    // The same answer through the chamber's API key.
    const mine = await ok(await chamberApi.get("/api/leads/mine"), 200);
    expect((mine.items as { id: number; status: string }[]).map((l) => [l.id, l.status]).sort()).toEqual(
      [[ids.accepted, "accepted"], [ids.xss, "rejected"], [ids.overdue, "received"], [ids.form, "merged"]].sort(),
    );
  });
});
