/**
 * `npm run bench -- leads [--rate 200] [--seconds 60] [--connections 40] [--retry-every 10] [--keep] [--cpu-prof <dir>]`
 *
 * Load test of chamber lead submission: the real server (`tsx src/main.ts`, demo library seeded, indexer
 * in-process) runs as its own process on loopback with a temporary DATA_DIR; autocannon sends POST /api/leads
 * with a chamber API key at a fixed overall rate, each request with its own Idempotency-Key, and every
 * `--retry-every`-th request a retry of an earlier key with the same body (a chamber system retrying after a
 * timeout). Afterwards the database is read directly and checked:
 *   - lost: a key answered 201/200 whose lead is not in the database;
 *   - duplicated: more than one lead for one key, or more leads than distinct keys answered 201;
 *   - a retry answered 201 (a second lead for a key already stored) also counts as duplicated.
 * Target (judged from the output): 200 submissions/s for 60 s with no lost and no duplicated lead.
 * Exits 1 when a lead is lost or duplicated.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { loadConfig } from "../config";
import { createDb, tuneSqlite } from "../db";
import { applyMigrationsSql } from "../migrations";
import { createApiKey, createChamber } from "../modules/auth";
import { computeCreditCodeCheckChar } from "../modules/enterprises/credit-code";

interface AutocannonRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}
interface AutocannonContext {
  key?: string;
}
interface AutocannonResult {
  requests: { total: number; average: number; p50: number };
  latency: { p50: number; p90: number; p97_5: number; p99: number; max: number; average: number };
  statusCodeStats: Record<string, { count: number }>;
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
// autocannon ships no type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require("autocannon") as Autocannon;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/**
 * Waits until the server answers and has indexed the demo library: the load test measures submissions, not
 * the first indexing of 3,000 enterprises competing for the same CPU.
 */
