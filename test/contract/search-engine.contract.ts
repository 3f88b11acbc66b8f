/**
 * The behaviour every SearchEngine must have. Each engine's test file calls describeSearchEngineContract
 * with a factory; the same documents, Chinese queries and expectations run against all of them.
 */
import type { SearchEngine, SearchHit, SearchResult } from "../../src/search/types";
import type { EnterpriseSearchDoc } from "../../src/search/documents";
import { SearchEngineError } from "../../src/search/search-errors";
import { axisQuery, buildEnterpriseDoc, contractEnterprises, contractProjects } from "./search-fixtures";

export interface ContractEngine {
  engine: SearchEngine;
  /** Removes everything the engine created (files, remote indexes). */
  dispose(): Promise<void>;
}

/** Creates a fresh, empty engine configured with CONTRACT_VECTOR_DIMENSIONS dimensions. */
export type ContractEngineFactory = () => Promise<ContractEngine>;

const ids = (result: SearchResult) => result.hits.map((h) => h.id);
const sortedIds = (result: SearchResult) => ids(result).sort((a, b) => a - b);

export function describeSearchEngineContract(name: string, makeEngine: ContractEngineFactory, timeoutMs = 30_000): void {
  describe(`SearchEngine contract: ${name}`, () => {
    let sut: SearchEngine;
    let current: ContractEngine;

    beforeEach(async () => {
      current = await makeEngine();
      sut = current.engine;
      await sut.ensureSettings();
      await sut.upsert("enterprises", contractEnterprises());
      await sut.upsert("projects", contractProjects());
    }, timeoutMs);

    afterEach(async () => {
      await current.dispose();
    }, timeoutMs);

    describe("settings and counts", () => {
      it("applies settings idempotently", async () => {
        await sut.ensureSettings();
        await sut.ensureSettings();
        expect(await sut.count("enterprises")).toBe(10);
      });

      it("counts documents, with and without filters", async () => {
        expect(await sut.count("enterprises")).toBe(10);
        expect(await sut.count("projects")).toBe(3);
        expect(await sut.count("enterprises", [{ field: "listingStatus", op: "eq", value: "listed" }])).toBe(3);
      });

      it("reports health", async () => {
        const health = await sut.health();
        expect(health.ok).toBe(true);
        expect(health.documents.enterprises).toBe(10);
      });
    });

    describe("Chinese keyword search", () => {
      it("新能源 finds the 新能源汽车 companies", async () => {
        const result = await sut.search("enterprises", { q: "新能源", limit: 20 });
        expect(sortedIds(result)).toEqual([1, 2, 3]);
        expect(result.total).toBe(3);
      });

      it("能源 finds them too, through search-mode segmentation", async () => {
        const result = await sut.search("enterprises", { q: "能源", limit: 20 });
        expect(ids(result)).toEqual(expect.arrayContaining([1, 2, 3, 5]));
        expect(ids(result)).not.toContain(4);
      });

      it("puts documents containing every query word first", async () => {
        const result = await sut.search("enterprises", { q: "新能源汽车", limit: 20 });
        expect(ids(result).slice(0, 2).sort()).toEqual([1, 2]);
        expect(ids(result)).not.toContain(4);
      });

      it("weights the name above business text", async () => {
        const result = await sut.search("enterprises", { q: "电池", limit: 20 });
        const order = ids(result);
        expect(order).toEqual(expect.arrayContaining([8, 9]));
        expect(order.indexOf(8)).toBeLessThan(order.indexOf(9));
      });

      it("finds nothing for words no document contains", async () => {
        const result = await sut.search("enterprises", { q: "航空发动机", limit: 20 });
        expect(result.hits).toEqual([]);
        expect(result.total).toBe(0);
      });

      it("searches projects", async () => {
        const result = await sut.search("projects", { q: "零部件", limit: 10 });
        expect(ids(result)).toEqual([101]);
      });

      it("returns scores in [0,1], best first", async () => {
        const result = await sut.search("enterprises", { q: "新能源汽车", limit: 20 });
        expectScoresInRange(result.hits);
        const scores = result.hits.map((h) => h.score);
        expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      });

      it("highlights matches with <em> and escapes markup", async () => {
        const result = await sut.search("enterprises", { q: "新能源", limit: 20, highlight: true });
        const byd = result.hits.find((h) => h.id === 1)!;
        expect(byd.highlights?.name).toContain("<em>新能源</em>");
        const escaped = await sut.search("enterprises", { q: "酒业", limit: 5, highlight: true });
        const hit = escaped.hits.find((h) => h.id === 10)!;
        expect(hit.highlights?.name).toContain("&lt;酱香&gt;");
        expect(hit.highlights?.name).toContain("<em>酒业</em>");
      });

      it("answers idsOnly with the same hits, scores and total, without documents or highlights", async () => {
        for (const request of [{ q: "新能源汽车", limit: 20 }, { filters: [{ field: "industryCodes", op: "prefix" as const, value: "C36" }], limit: 20 }]) {
          const full = await sut.search("enterprises", { ...request, highlight: true });
          const bare = await sut.search("enterprises", { ...request, highlight: true, idsOnly: true });
          expect(full.hits.length).toBeGreaterThan(0);
          expect(bare.hits.map((h) => [h.id, h.score])).toEqual(full.hits.map((h) => [h.id, h.score]));
          expect(bare.total).toBe(full.total);
          for (const hit of bare.hits) {
            expect(hit.doc).toEqual({ id: hit.id });
            expect(hit.highlights).toBeUndefined();
          }
        }
      });
    });

    describe("filters", () => {
      it("filters by industry code prefix at every level", async () => {
        const c36 = await sut.search("enterprises", { limit: 20, filters: [{ field: "industryCodes", op: "prefix", value: "C36" }] });
        expect(sortedIds(c36)).toEqual([1, 2]);
        const c = await sut.search("enterprises", { limit: 20, filters: [{ field: "industryCodes", op: "prefix", value: "C" }] });
        expect(sortedIds(c)).toEqual([1, 2, 3, 4, 7, 8, 10]);
        const exact = await sut.search("enterprises", { limit: 20, filters: [{ field: "industryCodes", op: "eq", value: "C1512" }] });
        expect(sortedIds(exact)).toEqual([4, 10]);
      });

      it("filters by region code prefix", async () => {
        const guizhou = await sut.search("enterprises", { limit: 20, filters: [{ field: "regionPrefixes", op: "prefix", value: "52" }] });
        expect(sortedIds(guizhou)).toEqual([2, 4, 5, 6, 7, 8, 9, 10]);
        const zunyi = await sut.search("enterprises", { limit: 20, filters: [{ field: "countyCode", op: "prefix", value: "5203" }] });
        expect(sortedIds(zunyi)).toEqual([2, 4, 5, 7, 8, 9, 10]);
      });

      it("rejects a prefix that is not a code level", async () => {
        await expect(sut.search("enterprises", { limit: 5, filters: [{ field: "countyCode", op: "prefix", value: "520" }] })).rejects.toBeInstanceOf(
          SearchEngineError,
        );
      });

      it("filters by amount ranges", async () => {
        const between = await sut.search("enterprises", { limit: 20, filters: [{ field: "registeredCapital", op: "between", value: [10000, 200000] }] });
        expect(sortedIds(between)).toEqual([2, 4, 7]);
        const gte = await sut.search("enterprises", { limit: 20, filters: [{ field: "registeredCapital", op: "gte", value: 400000 }] });
        expect(sortedIds(gte)).toEqual([1, 3]);
        const lte = await sut.search("enterprises", { limit: 20, filters: [{ field: "registeredCapital", op: "lte", value: 3000 }] });
        expect(sortedIds(lte)).toEqual([6, 9]);
      });

      it("filters by listing status and tags", async () => {
        const listed = await sut.search("enterprises", { limit: 20, filters: [{ field: "listingStatus", op: "eq", value: "listed" }] });
        expect(sortedIds(listed)).toEqual([1, 3, 4]);
        const some = await sut.search("enterprises", { limit: 20, filters: [{ field: "listingStatus", op: "in", value: ["listed", "delisted"] }] });
        expect(sortedIds(some)).toEqual([1, 3, 4, 7]);
        const tagged = await sut.search("enterprises", { limit: 20, filters: [{ field: "tags", op: "eq", value: "专精特新" }] });
        expect(sortedIds(tagged)).toEqual([2, 6]);
      });

      it("combines text and filters (ANDed)", async () => {
        const result = await sut.search("enterprises", {
          q: "新能源",
          limit: 20,
          filters: [
            { field: "regionPrefixes", op: "prefix", value: "52" },
            { field: "registeredCapital", op: "gte", value: 1000 },
          ],
        });
        expect(ids(result)).toEqual([2]);
        expect(result.total).toBe(1);
      });

      it("filters projects by stage and investment", async () => {
        const signed = await sut.search("projects", { limit: 10, filters: [{ field: "stage", op: "eq", value: "签约" }] });
        expect(ids(signed)).toEqual([102]);
        const big = await sut.search("projects", { limit: 10, filters: [{ field: "totalInvestment", op: "gte", value: 50000 }] });
        expect(sortedIds(big)).toEqual([101, 102]);
        const inCounty = await sut.search("projects", { limit: 10, filters: [{ field: "regionPrefixes", op: "prefix", value: "520324" }] });
        expect(ids(inCounty)).toEqual([101]);
      });

      it("rejects unknown filter fields", async () => {
        await expect(sut.search("enterprises", { limit: 5, filters: [{ field: "secret", op: "eq", value: "x" }] })).rejects.toMatchObject({
          code: "invalid_query",
        });
      });
    });

    describe("facets, sort and pagination", () => {
      it("counts facet values over all matching documents", async () => {
        const all = await sut.search("enterprises", { limit: 1, facets: ["listingStatus", "tags"] });
        expect(all.facets.listingStatus).toEqual({ listed: 3, unlisted: 6, delisted: 1 });
        expect(all.facets.tags).toEqual({ 龙头企业: 2, 专精特新: 2 });
        const text = await sut.search("enterprises", { q: "新能源", limit: 1, facets: ["listingStatus"] });
        expect(text.facets.listingStatus).toEqual({ listed: 2, unlisted: 1 });
        const filtered = await sut.search("enterprises", {
          limit: 1,
          facets: ["provinceCode"],
          filters: [{ field: "industryPrefixes", op: "eq", value: "C" }],
        });
        expect(filtered.facets.provinceCode).toEqual({ "44": 1, "35": 1, "52": 5 });
      });

      it("sorts by a numeric field, missing values last", async () => {
        const desc = await sut.search("enterprises", { limit: 20, sort: [{ field: "registeredCapital", dir: "desc" }] });
        expect(ids(desc)).toEqual([1, 3, 4, 2, 7, 5, 10, 6, 9, 8]);
        const asc = await sut.search("enterprises", { limit: 3, sort: [{ field: "registeredCapital", dir: "asc" }] });
        expect(ids(asc)).toEqual([9, 6, 10]);
      });

      it("sorts text matches by the sort field", async () => {
        const result = await sut.search("enterprises", { q: "新能源", limit: 20, sort: [{ field: "registeredCapital", dir: "asc" }] });
        expect(ids(result)).toEqual([2, 3, 1]);
      });

      it("paginates without overlap and with a stable total", async () => {
        const sort = [{ field: "registeredCapital", dir: "desc" as const }];
        const page1 = await sut.search("enterprises", { limit: 4, offset: 0, sort });
        const page2 = await sut.search("enterprises", { limit: 4, offset: 4, sort });
        const page3 = await sut.search("enterprises", { limit: 4, offset: 8, sort });
        expect([...ids(page1), ...ids(page2), ...ids(page3)]).toEqual([1, 3, 4, 2, 7, 5, 10, 6, 9, 8]);
        expect([page1.total, page2.total, page3.total]).toEqual([10, 10, 10]);
        const text1 = await sut.search("enterprises", { q: "能源", limit: 2, offset: 0 });
        const text2 = await sut.search("enterprises", { q: "能源", limit: 2, offset: 2 });
        expect(new Set([...ids(text1), ...ids(text2)]).size).toBe(4);
        expect(text1.total).toBe(4);
      });
    });

    describe("writes", () => {
      it("deletes documents", async () => {
        await sut.delete("enterprises", [1, 12345]);
        expect(await sut.count("enterprises")).toBe(9);
        const result = await sut.search("enterprises", { q: "比亚迪", limit: 5 });
        expect(result.hits).toEqual([]);
      });

      it("upsert replaces the whole document", async () => {
        const moved = buildEnterpriseDoc({
          ...contractEnterprises()[1],
          name: "贵州长安氢能源装备有限公司",
          products: ["氢燃料电池"],
          mainBusiness: "氢能装备制造",
          industryLabels: ["其他专用设备制造"],
          listingStatus: "listed",
        });
        await sut.upsert("enterprises", [moved]);
        expect(await sut.count("enterprises")).toBe(10);
        expect(ids(await sut.search("enterprises", { q: "零部件", limit: 5 }))).not.toContain(2);
        expect(ids(await sut.search("enterprises", { q: "燃料电池", limit: 5 }))).toEqual([2]);
        const listed = await sut.search("enterprises", { limit: 20, filters: [{ field: "listingStatus", op: "eq", value: "listed" }] });
        expect(sortedIds(listed)).toEqual([1, 2, 3, 4]);
        const doc = (await sut.search("enterprises", { q: "燃料电池", limit: 1 })).hits[0].doc as EnterpriseSearchDoc;
        expect(doc.products).toEqual(["氢燃料电池"]);
      });

      it("rebuilds into a fresh index while search keeps answering, keeping writes made meanwhile", async () => {
        const during: number[] = [];
        const rebuilt = contractEnterprises().map((d) => ({ ...d, name: d.name.replace("有限公司", "集团有限公司") }));
        async function* source() {
          for (let i = 0; i < rebuilt.length; i += 3) {
            // Searches during the rebuild still see the complete old index.
            const result = await sut.search("enterprises", { q: "新能源", limit: 20 });
            during.push(result.total);
            if (i === 3) await sut.upsert("enterprises", [buildEnterpriseDoc({ id: 50, name: "新能源储能电站有限公司" })]);
            yield rebuilt.slice(i, i + 3);
          }
        }
        const { indexed } = await sut.rebuild("enterprises", source());
        expect(indexed).toBe(10);
        expect(during.every((n) => n >= 3)).toBe(true);
        expect(await sut.count("enterprises")).toBe(11);
        const after = await sut.search("enterprises", { q: "集团", limit: 20 });
        expect(after.total).toBe(10);
        expect(ids(await sut.search("enterprises", { q: "储能电站", limit: 5 }))).toEqual([50]);
        expect(ids(await sut.search("projects", { q: "零部件", limit: 5 }))).toEqual([101]);
      });
    });

    describe("hybrid search", () => {
      it("semanticRatio 1 ranks by vector similarity", async () => {
        const result = await sut.search("enterprises", { vector: axisQuery(3), semanticRatio: 1, limit: 3 });
        expect(ids(result)[0]).toBe(4);
        expect(ids(result)[1]).toBe(3);
        expectScoresInRange(result.hits);
        const withText = await sut.search("enterprises", { q: "新能源", vector: axisQuery(3), semanticRatio: 1, limit: 3 });
        expect(ids(withText)[0]).toBe(4);
      });

      it("semanticRatio 0 is keyword search", async () => {
        const result = await sut.search("enterprises", { q: "新能源", vector: axisQuery(3), semanticRatio: 0, limit: 10 });
        expect(sortedIds(result)).toEqual([1, 2, 3]);
      });

      it("blends keyword and vector results in between", async () => {
        // 茅台 (4) does not contain 新能源 but is the query vector's nearest neighbour.
        const result = await sut.search("enterprises", { q: "新能源", vector: axisQuery(3), semanticRatio: 0.5, limit: 10 });
        expect(ids(result)).toEqual(expect.arrayContaining([1, 2, 3, 4]));
        expectScoresInRange(result.hits);
        const keywordHeavy = await sut.search("enterprises", { q: "新能源", vector: axisQuery(3), semanticRatio: 0.1, limit: 10 });
        expect(ids(keywordHeavy).indexOf(4)).toBeGreaterThan(0);
      });

      it("applies filters to vector results", async () => {
        const result = await sut.search("enterprises", {
          vector: axisQuery(3),
          semanticRatio: 1,
          limit: 3,
          filters: [{ field: "listingStatus", op: "eq", value: "unlisted" }],
        });
        expect(ids(result)).not.toContain(4);
        expect(result.hits.every((h) => (h.doc as EnterpriseSearchDoc).listingStatus === "unlisted")).toBe(true);
      });
    });
  });
}

function expectScoresInRange(hits: SearchHit[]): void {
  for (const hit of hits) {
    expect(hit.score).toBeGreaterThanOrEqual(0);
    expect(hit.score).toBeLessThanOrEqual(1);
  }
}
