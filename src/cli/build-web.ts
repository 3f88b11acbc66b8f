import fs from "node:fs";
import path from "node:path";
import { WEB_DIST_DIR } from "../http/web-ui";

/**
 * `npm run web:build`: builds the analysts' UI (src/web) with Vite into dist/web. `npm start` calls
 * `ensureWebBuilt` so a fresh checkout serves the UI without a separate step.
 */
export const WEB_SOURCE_DIR = path.resolve(__dirname, "..", "web");
const VITE_CONFIG = path.join(WEB_SOURCE_DIR, "vite.config.ts");
const LOCK_DIR = path.join(path.dirname(WEB_DIST_DIR), ".web-build.lock");
const LOCK_STALE_MS = 10 * 60_000;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** True when dist/web is missing or any file under src/web is newer than its index.html. */
export function webBuildIsStale(distDir = WEB_DIST_DIR): boolean {
  const index = path.join(distDir, "index.html");
  if (!fs.existsSync(index)) return true;
  if (!fs.existsSync(WEB_SOURCE_DIR)) return false;
  return newestMtime(WEB_SOURCE_DIR) > fs.statSync(index).mtimeMs;
}

export interface WebBuildResult {
  ms: number;
  outDir: string;
}

/**
 * Builds into a fresh folder and swaps it in, so a server reading dist/web never sees a half-written build.
 * Vite is a dev dependency: a production image builds dist/web at image build time.
 */
export async function buildWeb(options: { quiet?: boolean } = {}): Promise<WebBuildResult> {
  const started = performance.now();
  const { build } = await import("vite");
  const staging = `${WEB_DIST_DIR}.building-${process.pid}`;
  // Vite takes the bundle's NODE_ENV from the environment: under jest (test) or a developer's shell it would
  // ship React's development build. The served UI is always the production build.
  const callerNodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      configFile: VITE_CONFIG,
      mode: "production",
      logLevel: options.quiet ? "warn" : "info",
      build: { outDir: staging, emptyOutDir: true },
    });
  } finally {
    if (callerNodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = callerNodeEnv;
  }
  const old = `${WEB_DIST_DIR}.old-${process.pid}`;
  if (fs.existsSync(WEB_DIST_DIR)) fs.renameSync(WEB_DIST_DIR, old);
  fs.renameSync(staging, WEB_DIST_DIR);
  fs.rmSync(old, { recursive: true, force: true });
  return { ms: Math.round(performance.now() - started), outDir: WEB_DIST_DIR };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One build at a time across processes (tests, bench and a server may start together). */
async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  fs.mkdirSync(path.dirname(LOCK_DIR), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(LOCK_DIR);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const age = Date.now() - fs.statSync(LOCK_DIR, { throwIfNoEntry: false })!.mtimeMs;
      if (age > LOCK_STALE_MS) fs.rmSync(LOCK_DIR, { recursive: true, force: true });
      else await sleep(500);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

/** Builds the UI when dist/web is missing or older than src/web; returns the build time, or null when up to date. */
export async function ensureWebBuilt(log: (message: string) => void = () => undefined): Promise<WebBuildResult | null> {
  if (!webBuildIsStale()) return null;
  return withBuildLock(async () => {
    if (!webBuildIsStale()) return null; // another process built it while we waited
    log("正在构建网页界面（dist/web 缺失或早于 src/web）…");
    const result = await buildWeb({ quiet: true });
    log(`网页界面已构建：${result.outDir}（${(result.ms / 1000).toFixed(1)} 秒）`);
    return result;
  });
}

if (require.main === module) {
  const ifStale = process.argv.includes("--if-stale");
  (ifStale ? ensureWebBuilt((m) => process.stdout.write(`${m}\n`)) : withBuildLock(() => buildWeb()))
    .then((result) => {
      if (!result) process.stdout.write("网页界面已是最新，无需构建\n");
      else if (!ifStale) process.stdout.write(`网页界面已构建：${result.outDir}（${(result.ms / 1000).toFixed(1)} 秒）\n`);
    })
    .catch((err: unknown) => {
      process.stderr.write(`网页界面构建失败：${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    });
}
