/**
 * Enterprise import benchmark: throughput (rows/s) and peak RSS of the real `importEnterpriseFile`, on a
 * fresh migrated SQLite database (embeddings off, logs silent), then a second import of the same file into
 * the same database (an idempotent re-import: every accepted row should come back "unchanged").
 *
 *   npx tsx src/cli/bench-import.ts [--file <csv|xlsx|json>] [--rows 100000] [--json] [--batch 500]
 *                                   [--dir <scratch>] [--keep] [--prof-dir <dir>] [--migrations-dir <dir>]
 *   npm run bench -- import --file /work/shared/data/enterprises_a_share.csv --rows 100000
 *
 * Cases: the --file given (skipped, with a clear message, when the path does not exist), and a generated CSV
 * of --rows rows (0 to skip) with Chinese headers and varied values, streamed to disk so generating it stays
 * small. Each import pass runs in its own child process (this script with --child), so the peak RSS reported
 * is that pass's own (VmHWM of the child). --prof-dir passes --cpu-prof to the children.
 *
 * Targets (judged from the output, not asserted): peak RSS must not grow with the number of rows (run two
 * sizes, e.g. --rows 20000 and --rows 100000, and compare), and throughput in rows/s.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { stringify } from "csv-stringify";
import Database from "better-sqlite3";
import { loadConfig } from "../config";
import { createLogger } from "../logger";
import { applyMigrationsSql, MIGRATIONS_DIR } from "../migrations";
import { openServices } from "../services";
import { importEnterpriseFile } from "../modules/imports";
import { computeCreditCodeCheckChar } from "../modules/enterprises/credit-code";

// ------------------------------------------------------------------------------------------------ types

interface PassResult {
  pass: 1 | 2;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** Peak resident set of the child process (VmHWM), MB. */
  peakRssMb: number;
  /** RSS once the services were open, before the import started, MB. */
  rssBeforeImportMb: number;
  /** Largest V8 heapUsed seen at a progress callback, MB. */
  peakHeapUsedMb: number;
  /** heapUsed and RSS after a full GC once the import is done (the retained heap), MB. */
  heapAfterGcMb: number;
  rssAfterGcMb: number;
  /** Seconds to open the services (migrations, reference data, search engine) before the import. */
  openSeconds: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  warnings: number;
  /** Enterprises in the database after the pass. */
  enterprisesInDb: number;
  /** investmatch.db + -wal after the pass, MB. */
  dbMb: number;
  /** The most frequent problems (kept errors only; the import keeps the first 1,000). */
  topProblems: { message: string; count: number }[];
}

interface CaseResult {
  name: string;
  file: string;
  fileMb: number;
  generateSeconds?: number;
  passes: PassResult[];
}

interface SkippedCase {
  name: string;
  file: string;
  reason: string;
}

// ------------------------------------------------------------------------------------------------ args

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const MB = 1024 * 1024;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const log = (line: string) => process.stderr.write(`${line}\n`);

// ------------------------------------------------------------------------------------------------ child

