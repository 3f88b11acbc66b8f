import fs from "node:fs";
import { loadConfig } from "../config";
import { databaseFilePath } from "../database-url";
import { runEvaluation } from "../modules/matching/evaluation/run-evaluation";

/**
 * `npm run eval -- <file.json> [--empty]`: Recall@10, Recall@50, MRR and nDCG@10 of the matching pipeline on a
 * labelled set, as JSON. The pool is the current database's enterprises (copied, never changed) plus any the
 * file brings; --empty ranks only the file's enterprises.
 */
async function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  if (!file || !fs.existsSync(file)) {
    process.stderr.write("用法 usage: npm run eval -- <labelled.json> [--empty]\n");
    process.exit(2);
  }
  const config = loadConfig();
  const report = await runEvaluation({
    file,
    sourceDatabase: args.includes("--empty") ? undefined : databaseFilePath(config.databaseUrl),
    env: process.env,
  });
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main().catch((err) => {
  process.stderr.write(`评估失败：${(err as Error).message}\n`);
  process.exit(1);
});
