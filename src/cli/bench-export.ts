/**
 * Export benchmark: GET /api/enterprises/export as XLSX and as CSV over real HTTP, on N generated enterprises
 * (the deterministic demo generator), signed in with an admin API key (so the contact columns are included).
 *
 *   npm run bench -- export [--rows 100000] [--query "sort=id"] [--server-heap-mb 160] [--json] [--keep]
 *
 * The parent seeds a fresh migrated SQLite database, then runs one child process per format: the child is the
 * server (the real app from `openServices` + `createApp`, embeddings off), the parent is the client and
 * saves the download to disk. The peak RSS reported is the server child's own (VmHWM), next to its RSS
 * before the export started, so what the export itself costs is visible. Afterwards the parent reads the
 * files back (csv-parse, exceljs's streaming reader) and checks the row count.
 *
 * RSS alone overstates what an export holds (V8 grows its heap lazily while garbage is cheap to keep), so the
 * child also samples heapUsed during the export, and --server-heap-mb caps the server's V8 old space: an
 * export that held its rows would fail under a cap far below their size.
 *
 * Targets (judged from the output, not asserted): the export's memory must not grow with the row count
 * (compare --rows 20000 and --rows 100000, run under --server-heap-mb), and throughput in rows/s.
 */
import { spawn, type ChildProcessByStdio } from "node:child_process";
import type { Readable, Writable } from "node:stream";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { pipeline } from "node:stream/promises";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";
import { loadConfig, type Config } from "../config";
import { createLogger } from "../logger";
import { applyMigrationsSql } from "../migrations";
import { openDataServices, openServices } from "../services";
import { createApp } from "../app";
import { seedDemoData } from "../modules/demo";
import { createApiKey } from "../modules/auth";

const MB = 1024 * 1024;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const log = (line: string) => process.stderr.write(`${line}\n`);

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

function benchConfig(dataDir: string): Config {
  return loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: "silent",
    EMBEDDING_ENABLED: "false",
    DEMO_SEED: "false",
    INDEXER_IN_PROCESS: "false",
  });
}

/** VmHWM (peak resident set) of this process from /proc, else the OS's maxRSS. */
function peakRssMb(): number {
  try {
    const m = fs.readFileSync("/proc/self/status", "utf8").match(/^VmHWM:\s+(\d+)\s+kB/m);
    if (m) return round(Number(m[1]) / 1024);
  } catch {
    // not Linux
  }
  return round(process.resourceUsage().maxRSS / 1024);
}

// ------------------------------------------------------------------------------------------------ child

/** The server: prints {port, rssBeforeMb} once listening, then {peakRssMb} when the parent says so. */
async function childMain(): Promise<void> {
  const config = benchConfig(option("--data-dir", ""));
  const logger = createLogger("silent");
  const services = await openServices(config, logger);
  const app = createApp({ ...services, config, logger, health: services.health, routers: services.routers });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  global.gc?.();
  const port = (server.address() as AddressInfo).port;
  const heapBeforeMb = round(process.memoryUsage().heapUsed / MB);
  let peakHeapMb = heapBeforeMb;
  const sampler = setInterval(() => (peakHeapMb = Math.max(peakHeapMb, round(process.memoryUsage().heapUsed / MB))), 100);
  process.stdout.write(`${JSON.stringify({ port, rssBeforeMb: round(process.memoryUsage().rss / MB), heapBeforeMb })}\n`);
  process.stdin.once("data", async () => {
    clearInterval(sampler);
    global.gc?.();
    const heapAfterGcMb = round(process.memoryUsage().heapUsed / MB);
    process.stdout.write(`${JSON.stringify({ peakRssMb: peakRssMb(), peakHeapMb, heapAfterGcMb })}\n`);
    server.close();
    await services.close();
    process.exit(0);
  });
}

// ------------------------------------------------------------------------------------------------ parent

interface ServerChild {
  child: ChildProcessByStdio<Writable, Readable, null>;
  next(): Promise<Record<string, number>>;
}

function startServer(dataDir: string, heapLimitMb: number | null): ServerChild {
  const heapCap = heapLimitMb ? [`--max-old-space-size=${heapLimitMb}`] : [];
  const child = spawn(process.execPath, [...process.execArgv, "--expose-gc", ...heapCap, __filename, "--child", "--data-dir", dataDir], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  let buffered = "";
  child.stdout.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    let nl: number;
    while ((nl = buffered.indexOf("\n")) >= 0) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      const waiter = waiting.shift();
      if (waiter) waiter(line);
      else lines.push(line);
    }
  });
  return {
    child,
    next: () =>
      new Promise((resolve, reject) => {
        const take = (line: string) => resolve(JSON.parse(line) as Record<string, number>);
        const queued = lines.shift();
        if (queued !== undefined) return take(queued);
        waiting.push(take);
        child.once("exit", (code) => reject(new Error(`export server exited with ${code}`)));
      }),
  };
}

/** Downloads to `file`; resolves with the status, time to first byte and total time. */
function downloadTo(port: number, url: string, apiKey: string, file: string): Promise<{ status: number; ttfbMs: number; totalMs: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: url, headers: { authorization: `Bearer ${apiKey}` } }, (res) => {
        const ttfbMs = performance.now() - started;
        pipeline(res, fs.createWriteStream(file))
          .then(() => resolve({ status: res.statusCode ?? 0, ttfbMs, totalMs: performance.now() - started }))
          .catch(reject);
      })
      .on("error", reject);
  });
}

