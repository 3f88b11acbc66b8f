import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import type { AddressInfo } from "node:net";
import { chromium, type Browser } from "playwright-core";
import { loadConfig } from "../config";
import { createLogger } from "../logger";
import { applyMigrationsSql } from "../migrations";
import { openServices } from "../services";
import { createApp } from "../app";
import { seedDemoData } from "../modules/demo";
import { createUser } from "../modules/auth";
import { WEB_DIST_DIR } from "../http/web-ui";
import { ensureWebBuilt } from "./build-web";

/**
 * `npm run bench -- web [--enterprises 100000] [--runs 5]`
 * The analysts' UI: size of the built bundle (raw and gzip; what the first page load fetches and everything),
 * and the first load of the match page in Chromium over N demo enterprises: navigation start → first
 * ranked rows visible, with a cold browser cache each run (new browser context), signed in already.
 * Target (2-core machine, 100k enterprises): first load < 2 s.
 */
const CHROMIUM_PATH = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const TARGET_MS = 2000;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const kb = (bytes: number) => +(bytes / 1024).toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

function sizeOf(file: string): FileSize {
  const body = fs.readFileSync(file);
  return { file: path.relative(WEB_DIST_DIR, file), raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
}

/** Every built file, and the ones index.html makes the browser fetch before the first render. */
function bundleSizes() {
  const files: FileSize[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else files.push(sizeOf(full));
    }
  };
  walk(WEB_DIST_DIR);
  const html = fs.readFileSync(path.join(WEB_DIST_DIR, "index.html"), "utf8");
  const initialNames = new Set(["index.html", ...[...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1])]);
  const initial = files.filter((f) => initialNames.has(f.file));
  const sum = (list: FileSize[], key: "raw" | "gzip") => list.reduce((n, f) => n + f[key], 0);
  return {
    files: files.sort((a, b) => b.raw - a.raw),
    initial: { rawKB: kb(sum(initial, "raw")), gzipKB: kb(sum(initial, "gzip")) },
    total: { rawKB: kb(sum(files, "raw")), gzipKB: kb(sum(files, "gzip")) },
  };
}

async function firstLoads(browser: Browser, baseUrl: string, projectIds: number[], runs: number, credentials: { username: string; password: string }) {
  const results: { projectId: number; firstRowsMs: number; matchesApiMs: number; matchesApiStartMs: number; matchesApiEndMs: number; domContentLoadedMs: number; rows: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const projectId = projectIds[i % projectIds.length];
    // A new context has an empty cache: every asset is fetched, as on a colleague's first visit.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
    const login = await context.request.post(`${baseUrl}/api/auth/login`, { data: credentials });
    if (!login.ok()) throw new Error(`login HTTP ${login.status()}`);
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(`${baseUrl}/projects/${projectId}/matches`);
    await page.locator("[data-testid=matches-table] .ant-table-row").first().waitFor({ timeout: 60_000 });
    const firstRowsMs = performance.now() - started;
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      const api = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find((r) => /\/api\/projects\/\d+\/matches/.test(r.name));
      return { dcl: nav.domContentLoadedEventEnd, api: api ? api.duration : -1, apiStart: api ? api.startTime : -1, apiEnd: api ? api.responseEnd : -1 };
    });
    results.push({
      projectId,
      firstRowsMs: Math.round(firstRowsMs),
      matchesApiMs: Math.round(timing.api),
      matchesApiStartMs: Math.round(timing.apiStart),
      matchesApiEndMs: Math.round(timing.apiEnd),
      domContentLoadedMs: Math.round(timing.dcl),
      rows: await page.locator("[data-testid=matches-table] .ant-table-row").count(),
    });
    await context.close();
  }
  return results;
}

