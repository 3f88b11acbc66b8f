import fs from "node:fs";
import path from "node:path";

/**
 * Where the main SQLite database lives: DATABASE_URL when set, else <DATA_DIR>/investmatch.db.
 * Kept apart from config.ts because prisma.config.ts needs it before the app's config exists;
 * callers pass the environment in, so config.ts stays the only reader of process.env in the app.
 */
export function resolveDatabaseUrl(env: Record<string, string | undefined>): string {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  const dataDir = path.resolve(env.DATA_DIR ?? "data");
  fs.mkdirSync(dataDir, { recursive: true });
  return `file:${path.join(dataDir, "investmatch.db")}`;
}

/** The filesystem path behind a `file:` URL. */
export function databaseFilePath(url: string): string {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}
