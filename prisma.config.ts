import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { resolveDatabaseUrl } from "./src/database-url";

// Prisma 6.19 with the JS query compiler and the WASM schema engine works fully offline;
// the database location follows the same rules as the running service (DATABASE_URL, else DATA_DIR).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaBetterSQLite3({ url: resolveDatabaseUrl(process.env) }),
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
});
