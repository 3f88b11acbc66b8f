import type { Page } from "playwright-core";

/** Signs in through the login form and waits for the user menu. */
export async function logIn(page: Page, baseUrl: string, username: string, password: string, startPath = "/login"): Promise<void> {
  await page.goto(`${baseUrl}${startPath}`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: /登\s*录/ }).click();
  await page.getByTestId("user-menu").waitFor();
}

/**
 * Waits until no dialog is opening or closing: on a busy machine a click during the zoom animation can be
 * lost, and a closing dialog would still match getByRole("dialog").
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector(".ant-modal.ant-zoom-appear, .ant-modal.ant-zoom-enter, .ant-modal.ant-zoom-leave"));
}

/** The body of an API response set up by a test, after checking its status. */
export async function ok(res: { status: number; body: unknown }, status: number) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Record<string, unknown> & { id: number };
}
