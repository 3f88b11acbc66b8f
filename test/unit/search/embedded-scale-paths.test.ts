import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createEmbeddedSearchEngine, type EmbeddedSearchEngine } from "../../../src/search/embedded/embedded-search-engine";
import { syntheticEnterpriseBatches } from "../../../src/search/synthetic/synthetic-enterprises";
import type { SearchResult } from "../../../src/search/types";

/**
 * The cost controls that only trigger at 1M documents (rank budget, count cap, facet sampling, unranked
 * common buckets) are forced here with tiny limits on 12k synthetic documents and compared with an engine
 * that has no limits over the same data.
 */
describe("embedded engine cost controls keep answers sane", () => {
  let dir: string;
  let limited: EmbeddedSearchEngine;
  let exact: EmbeddedSearchEngine;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "embedded-scale-"));
    limited = createEmbeddedSearchEngine({
      file: path.join(dir, "limited.db"),
      vectorDimensions: 16,
      rankBudget: 50,
      countCap: 100,
      facetSampleCap: 200,
      idfBudget: 1_000,
      exactVectorSearchMax: 100,
      exactFilteredVectorMax: 100,
    });
    exact = createEmbeddedSearchEngine({ file: path.join(dir, "exact.db"), vectorDimensions: 16, rankBudget: 1e9, countCap: 1e9, facetSampleCap: 1e9, idfBudget: 1e12 });
    await limited.rebuild("enterprises", syntheticEnterpriseBatches(12_000, { vectorDimensions: 16, batchSize: 3_000 }));
    await exact.rebuild("enterprises", syntheticEnterpriseBatches(12_000, { vectorDimensions: 16, batchSize: 3_000 }));
  }, 120_000);

  afterAll(async () => {
    await limited.close();
    await exact.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const names = (r: SearchResult) => r.hits.map((h) => (h.doc as { name: string }).name);

  it("still returns matching documents and a total of the right size for a broad word", async () => {
    const a = await limited.search("enterprises", { q: "汽车", limit: 20 });
    const b = await exact.search("enterprises", { q: "汽车", limit: 20 });
    expect(a.hits).toHaveLength(20);
    expect(a.total).toBe(b.total);
    for (const hit of a.hits) expect(JSON.stringify(hit.doc)).toContain("汽车");
  });

  it("sorts a large match by walking the field's index, missing values last, like a full sort", async () => {
    for (const sort of [
      [{ field: "registeredCapital", dir: "desc" as const }],
      [{ field: "revenue", dir: "asc" as const }],
    ]) {
      const a = await limited.search("enterprises", { q: "汽车", limit: 30, sort });
      const b = await exact.search("enterprises", { q: "汽车", limit: 30, sort });
      const values = (r: SearchResult) => r.hits.map((h) => (h.doc as unknown as Record<string, number | undefined>)[sort[0].field] ?? null);
      expect(values(a)).toEqual(values(b));
    }
    const tail = await limited.search("enterprises", { q: "汽车", limit: 5, offset: 1_990, sort: [{ field: "revenue", dir: "desc" }] });
    expect(tail.hits).toHaveLength(5);
    expect(tail.hits.every((h) => (h.doc as { revenue?: number }).revenue === undefined)).toBe(true);
  });

  it("estimates totals beyond the count cap within a reasonable factor", async () => {
    const filters = [
      { field: "registeredCapital", op: "gte" as const, value: 1000 },
      { field: "listingStatus", op: "eq" as const, value: "unlisted" },
    ];
    const a = await limited.search("enterprises", { q: "汽车", limit: 10, filters });
    const b = await exact.search("enterprises", { q: "汽车", limit: 10, filters });
    expect(a.total).toBeGreaterThan(b.total * 0.7);
    expect(a.total).toBeLessThan(b.total * 1.3);
    for (const hit of a.hits) expect((hit.doc as { registeredCapital: number }).registeredCapital).toBeGreaterThanOrEqual(1000);
  });

  it("extrapolates facets from a sample, close to the exact counts", async () => {
    const a = await limited.search("enterprises", { limit: 0, facets: ["listingStatus"] });
    const b = await exact.search("enterprises", { limit: 0, facets: ["listingStatus"] });
    expect(Object.keys(a.facets.listingStatus)).toContain("unlisted");
    expect(a.facets.listingStatus.unlisted).toBeGreaterThan(b.facets.listingStatus.unlisted * 0.8);
    expect(a.facets.listingStatus.unlisted).toBeLessThan(b.facets.listingStatus.unlisted * 1.2);
  });

  it("answers all-common-word queries newest first without bm25", async () => {
    const a = await limited.search("enterprises", { q: "研发 生产", limit: 5 });
    expect(a.hits).toHaveLength(5);
    const ids = a.hits.map((h) => h.id);
    expect([...ids].sort((x, y) => y - x)).toEqual(ids);
  });

  it("keeps multi-word ranking: documents with every word first", async () => {
    const a = await limited.search("enterprises", { q: "遵义 汽车零部件", limit: 10 });
    expect(a.hits.length).toBeGreaterThan(0);
    expect(names(a)[0]).toContain("遵义");
  });

  it("uses the graph for broad vector queries and exact search for narrow filters", async () => {
    const vector = Array.from({ length: 16 }, (_, i) => (i % 3 === 0 ? 0.5 : -0.1));
    const broad = await limited.search("enterprises", { vector, semanticRatio: 1, limit: 10 });
    expect(broad.hits).toHaveLength(10);
    const narrow = await limited.search("enterprises", {
      vector,
      semanticRatio: 1,
      limit: 5,
      filters: [{ field: "tags", op: "eq", value: "龙头企业" }],
    });
    const narrowExact = await exact.search("enterprises", { vector, semanticRatio: 1, limit: 5, filters: [{ field: "tags", op: "eq", value: "龙头企业" }] });
    expect(narrow.hits.map((h) => h.id)).toEqual(narrowExact.hits.map((h) => h.id));
  });
});
