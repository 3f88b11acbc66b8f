import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, prepared, sqliteConnection, tuneSqlite, writeTransaction, type Db } from "../../../src/db";
import { applyMigrationsSql } from "../../../src/migrations";

/**
 * writeTransaction runs synchronous statements on the connection Prisma uses. These tests pin down how it
 * coexists with Prisma's own interactive transactions on that one connection.
 */
describe("writeTransaction on the Prisma connection (real SQLite)", () => {
  let dir: string;
  let db: Db;
  const chamberNames = async () => (await db.chamber.findMany({ orderBy: { id: "asc" } })).map((c) => c.name);
  const insertChamber = (name: string) => (conn: Parameters<Parameters<typeof writeTransaction>[1]>[0]) =>
    prepared(conn, `INSERT INTO "Chamber" ("name", "kind", "createdAt") VALUES (?, '商会', '2026-11-26T00:00:00.000+00:00') RETURNING id`).get(name);

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "write-tx-"));
    applyMigrationsSql(path.join(dir, "t.db"));
    db = createDb(`file:${path.join(dir, "t.db")}`);
    await tuneSqlite(db);
  });
  afterEach(async () => {
    await db.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("commits its statements as one transaction, and rolls all of them back when one fails", async () => {
    await writeTransaction(db, insertChamber("甲商会"));
    await expect(
      writeTransaction(db, (conn) => {
        insertChamber("乙商会")(conn);
        throw new Error("校验失败");
      }),
    ).rejects.toThrow("校验失败");
    expect(await chamberNames()).toEqual(["甲商会"]);
  });

  it("waits for an open Prisma transaction instead of joining it, so that transaction's rollback cannot take its write along", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const prismaTx = db
      .$transaction(async (tx) => {
        await tx.chamber.create({ data: { name: "回滚商会", kind: "商会" } });
        await gate;
        throw new Error("业务回滚");
      })
      .catch((err: Error) => err.message);
    // Let the Prisma transaction begin and write, then start ours while it is open.
    while (!(await sqliteConnection(db)).inTransaction) await new Promise((r) => setTimeout(r, 5));
    const ours = writeTransaction(db, insertChamber("提交商会"));
    await new Promise((r) => setTimeout(r, 50));
    release();
    expect(await prismaTx).toBe("业务回滚");
    await ours;
    expect(await chamberNames()).toEqual(["提交商会"]);
  });
});
