import type BetterSqlite3 from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Prisma client on SQLite through the better-sqlite3 driver adapter (no native query engine). */
export function createDb(databaseUrl: string): PrismaClient {
  const factory = new PrismaBetterSQLite3({ url: databaseUrl });
  const holder: { connection?: SqliteConnection } = {};
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    holder.connection = (adapter as unknown as { client: SqliteConnection }).client;
    return adapter;
  };
  const db = new PrismaClient({ adapter: factory });
  connections.set(db, holder);
  return db;
}

/** The better-sqlite3 connection under a Prisma client (the adapter keeps exactly one). */
export type SqliteConnection = BetterSqlite3.Database;
const connections = new WeakMap<PrismaClient, { connection?: SqliteConnection }>();

/**
 * The very connection Prisma uses, for hot paths where Prisma's per-query work (query plan, driver-adapter
 * mapping, a fresh prepare every time) costs more than the SQL: chamber lead submission. Statements run
 * synchronously on it, so they see what Prisma's own queries see; writes belong inside `db.$transaction`,
 * whose lock keeps other transactions off the connection. Everything else keeps using Prisma.
 */
export async function sqliteConnection(db: PrismaClient): Promise<SqliteConnection> {
  const holder = connections.get(db);
  if (!holder) throw new Error("sqliteConnection: this client was not made by createDb");
  if (!holder.connection) await db.$connect();
  if (!holder.connection) throw new Error("sqliteConnection: the driver adapter did not connect");
  return holder.connection;
}

const statementCache = new WeakMap<SqliteConnection, Map<string, BetterSqlite3.Statement>>();

/** A prepared statement, prepared once per connection and SQL text; integers come back as numbers. */
export function prepared(conn: SqliteConnection, sql: string): BetterSqlite3.Statement {
  let cache = statementCache.get(conn);
  if (!cache) statementCache.set(conn, (cache = new Map()));
  let stmt = cache.get(sql);
  // The adapter turns on BigInt integers for the connection; ids and counts here fit in a number.
  if (!stmt) cache.set(sql, (stmt = conn.prepare(sql).safeIntegers(false)));
  return stmt;
}

/**
 * Runs `work` (synchronous statements on the raw connection) as one write transaction. Normally that is a
 * better-sqlite3 IMMEDIATE transaction run to completion at once: no other JavaScript runs in between, so
 * nothing can interleave. If a Prisma interactive transaction is open on the connection at that moment
 * (between its awaits), `work` queues behind it through `db.$transaction`, which waits for the adapter's lock,
 * and runs inside a transaction of its own there.
 */
export async function writeTransaction<T>(db: PrismaClient, work: (conn: SqliteConnection) => T, options = { timeout: 30_000, maxWait: 30_000 }): Promise<T> {
  const conn = await sqliteConnection(db);
  if (!conn.inTransaction) return conn.transaction(() => work(conn)).immediate();
  return db.$transaction(async (tx) => {
    await lockForWrite(tx);
    return work(conn);
  }, options);
}

/** A date as the driver adapter stores DateTime columns (ISO 8601 with +00:00), so both read the same. */
export function sqliteDate(d: Date): string {
  return d.toISOString().replace("Z", "+00:00");
}

/**
 * A DateTime column read with raw better-sqlite3 (not through Prisma) as a Date: the adapter writes ISO text;
 * epoch milliseconds (number or digit string) are read too.
 */
export function fromSqliteDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  return new Date(typeof value === "string" && /^\d+$/.test(value) ? Number(value) : (value as string | number));
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
