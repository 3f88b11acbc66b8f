/**
 * Embedding throughput and memory: texts/s and peak RSS for batch sizes 1, 8 and 32.
 *
 *   npx tsx src/cli/bench-embed.ts                      # the committed tiny test model (plumbing speed only)
 *   npx tsx src/cli/bench-embed.ts --configured         # the configured model (EMBEDDING_MODEL in MODEL_DIR)
 *   npx tsx src/cli/bench-embed.ts --model Xenova/bge-small-zh-v1.5 --dir data/models --dimensions 512 --dtype q8
 *   add --json for machine-readable output, --texts N to change the workload
 */
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../config";
import { createEmbedder, type EmbeddingDtype, type EmbeddingPooling } from "../embeddings";

export interface EmbedBenchOptions {
  modelId?: string;
  localModelPath?: string;
  dimensions?: number;
  dtype?: EmbeddingDtype;
  pooling?: EmbeddingPooling;
  maxTokens?: number;
  batchSizes?: readonly number[];
  /** Texts embedded per batch size. */
  texts?: number;
}

export interface EmbedBenchRow {
  batchSize: number;
  texts: number;
  seconds: number;
  textsPerSecond: number;
  /** Highest resident set size sampled while this batch size ran (the process peak so far is monotone). */
  peakRssMb: number;
}

export interface EmbedBenchResult {
  modelId: string;
  dtype: EmbeddingDtype;
  dimensions: number;
  averageChars: number;
  loadSeconds: number;
  rssBeforeLoadMb: number;
  rows: EmbedBenchRow[];
  cpus: number;
  node: string;
}

const TINY_MODEL = {
  modelId: "investmatch/tiny-zh-bert",
  localModelPath: path.resolve(__dirname, "..", "..", "test", "fixtures", "tiny-model"),
  dimensions: 32,
};

export async function runEmbedBench(options: EmbedBenchOptions = {}): Promise<EmbedBenchResult> {
  const useTiny = options.modelId === undefined;
  const modelId = options.modelId ?? TINY_MODEL.modelId;
  const dtype = options.dtype ?? "fp32";
  const dimensions = options.dimensions ?? (useTiny ? TINY_MODEL.dimensions : 512);
  const batchSizes = options.batchSizes ?? [1, 8, 32];
  const textCount = options.texts ?? 256;
  const texts = generateProjectTexts(textCount, 20240604);
  const rssBeforeLoadMb = toMb(process.memoryUsage.rss());

  const loadStarted = process.hrtime.bigint();
  const embedder = await createEmbedder({
    modelId,
    localModelPath: options.localModelPath ?? TINY_MODEL.localModelPath,
    dimensions,
    dtype,
    pooling: options.pooling,
    maxTokens: options.maxTokens,
    allowRemote: false,
    batchSize: Math.max(...batchSizes),
    maxQueueLength: Math.max(...batchSizes),
  });
  const loadSeconds = seconds(loadStarted);
  const status = embedder.status();
  if (!status.enabled) throw new Error(`语义检索未启用：${status.reason}`);

  try {
    // Warm-up: first runs allocate ONNX Runtime arenas and JIT the JS; not what steady state looks like.
    await embedder.embedDocuments(texts.slice(0, Math.max(...batchSizes)));
    const rows: EmbedBenchRow[] = [];
    for (const batchSize of batchSizes) {
      let peakRss = process.memoryUsage.rss();
      const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 5);
      const started = process.hrtime.bigint();
      for (let i = 0; i < texts.length; i += batchSize) {
        // One call per batch: the embedder's queue turns each call into exactly one model run.
        await embedder.embedDocuments(texts.slice(i, i + batchSize));
        peakRss = Math.max(peakRss, process.memoryUsage.rss());
      }
      const elapsed = seconds(started);
      clearInterval(sampler);
      rows.push({
        batchSize,
        texts: texts.length,
        seconds: round(elapsed, 3),
        textsPerSecond: round(texts.length / elapsed, 1),
        peakRssMb: toMb(peakRss),
      });
    }
    return {
      modelId,
      dtype,
      dimensions,
      averageChars: Math.round(texts.reduce((sum, t) => sum + t.length, 0) / texts.length),
      loadSeconds: round(loadSeconds, 2),
      rssBeforeLoadMb,
      rows,
      cpus: os.availableParallelism(),
      node: process.version,
    };
  } finally {
    await embedder.close();
  }
}

export function formatEmbedBenchMarkdown(result: EmbedBenchResult): string {
  const lines = [
    `model ${result.modelId} (${result.dtype}, ${result.dimensions} dims), ${result.rows[0]?.texts ?? 0} texts of ~${result.averageChars} chars, ` +
      `load ${result.loadSeconds} s, RSS before load ${result.rssBeforeLoadMb} MB, ${result.cpus} CPUs, Node ${result.node}`,
    "",
    "| batch size | texts/s | seconds | peak RSS (MB) |",
    "|---:|---:|---:|---:|",
    ...result.rows.map((r) => `| ${r.batchSize} | ${r.textsPerSecond} | ${r.seconds} | ${r.peakRssMb} |`),
  ];
  return lines.join("\n");
}