async function main() {
  const enterprises = Number(arg("--enterprises", "100000"));
  const runs = Number(arg("--runs", "5"));
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`未找到 ${CHROMIUM_PATH}：apt-get install -y chromium fonts-wqy-microhei`);

  const built = await ensureWebBuilt((m) => process.stderr.write(`${m}\n`));
  const bundle = bundleSizes();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "investmatch-bench-web-"));
  let browser: Browser | undefined;
  try {
    applyMigrationsSql(path.join(dir, "investmatch.db"));
    const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: "silent", DEMO_SEED: "false", EMBEDDING_ENABLED: "false", INDEXER_BATCH_SIZE: "1000" });
    const logger = createLogger("silent");
    const services = await openServices(config, logger);
    let t = performance.now();
    process.stderr.write(`正在生成 ${enterprises} 家演示企业…\n`);
    await seedDemoData(services, { enterprises, projects: 120 });
    const seedS = (performance.now() - t) / 1000;
    t = performance.now();
    process.stderr.write("正在建立检索索引…\n");
    await services.indexer.drainAll();
    const indexS = (performance.now() - t) / 1000;
    const credentials = { username: "bench-analyst", password: "Bench-password-2026" };
    await createUser({ db: services.db, auth: config.auth }, { ...credentials, displayName: "基准测试", role: "analyst", groups: [] });

    const app = createApp({ ...services, config, logger, health: services.health, routers: services.routers });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // The projects analysts open most: the 新能源汽车 group first.
    const projects = await services.db.project.findMany({ select: { id: true, industryGroupName: true }, orderBy: { id: "asc" } });
    const projectIds = [...projects.filter((p) => p.industryGroupName === "新能源汽车"), ...projects].map((p) => p.id);

    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    await firstLoads(browser, baseUrl, projectIds.slice(-1), 1, credentials); // warm the server (JIT, SQLite pages), not the browser cache
    const loads = await firstLoads(browser, baseUrl, projectIds, runs, credentials);
    server.close();
    await services.close();

    const firstRows = loads.map((l) => l.firstRowsMs);
    const report = {
      machine: `${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join("/")}, node ${process.version}`,
      bundle: { builtNowMs: built?.ms ?? null, initialLoad: bundle.initial, allFiles: bundle.total, largest: bundle.files.slice(0, 8).map((f) => ({ file: f.file, rawKB: kb(f.raw), gzipKB: kb(f.gzip) })) },
      data: { enterprises, projects: projects.length, seedSeconds: +seedS.toFixed(1), indexSeconds: +indexS.toFixed(1) },
      matchPageFirstLoad: {
        runs: loads,
        medianMs: median(firstRows),
        maxMs: Math.max(...firstRows),
        targetMs: TARGET_MS,
        pass: Math.max(...firstRows) < TARGET_MS,
      },
    };
    if (process.argv.includes("--json")) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else {
      process.stdout.write(`machine: ${report.machine}\n\n`);
      process.stdout.write(`bundle (dist/web): first load ${bundle.initial.rawKB} KB raw / ${bundle.initial.gzipKB} KB gzip; all files ${bundle.total.rawKB} KB raw / ${bundle.total.gzipKB} KB gzip\n`);
      process.stdout.write(`| file | raw KB | gzip KB |\n|---|---|---|\n${report.bundle.largest.map((f) => `| ${f.file} | ${f.rawKB} | ${f.gzipKB} |`).join("\n")}\n\n`);
      process.stdout.write(`data: ${enterprises} enterprises, ${projects.length} projects (seed ${report.data.seedSeconds} s, index ${report.data.indexSeconds} s)\n`);
      process.stdout.write(`| project | first rows visible ms | DOMContentLoaded ms | matches API start–end ms | rows |\n|---|---|---|---|---|\n`);
      for (const l of loads) process.stdout.write(`| ${l.projectId} | ${l.firstRowsMs} | ${l.domContentLoadedMs} | ${l.matchesApiStartMs}–${l.matchesApiEndMs} (${l.matchesApiMs}) | ${l.rows} |\n`);
      process.stdout.write(`match page first load: median ${report.matchPageFirstLoad.medianMs} ms, max ${report.matchPageFirstLoad.maxMs} ms (target < ${TARGET_MS} ms: ${report.matchPageFirstLoad.pass ? "达标" : "未达标"})\n`);
    }
  } finally {
    await browser?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