async function countCsvRows(file: string): Promise<number> {
  let rows = -1; // the header
  await pipeline(fs.createReadStream(file), parse({ bom: true }), async function* (records: AsyncIterable<unknown>) {
    for await (const _ of records) rows++;
  });
  return rows;
}

async function countXlsxRows(file: string): Promise<number> {
  let rows = -1;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: "emit", sharedStrings: "cache", hyperlinks: "ignore", styles: "ignore" });
  for await (const sheet of reader) for await (const _ of sheet as AsyncIterable<unknown>) rows++;
  return rows;
}

interface FormatResult {
  format: string;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  ttfbMs: number;
  fileMb: number;
  serverRssBeforeMb: number;
  serverPeakRssMb: number;
  serverHeapBeforeMb: number;
  /** Largest V8 heapUsed sampled every 100 ms during the export. */
  serverPeakHeapMb: number;
  /** heapUsed after a full GC once the export is done (what it retains). */
  serverHeapAfterGcMb: number;
}

interface BenchOptions {
  query: string;
  heapLimitMb: number | null;
}

async function benchFormat(dataDir: string, apiKey: string, format: "xlsx" | "csv", opts: BenchOptions, expected: number): Promise<FormatResult> {
  const server = startServer(dataDir, opts.heapLimitMb);
  try {
    const ready = await server.next();
    const file = path.join(dataDir, `export.${format}`);
    log(`  ${format}: downloading …`);
    const r = await downloadTo(ready.port, `/api/enterprises/export?format=${format}&${opts.query}`, apiKey, file);
    if (r.status !== 200) throw new Error(`HTTP ${r.status}: ${fs.readFileSync(file, "utf8").slice(0, 300)}`);
    server.child.stdin.write("report\n");
    const after = await server.next();
    const rows = format === "csv" ? await countCsvRows(file) : await countXlsxRows(file);
    if (rows !== expected) throw new Error(`${format}: ${rows} rows in the file, ${expected} expected`);
    return {
      format,
      rows,
      seconds: round(r.totalMs / 1000, 2),
      rowsPerSecond: Math.round(rows / (r.totalMs / 1000)),
      ttfbMs: Math.round(r.ttfbMs),
      fileMb: round(fs.statSync(file).size / MB),
      serverRssBeforeMb: ready.rssBeforeMb,
      serverPeakRssMb: after.peakRssMb,
      serverHeapBeforeMb: ready.heapBeforeMb,
      serverPeakHeapMb: after.peakHeapMb,
      serverHeapAfterGcMb: after.heapAfterGcMb,
    };
  } finally {
    server.child.kill();
  }
}

async function benchSize(rows: number, opts: BenchOptions, keep: boolean) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "investmatch-bench-export-"));
  try {
    applyMigrationsSql(path.join(dir, "investmatch.db"));
    const config = benchConfig(dir);
    const data = await openDataServices(config);
    log(`seeding ${rows} enterprises …`);
    const t = performance.now();
    await seedDemoData(data, { enterprises: rows, projects: 120 });
    const seedSeconds = round((performance.now() - t) / 1000);
    const { key } = await createApiKey({ db: data.db, auth: config.auth }, { name: "bench-export", role: "admin", groups: [], chamberId: null });
    await data.close();
    const results: FormatResult[] = [];
    for (const format of ["xlsx", "csv"] as const) results.push(await benchFormat(dir, key, format, opts, rows));
    return { enterprises: rows, ...opts, seedSeconds, results };
  } finally {
    if (keep) log(`kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const sizes = option("--rows", "100000").split(",").map(Number);
  const opts: BenchOptions = { query: option("--query", "sort=id"), heapLimitMb: Number(option("--server-heap-mb", "0")) || null };
  const keep = process.argv.includes("--keep");
  const runs = [];
  for (const size of sizes) runs.push(await benchSize(size, opts, keep));
  const machine = `${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join("/")}, node ${process.version}`;
  if (process.argv.includes("--json")) {
    process.stdout.write(`${JSON.stringify({ machine, runs }, null, 2)}\n`);
    return;
  }
  process.stdout.write(
    `machine: ${machine}\n` +
      "| enterprises | query | server heap cap MB | format | rows/s | seconds | first byte ms | file MB | server RSS before → peak MB | server heap before → peak → after GC MB |\n" +
      "|---|---|---|---|---|---|---|---|---|---|\n",
  );
  for (const run of runs) {
    for (const r of run.results) {
      process.stdout.write(
        `| ${run.enterprises} | ${run.query} | ${run.heapLimitMb ?? "–"} | ${r.format} | ${r.rowsPerSecond} | ${r.seconds} | ${r.ttfbMs} | ${r.fileMb} | ` +
          `${r.serverRssBeforeMb} → ${r.serverPeakRssMb} | ${r.serverHeapBeforeMb} → ${r.serverPeakHeapMb} → ${r.serverHeapAfterGcMb} |\n`,
      );
    }
  }
}

if (process.argv.includes("--child")) {
  childMain().catch((err) => {
    process.stderr.write(`${(err as Error).stack}\n`);
    process.exit(1);
  });
} else {
  main().catch((err) => {
    process.stderr.write(`${(err as Error).stack}\n`);
    process.exit(1);
  });
}
