import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { loadConfig } from "../config";
import { createLogger } from "../logger";
import { applyMigrationsSql } from "../migrations";
import { openServices } from "../services";
import { createApp } from "../app";
import { seedDemoData } from "../modules/demo";
import Database from "better-sqlite3";
import { createApiKey } from "../modules/auth";
import { rebuildSearchIndexes } from "../../indexer/rebuild";

/**
 * `npm run bench -- match [--sizes 10000,100000] [--requests 200] [--hybrid]`
 * End-to-end GET /api/projects/:id/matches?limit=50 over HTTP against N demo enterprises in the embedded
 * engine: seed and index time, p50/p95 latency, peak RSS, and a match run over every project.
 * Targets (2-core machine): p95 < 200 ms at 100k, < 500 ms at 1M; a 120-project run at 100k < 60 s.
 * --hybrid uses the repo's tiny test model (32 dims) to time the vector path; its vectors carry no meaning.
 * `--dir <path> --keep` leaves the seeded, indexed data in <path>/<size>; a later run with `--reuse` measures
 * latency on it again without seeding or indexing (seed/index figures are then 0). A hybrid index serves both
 * modes: a keyword run on it leaves the embedder off.
 */
function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

/** The benchmark's own admin API key (every API route needs credentials). */
let authorization = "";

function get(port: number, url: string): Promise<{ status: number; ms: number; body: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: url, headers: { authorization } }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, body }));
      })
      .on("error", reject);
  });
}

function post(port: number, url: string, json: unknown): Promise<{ status: number; ms: number; body: string }> {
  const started = performance.now();
  const data = JSON.stringify(json);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, path: url, method: "POST", headers: { authorization, "content-type": "application/json", "content-length": Buffer.byteLength(data) } },
      (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, body }));
      },
    );
    req.on("error", reject);
    req.end(data);
  });
}

interface KeepOptions {
  /** Parent folder for the kept data (one sub-folder per size); a fresh temporary folder when absent. */
  dir?: string;
  keep: boolean;
  reuse: boolean;
}

async function benchSize(size: number, requests: number, hybrid: boolean, keep: KeepOptions) {
  const dir = keep.dir ? path.join(keep.dir, String(size)) : fs.mkdtempSync(path.join(os.tmpdir(), "investmatch-bench-match-"));
  const dbFile = path.join(dir, "investmatch.db");
  const reuse = keep.reuse && fs.existsSync(dbFile);
  if (keep.reuse && !reuse) throw new Error(`--reuse: no kept data in ${dir}`);
  if (!reuse) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
  }
  const tinyModel = path.join(__dirname, "..", "..", "test", "fixtures", "tiny-model");
  // Both modes name the tiny model, so a kept hybrid index opens with its own vector dimensions in keyword mode.
  const env: Record<string, string> = {
    EMBEDDING_MODEL: "investmatch/tiny-zh-bert",
    MODEL_DIR: tinyModel,
    EMBEDDING_DIMENSIONS: "32",
    EMBEDDING_DTYPE: "fp32",
    EMBEDDING_ENABLED: String(hybrid),
  };
  try {
    if (!reuse) applyMigrationsSql(dbFile);
    const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: "silent", DEMO_SEED: "false", INDEXER_BATCH_SIZE: "1000", ...env });
    const logger = createLogger("silent");
    const services = await openServices(config, logger);
    authorization = `Bearer ${(await createApiKey({ db: services.db, auth: config.auth }, { name: "bench", role: "admin", groups: [] })).key}`;
    let t = performance.now();
    // Beyond 100k the demo generator is too slow: seed 100k, then copy rows in SQL (names and codes varied).
    if (!reuse) await seedDemoData(services, { enterprises: Math.min(size, SEED_MAX), projects: 120 });
    if (!reuse && size > SEED_MAX) await cloneEnterprises(dbFile, size);
    const seedS = reuse ? 0 : (performance.now() - t) / 1000;
    t = performance.now();
    if (!reuse && size > SEED_MAX) {
      await rebuildSearchIndexes(services.db, services.engine, services.embedder, undefined, 2000, services.inferrer);
      await services.db.outboxEvent.updateMany({ where: { processedAt: null }, data: { processedAt: new Date() } });
    } else if (!reuse) await services.indexer.drainAll();
    const indexS = reuse ? 0 : (performance.now() - t) / 1000;
    const enterpriseCount = await services.db.enterprise.count();
    if (enterpriseCount !== size) throw new Error(`${dir} holds ${enterpriseCount} enterprises, not ${size}`);
    const app = createApp({ ...services, config, logger, health: services.health, routers: services.routers });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    const port = (server.address() as AddressInfo).port;
    const projectIds = (await services.db.project.findMany({ select: { id: true } })).map((p) => p.id);
    for (let i = 0; i < 5; i++) await get(port, `/api/projects/${projectIds[i]}/matches?limit=50`); // warm-up
    const times: number[] = [];
    for (let i = 0; i < requests; i++) {
      const r = await get(port, `/api/projects/${projectIds[i % projectIds.length]}/matches?limit=50`);
      if (r.status !== 200) throw new Error(`HTTP ${r.status}: ${r.body.slice(0, 200)}`);
      times.push(r.ms);
    }
    const run = await post(port, "/api/match-runs?wait=true", { limit: 50 });
    if (run.status !== 201) throw new Error(`match run HTTP ${run.status}: ${run.body.slice(0, 200)}`);
    server.close();
    await services.close();
    return {
      enterprises: size,
      mode: hybrid ? "hybrid (tiny model)" : "keyword",
      seedSeconds: +seedS.toFixed(1),
      indexSeconds: +indexS.toFixed(1),
      p50ms: +pct(times, 50).toFixed(1),
      p95ms: +pct(times, 95).toFixed(1),
      matchRun120Seconds: +(run.ms / 1000).toFixed(1),
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    if (!keep.keep && !reuse) fs.rmSync(dir, { recursive: true, force: true });
  }
}

