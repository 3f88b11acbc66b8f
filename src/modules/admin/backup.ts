import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { Config } from "../../config";
import { databaseFilePath } from "../../database-url";
import { processAlive } from "../../process-alive";

/** The SQLite files a backup holds: the source of truth, the search index and the embedding cache. */
export function backupFiles(config: Config): { name: string; file: string; required: boolean }[] {
  return [
    { name: "investmatch.db", file: databaseFilePath(config.databaseUrl), required: true },
    { name: "search.db", file: config.searchDbPath, required: false },
    { name: "embeddings.db", file: config.embeddings.cachePath, required: false },
  ];
}

export interface BackupManifest {
  createdAt: string;
  files: { name: string; bytes: number; integrity: string }[];
  migrations: string[];
}

function integrityOf(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return (db.pragma("integrity_check", { simple: true }) as string) ?? "unknown";
  } finally {
    db.close();
  }
}

/**
 * Copies each database with SQLite's online backup API: a consistent snapshot taken page by page while the
 * service keeps reading and writing (writes during the copy restart it from the changed pages, so the result
 * is one committed state). Writes a manifest with sizes, integrity checks and the applied migrations.
 */
export async function backupDatabases(
  config: Config,
  targetDir: string,
  onProgress?: (name: string, pct: number) => void,
  pagesPerStep = 200,
): Promise<BackupManifest> {
  fs.mkdirSync(targetDir, { recursive: true });
  if (fs.readdirSync(targetDir).some((f) => f.endsWith(".db"))) throw new Error(`目标目录已有备份文件：${targetDir}（请使用新的空目录）`);
  const files: BackupManifest["files"] = [];
  let migrations: string[] = [];
  for (const { name, file, required } of backupFiles(config)) {
    if (!fs.existsSync(file)) {
      if (required) throw new Error(`数据库文件不存在：${file}`);
      continue;
    }
    const source = new Database(file, { readonly: true, fileMustExist: true });
    source.pragma("busy_timeout = 10000");
    const dest = path.join(targetDir, name);
    try {
      let lastRemaining = Infinity;
      let oneStep = false;
      await source.backup(dest, {
        progress: ({ totalPages, remainingPages }) => {
          onProgress?.(name, totalPages ? Math.round(((totalPages - remainingPages) / totalPages) * 100) : 100);
          // A write by another connection restarts a stepwise copy; under steady writes it would never end.
          // Then the rest goes in one step: one read transaction, which in WAL mode does not block writers.
          if (remainingPages > lastRemaining) oneStep = true;
          lastRemaining = remainingPages;
          return oneStep ? 2 ** 31 - 1 : pagesPerStep; // between steps the event loop (and writers) run
        },
      });
      if (name === "investmatch.db") {
        migrations = (source.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name").all() as { migration_name: string }[])
          .map((r) => r.migration_name)
          .concat();
      }
    } catch (err) {
      if (!/no such table: _prisma_migrations/.test((err as Error).message)) throw err;
    } finally {
      source.close();
    }
    files.push({ name, bytes: fs.statSync(dest).size, integrity: integrityOf(dest) });
  }
  const manifest: BackupManifest = { createdAt: new Date().toISOString(), files, migrations };
  fs.writeFileSync(path.join(targetDir, "manifest.json"), JSON.stringify(manifest, null, 2));
  return manifest;
}

/**
 * Puts a backup in place of the data directory's databases. The service must be stopped (the search index
 * lock tells); the current files are kept beside as *.before-restore-<time>. The HNSW graph files are caches
 * and are rebuilt from the restored vectors on start.
 */
export function restoreDatabases(config: Config, sourceDir: string): { restored: string[]; keptAs: string[] } {
  const manifestPath = path.join(sourceDir, "manifest.json");
  if (!fs.existsSync(manifestPath)) throw new Error(`不是有效的备份目录（缺少 manifest.json）：${sourceDir}`);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as BackupManifest;
  const lock = `${config.searchDbPath}.lock`;
  if (fs.existsSync(lock)) {
    const pid = Number(fs.readFileSync(lock, "utf8").trim());
    if (pid > 0 && pid !== process.pid && processAlive(pid)) throw new Error(`服务正在运行（进程 ${pid}），请先停止服务再恢复备份`);
  }
  for (const f of manifest.files) {
    const file = path.join(sourceDir, f.name);
    if (!fs.existsSync(file)) throw new Error(`备份文件缺失：${file}`);
    const check = integrityOf(file);
    if (check !== "ok") throw new Error(`备份文件已损坏（${f.name}: ${check}），未做任何更改`);
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const restored: string[] = [];
  const keptAs: string[] = [];
  for (const { name, file } of backupFiles(config)) {
    if (!manifest.files.some((f) => f.name === name)) continue;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (fs.existsSync(file)) {
      const kept = `${file}.before-restore-${stamp}`;
      fs.renameSync(file, kept);
      keptAs.push(kept);
    }
    for (const suffix of ["-wal", "-shm", "-journal"]) fs.rmSync(`${file}${suffix}`, { force: true });
    fs.copyFileSync(path.join(sourceDir, name), file);
    restored.push(file);
  }
  fs.rmSync(`${config.searchDbPath}.vectors`, { recursive: true, force: true });
  return { restored, keptAs };
}