/**
 * Deterministic, realistic-length Chinese texts shaped like what the indexer embeds: a project or
 * enterprise profile built from buildEmbeddingText-style labelled fields.
 */
export function generateProjectTexts(count: number, seed: number): string[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const between = (min: number, max: number) => Math.round(min + random() * (max - min));
  const regions = ["江苏省苏州市", "浙江省宁波市", "广东省东莞市", "安徽省合肥市", "四川省成都市", "湖北省武汉市", "山东省青岛市", "福建省宁德市"];
  const industries = [
    { name: "新能源汽车零部件", products: ["电驱动总成", "动力电池包", "热管理系统", "轻量化车身结构件", "车载充电机"] },
    { name: "锂离子电池", products: ["磷酸铁锂电芯", "储能电池模组", "电池管理系统", "正极材料", "隔膜"] },
    { name: "智能装备制造", products: ["工业机器人", "数控机床", "智能仓储设备", "激光切割设备", "自动化产线"] },
    { name: "生物医药", products: ["原料药", "医疗器械", "体外诊断试剂", "中药饮片", "生物制剂"] },
    { name: "绿色食品加工", products: ["预制菜", "冷链食品", "功能饮料", "茶叶深加工", "粮油精深加工"] },
    { name: "新材料", products: ["碳纤维复合材料", "高性能工程塑料", "特种玻璃", "稀土功能材料", "光伏银浆"] },
  ];
  const kinds = ["有限责任公司", "股份有限公司", "科技有限公司", "集团有限公司"];
  const brands = ["华创", "鼎盛", "瑞能", "恒通", "天成", "博远", "金泰", "中科", "新锐", "宏达"];
  const needs = ["标准厂房", "工业用地", "人才公寓", "供应链配套", "产业基金支持", "铁路专用线"];

  const texts: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const industry = pick(industries);
    const products = [pick(industry.products), pick(industry.products)].filter((p, j, all) => all.indexOf(p) === j);
    const amount = between(5_000, 500_000);
    const land = between(30, 600);
    const isProject = random() < 0.5;
    const fields = isProject
      ? [
          `项目名称：年产${between(5, 200)}万套${products[0]}项目`,
          `行业：${industry.name}`,
          `投资方：${pick(brands)}${industry.name.slice(0, 2)}${pick(kinds)}（${pick(regions)}）`,
          `总投资：${amount}万元，计划用地${land}亩，建设期${between(12, 36)}个月`,
          `建设内容：新建${products.join("、")}生产线${between(2, 12)}条，配套研发中心和检测中心，达产后年产值约${Math.round(amount * (1.5 + random()))}万元，新增就业${between(80, 1500)}人`,
          `需求：${pick(needs)}、${pick(needs)}，希望落户省级以上开发区`,
        ]
      : [
          `企业名称：${pick(regions).slice(3)}${pick(brands)}${pick(kinds)}`,
          `所属行业：${industry.name}`,
          `主营产品：${products.join("、")}`,
          `注册资本：${between(500, 50_000)}万元，员工${between(50, 5000)}人，${random() < 0.4 ? "国家级专精特新“小巨人”企业" : "高新技术企业"}`,
          `简介：公司专注于${industry.name}领域，拥有发明专利${between(3, 120)}项，主要客户覆盖长三角和珠三角，近三年营收年均增长${between(8, 45)}%，正在寻找中西部产能布局地点`,
        ];
    texts.push(fields.join("\n"));
  }
  return texts;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seconds(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

function toMb(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      configured: { type: "boolean" },
      model: { type: "string" },
      dir: { type: "string" },
      dimensions: { type: "string" },
      dtype: { type: "string" },
      pooling: { type: "string" },
      texts: { type: "string" },
      "batch-sizes": { type: "string" },
      json: { type: "boolean" },
    },
  });
  let options: EmbedBenchOptions = {};
  if (values.configured) {
    const { embeddings } = loadConfig();
    options = {
      modelId: embeddings.modelId,
      localModelPath: embeddings.localModelPath,
      dimensions: embeddings.dimensions,
      dtype: embeddings.dtype,
      pooling: embeddings.pooling,
    };
  }
  options = {
    ...options,
    ...(values.model !== undefined && { modelId: values.model }),
    ...(values.dir !== undefined && { localModelPath: path.resolve(values.dir) }),
    ...(values.dimensions !== undefined && { dimensions: Number(values.dimensions) }),
    ...(values.dtype !== undefined && { dtype: values.dtype as EmbeddingDtype }),
    ...(values.pooling !== undefined && { pooling: values.pooling as EmbeddingPooling }),
    ...(values.texts !== undefined && { texts: Number(values.texts) }),
    ...(values["batch-sizes"] !== undefined && { batchSizes: values["batch-sizes"].split(",").map(Number) }),
  };
  try {
    const result = await runEmbedBench(options);
    process.stdout.write(`${values.json ? JSON.stringify(result, null, 2) : formatEmbedBenchMarkdown(result)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

export { main as runEmbedBenchCli };