const SEED_MAX = 100_000;

/** Copies the seeded enterprises (with their industry rows) until there are `target`, varying names. */
async function cloneEnterprises(file: string, target: number) {
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    const cols = (db.prepare(`PRAGMA table_info("Enterprise")`).all() as { name: string }[]).map((c) => c.name).filter((c) => c !== "id");
    const base = (db.prepare(`SELECT MAX(id) AS n FROM "Enterprise"`).get() as { n: number }).n;
    const quoted = cols.map((c) => `"${c}"`).join(", ");
    const select = cols
      .map((c) => {
        if (c === "name" || c === "normalizedName") return `"${c}" || @suffix`;
        if (c === "creditCode" || c === "externalId" || c === "stockCode") return "NULL";
        return `"${c}"`;
      })
      .join(", ");
    for (let round = 1; (db.prepare(`SELECT COUNT(*) AS n FROM "Enterprise"`).get() as { n: number }).n < target; round++) {
      const have = (db.prepare(`SELECT COUNT(*) AS n FROM "Enterprise"`).get() as { n: number }).n;
      const take = Math.min(base, target - have);
      const offset = round * base;
      db.transaction(() => {
        db.prepare(`INSERT INTO "Enterprise" (id, ${quoted}) SELECT id + ${offset}, ${select} FROM "Enterprise" WHERE id <= ${take}`).run({ suffix: `（分${round}）` });
        db.prepare(`INSERT INTO "EnterpriseIndustry" ("enterpriseId", code, kind, confidence, evidence) SELECT "enterpriseId" + ${offset}, code, kind, confidence, evidence FROM "EnterpriseIndustry" WHERE "enterpriseId" <= ${take}`).run();
      })();
    }
  } finally {
    db.close();
  }
}

async function main() {
  const sizes = arg("--sizes", "10000").split(",").map(Number);
  const requests = Number(arg("--requests", "200"));
  const hybrid = process.argv.includes("--hybrid");
  const rows = [];
  const keep: KeepOptions = { dir: process.argv.includes("--dir") ? arg("--dir", "") : undefined, keep: process.argv.includes("--keep"), reuse: process.argv.includes("--reuse") };
  if ((keep.keep || keep.reuse) && !keep.dir) throw new Error("--keep and --reuse need --dir <path>");
  for (const size of sizes) rows.push(await benchSize(size, requests, hybrid, keep));
  const machine = `${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join("/")}, node ${process.version}`;
  if (process.argv.includes("--json")) process.stdout.write(`${JSON.stringify({ machine, rows }, null, 2)}\n`);
  else {
    process.stdout.write(`machine: ${machine}\n| enterprises | mode | seed s | index s | p50 ms | p95 ms | match run (120 projects) s | peak RSS MB |\n|---|---|---|---|---|---|---|---|\n`);
    for (const r of rows) process.stdout.write(`| ${r.enterprises} | ${r.mode} | ${r.seedSeconds} | ${r.indexSeconds} | ${r.p50ms} | ${r.p95ms} | ${r.matchRun120Seconds} | ${r.peakRssMB} |\n`);
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
