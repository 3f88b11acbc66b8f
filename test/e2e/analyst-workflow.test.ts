import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { ARTIFACTS_DIR, collectPageProblems, describeInBrowser, launchChromium, removeFailureScreenshots, screenshot, withFailureScreenshot } from "./support/browser";
import { ensureWebBuiltForTests } from "./support/web-build";
import { serveTestApp, type ServedApp } from "./support/serve";
import { CONTACT_PHONE, seedE2eLibrary } from "./support/seed";
import { readCsv, readXlsx } from "../helpers/export-files";
import { logIn } from "./support/ui";

jest.setTimeout(240_000);

const rowLinks = (page: Page, table: string) =>
  page.locator(`[data-testid=${table}] .ant-table-row [data-row-link]`).allTextContents();

/** Clicks an export button and parses the saved file back (kept under test-artifacts/). */
async function exportFile(page: Page, testId: "export-csv" | "export-xlsx", name: string) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  const target = path.join(ARTIFACTS_DIR, name);
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await download.saveAs(target);
  const body = fs.readFileSync(target);
  return testId === "export-csv" ? readCsv(body) : readXlsx(body);
}

describeInBrowser("analysts' web UI in Chromium", () => {
  let served: ServedApp;
  let browser: Browser;
  let seeded: Awaited<ReturnType<typeof seedE2eLibrary>>;
  /** A record without confirmed codes: its industry is inferred from its labels and products. */
  let uncoded: { id: number };
  const password = "Test-password-123";

  beforeAll(async () => {
    removeFailureScreenshots();
    ensureWebBuiltForTests();
    served = await serveTestApp();
    seeded = await seedE2eLibrary(served.ctx);
    uncoded = (
      await served.ctx.request
        .post("/api/enterprises")
        .send({ name: "四川丘陵农机有限公司", industryLabels: ["农用机械"], products: [{ name: "拖拉机" }, { name: "微耕机" }] })
    ).body;
    await served.ctx.services.indexer.drainAll();
    await served.ctx.login("analyst", { username: "e2e-analyst", password });
    await served.ctx.login("viewer", { username: "e2e-viewer", password });
    browser = await launchChromium();
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it("search, review ranked matches, re-weight, shortlist two, change a status, export what is on screen", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN", acceptDownloads: true });
    const page = await context.newPage();
    const problems = collectPageProblems(page);
    const base = served.baseUrl;
    await withFailureScreenshot(page, "failure-analyst", problems, async () => {

      // Signed out: any page leads to the login form.
      await page.goto(`${base}/projects`);
      await page.getByLabel("用户名").waitFor();
      expect(page.url()).toContain("/login?next=%2Fprojects");
      await screenshot(page, "01-login");
      await page.getByLabel("用户名").fill("e2e-analyst");
      await page.getByLabel("密码").fill("wrong-password-1");
      await page.getByRole("button", { name: /登\s*录/ }).click();
      await expect(page.getByTestId("login-error").textContent()).resolves.toMatch(/[\u4e00-\u9fff]/);
      await page.getByLabel("密码").fill(password);
      await page.getByRole("button", { name: /登\s*录/ }).click();
      await page.locator("[data-testid=projects-table] .ant-table-row").first().waitFor();
      expect(new URL(page.url()).pathname).toBe("/projects");
      // The test service runs keyword-only: the banner says so.
      await expect(page.getByTestId("semantic-banner").textContent()).resolves.toContain("语义检索未启用");

      // 项目库: search 新能源, highlights on screen, the query in the URL.
      await page.getByTestId("project-search").locator("input").fill("新能源");
      await page.getByTestId("project-search").locator("input").press("Enter");
      await page.waitForURL(/q=%E6%96%B0%E8%83%BD%E6%BA%90/);
      await page.locator("[data-testid=projects-table] mark").first().waitFor();
      expect(await rowLinks(page, "projects-table")).toEqual([seeded.project.name]);
      await screenshot(page, "02-projects-search");

      // Keyboard: ↓ moves between the rows' links; Enter on a link opens it.
      await page.goto(`${base}/projects?sort=-totalInvestment`);
      await page.locator("[data-testid=projects-table] [data-row-link]").nth(1).waitFor();
      const first = page.locator("[data-testid=projects-table] [data-row-link]").first();
      await first.focus();
      await page.keyboard.press("ArrowDown");
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
      expect(focused).toBe((await rowLinks(page, "projects-table"))[1]);
      await page.goBack();
      await page.locator("[data-testid=projects-table] mark").first().waitFor();

      // Project detail with its ranked matches and reasons.
      await page.getByRole("link", { name: seeded.project.name }).focus();
      await page.keyboard.press("Enter");
      await page.locator("[data-testid=project-matches-table] .ant-table-row").first().waitFor();
      expect((await page.locator("[data-testid=project-matches-table] .top-reason").first().textContent())?.length).toBeGreaterThan(5);
      await screenshot(page, "03-project-detail");

      // 匹配结果: the breakdown and the reasons of the top match.
      await page.getByTestId("open-matches").click();
      await page.locator("[data-testid=matches-table] .ant-table-row").first().waitFor();
      const before = await rowLinks(page, "matches-table");
      expect(before.length).toBeGreaterThanOrEqual(4);
      expect(before).not.toContain("吊销的新能源电机有限公司");
      await page.locator("[data-testid=matches-table] .ant-table-row-expand-icon").first().click();
      await page.getByTestId("signal-reasons").first().waitFor();
      await page.locator(".match-chart canvas").first().waitFor();
      expect(await page.getByTestId("signal-reasons").first().textContent()).toContain("行业匹配");
      await screenshot(page, "04-matches");

      // Excluded enterprises with their reasons.
      await page.getByRole("tab", { name: /已排除/ }).click();
      await page.locator("[data-testid=excluded-table] .ant-table-row").first().waitFor();
      expect(await page.getByTestId("excluded-table").textContent()).toContain("吊销");
      await page.getByRole("tab", { name: /推荐企业/ }).click();

      // Weights: industry and chain fit off, geography up → a different order, kept in the URL.
      await page.getByLabel("行业匹配权重数值").fill("0");
      await page.getByLabel("产业链匹配权重数值").fill("0");
      await page.getByLabel("地缘关系权重数值").fill("10");
      await page.waitForURL(/weights=/);
      await page.waitForFunction(
        (old) => Array.from(document.querySelectorAll("[data-testid=matches-table] .ant-table-row [data-row-link]")).map((a) => a.textContent).join("|") !== old,
        before.join("|"),
      );
      await page.waitForFunction(() => !document.querySelector("[data-testid=matches-table] .ant-spin-spinning"));
      const after = await rowLinks(page, "matches-table");
      expect(after).not.toEqual(before);
      expect([...after].sort()).toEqual([...before].sort());
      await screenshot(page, "05-matches-reweighted");

      // The export of the list on screen: same filters, same weights, same order.
      const matchesCsv = await exportFile(page, "export-csv", "matches.csv");
      expect(matchesCsv.rows.map((r) => r["企业名称"])).toEqual(after);
      const matchesXlsx = await exportFile(page, "export-xlsx", "matches.xlsx");
      expect(matchesXlsx.rows.map((r) => r["企业名称"])).toEqual(after);

      // Two enterprises onto a new shortlist.
      const chosen = after.slice(0, 2);
      for (const i of [0, 1]) await page.locator("[data-testid=matches-table] .ant-table-row").nth(i).locator("input[type=checkbox]").check();
      await page.getByTestId("add-selected").click();
      const dialog = page.getByRole("dialog");
      await dialog.getByLabel("清单名称").fill("新能源电机电控 第一批走访");
      await dialog.getByRole("button", { name: /加\s*入/ }).click();
      await page.getByText("已将 2 家企业加入清单").waitFor();

      // 目标清单: the list, its two targets, a status change.
      await page.getByRole("link", { name: "目标清单" }).first().click();
      await page.getByRole("link", { name: "新能源电机电控 第一批走访" }).click();
      await page.locator("[data-testid=shortlist-items-table] .ant-table-row").nth(1).waitFor();
      const onScreen = await rowLinks(page, "shortlist-items-table");
      expect([...onScreen].sort()).toEqual([...chosen].sort());
      // The row is found by its enterprise: the list may reorder once a status changes.
      const targetRow = () => page.locator("[data-testid=shortlist-items-table] .ant-table-row", { hasText: onScreen[0] });
      await targetRow().getByTestId("status-select").click();
      await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "已联系" }).click();
      await page.getByText("状态已改为「已联系」").waitFor();
      await targetRow().getByTestId("status-select").filter({ hasText: "已联系" }).waitFor();
      await screenshot(page, "06-shortlist");

      const xlsx = await exportFile(page, "export-xlsx", "shortlist.xlsx");
      const csv = await exportFile(page, "export-csv", "shortlist.csv");
      for (const file of [xlsx, csv]) {
        expect(file.rows.map((r) => r["企业名称"])).toEqual(onScreen);
        expect(file.rows[0]["跟进状态"]).toBe("已联系");
        expect(file.rows[1]["跟进状态"]).toBe("待联系");
      }

      // 企业库 with highlights, and an enterprise with its contact (analysts may read contacts).
      await page.getByRole("link", { name: "企业库" }).first().click();
      await page.getByTestId("enterprise-search").locator("input").fill("新能源");
      await page.getByTestId("enterprise-search").locator("input").press("Enter");
      await page.locator("[data-testid=enterprises-table] mark").first().waitFor();
      await screenshot(page, "07-enterprises-search");

      // Its export is the search on screen: text, a tag filter and the revenue order, same rows, same order.
      await page.goto(`${base}/enterprises?q=${encodeURIComponent("新能源")}&tags=${encodeURIComponent("专精特新")}&sort=-revenue`);
      await page.locator("[data-testid=enterprises-table] mark").first().waitFor();
      const searched = await rowLinks(page, "enterprises-table");
      expect(searched.length).toBeGreaterThanOrEqual(4);
      for (const [testId, name] of [["export-csv", "enterprises.csv"], ["export-xlsx", "enterprises.xlsx"]] as const) {
        expect((await exportFile(page, testId, name)).rows.map((r) => r["企业名称"])).toEqual(searched);
      }
      await page.goto(`${base}/enterprises/${seeded.withContact.id}`);
      await page.getByTestId("contacts-table").waitFor();
      expect(await page.getByTestId("contacts-table").textContent()).toContain(CONTACT_PHONE);
      await screenshot(page, "08-enterprise-detail");
    });
    expect(problems).toEqual([]);
    await context.close();
  });

  it("an analyst sees why a code was inferred and confirms it", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
    const page = await context.newPage();
    const problems = collectPageProblems(page);
    await withFailureScreenshot(page, "failure-confirm-industry", problems, async () => {
      await logIn(page, served.baseUrl, "e2e-analyst", password, "/");
      await page.goto(`${served.baseUrl}/enterprises/${uncoded.id}`);
      // The test database has the shipped table (divisions): 35 专用设备制造业 from 农用机械 and 拖拉机.
      const inferred = page.getByTestId("industry-inferred-35");
      await inferred.waitFor();
      expect(await inferred.textContent()).toMatch(/推断 35 专用设备制造业（置信度 \d+%）/);
      await inferred.locator("span").first().hover();
      await expect(page.getByRole("tooltip").textContent()).resolves.toMatch(/推断依据：.*农用机械/);
      await page.getByTestId("confirm-industry-35").click();
      await page.locator(".ant-popconfirm").getByRole("button", { name: /^确\s*认$/ }).click();
      await page.getByTestId("industry-confirmed-35").waitFor();
      expect(await page.getByTestId("industry-confirmed-35").textContent()).toContain("主营 35 专用设备制造业");
      expect(await page.getByTestId("industry-inferred-35").count()).toBe(0);
      await screenshot(page, "11-industry-confirmed");
    });
    expect(problems).toEqual([]);
    await context.close();
    const stored = await served.ctx.request.get(`/api/enterprises/${uncoded.id}`);
    expect(stored.body.industries).toEqual(expect.arrayContaining([expect.objectContaining({ code: "35", kind: "primary", evidence: null })]));
  });

  it("a viewer sees no contacts and no write actions", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
    const page = await context.newPage();
    const problems = collectPageProblems(page);
    await withFailureScreenshot(page, "failure-viewer", problems, async () => {
      await logIn(page, served.baseUrl, "e2e-viewer", password, "/");
      await page.goto(`${served.baseUrl}/enterprises/${seeded.withContact.id}`);
      await page.getByTestId("contacts-hidden").waitFor();
      expect(await page.content()).not.toContain(CONTACT_PHONE);
      await screenshot(page, "09-viewer-enterprise");
      await page.goto(`${served.baseUrl}/enterprises/${uncoded.id}`);
      await page.getByTestId("enterprise-industries").waitFor();
      expect(await page.locator("[data-testid^=confirm-industry-]").count()).toBe(0);

      await page.goto(`${served.baseUrl}/projects/${seeded.project.id}/matches`);
      await page.locator("[data-testid=matches-table] .ant-table-row").first().waitFor();
      expect(await page.getByRole("button", { name: /加入清单/ }).count()).toBe(0);
      expect(await page.getByRole("button", { name: /不合适/ }).count()).toBe(0);
      await screenshot(page, "10-viewer-matches");
    });
    expect(problems).toEqual([]);
    await context.close();
  });
});
