import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

/** Debian's chromium (CI installs it with fonts-wqy-microhei); playwright-core never downloads a browser. */
export const CHROMIUM_PATH = "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export const hasChromium = fs.existsSync(CHROMIUM_PATH);

/** `describe` when Chromium is installed, else `describe.skip` with a console line saying why. */
export function describeInBrowser(name: string, fn: () => void): void {
  if (!hasChromium) {
    // eslint-disable-next-line no-console
    console.warn(`跳过浏览器端到端测试「${name}」：未找到 ${CHROMIUM_PATH}（apt-get install -y chromium fonts-wqy-microhei 后即可运行；CI 会安装）`);
    describe.skip(name, fn);
    return;
  }
  describe(name, fn);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export const ARTIFACTS_DIR = path.resolve(__dirname, "..", "..", "..", "test-artifacts", "e2e");

/** Screenshots of each page, kept as test artifacts (test-artifacts/ is gitignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`), fullPage: false });
}

/** Page errors and failed requests (other than the expected 401 of the session probe) fail the test. */
export function collectPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("pageerror", (err) => problems.push(`页面脚本错误：${err.message}`));
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    const text = msg.text();
    if (/status of 401/.test(text)) return;
    problems.push(`控制台错误：${text}`);
  });
  return problems;
}

/** Runs a scenario; when it fails, the page as it was is saved next to the other screenshots. */
export async function withFailureScreenshot(page: Page, name: string, problems: string[], scenario: () => Promise<void>): Promise<void> {
  try {
    await scenario();
  } catch (err) {
    await screenshot(page, name).catch(() => undefined);
    if (problems.length && err instanceof Error) err.message += `\n页面问题：\n${problems.join("\n")}`;
    throw err;
  }
}

/** A passing run should not leave an older run's failure picture behind. */
export function removeFailureScreenshots(): void {
  if (!fs.existsSync(ARTIFACTS_DIR)) return;
  for (const f of fs.readdirSync(ARTIFACTS_DIR)) if (f.startsWith("failure-")) fs.rmSync(path.join(ARTIFACTS_DIR, f));
}