async function waitUntilReady(port: number, server: ChildProcess, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (server.exitCode !== null) throw new Error(`服务进程提前退出（exit ${server.exitCode}）`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      const body = (await res.json()) as { checks?: { outbox?: { pending?: number } } };
      if (res.ok && body.checks?.outbox?.pending === 0) return (Date.now() - started) / 1000;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("服务未在规定时间内启动");
}

/** The lead body for a key: derived from the key, so a retry sends exactly the same content. */
function leadBody(n: number): string {
  const creditBody = `91520324${String(n).padStart(9, "0")}`;
  return JSON.stringify({
    companyName: `压测线索企业${n}号有限公司`,
    ...(n % 3 === 0 ? { creditCode: creditBody + computeCreditCodeCheckChar(creditBody) } : {}),
    contactName: "压测联系人",
    contactPhone: `139${String(n).padStart(8, "0")}`.slice(0, 11),
    industry: "新能源汽车零部件",
    industryCode: "3670",
    investmentAmount: 1000 + (n % 500),
    landArea: 20 + (n % 80),
    investmentType: "独资",
    intendedRegion: "正安经济开发区",
    description: `第${n}条压测线索：拟投资建设电机电控生产线`,
    consent: true,
  });
}

async function main() {
  const rate = Number(arg("--rate", "200"));
  const seconds = Number(arg("--seconds", "60"));
  const connections = Number(arg("--connections", "40"));
  const retryEvery = Number(arg("--retry-every", "10"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "investmatch-bench-leads-"));
  const dbFile = path.join(dir, "investmatch.db");
  const port = await freePort();
  const env: Record<string, string> = {
    DATA_DIR: dir,
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    DEMO_SEED: "true",
    EMBEDDING_ENABLED: "false",
    // The limits protect a real deployment from a runaway integration; here they would only measure themselves.
    API_RATE_LIMIT_PER_MINUTE: String(rate * 60 * 10),
    LEAD_SUBMIT_RATE_PER_MINUTE: String(rate * 60 * 10),
  };
  let server: ChildProcess | undefined;
  try {
    applyMigrationsSql(dbFile);
    const config = loadConfig({ ...env });
    const db = createDb(config.databaseUrl);
    await tuneSqlite(db);
    const chamber = await createChamber({ db, auth: config.auth }, { name: "压测商会", kind: "商会" });
    const { key: apiKey } = await createApiKey({ db, auth: config.auth }, { name: "bench", role: "chamber", groups: [], chamberId: chamber.id });
    await db.$disconnect();

    // --cpu-prof <dir>: the server writes a V8 CPU profile there when it stops (open it in Chrome DevTools).
    const profileDir = process.argv.includes("--cpu-prof") ? path.resolve(arg("--cpu-prof", ".")) : null;
    const nodeArgs = profileDir ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : [];
    server = spawn(process.execPath, [...nodeArgs, "--import", "tsx", path.join(__dirname, "..", "main.ts")], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "inherit"],
    });
    const startSeconds = await waitUntilReady(port, server, 300_000);
    process.stderr.write(`服务已就绪（${startSeconds.toFixed(1)} s，含演示数据生成和索引），开始压测：${rate} 条/秒 × ${seconds} 秒…\n`);

    let next = 0;
    const sentKeys = new Set<string>();
    const outcome = new Map<string, number[]>(); // key -> statuses received
    const retriesAnswered = { created: 0, replayed: 0 };
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections,
      overallRate: rate,
      duration: seconds,
      timeout: 30,
      requests: [
        {
          method: "POST",
          path: "/api/leads",
          setupRequest: (req: AutocannonRequest, context: AutocannonContext) => {
            const i = next++;
            // Every retryEvery-th request repeats an earlier key (same body): a retry after a lost answer.
            const n = retryEvery > 0 && i % retryEvery === retryEvery - 1 && i > retryEvery ? Math.floor(i / 2) : i;
            const key = `bench-${String(n).padStart(8, "0")}`;
            context.key = key;
            sentKeys.add(key);
            return {
              ...req,
              headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}`, "idempotency-key": key },
              body: leadBody(n),
            };
          },
          onResponse: (status: number, _body: string, context: AutocannonContext) => {
            const key = context.key as string;
            const list = outcome.get(key) ?? [];
            if (list.length && status === 201) retriesAnswered.created++;
            if (list.length && status === 200) retriesAnswered.replayed++;
            list.push(status);
            outcome.set(key, list);
          },
        },
      ],
    });

    server.kill("SIGTERM");
    await new Promise((r) => server?.once("exit", r));
    server = undefined;

    const check = new Database(dbFile, { readonly: true });
    const rows = check
      .prepare(`SELECT idempotencyKey AS key, COUNT(*) AS n FROM "Lead" WHERE chamberId = ? GROUP BY idempotencyKey`)
      .all(chamber.id) as { key: string; n: number }[];
    const attachedAudit = check.prepare(`SELECT COUNT(*) AS n FROM "AuditLog" WHERE entityType = 'Lead' AND action = 'create'`).get() as { n: number };
    check.close();
    const stored = new Map(rows.map((r) => [r.key, r.n]));
    const answeredOk = [...outcome.entries()].filter(([, s]) => s.some((x) => x === 201 || x === 200)).map(([k]) => k);
    const created = [...outcome.values()].reduce((a, s) => a + s.filter((x) => x === 201).length, 0);
    const lost = answeredOk.filter((k) => !stored.has(k));
    // Requests still in flight when autocannon stopped were never answered: not lost, merely unacknowledged.
    const unanswered = [...sentKeys].filter((k) => !outcome.has(k));
    const duplicatedKeys = rows.filter((r) => r.n > 1).length;
    const leadsInDb = rows.reduce((a, r) => a + r.n, 0);
    const duplicated = duplicatedKeys + retriesAnswered.created + Math.max(0, leadsInDb - stored.size);
    const statuses = Object.fromEntries(Object.entries(result.statusCodeStats).map(([k, v]) => [k, v.count]));

    const report = {
      machine: `${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join("/")}, node ${process.version}`,
      target: `${rate}/s for ${seconds} s, ${connections} connections, every ${retryEvery}th request a retry`,
      requestsSent: result.requests.total,
      achievedPerSecond: +(result.requests.total / result.duration).toFixed(1),
      statuses,
      errors: result.errors,
      timeouts: result.timeouts,
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max },
      distinctKeysSent: sentKeys.size,
      keysAnsweredOk: answeredOk.length,
      keysUnansweredAtStop: unanswered.length,
      unansweredButStored: unanswered.filter((k) => stored.has(k)).length,
      created201: created,
      retriesReplayed200: retriesAnswered.replayed,
      leadsInDb,
      auditRowsForLeadCreates: attachedAudit.n,
      lost: lost.length,
      duplicated,
    };
    if (process.argv.includes("--json")) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else {
      process.stdout.write(
        [
          `machine: ${report.machine}`,
          `target: ${report.target}`,
          `sent ${report.requestsSent} requests = ${report.achievedPerSecond}/s; statuses ${JSON.stringify(statuses)}; errors ${report.errors}, timeouts ${report.timeouts}`,
          `latency ms: p50 ${report.latencyMs.p50}, p90 ${report.latencyMs.p90}, p97.5 ${report.latencyMs.p97_5}, p99 ${report.latencyMs.p99}, max ${report.latencyMs.max}`,
          `keys sent ${report.distinctKeysSent}, answered 2xx ${report.keysAnsweredOk}, 201 ${report.created201}, retries replayed 200 ${report.retriesReplayed200}; ` +
            `in flight at stop ${report.keysUnansweredAtStop} (stored anyway ${report.unansweredButStored})`,
          `database: ${report.leadsInDb} leads, ${report.auditRowsForLeadCreates} audit rows; lost ${report.lost}, duplicated ${report.duplicated}`,
          report.lost === 0 && report.duplicated === 0 ? "结果：无丢失、无重复" : "结果：存在丢失或重复的线索！",
        ].join("\n") + "\n",
      );
    }
    if (report.lost > 0 || report.duplicated > 0) process.exitCode = 1;
  } finally {
    server?.kill("SIGKILL");
    if (!process.argv.includes("--keep")) fs.rmSync(dir, { recursive: true, force: true });
    else process.stderr.write(`数据保留在 ${dir}\n`);
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