/** One import pass in this process; prints its PassResult as JSON on stdout. */
async function childMain(args: string[]): Promise<void> {
  const file = option(args, "--file") as string;
  const dataDir = option(args, "--data-dir") as string;
  const pass = Number(option(args, "--pass") ?? 1) as 1 | 2;
  const batchSize = Number(option(args, "--batch") ?? 500);
  const label = option(args, "--label") ?? path.basename(file);

  // loadConfig gets this env explicitly; process.env is aligned too in case anything else reads it.
  const env: Record<string, string | undefined> = {
    ...process.env,
    DATA_DIR: dataDir,
    LOG_LEVEL: "silent",
    EMBEDDING_ENABLED: "false",
    DEMO_SEED: "false",
    DATABASE_URL: undefined,
    MEILI_URL: undefined,
    MEILI_API_KEY: undefined,
    INDEXER_IN_PROCESS: "false",
  };
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }

  const opened = performance.now();
  const config = loadConfig(env);
  const dbFile = path.join(config.dataDir, "investmatch.db");
  if (pass === 1) migrate(dbFile, option(args, "--migrations-dir"));
  const logger = createLogger("silent");
  const services = await openServices(config, logger);
  const openSeconds = (performance.now() - opened) / 1000;
  const rssBeforeImport = process.memoryUsage().rss;

  let peakHeap = process.memoryUsage().heapUsed;
  let lastLog = performance.now();
  const started = performance.now();
  try {
    const result = await importEnterpriseFile(
      { db: services.db, regions: services.regions, logger },
      {
        file: { path: file, originalName: path.basename(file) },
        maxBytes: undefined,
        batchSize,
        onProgress: (s) => {
          const mem = process.memoryUsage();
          if (mem.heapUsed > peakHeap) peakHeap = mem.heapUsed;
          const now = performance.now();
          if (now - lastLog > 15_000) {
            lastLog = now;
            const secs = (now - started) / 1000;
            log(
              `  [${label} pass ${pass}] ${s.totalRows} rows in ${secs.toFixed(0)} s (${Math.round(s.totalRows / secs)} rows/s), ` +
                `rss ${Math.round(mem.rss / MB)} MB, heap ${Math.round(mem.heapUsed / MB)} MB`,
            );
          }
        },
      },
    );
    const seconds = (performance.now() - started) / 1000;
    const enterprisesInDb = await services.db.enterprise.count();
    const dbBytes = [dbFile, `${dbFile}-wal`].reduce((sum, f) => sum + (fs.existsSync(f) ? fs.statSync(f).size : 0), 0);

    // Group kept problems by their wording with the values blanked; show one real message per group.
    const groups = new Map<string, { message: string; count: number }>();
    for (const e of result.errors) {
      const message = `${e.severity === "error" ? "拒绝" : "警告"} 第 ${e.row} 行${e.column ? ` [${e.column}]` : ""}：${e.message}`;
      const key = `${e.severity}|${e.column ?? ""}|${e.message.replace(/“[^”]*”/g, "“”").replace(/[0-9A-Za-z]+/g, "#")}`;
      const group = groups.get(key) ?? { message: message.slice(0, 120), count: 0 };
      group.count += 1;
      groups.set(key, group);
    }
    const topProblems = [...groups.values()].sort((a, b) => b.count - a.count).slice(0, 5);

    // What the import leaves behind once garbage is collected: grows with the rows only if something leaks.
    (globalThis as { gc?: () => void }).gc?.();
    const afterGc = process.memoryUsage();

    const out: PassResult = {
      pass,
      rows: result.totalRows,
      seconds: round(seconds, 2),
      rowsPerSecond: Math.round(result.totalRows / Math.max(seconds, 0.001)),
      peakRssMb: Math.round(peakRssBytes() / MB),
      rssBeforeImportMb: Math.round(rssBeforeImport / MB),
      peakHeapUsedMb: Math.round(peakHeap / MB),
      heapAfterGcMb: Math.round(afterGc.heapUsed / MB),
      rssAfterGcMb: Math.round(afterGc.rss / MB),
      openSeconds: round(openSeconds, 2),
      created: result.created,
      updated: result.updated,
      unchanged: result.unchanged,
      rejected: result.rejected,
      warnings: result.warnings,
      enterprisesInDb,
      dbMb: round(dbBytes / MB),
      topProblems,
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } finally {
    await services.close();
  }
}

/**
 * The committed migrations via applyMigrationsSql (what the tests use), or the SQL in another folder laid out
 * the same way (--migrations-dir, e.g. a copy while a migration in the tree is being edited). A failure names
 * the migration folder that does not apply.
 */
