import path from "node:path";
import { loadConfig } from "../config";
import { restoreDatabases } from "../modules/admin/backup";
import { fail } from "./cli-context";

/** `npm run restore -- <dir>`: puts a backup in place (service stopped); the old files are kept beside. */
function main() {
  const source = process.argv[2];
  if (!source) fail("用法：npm run restore -- <备份目录>（请先停止服务）");
  try {
    const { restored, keptAs } = restoreDatabases(loadConfig(), path.resolve(source));
    for (const f of restored) process.stdout.write(`已恢复：${f}\n`);
    for (const f of keptAs) process.stdout.write(`原文件保留为：${f}\n`);
    process.stdout.write("恢复完成。启动服务（npm start）后搜索索引会自动校验，必要时从数据库重建。\n");
  } catch (err) {
    fail(`恢复失败：${(err as Error).message}`);
  }
}

main();
