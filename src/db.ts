import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Prisma client on SQLite through the better-sqlite3 driver adapter (no native query engine). */
export function createDb(databaseUrl: string): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: databaseUrl });
  return new PrismaClient({ adapter });
}

/** WAL lets readers (API, indexer) proceed during an import's write transactions. */
export async function tuneSqlite(db: PrismaClient): Promise<void> {
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$queryRawUnsafe("PRAGMA busy_timeout = 10000");
  await db.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  await db.$queryRawUnsafe("PRAGMA foreign_keys = ON");
}

/**
 * Takes SQLite's write lock at the start of an interactive transaction. Prisma begins transactions as
 * DEFERRED; one that reads first and writes later must upgrade its lock, and if another connection (the
 * indexer, a second process) wrote meanwhile, SQLite refuses the upgrade at once with SQLITE_BUSY instead of
 * waiting. A write statement first (this one touches no row) makes the transaction wait in busy_timeout.
 */
export async function lockForWrite(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe('DELETE FROM "OutboxEvent" WHERE 0');
}

/** Prisma's SQLite driver binds at most 999 values per statement; `IN` lists are split below that. */
export const MAX_IN_LIST = 400;

/** Runs `fn` over slices of `values` small enough for one statement and concatenates the results. */
export async function inChunks<T, R>(values: readonly T[], fn: (slice: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < values.length; i += MAX_IN_LIST) out.push(...(await fn(values.slice(i, i + MAX_IN_LIST))));
  return out;
}
