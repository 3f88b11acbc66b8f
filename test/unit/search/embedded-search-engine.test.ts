import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createEmbeddedSearchEngine, type EmbeddedSearchEngineOptions } from "../../../src/search/embedded/embedded-search-engine";
import { listGenerations } from "../../../src/search/embedded/generation-tables";
import { axisQuery, axisVector, buildEnterpriseDoc, contractEnterprises } from "../../contract/search-fixtures";

describe("embedded engine: persistence, recovery and rebuild edge cases", () => {
  let dir: string;
  let file: string;
  const open = (extra: Partial<EmbeddedSearchEngineOptions> = {}) => createEmbeddedSearchEngine({ file, vectorDimensions: 8, ...extra });

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "embedded-engine-"));
    file = path.join(dir, "search.db");
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("keeps documents and vectors across restarts", async () => {
    const first = open();
    await first.upsert("enterprises", contractEnterprises());
    await first.close();
    const sut = open();
    expect(await sut.count("enterprises")).toBe(10);
    const result = await sut.search("enterprises", { vector: axisQuery(3), semanticRatio: 1, limit: 1 });
    expect(result.hits[0].id).toBe(4);
    await sut.close();
  });

  it("replays vector writes the HNSW file missed when the process died before saving it", async () => {
    const first = open();
    await first.upsert("enterprises", contractEnterprises().slice(0, 3));
    await first.close();
    const crashed = open();
    await crashed.upsert("enterprises", [buildEnterpriseDoc({ id: 20, _vector: axisVector(5) })]);
    await crashed.delete("enterprises", [1]);
    await crashed.upsert("enterprises", [buildEnterpriseDoc({ id: 2, _vector: axisVector(6) })]);
    // No close(): the graph on disk still has the old state; a new process must not serve it.
    const sut = open();
    const near5 = await sut.search("enterprises", { vector: axisQuery(5), semanticRatio: 1, limit: 10 });
    expect(near5.hits[0].id).toBe(20);
    expect(near5.hits.map((h) => h.id)).not.toContain(1);
    const near6 = await sut.search("enterprises", { vector: axisQuery(6), semanticRatio: 1, limit: 1 });
    expect(near6.hits[0].id).toBe(2);
    await sut.close();
    await crashed.close();
  });

  it("rebuilds the HNSW graph from SQLite when its file is gone", async () => {
    const first = open();
    await first.upsert("enterprises", contractEnterprises());
    await first.close();
    fs.rmSync(`${file}.vectors`, { recursive: true, force: true });
    const sut = open();
    expect((await sut.search("enterprises", { vector: axisQuery(2), semanticRatio: 1, limit: 1 })).hits[0].id).toBe(3);
    await sut.close();
  });

  it("drops a replaced document's old vector", async () => {
    const sut = open();
    await sut.upsert("enterprises", contractEnterprises());
    await sut.upsert("enterprises", [{ ...contractEnterprises()[3], _vector: undefined }]);
    const result = await sut.search("enterprises", { vector: axisQuery(3), semanticRatio: 1, limit: 10 });
    expect(result.hits.map((h) => h.id)).not.toContain(4);
    await sut.close();
  });

  it("rejects vectors of the wrong size", async () => {
    const sut = open();
    await expect(sut.upsert("enterprises", [buildEnterpriseDoc({ id: 1, _vector: [1, 0, 0] })])).rejects.toMatchObject({ code: "invalid_query" });
    await expect(sut.search("enterprises", { vector: [1, 0], limit: 1 })).rejects.toMatchObject({ code: "invalid_query" });
    await sut.close();
  });

  it("works without vectors (vectorDimensions 0) and ignores query vectors", async () => {
    const sut = open({ vectorDimensions: 0 });
    await sut.upsert("enterprises", contractEnterprises());
    const result = await sut.search("enterprises", { q: "新能源", vector: axisQuery(3), semanticRatio: 0.5, limit: 10 });
    expect(result.hits.map((h) => h.id).sort()).toEqual([1, 2, 3]);
    expect((await sut.health()).vectors).toBe(false);
    await sut.close();
  });

  it("keeps the live index and leaves no half-built tables when a rebuild fails", async () => {
    const sut = open();
    await sut.upsert("enterprises", contractEnterprises());
    async function* failing(): AsyncGenerator<ReturnType<typeof buildEnterpriseDoc>[]> {
      yield [buildEnterpriseDoc({ id: 100 })];
      throw new Error("database went away");
    }
    await expect(sut.rebuild("enterprises", failing())).rejects.toThrow(/database went away/);
    expect(await sut.count("enterprises")).toBe(10);
    expect((await sut.search("enterprises", { q: "新能源", limit: 10 })).total).toBe(3);
    await sut.close();
    const db = new Database(file, { readonly: true });
    expect(listGenerations(db, "enterprises")).toHaveLength(1);
    db.close();
  });

  it("refuses a second concurrent rebuild of the same index", async () => {
    const sut = open();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* slow() {
      yield [buildEnterpriseDoc({ id: 1 })];
      await gate;
    }
    const running = sut.rebuild("enterprises", slow());
    await new Promise((r) => setTimeout(r, 20));
    await expect(sut.rebuild("enterprises", slow())).rejects.toMatchObject({ code: "invalid_query" });
    expect((await sut.health()).rebuilding.enterprises).toBe(true);
    release();
    await running;
    await sut.close();
  });

  it("cleans up a rebuild interrupted by a crash on the next start", async () => {
    const first = open();
    await first.upsert("enterprises", contractEnterprises());
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* stuck() {
      yield [buildEnterpriseDoc({ id: 1 })];
      await gate;
    }
    const abandoned = first.rebuild("enterprises", stuck()).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 20));
    const sut = open();
    expect(await sut.count("enterprises")).toBe(10);
    await sut.close();
    const db = new Database(file, { readonly: true });
    expect(listGenerations(db, "enterprises")).toHaveLength(1);
    db.close();
    release();
    await abandoned;
    await first.close();
  });

  it("flags an index built with another dictionary until it is rebuilt", async () => {
    const first = open();
    await first.upsert("enterprises", contractEnterprises());
    await first.close();
    const sut = open({ text: { userWords: ["刺梨汁"] } });
    expect((await sut.health()).needsRebuild).toBe(true);
    async function* all() {
      yield contractEnterprises();
    }
    await sut.rebuild("enterprises", all());
    await sut.rebuild("projects", (async function* () {})());
    expect((await sut.health()).needsRebuild).toBe(false);
    await sut.close();
  });
});

describe("embedded engine: one process per file", () => {
  it("refuses a file locked by another live process and takes over a stale lock", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "embedded-lock-"));
    const file = path.join(dir, "search.db");
    fs.writeFileSync(`${file}.lock`, String(process.ppid));
    expect(() => createEmbeddedSearchEngine({ file, vectorDimensions: 0 })).toThrow(/in use by process/);
    fs.writeFileSync(`${file}.lock`, "999999999");
    const sut = createEmbeddedSearchEngine({ file, vectorDimensions: 0 });
    expect(fs.readFileSync(`${file}.lock`, "utf8")).toBe(String(process.pid));
    await sut.close();
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
