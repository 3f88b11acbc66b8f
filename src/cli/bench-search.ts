/**
 * Search benchmark for the embedded engine: build time, disk size, peak RSS and query latency at several
 * collection sizes, with synthetic Chinese enterprises and random unit vectors (the worst case for HNSW).
 *
 *   npx tsx src/cli/bench-search.ts --sizes 10000,100000,1000000 --vectors --dir /tmp/search-bench
 *
 * --keep leaves the indexes in --dir; a later run with --reuse queries them again without rebuilding (the
 * synthetic data is deterministic), for measuring a query-side change at 1M in minutes instead of half an hour.
 *
 * Each size runs in its own child process so that peak RSS belongs to that size alone.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createEmbeddedSearchEngine, type EmbeddedSearchEngine } from "../search/embedded/embedded-search-engine";
import { createRandom, randomUnitVector, syntheticEnterpriseBatches, syntheticFilters, syntheticQueries } from "../search/synthetic/synthetic-enterprises";
import type { SearchRequest } from "../search/types";

export interface SearchBenchOptions {
  sizes: number[];
  /** Also build an index with 512-dim vectors and measure hybrid queries. */
  withVectors: boolean;
  /** Scratch directory; one sub-folder per size, deleted afterwards unless keep. */
  dir: string;
  queries?: number;
  dimensions?: number;
  /** Run each size in a child process (true by default when there are several sizes). */
  isolate?: boolean;
  keep?: boolean;
  /** Query the indexes a --keep run left in `dir` instead of building them (build figures are then 0). */
  reuse?: boolean;
  log?: (line: string) => void;
}

export interface LatencyFigures {
  p50: number;
  p95: number;
  max: number;
  /** CPU time of this process per query: wall time minus waiting for a core on a shared machine. */
  cpuP50: number;
  cpuP95: number;
  /** p95 of the first (colder) pass over the same requests. */
  firstPassP95: number;
  meanTotal: number;
}

export interface SearchBenchSizeResult {
  size: number;
  build: { withoutVectorsMs: number; withVectorsMs?: number };
  diskMiB: { withoutVectors: number; withVectors?: number };
  peakRssMiB: number;
  /** 1-minute load average before and after the size ran (2 cores here: above 2 means contention). */
  loadAverage: [number, number];
  latencyMs: Record<string, LatencyFigures>;
}

export async function runSearchBench(options: SearchBenchOptions): Promise<SearchBenchSizeResult[]> {
  const isolate = options.isolate ?? options.sizes.length > 1;
  const results: SearchBenchSizeResult[] = [];
  for (const size of options.sizes) {
    const result = isolate ? await runInChild(size, options) : await benchOneSize(size, options);
    results.push(result);
    // Each size's table as soon as it is known (a child process prints its own).
    if (!isolate) (options.log ?? ((line: string) => console.error(line)))(formatSearchBench([result]));
  }
  return results;
}

