import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export const MIGRATIONS_DIR = path.resolve(__dirname, "..", "prisma", "migrations");

/**
 * Applies the committed migration SQL in order to a fresh SQLite file. Tests use it to get a real database
 * in milliseconds; the service itself applies migrations with `prisma migrate deploy` (npm start).
 */
export function applyMigrationsSql(filePath: string): void {
  const db = new Database(filePath);
  try {
    const dirs = fs
      .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    for (const dir of dirs) db.exec(fs.readFileSync(path.join(MIGRATIONS_DIR, dir, "migration.sql"), "utf8"));
  } finally {
    db.close();
  }
}