function migrate(dbFile: string, migrationsDir?: string): void {
  const dir = migrationsDir ? path.resolve(migrationsDir) : MIGRATIONS_DIR;
  const folders = () =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
  try {
    if (!migrationsDir) return applyMigrationsSql(dbFile);
    const db = new Database(dbFile);
    try {
      for (const folder of folders()) db.exec(fs.readFileSync(path.join(dir, folder, "migration.sql"), "utf8"));
    } finally {
      db.close();
    }
  } catch (err) {
    // Find the first folder that fails, on a scratch in-memory database.
    const scratch = new Database(":memory:");
    let failing = "?";
    try {
      for (const folder of folders()) {
        try {
          scratch.exec(fs.readFileSync(path.join(dir, folder, "migration.sql"), "utf8"));
        } catch {
          failing = folder;
          break;
        }
      }
    } finally {
      scratch.close();
    }
    throw new Error(
      `迁移失败 / migrations do not apply: ${path.join(dir, failing, "migration.sql")}: ${(err as Error).message}. ` +
        "Fix that migration, or pass --migrations-dir <folder> with a working copy.",
    );
  }
}

/** VmHWM from /proc (Linux), else the OS's maxRSS. */
function peakRssBytes(): number {
  try {
    const m = fs.readFileSync("/proc/self/status", "utf8").match(/^VmHWM:\s+(\d+)\s+kB/m);
    if (m) return Number(m[1]) * 1024;
  } catch {
    // not Linux
  }
  const maxRss = process.resourceUsage().maxRSS; // kB on Linux, bytes on macOS
  return process.platform === "darwin" ? maxRss : maxRss * 1024;
}

function runChild(args: string[], profDir?: string): Promise<PassResult> {
  // `node --cpu-prof --import tsx src/cli/bench-import.ts …` profiles the children too (they inherit execArgv).
  const profile = profDir ? ["--cpu-prof", "--cpu-prof-dir", profDir] : [];
  const inherited: string[] = [];
  for (let i = 0; i < process.execArgv.length; i++) {
    const a = process.execArgv[i];
    if (profDir && a.startsWith("--cpu-prof")) {
      if (/^--cpu-prof-(dir|name|interval)$/.test(a)) i++; // its value is the next argument
      continue;
    }
    inherited.push(a);
  }
  // --expose-gc only lets the child run one full GC after the timed import, to report the heap it retains.
  const childArgs = [...inherited, "--expose-gc", ...profile, __filename, "--child", ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, childArgs, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`benchmark child (${args.join(" ")}) exited with ${code}`));
      const line = out.trim().split("\n").filter(Boolean).pop();
      try {
        resolve(JSON.parse(line ?? "") as PassResult);
      } catch {
        reject(new Error(`benchmark child printed no result: ${out.slice(-500)}`));
      }
    });
  });
}

// ------------------------------------------------------------------------------------------------ generated data

/** mulberry32: small, fast, deterministic. */
function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** [province as written, region code of a prefecture in it, city for the name]. */
const PLACES: readonly [string, string, string][] = [
  ["浙江省", "330100", "杭州"], ["浙江", "330200", "宁波"], ["浙江省", "330300", "温州"], ["江苏省", "320100", "南京"],
  ["江苏", "320500", "苏州"], ["江苏省", "320200", "无锡"], ["广东省", "440300", "深圳"], ["广东", "440100", "广州"],
  ["广东省", "441900", "东莞"], ["广东省", "440600", "佛山"], ["山东省", "370200", "青岛"], ["山东", "370100", "济南"],
  ["上海市", "310100", "上海"], ["上海", "310100", "上海"], ["北京市", "110100", "北京"], ["北京", "110100", "北京"],
  ["天津市", "120100", "天津"], ["重庆市", "500100", "重庆"], ["四川省", "510100", "成都"], ["湖北省", "420100", "武汉"],
  ["湖南省", "430100", "长沙"], ["河南省", "410100", "郑州"], ["安徽省", "340100", "合肥"], ["福建省", "350200", "厦门"],
  ["福建", "350100", "福州"], ["贵州省", "520300", "遵义"], ["贵州省", "520100", "贵阳"], ["云南省", "530100", "昆明"],
  ["陕西省", "610100", "西安"], ["河北省", "130100", "石家庄"], ["辽宁省", "210200", "大连"], ["吉林省", "220100", "长春"],
  ["黑龙江省", "230100", "哈尔滨"], ["江西省", "360100", "南昌"], ["广西壮族自治区", "450100", "南宁"], ["山西省", "140100", "太原"],
  ["内蒙古自治区", "150100", "呼和浩特"], ["新疆维吾尔自治区", "650100", "乌鲁木齐"], ["甘肃省", "620100", "兰州"], ["海南省", "460100", "海口"],
];