async function benchOneSize(size: number, options: SearchBenchOptions): Promise<SearchBenchSizeResult> {
  const log = options.log ?? ((line: string) => console.error(line));
  const dimensions = options.dimensions ?? 512;
  const queryCount = options.queries ?? 200;
  const root = path.join(options.dir, `size-${size}`);
  const plainFile = path.join(root, "plain", "search.db");
  const vectorsFile = path.join(root, "vectors", "search.db");
  const reuse = Boolean(options.reuse) && fs.existsSync(plainFile) && (!options.withVectors || fs.existsSync(vectorsFile));
  if (!reuse) {
    fs.rmSync(root, { recursive: true, force: true });
    fs.mkdirSync(root, { recursive: true });
  }
  const queries = syntheticQueries(queryCount);
  const filters = syntheticFilters(queryCount);
  const latencyMs: Record<string, LatencyFigures> = {};
  const loadBefore = os.loadavg()[0];

  log(`[${size}] ${reuse ? "reusing the kept index" : "building"} without vectors`);
  const plain = createEmbeddedSearchEngine({ file: plainFile, vectorDimensions: 0 });
  const withoutVectorsMs = reuse ? 0 : await timeBuild(plain, size, 0, log);
  plain.checkpoint();
  const withoutVectorsMiB = mib(plain.diskUsageBytes());
  log(`[${size}] built in ${(withoutVectorsMs / 1000).toFixed(1)} s, ${withoutVectorsMiB} MiB; querying`);
  latencyMs.keyword = await measure(plain, queries.map((q) => ({ q, limit: 20 })));
  latencyMs["keyword+filters"] = await measure(plain, queries.map((q, i) => ({ q, limit: 20, filters: filters[i] })));
  latencyMs["keyword+facets"] = await measure(plain, queries.map((q) => ({ q, limit: 20, facets: ["provinceCode", "listingStatus", "industryPrefixes"] })));
  latencyMs["keyword+sort"] = await measure(plain, queries.map((q) => ({ q, limit: 20, sort: [{ field: "registeredCapital", dir: "desc" }] })));
  latencyMs["retrieve-200"] = await measure(plain, queries.map((q) => ({ q, limit: 200 })));
  latencyMs["browse+filters"] = await measure(plain, filters.map((f) => ({ limit: 20, filters: f })));
  await plain.close();

  let withVectorsMs: number | undefined;
  let withVectorsMiB: number | undefined;
  if (options.withVectors) {
    log(`[${size}] ${reuse ? "reusing the kept index" : "building"} with ${dimensions}-dim vectors`);
    const hybrid = createEmbeddedSearchEngine({ file: vectorsFile, vectorDimensions: dimensions });
    withVectorsMs = reuse ? 0 : await timeBuild(hybrid, size, dimensions, log);
    hybrid.checkpoint();
    withVectorsMiB = mib(hybrid.diskUsageBytes());
    log(`[${size}] built in ${(withVectorsMs / 1000).toFixed(1)} s, ${withVectorsMiB} MiB; querying`);
    const random = createRandom(99);
    const vectors = queries.map(() => randomUnitVector(random, dimensions));
    latencyMs.hybrid = await measure(hybrid, queries.map((q, i) => ({ q, vector: vectors[i], semanticRatio: 0.5, limit: 20 })));
    latencyMs["hybrid+filters"] = await measure(hybrid, queries.map((q, i) => ({ q, vector: vectors[i], semanticRatio: 0.5, limit: 20, filters: filters[i] })));
    latencyMs["vector-only"] = await measure(hybrid, queries.map((_, i) => ({ vector: vectors[i], semanticRatio: 1, limit: 20 })));
    latencyMs["hybrid-retrieve-200"] = await measure(hybrid, queries.map((q, i) => ({ q, vector: vectors[i], semanticRatio: 0.5, limit: 200 })));
    await hybrid.close();
  }
  if (!options.keep && !reuse) fs.rmSync(root, { recursive: true, force: true });
  return {
    size,
    build: { withoutVectorsMs, withVectorsMs },
    diskMiB: { withoutVectors: withoutVectorsMiB, withVectors: withVectorsMiB },
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    loadAverage: [round1(loadBefore), round1(os.loadavg()[0])],
    latencyMs,
  };
}

async function timeBuild(engine: EmbeddedSearchEngine, size: number, dimensions: number, log: (line: string) => void): Promise<number> {
  await engine.ensureSettings();
  const started = performance.now();
  let lastLog = started;
  await engine.rebuild("enterprises", syntheticEnterpriseBatches(size, { vectorDimensions: dimensions }), {
    onProgress(indexed) {
      const now = performance.now();
      if (now - lastLog > 30_000) {
        lastLog = now;
        log(`  ${indexed}/${size} after ${((now - started) / 1000).toFixed(0)} s, rss ${mib(process.memoryUsage().rss)} MiB`);
      }
    },
  });
  return Math.round(performance.now() - started);
}

