/*
 * Developer check, not a test (tests must not need ../shared): verifies every GB/T 4754 code used by the
 * chain map, the taxonomy mapping tables, the demo vocabulary and the generated demo data against the full
 * standard, and reports how well the mapping tables and chain keywords cover a real enterprise list.
 *
 *   npx tsx prisma/seed/check-codes.ts <gbt4754_2017.csv> [enterprises_a_share.csv]
 *
 * Exits 1 when a code is not in the standard.
 */
import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { DEFAULT_CHAIN_MAP } from "../../src/modules/matching/chain-map.data";
import {
  isKnownShenwanLabel,
  isKnownTushareLabel,
  mapShenwanToGbt,
  mapTushareToGbt,
  parseMappingSpec,
  SHENWAN_TO_GBT,
  TUSHARE_TO_GBT,
} from "../../src/modules/matching/taxonomy-mapping.data";
import { generateDemoData } from "./demo-data";
import { ENTERPRISE_PROFILES } from "./vocabulary/enterprise-profiles";
import { PROJECT_CATALOG } from "./vocabulary/project-catalog";

type Row = Record<string, string>;

function readCsv(file: string | undefined, what: string): Row[] {
  if (!file) {
    console.error(`缺少参数：${what} 文件路径`);
    process.exit(2);
  }
  if (!fs.existsSync(file)) {
    console.error(`找不到 ${what} 文件：${file}`);
    process.exit(2);
  }
  return parse(fs.readFileSync(file), { columns: true, bom: true, skip_empty_lines: true }) as Row[];
}

function pct(n: number, d: number): string {
  return d === 0 ? "-" : `${((100 * n) / d).toFixed(1)}%`;
}

function main(): void {
  const [gbtFile, enterpriseFile] = process.argv.slice(2);
  const standard = new Map(readCsv(gbtFile, "GB/T 4754-2017").map((r) => [r.code, r.name]));

  const uses: [where: string, code: string][] = [];
  for (const g of DEFAULT_CHAIN_MAP.groups) for (const n of g.nodes) for (const c of n.industryCodes) uses.push([`chain ${n.id}`, c]);
  for (const [label, spec] of Object.entries(SHENWAN_TO_GBT)) for (const c of parseMappingSpec(spec)) uses.push([`申万 ${label}`, c.code]);
  for (const [label, spec] of Object.entries(TUSHARE_TO_GBT)) for (const c of parseMappingSpec(spec)) uses.push([`tushare ${label}`, c.code]);
  for (const p of ENTERPRISE_PROFILES) for (const c of p.codes) uses.push([`profile ${p.key}`, c]);
  for (const cat of PROJECT_CATALOG) for (const item of cat.items) for (const c of item.codes) uses.push([`project item ${item.key}`, c]);
  const demo = generateDemoData();
  for (const g of demo.industryGroups) for (const c of g.industryCodes) uses.push([`industry group ${g.name}`, c]);
  for (const e of demo.enterprises) for (const i of e.industries) uses.push([`demo enterprise ${e.externalId}`, i.code]);
  for (const p of demo.projects) for (const c of [...p.industries, ...p.preferredIndustries]) uses.push([`demo project ${p.code}`, c]);

  const unknown = uses.filter(([, code]) => !standard.has(code));
  const distinct = new Set(uses.map(([, c]) => c));
  console.log(`GB/T 代码：共使用 ${distinct.size} 个不同代码（${uses.length} 处），不在标准中的 ${unknown.length} 处`);
  for (const [where, code] of unknown.slice(0, 50)) console.log(`  ✗ ${code}  (${where})`);

  if (enterpriseFile) reportCoverage(readCsv(enterpriseFile, "企业列表"));
  process.exit(unknown.length > 0 ? 1 : 0);
}

function reportCoverage(rows: Row[]): void {
  console.log(`\n企业列表：${rows.length} 行`);
  const levels: [string, (l: string) => boolean, (l: string) => unknown[]][] = [
    ["sw2021_l1", isKnownShenwanLabel, mapShenwanToGbt],
    ["sw2021_l2", isKnownShenwanLabel, mapShenwanToGbt],
    ["sw2021_l3", isKnownShenwanLabel, mapShenwanToGbt],
    ["tushare_industry", isKnownTushareLabel, mapTushareToGbt],
  ];
  for (const [column, known, map] of levels) {
    const labels = [...new Set(rows.map((r) => r[column]).filter(Boolean))];
    const missing = labels.filter((l) => !known(l));
    const withCodes = labels.filter((l) => map(l).length > 0);
    const rowsWithLabel = rows.filter((r) => r[column]);
    const rowsMapped = rowsWithLabel.filter((r) => map(r[column]).length > 0);
    console.log(
      `  ${column}: 不同标签 ${labels.length}，有映射条目 ${labels.length - missing.length} (${pct(labels.length - missing.length, labels.length)})，` +
        `有 GB/T 代码 ${withCodes.length} (${pct(withCodes.length, labels.length)})；按行 ${rowsMapped.length}/${rowsWithLabel.length} (${pct(rowsMapped.length, rowsWithLabel.length)})`,
    );
    if (missing.length > 0) console.log(`    缺少：${missing.join("、")}`);
  }

  // Chain keywords should be words real product lists use: count nodes with at least one hit.
  const productTexts = rows.map((r) => r.main_products_text ?? "").filter(Boolean);
  console.log(`\n产业链关键词在 ${productTexts.length} 条主营产品文本中的命中：`);
  for (const g of DEFAULT_CHAIN_MAP.groups) {
    const hits = g.nodes.map((n) => ({ id: n.id, companies: productTexts.filter((t) => n.keywords.some((k) => t.includes(k))).length }));
    const silent = hits.filter((h) => h.companies === 0).map((h) => h.id);
    console.log(`  ${g.name}: ${hits.length - silent.length}/${hits.length} 个节点有命中${silent.length ? `（无命中：${silent.join("、")}）` : ""}`);
  }
}

main();