/** [GB/T 4754 code, its name, the industry label a data vendor would show, product words, business words]. */
const INDUSTRIES: readonly [string, string, string, readonly string[], string][] = [
  ["C3670", "汽车零部件及配件制造", "汽车零部件", ["制动系统", "转向节", "铝合金轮毂", "汽车线束", "变速箱壳体", "减震器"], "汽车零部件的研发、生产和销售"],
  ["C3971", "电子元件及组件制造", "电子元件", ["片式电容", "电感器", "连接器", "印制电路板", "继电器"], "电子元器件的设计、制造与销售"],
  ["C3841", "锂离子电池制造", "电池", ["磷酸铁锂电芯", "三元锂电池", "储能电池系统", "动力电池模组"], "锂离子电池及储能系统的研发与制造"],
  ["C2710", "化学药品原料药制造", "化学制药", ["头孢类原料药", "维生素C", "布洛芬原料药", "医药中间体"], "化学原料药及中间体的生产"],
  ["C2740", "中成药生产", "中药", ["复方丹参片", "板蓝根颗粒", "中药饮片", "天麻胶囊"], "中成药及中药饮片的生产与销售"],
  ["C1512", "白酒制造", "白酒", ["酱香型白酒", "浓香型白酒", "基酒", "定制酒"], "白酒的酿造、灌装与销售"],
  ["C1530", "精制茶加工", "食品加工", ["绿茶", "红茶", "白茶", "茶饮料原料"], "茶叶种植、加工与销售"],
  ["C3311", "金属结构制造", "金属制品", ["钢结构件", "网架", "彩钢板", "建筑幕墙"], "钢结构工程设计、制造与安装"],
  ["C3484", "机械零部件加工", "通用设备", ["精密齿轮", "轴承座", "液压阀块", "数控加工件"], "机械零部件的精密加工"],
  ["C3562", "半导体器件专用设备制造", "半导体", ["刻蚀机", "清洗设备", "晶圆检测设备", "光刻胶涂布机"], "半导体专用设备的研发与制造"],
  ["C3981", "电阻电容电感元件制造", "元器件", ["贴片电阻", "铝电解电容", "薄膜电容"], "被动元器件的研发、生产"],
  ["C2929", "塑料零件及其他塑料制品制造", "塑料制品", ["注塑件", "塑料包装容器", "改性塑料粒子"], "塑料制品的加工与销售"],
  ["C1713", "棉印染精加工", "纺织", ["印染布", "色织布", "功能性面料"], "纺织品印染及后整理"],
  ["C2110", "木质家具制造", "家具", ["实木家具", "定制橱柜", "办公家具"], "家具设计、生产与销售"],
  ["C3039", "其他建筑材料制造", "建材", ["装配式墙板", "保温材料", "石膏板"], "新型建筑材料的研发与生产"],
  ["I6513", "应用软件开发", "软件服务", ["企业管理软件", "政务云平台", "智慧园区系统", "数据中台"], "软件开发、信息系统集成及技术服务"],
  ["I6450", "互联网数据服务", "互联网", ["云计算服务", "数据中心托管", "CDN加速"], "互联网数据中心及云服务"],
  ["F5137", "家用电器批发", "商贸", ["空调", "冰箱", "小家电"], "家用电器批发与零售"],
  ["G5430", "道路货物运输", "物流", ["冷链运输", "整车物流", "城市配送"], "普通道路货物运输及仓储服务"],
  ["A0141", "蔬菜种植", "农业", ["辣椒", "食用菌", "有机蔬菜"], "蔬菜种植、收购与销售"],
  ["A0311", "牛的饲养", "畜牧业", ["肉牛", "良种牛犊", "有机肥"], "肉牛养殖及屠宰加工"],
  ["D4411", "火力发电", "电力", ["电力", "热力", "粉煤灰"], "火力发电及供热"],
  ["D4416", "太阳能发电", "新能源", ["光伏电站", "分布式光伏", "绿电"], "太阳能发电项目的投资、建设与运营"],
  ["M7320", "工程和技术研究和试验发展", "研发服务", ["检测服务", "技术咨询", "中试服务"], "工程技术研究与试验发展"],
  ["E4813", "市政道路工程建筑", "建筑工程", ["道路施工", "桥梁工程", "市政管网"], "市政公用工程施工总承包"],
];

