import { spawnSync } from "node:child_process";
import path from "node:path";

/**
 * `npm run bench -- <name> [args]`: each benchmark runs in its own process so its peak RSS is its own.
 * Targets live in the benchmark scripts and their output, never in unit tests.
 */
const BENCHES: Record<string, { file: string; about: string }> = {
  search: { file: "bench-search.ts", about: "embedded search engine: build time, size, RSS, p50/p95 at 10k/100k/1M" },
  embed: { file: "bench-embed.ts", about: "embedder throughput and RSS for batch sizes 1, 8, 32" },
  import: { file: "bench-import.ts", about: "enterprise import throughput (rows/s) and peak RSS" },
  match: { file: "bench-match.ts", about: "GET /api/projects/:id/matches latency over HTTP, match runs" },
  web: { file: "bench-web.ts", about: "web UI: bundle size (raw/gzip), match page first load in Chromium at 100k enterprises" },
  leads: { file: "bench-leads.ts", about: "POST /api/leads at 200/s for 60 s (autocannon): no lost or duplicated lead" },
  export: { file: "bench-export.ts", about: "GET /api/enterprises/export (xlsx, csv) over HTTP: rows/s and server peak RSS" },
};

const [name, ...rest] = process.argv.slice(2);
const bench = name ? BENCHES[name] : undefined;
if (!bench) {
  const list = Object.entries(BENCHES).map(([k, v]) => `  ${k.padEnd(8)} ${v.about}`).join("\n");
  process.stderr.write(`用法 usage: npm run bench -- <name> [options]\n${list}\n`);
  process.exit(name ? 2 : 0);
}
const tsx = path.join(__dirname, "..", "..", "node_modules", ".bin", "tsx");
const result = spawnSync(tsx, [path.join(__dirname, bench.file), ...rest], { stdio: "inherit" });
process.exit(result.status ?? 1);
