import path from "node:path";
import { loadConfig } from "../config";
import { backupDatabases } from "../modules/admin/backup";
import { fail } from "./cli-context";

/** `npm run backup -- <dir>`: online backup of the databases while the service runs. */
async function main() {
  const target = process.argv[2];
  if (!target) fail("用法：npm run backup -- <备份目录>");
  const config = loadConfig();
  let last = "";
  const manifest = await backupDatabases(config, path.resolve(target), (name, pct) => {
    const line = `${name} ${pct}%`;
    if (line !== last) process.stderr.write(`\r备份 ${line}   `);
    last = line;
  });
  process.stderr.write("\n");
  for (const f of manifest.files) process.stdout.write(`${f.name}\t${(f.bytes / 1048576).toFixed(1)} MB\t完整性检查：${f.integrity}\n`);
  process.stdout.write(`备份完成：${path.resolve(target)}（恢复：停止服务后运行 npm run restore -- ${target}）\n`);
}

main().catch((err) => fail(`备份失败：${(err as Error).message}`));