const BRAND_CHARS = [..."恒泰华信达宏盛兴隆鑫源金瑞丰博康安远通联创新宇航天力凯德润祥嘉鼎诚正和贵仁义明光辉振旭晟昊"];
const NAME_TAILS = ["科技", "实业", "股份", "集团", "新材料", "智能", "技术", "制造", "发展", "产业"];
const COMPANY_FORMS = ["有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司"];

/**
 * Rows for the generated case. Deterministic. About 0.5% of rows carry an impossible founding date (imported
 * with a warning), 0.5% a blank placeholder (不详, -), 2% only a year, and 0.1% a credit code with a wrong check
 * character (rejected), as real exports do.
 */
function* generatedRows(n: number): Generator<string[]> {
  yield ["企业名称", "统一社会信用代码", "所属行业", "国标行业代码", "注册资本(万元)", "成立日期", "所在省份", "主营业务", "主要产品"];
  const random = createRandom(20240611);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  for (let i = 0; i < n; i++) {
    const [province, regionCode, city] = pick(PLACES);
    const [code, codeName, label, products, business] = pick(INDUSTRIES);
    const brand = pick(BRAND_CHARS) + pick(BRAND_CHARS);
    const name = `${city}${brand}${label}${pick(NAME_TAILS)}${pick(COMPANY_FORMS)}`;

    // 91 (market regulation, enterprise) + division + a 9-digit subject id unique per row.
    const body = `91${regionCode}${String((i * 7919 + 104_729) % 1_000_000_000).padStart(9, "0")}`;
    let check = computeCreditCodeCheckChar(body) as string;
    if (i % 1000 === 999) check = check === "0" ? "1" : "0"; // a typo: rejected
    const creditCode = body + check;

    const codeCell = [code, code.slice(1), `${code} ${codeName}`][i % 3];
    const capitalValue = Math.round(10 ** (2 + random() * 3.5)); // 100 .. ~316,000 万元
    const capital = [String(capitalValue), capitalValue.toLocaleString("en-US"), `${capitalValue}.00`][i % 3];
    const year = 1985 + Math.floor(random() * 39);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const founded =
      i % 200 === 57
        ? `${year}-02-30` // no such day: imported without it, with a warning
        : i % 200 === 131
          ? pick(["不详", "-", ""]) // blank placeholders: left out silently
          : i % 50 === 7
            ? `${year}年` // year only
            : [`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, `${year}/${month}/${day}`, `${year}年${month}月${day}日`][i % 3];
    const productCount = 1 + Math.floor(random() * products.length);
    const chosen = [...products].sort(() => random() - 0.5).slice(0, productCount);
    const mainBusiness = `${business}；${pick(["进出口业务", "技术开发与转让", "售后服务", "设备租赁", "仓储服务"])}；${chosen[0]}的生产与销售（依法须经批准的项目，经相关部门批准后方可开展经营活动）`;
    yield [name, creditCode, label, codeCell, capital, founded, province, mainBusiness, chosen.join("、")];
  }
}

async function writeGeneratedCsv(file: string, n: number): Promise<void> {
  await pipeline(Readable.from(generatedRows(n)), stringify(), fs.createWriteStream(file));
}

// ------------------------------------------------------------------------------------------------ parent

interface RunSettings {
  root: string;
  batch: number;
  profDir?: string;
  migrationsDir?: string;
}

async function runCase(name: string, file: string, settings: RunSettings, generateSeconds?: number): Promise<CaseResult> {
  const { root, batch, profDir, migrationsDir } = settings;
  const dataDir = path.join(root, `data-${name.replace(/[^\w.-]+/g, "_")}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const passes: PassResult[] = [];
  for (const pass of [1, 2] as const) {
    log(`[${name}] pass ${pass}${pass === 2 ? " (re-import of the same file)" : ""} …`);
    const childArgs = ["--file", file, "--data-dir", dataDir, "--pass", String(pass), "--batch", String(batch), "--label", name];
    if (migrationsDir) childArgs.push("--migrations-dir", migrationsDir);
    const r = await runChild(childArgs, profDir);
    log(`[${name}] pass ${pass}: ${r.rows} rows in ${r.seconds} s = ${r.rowsPerSecond} rows/s, peak RSS ${r.peakRssMb} MB`);
    passes.push(r);
  }
  return { name, file, fileMb: round(fs.statSync(file).size / MB, 2), generateSeconds, passes };
}

function markdown(results: CaseResult[], skipped: SkippedCase[], meta: { command: string; loadStart: number[]; loadEnd: number[]; batch: number; migrationsDir?: string }): string {
  const cpus = os.cpus();
  const lines: string[] = [];
  lines.push(`## Import benchmark (importEnterpriseFile, batch ${meta.batch})`);
  lines.push("");
  lines.push(`- command: \`${meta.command}\``);
  lines.push(
    `- machine: ${cpus.length} cores (${cpus[0]?.model ?? "?"}), ${Math.round(os.totalmem() / MB / 1024)} GB RAM, ` +
      `loadavg at start ${meta.loadStart.map((l) => l.toFixed(2)).join(" / ")}, at end ${meta.loadEnd.map((l) => l.toFixed(2)).join(" / ")}, ` +
      `Node ${process.version}, ${os.platform()} ${os.release()}`,
  );
  lines.push(`- schema: ${meta.migrationsDir ? `migrations from ${meta.migrationsDir} (--migrations-dir)` : "prisma/migrations via applyMigrationsSql"}`);
  lines.push("- each pass is a child process on a fresh migrated SQLite database (EMBEDDING_ENABLED=false, LOG_LEVEL=silent); pass 2 re-imports the same file into the same database");
  lines.push(
    "- peak RSS = the child's VmHWM; peak heap = largest V8 heapUsed seen at a batch; heap after GC = heapUsed after a forced full GC once the import is done (what it retains)",
  );
  lines.push("");
  lines.push(
    "| case | pass | rows | seconds | rows/s | peak RSS MB | RSS before import MB | peak heap MB | heap after GC MB | created | updated | unchanged | rejected | warnings | in db | db MB |",
  );
  lines.push("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
  for (const c of results) {
    for (const p of c.passes) {
      lines.push(
        `| ${c.name} | ${p.pass === 1 ? "1 (fresh)" : "2 (re-import)"} | ${p.rows} | ${p.seconds} | ${p.rowsPerSecond} | ${p.peakRssMb} | ${p.rssBeforeImportMb} | ${p.peakHeapUsedMb} | ${p.heapAfterGcMb} | ` +
          `${p.created} | ${p.updated} | ${p.unchanged} | ${p.rejected} | ${p.warnings} | ${p.enterprisesInDb} | ${p.dbMb} |`,
      );
    }
  }
  for (const s of skipped) lines.push(`| ${s.name} | — | skipped: ${s.reason} | | | | | | | | | | | | | |`);
  lines.push("");
  for (const c of results) {
    const gen = c.generateSeconds !== undefined ? `, generated in ${c.generateSeconds} s` : "";
    lines.push(`- ${c.name}: \`${c.file}\` (${c.fileMb} MB${gen})`);
    const [first, second] = c.passes;
    if (second) {
      const accepted = first.rows - first.rejected;
      const idempotent = second.unchanged === accepted && second.created === 0 && second.updated === 0;
      lines.push(
        `  - re-import: ${idempotent ? "idempotent" : "NOT idempotent"} (${second.unchanged} unchanged of ${accepted} accepted rows, ${second.created} created, ${second.updated} updated)`,
      );
    }
    for (const p of c.passes) {
      if (p.topProblems.length) {
        lines.push(`  - pass ${p.pass} problems (kept errors, grouped; one example each): ${p.topProblems.map((t) => `${t.message} ×${t.count}`).join("; ")}`);
      }
    }
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes("--child")) return childMain(args);
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(
      "usage: npx tsx src/cli/bench-import.ts [--file <csv|xlsx|json>] [--rows 100000] [--json] [--batch 500] [--dir <scratch>] [--keep] [--prof-dir <dir>] [--migrations-dir <dir>]\n",
    );
    return;
  }

  const file = option(args, "--file");
  const rows = Number(option(args, "--rows") ?? 100_000);
  const batch = Number(option(args, "--batch") ?? 500);
  const asJson = args.includes("--json");
  const keep = args.includes("--keep");
  const profDir = option(args, "--prof-dir") ? path.resolve(option(args, "--prof-dir") as string) : undefined;
  if (!Number.isInteger(rows) || rows < 0) throw new Error(`--rows must be a whole number ≥ 0, got ${option(args, "--rows")}`);
  if (!Number.isInteger(batch) || batch < 1) throw new Error(`--batch must be a whole number ≥ 1, got ${option(args, "--batch")}`);
  const root = option(args, "--dir") ? path.resolve(option(args, "--dir") as string) : fs.mkdtempSync(path.join(os.tmpdir(), "investmatch-bench-import-"));
  fs.mkdirSync(root, { recursive: true });
  if (profDir) fs.mkdirSync(profDir, { recursive: true });

  const migrationsDir = option(args, "--migrations-dir") ? path.resolve(option(args, "--migrations-dir") as string) : undefined;
  const settings: RunSettings = { root, batch, profDir, migrationsDir };
  const nodeOptions = process.env.NODE_OPTIONS ? `NODE_OPTIONS=${JSON.stringify(process.env.NODE_OPTIONS)} ` : "";
  const command = `${nodeOptions}npx tsx src/cli/bench-import.ts ${args.join(" ")}`.trim();
  const loadStart = os.loadavg();
  const results: CaseResult[] = [];
  const skipped: SkippedCase[] = [];
  try {
    if (file) {
      const name = `file ${path.basename(file)}`;
      if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
        log(`[${name}] 文件不存在，跳过 / file not found, skipping this case: ${file}`);
        skipped.push({ name, file, reason: `file not found: ${file}` });
      } else {
        results.push(await runCase(name, path.resolve(file), settings));
      }
    }
    if (rows > 0) {
      const name = `generated ${rows}`;
      const csv = path.join(root, `generated-${rows}.csv`);
      log(`[${name}] writing ${csv} …`);
      const t = performance.now();
      await writeGeneratedCsv(csv, rows);
      const generateSeconds = round((performance.now() - t) / 1000, 1);
      log(`[${name}] ${round(fs.statSync(csv).size / MB, 1)} MB in ${generateSeconds} s`);
      results.push(await runCase(name, csv, settings, generateSeconds));
    }
  } finally {
    if (!keep && !option(args, "--dir")) fs.rmSync(root, { recursive: true, force: true });
    else log(`scratch kept in ${root}`);
  }
  const loadEnd = os.loadavg();

  if (asJson) {
    const machine = { cores: os.cpus().length, cpuModel: os.cpus()[0]?.model, loadavgStart: loadStart, loadavgEnd: loadEnd, node: process.version };
    process.stdout.write(`${JSON.stringify({ command, machine, batch, migrationsDir, results, skipped }, null, 2)}\n`);
  } else {
    process.stdout.write(`${markdown(results, skipped, { command, loadStart, loadEnd, batch, migrationsDir })}\n`);
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
