import cliProgress from "cli-progress";
import { openCli } from "./cli-context";
import { rebuildSearchIndexes } from "../../indexer/rebuild";

/** `npm run reindex`: rebuilds the search indexes from the database, with a progress bar; search stays up. */
async function main() {
  const { services } = await openCli();
  const bars = new cliProgress.MultiBar(
    { format: "{index} |{bar}| {value}/{total}", hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  const byIndex = new Map<string, cliProgress.SingleBar>();
  const started = Date.now();
  try {
    const mode = services.embedder.status().enabled ? "含语义向量" : "仅关键词（语义检索未启用）";
    process.stdout.write(`正在重建索引（${services.engine.kind}，${mode}）…\n`);
    const result = await rebuildSearchIndexes(services.db, services.engine, services.embedder, (p) => {
      let bar = byIndex.get(p.index);
      if (!bar) byIndex.set(p.index, (bar = bars.create(p.total, 0, { index: p.index === "projects" ? "项目" : "企业" })));
      bar.update(p.done);
    }, 500, services.inferrer);
    bars.stop();
    // Changes made during the rebuild were marked pending again; apply them now.
    const drained = await services.indexer.drainAll();
    process.stdout.write(
      `完成：项目 ${result.projects}，企业 ${result.enterprises}，重建期间的变更 ${drained.processed} 条已补录（${((Date.now() - started) / 1000).toFixed(1)} 秒）\n`,
    );
  } finally {
    bars.stop();
    await services.close();
  }
}

void main();
