import path from "node:path";
import fs from "node:fs";
import cliProgress from "cli-progress";
import { fail, openDataCli } from "./cli-context";
import { importEnterpriseFile } from "../modules/imports";
import { CANONICAL_FIELD_LABELS } from "../modules/imports/header-mapping";
import { loadIndustryTable } from "../modules/industries/reference-data";
import { loadRegionTable } from "../modules/regions/reference-data";
import { upsertIndustryCodes, upsertRegions } from "../modules/industries/reference-seed";
import { AppError } from "../http/app-error";

const USAGE = `用法 usage:
  npm run import -- enterprises <file.csv|xlsx|json> [--mapping mapping.json] [--strict] [--batch 500] [--errors errors.json]
      --strict  任一单元格无法识别即拒绝整行（默认只对名称、信用代码、外部编号如此，其余单元格跳过并警告）
  npm run import -- industries <gbt4754.csv|json>     国民经济行业分类全表
  npm run import -- regions <areas.csv|pca-code.json>  行政区划（省、市、县）`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main() {
  const [kind, file, ...rest] = process.argv.slice(2);
  if (!kind || !file) fail(USAGE, 2);
  if (!fs.existsSync(file)) fail(`文件不存在：${file}`);
  const { services, config, logger } = await openDataCli();
  try {
    if (kind === "industries") {
      const n = await upsertIndustryCodes(services.db, await loadIndustryTable(file));
      process.stdout.write(
        `已导入行业代码 ${n} 条\n已有企业的推断行业仍按旧表计算：服务运行中请调用 POST /api/admin/reindex，服务未运行时执行 npm run reindex，即按新表重新推断行业并重建索引\n`,
      );
      return;
    }
    if (kind === "regions") {
      const n = await upsertRegions(services.db, await loadRegionTable(file));
      process.stdout.write(`已导入行政区划 ${n} 条\n`);
      return;
    }
    if (kind !== "enterprises") fail(USAGE, 2);

    const mappingFile = option(rest, "--mapping");
    const mapping = mappingFile ? (JSON.parse(fs.readFileSync(mappingFile, "utf8")) as Record<string, string>) : undefined;
    const bar = new cliProgress.SingleBar(
      { format: "导入中 {value} 行 | {speed} 行/秒 | 新建 {created} 更新 {updated} 未变 {unchanged} 拒绝 {rejected} 警告 {warnings}", hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    const started = Date.now();
    bar.start(0, 0, { speed: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, warnings: 0 });
    const result = await importEnterpriseFile(
      { db: services.db, regions: services.regions, logger },
      {
        file: { path: file, originalName: path.basename(file) },
        mapping,
        maxBytes: undefined,
        batchSize: Number(option(rest, "--batch") ?? 500),
        strict: rest.includes("--strict"),
        onMapping: (m, headers) => {
          const lines = Object.entries(m.mapping).map(([i, field]) => `  ${headers[Number(i)]} → ${CANONICAL_FIELD_LABELS[field]}`);
          process.stderr.write(`列映射：\n${lines.join("\n")}\n${m.unknown.length ? `  未识别的列（未导入）：${m.unknown.join("、")}\n` : ""}`);
        },
        onProgress: (s) => {
          const seconds = (Date.now() - started) / 1000;
          bar.setTotal(s.totalRows);
          bar.update(s.totalRows, { ...s, speed: Math.round(s.totalRows / Math.max(seconds, 0.001)) });
        },
      },
    );
    bar.stop();
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(
      `完成：共 ${result.totalRows} 行，新建 ${result.created}，更新 ${result.updated}，未变 ${result.unchanged}，拒绝 ${result.rejected}，带警告 ${result.warnings}` +
        `（${seconds.toFixed(1)} 秒，${Math.round(result.totalRows / Math.max(seconds, 0.001))} 行/秒，导入任务 #${result.jobId}）\n`,
    );
    for (const e of result.errors.slice(0, 20)) {
      process.stdout.write(`  ${e.severity === "error" ? "错误" : "警告"} 第 ${e.row} 行${e.column ? ` [${e.column}]` : ""}：${e.message}\n`);
    }
    if (result.errors.length > 20) process.stdout.write(`  …另有 ${result.errors.length - 20} 条错误\n`);
    const errorsFile = option(rest, "--errors");
    if (errorsFile) fs.writeFileSync(errorsFile, JSON.stringify(result.errors, null, 2));
    process.stdout.write(`搜索索引将由运行中的服务自动更新（或运行 npm run reindex）。数据目录：${config.dataDir}\n`);
  } catch (err) {
    fail(err instanceof AppError ? `导入失败：${err.message}` : `导入失败：${(err as Error).stack}`);
  } finally {
    await services.close();
  }
}

void main();
