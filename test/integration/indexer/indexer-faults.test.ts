import fs from "node:fs";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { createTestContext, type TestContext } from "../../helpers/test-services";
import { buildEnterpriseInput } from "../../helpers/builders";
import { flakyEngine } from "../../helpers/flaky-engine";
import { OutboxIndexer } from "../../../indexer/outbox-indexer";
import { rebuildSearchIndexes } from "../../../indexer/rebuild";
import { createLogger } from "../../../src/logger";
import { createEnterprisesInTx } from "../../../src/modules/enterprises";
import { createDb } from "../../../src/db";
import { createSearchEngine } from "../../../src/search/create-search-engine";
import type { SearchEngine } from "../../../src/search/types";

const ROOT = path.join(__dirname, "..", "..", "..");

async function indexedIds(ctx: TestContext): Promise<number[]> {
  return indexedIdsOf(ctx.services.engine);
}

async function indexedIdsOf(engine: SearchEngine): Promise<number[]> {
  const ids: number[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await engine.search("enterprises", { limit: 200, offset });
    ids.push(...page.hits.map((h) => h.id));
    if (page.hits.length < 200) return ids.sort((a, b) => a - b);
  }
}

async function liveIds(ctx: TestContext): Promise<number[]> {
  return (await ctx.services.db.enterprise.findMany({ where: { deletedAt: null }, select: { id: true }, orderBy: { id: "asc" } })).map((r) => r.id);
}

async function seedEnterprises(ctx: TestContext, n: number) {
  await ctx.services.db.$transaction(
    (tx) =>
      createEnterprisesInTx(
        tx,
        Array.from({ length: n }, (_, i) => ({ name: `贵州批量测试${i}号新能源科技有限公司`, products: [{ name: "动力电池" }], provinceCode: "520000" })),
        ctx.services.regions,
      ),
    { timeout: 60_000 },
  );
}

describe("outbox indexer under faults (real SQLite, real embedded engine)", () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext();
  });
  afterEach(async () => ctx.close());

  it("keeps accepting writes while the engine is down, then drains the grown outbox when it returns", async () => {
    const engine = flakyEngine(ctx.services.engine);
    const indexer = new OutboxIndexer({ db: ctx.services.db, engine, logger: createLogger("silent"), batchSize: 50 });
    engine.down = true;
    for (let i = 0; i < 5; i++) {
      await ctx.request.post("/api/enterprises").send(buildEnterpriseInput()).expect(201);
    }
    const first = (await ctx.request.get("/api/enterprises").query({ limit: 1 })).body.items[0].id;
    await ctx.request.delete(`/api/enterprises/${first}`).expect(200);
    await expect(indexer.drainOnce()).rejects.toThrow("ECONNREFUSED");
    const pending = await ctx.services.db.outboxEvent.findMany({ where: { processedAt: null } });
    expect(pending).toHaveLength(6);
    expect(pending.every((e) => e.attempts === 1 && e.lastError?.includes("ECONNREFUSED"))).toBe(true);

    const health = await ctx.request.get("/api/health");
    expect(health.body.checks.outbox.pending).toBe(6);

    engine.down = false;
    const drained = await indexer.drainAll();
    expect(drained).toMatchObject({ processed: 6, deleted: 1 });
    expect(await ctx.services.db.outboxEvent.count({ where: { processedAt: null } })).toBe(0);
    expect(await indexedIds(ctx)).toEqual(await liveIds(ctx));
  });

  it("retries with backoff in the background loop and recovers by itself", async () => {
    const engine = flakyEngine(ctx.services.engine);
    const indexer = new OutboxIndexer({ db: ctx.services.db, engine, logger: createLogger("silent"), idleMs: 20, initialBackoffMs: 30, maxBackoffMs: 60 });
    engine.down = true;
    await ctx.request.post("/api/enterprises").send(buildEnterpriseInput()).expect(201);
    indexer.start();
    try {
      await waitFor(async () => (await ctx.services.db.outboxEvent.findFirst())!.attempts >= 2);
      expect(indexer.status().backoffMs).toBeGreaterThan(0);
      engine.down = false;
      await waitFor(async () => (await ctx.services.db.outboxEvent.count({ where: { processedAt: null } })) === 0);
      expect(indexer.status().lastError).toBeUndefined();
    } finally {
      await indexer.stop();
    }
    expect(await indexedIds(ctx)).toEqual(await liveIds(ctx));
  });

  it("loses no write made while a full rebuild runs", async () => {
    await seedEnterprises(ctx, 400);
    await ctx.services.indexer.drainAll();
    const rebuild = rebuildSearchIndexes(ctx.services.db, ctx.services.engine, undefined, undefined, 50);
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 20; i++) writes.push(ctx.request.post("/api/enterprises").send(buildEnterpriseInput()).expect(201));
    const toDelete = (await liveIds(ctx)).slice(0, 5);
    for (const id of toDelete) writes.push(ctx.request.delete(`/api/enterprises/${id}`).expect(200));
    await Promise.all([rebuild, ...writes]);
    await ctx.services.indexer.drainAll();
    const indexed = await indexedIds(ctx);
    expect(indexed).toEqual(await liveIds(ctx));
    expect(indexed).toHaveLength(415);
    expect(indexed).not.toContain(toDelete[0]);
  });

});

describe("outbox indexer as its own process", () => {
  it("survives being killed mid-batch (a real child process) and lands every change exactly once", async () => {
    const ctx = await createTestContext();
    await seedEnterprises(ctx, 1500);
    const live = await liveIds(ctx);
    // The embedded index belongs to one process at a time (it holds a lock file), so hand it to the child.
    await ctx.services.close();
    const db = createDb(ctx.config.databaseUrl);
    const processed = () => db.outboxEvent.count({ where: { processedAt: { not: null } } });
    const env = { ...process.env, DATA_DIR: ctx.dir, EMBEDDING_ENABLED: "false", LOG_LEVEL: "silent", INDEXER_BATCH_SIZE: "100" };
    const startIndexer = () =>
      // One process (node with tsx's loader, not the tsx wrapper), so SIGKILL hits the indexer itself.
      spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "indexer", "main.ts")], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
    try {
      let child: ChildProcess = startIndexer();
      await waitFor(async () => (await processed()) > 0, 60_000);
      child.kill("SIGKILL");
      await new Promise((r) => child.once("exit", r));
      expect(await processed()).toBeLessThan(1500);

      child = startIndexer();
      try {
        await waitFor(async () => (await processed()) === 1500, 120_000);
      } finally {
        child.kill("SIGTERM");
        await new Promise((r) => child.once("exit", r));
      }
      const engine = await createSearchEngine(ctx.config);
      try {
        const ids = await indexedIdsOf(engine);
        expect(ids).toHaveLength(1500);
        expect(new Set(ids).size).toBe(1500);
        expect(ids).toEqual(live);
      } finally {
        await engine.close();
      }
    } finally {
      await db.$disconnect();
      fs.rmSync(ctx.dir, { recursive: true, force: true });
    }
  }, 240_000);
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("condition not met in time");
}
