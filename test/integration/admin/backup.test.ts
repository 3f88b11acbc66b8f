import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createTestContext, type TestContext } from "../../helpers/test-services";
import { buildEnterpriseInput } from "../../helpers/builders";
import { backupDatabases, restoreDatabases } from "../../../src/modules/admin/backup";
import { seedDemoData } from "../../../src/modules/demo";
import { loadConfig } from "../../../src/config";

describe("backup and restore", () => {
  let ctx: TestContext;
  let backupDir: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    await seedDemoData(ctx.services, { enterprises: 1500, projects: 20 });
    await ctx.services.indexer.drainAll();
    backupDir = fs.mkdtempSync(path.join(os.tmpdir(), "investmatch-backup-"));
  });
  afterAll(async () => {
    await ctx.close();
    fs.rmSync(backupDir, { recursive: true, force: true });
  });

  it("takes a consistent online backup while the service keeps writing, and restores it", async () => {
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await ctx.request.post("/api/enterprises").send(buildEnterpriseInput()).expect(201);
        written++;
      }
    })();
    // Few pages per step, so the copy and the writes interleave.
    const manifest = await backupDatabases(ctx.config, backupDir, undefined, 8);
    writing = false;
    await writer;
    expect(written).toBeGreaterThan(0);
    expect(manifest.files.map((f) => f.name)).toEqual(expect.arrayContaining(["investmatch.db", "search.db"]));
    expect(manifest.files.every((f) => f.integrity === "ok")).toBe(true);

    // One committed state: every enterprise in the copy has its audit row and its outbox event, and nothing dangles.
    const copy = new Database(path.join(backupDir, "investmatch.db"), { readonly: true });
    const one = (sql: string) => (copy.prepare(sql).get() as { n: number }).n;
    const apiCreated = one(`SELECT COUNT(*) AS n FROM "AuditLog" WHERE "entityType" = 'Enterprise' AND "action" = 'create'`);
    const enterprises = one(`SELECT COUNT(*) AS n FROM "Enterprise"`);
    expect(enterprises).toBe(1500 + apiCreated);
    expect(one(`SELECT COUNT(*) AS n FROM "Enterprise" e WHERE NOT EXISTS (SELECT 1 FROM "OutboxEvent" o WHERE o."entity" = 'enterprise' AND o."entityId" = e.id)`)).toBe(0);
    expect(copy.pragma("foreign_key_check")).toEqual([]);
    copy.close();

    // Restore into a fresh data directory and serve from it.
    const restoredDir = fs.mkdtempSync(path.join(os.tmpdir(), "investmatch-restored-"));
    try {
      const config = loadConfig({ NODE_ENV: "test", DATA_DIR: restoredDir, LOG_LEVEL: "silent" });
      const { restored } = restoreDatabases(config, backupDir);
      expect(restored).toHaveLength(manifest.files.length);
      const restoredDb = new Database(path.join(restoredDir, "investmatch.db"), { readonly: true });
      expect((restoredDb.prepare(`SELECT COUNT(*) AS n FROM "Enterprise"`).get() as { n: number }).n).toBe(enterprises);
      expect(restoredDb.pragma("integrity_check", { simple: true })).toBe("ok");
      restoredDb.close();
    } finally {
      fs.rmSync(restoredDir, { recursive: true, force: true });
    }
  });

  it("keeps the current files when restoring and refuses a directory that is not a backup", () => {
    const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), "investmatch-notbackup-"));
    try {
      expect(() => restoreDatabases(ctx.config, emptyDir)).toThrow(/manifest\.json/);
    } finally {
      fs.rmSync(emptyDir, { recursive: true, force: true });
    }
  });

  it("refuses a corrupted backup file before touching anything", () => {
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), "investmatch-broken-"));
    const target = fs.mkdtempSync(path.join(os.tmpdir(), "investmatch-target-"));
    try {
      fs.copyFileSync(path.join(backupDir, "manifest.json"), path.join(broken, "manifest.json"));
      for (const f of fs.readdirSync(backupDir)) if (f.endsWith(".db")) fs.writeFileSync(path.join(broken, f), "not a database at all".repeat(500));
      fs.writeFileSync(path.join(target, "investmatch.db"), "current");
      const config = loadConfig({ NODE_ENV: "test", DATA_DIR: target, LOG_LEVEL: "silent" });
      expect(() => restoreDatabases(config, broken)).toThrow(/损坏|not a database/);
      expect(fs.readFileSync(path.join(target, "investmatch.db"), "utf8")).toBe("current");
    } finally {
      fs.rmSync(broken, { recursive: true, force: true });
      fs.rmSync(target, { recursive: true, force: true });
    }
  });
});