/**
 * Runs the requests twice. The second pass is the headline figure (page cache warm, as in a running
 * service); the first pass's p95 is reported too, since it includes first touches of the index pages.
 */
async function measure(engine: EmbeddedSearchEngine, requests: SearchRequest[]): Promise<LatencyFigures> {
  const firstPass: number[] = [];
  for (const request of requests) {
    const started = performance.now();
    await engine.search("enterprises", request);
    firstPass.push(performance.now() - started);
  }
  const times: number[] = [];
  const cpu: number[] = [];
  let totals = 0;
  for (const request of requests) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    const result = await engine.search("enterprises", request);
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    totals += result.total;
  }
  const at = (values: number[], p: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return round1(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]);
  };
  return {
    p50: at(times, 0.5),
    p95: at(times, 0.95),
    max: at(times, 1),
    cpuP50: at(cpu, 0.5),
    cpuP95: at(cpu, 0.95),
    firstPassP95: at(firstPass, 0.95),
    meanTotal: Math.round(totals / requests.length),
  };
}

function runInChild(size: number, options: SearchBenchOptions): Promise<SearchBenchSizeResult> {
  const args = [...process.execArgv, __filename, "--sizes", String(size), "--dir", options.dir, "--queries", String(options.queries ?? 200), "--json", "--no-isolate"];
  if (options.withVectors) args.push("--vectors");
  if (options.keep) args.push("--keep");
  if (options.reuse) args.push("--reuse");
  if (options.dimensions) args.push("--dimensions", String(options.dimensions));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`benchmark child for size ${size} exited with ${code}`));
      try {
        resolve((JSON.parse(out.trim().split("\n").pop()!) as SearchBenchSizeResult[])[0]);
      } catch (error) {
        reject(error);
      }
    });
  });
}

export function formatSearchBench(results: SearchBenchSizeResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`## ${r.size.toLocaleString("en")} enterprises`);
    lines.push(`build without vectors: ${(r.build.withoutVectorsMs / 1000).toFixed(1)} s, ${r.diskMiB.withoutVectors} MiB on disk`);
    if (r.build.withVectorsMs !== undefined) lines.push(`build with vectors:    ${(r.build.withVectorsMs / 1000).toFixed(1)} s, ${r.diskMiB.withVectors} MiB on disk`);
    lines.push(`peak RSS: ${r.peakRssMiB} MiB; load average ${r.loadAverage[0]} → ${r.loadAverage[1]} (2 cores)`);
    lines.push("latency: second pass over the same queries (page cache warm); first-pass p95 alongside");
    lines.push(`| query | p50 ms | p95 ms | max ms | CPU p50 ms | CPU p95 ms | first-pass p95 ms | mean total |`);
    lines.push(`|---|---|---|---|---|---|---|---|`);
    for (const [name, f] of Object.entries(r.latencyMs)) {
      lines.push(`| ${name} | ${f.p50} | ${f.p95} | ${f.max} | ${f.cpuP50} | ${f.cpuP95} | ${f.firstPassP95} | ${f.meanTotal} |`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

function mib(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

function parseArgs(argv: string[]): SearchBenchOptions & { json: boolean } {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    sizes: (value("--sizes") ?? "10000,100000").split(",").map((s) => Number(s.replace(/_/g, ""))),
    withVectors: argv.includes("--vectors"),
    dir: value("--dir") ?? path.join(process.cwd(), "data", "bench-search"),
    queries: Number(value("--queries") ?? 200),
    dimensions: value("--dimensions") ? Number(value("--dimensions")) : undefined,
    isolate: argv.includes("--no-isolate") ? false : undefined,
    keep: argv.includes("--keep"),
    reuse: argv.includes("--reuse"),
    json: argv.includes("--json"),
  };
}

if (require.main === module) {
  const options = parseArgs(process.argv.slice(2));
  runSearchBench(options)
    .then((results) => {
      if (options.json) console.log(JSON.stringify(results));
      else console.log(formatSearchBench(results));
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
