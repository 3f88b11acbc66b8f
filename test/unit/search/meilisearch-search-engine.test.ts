import { createMeilisearchEngine, type MeilisearchEngine } from "../../../src/search/meilisearch/meilisearch-search-engine";
import { SearchEngineError } from "../../../src/search/search-errors";
import { MARK_START } from "../../../src/search/highlight";
import { axisVector, buildEnterpriseDoc, contractEnterprises } from "../../contract/search-fixtures";
import { FakeMeilisearchServer } from "./fake-meilisearch-server";

describe("MeilisearchEngine against a fake server (client usage, tasks, swap)", () => {
  let server: FakeMeilisearchServer;
  let url: string;
  let sut: MeilisearchEngine;

  beforeEach(async () => {
    server = new FakeMeilisearchServer();
    url = await server.start();
    sut = createMeilisearchEngine({ url, apiKey: "scoped-key", indexPrefix: "t_", vectorDimensions: 8, documentsTimeoutMs: 2_000, settingsTimeoutMs: 2_000 });
  });

  afterEach(async () => {
    await sut.close();
    await server.stop();
  });

  it("creates both indexes and applies settings before any document, once", async () => {
    await sut.ensureSettings();
    expect([...server.indexes.keys()].sort()).toEqual(["t_enterprises", "t_projects"]);
    const settings = server.indexes.get("t_enterprises")!.settings;
    expect(settings.localizedAttributes).toEqual([{ attributePatterns: ["*"], locales: ["cmn"] }]);
    expect(settings.embedders).toEqual({ default: { source: "userProvided", dimensions: 8 } });
    expect(settings.searchableAttributes).toEqual(["name", "aliases", "products", "industryLabels", "mainBusiness", "tags", "searchTokens"]);
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(["industryPrefixes", "regionPrefixes", "registeredCapital", "listingStatus"]));
    expect(settings.synonyms).toMatchObject({ 新能源车: expect.arrayContaining(["新能源汽车"]) });
    expect(settings.dictionary).toEqual(expect.arrayContaining(["新能源汽车"]));

    // A second engine (a restart) finds nothing to change and sends no settings task.
    const patchesBefore = server.requestsTo("PATCH", /settings$/).length;
    const restarted = createMeilisearchEngine({ url, apiKey: "scoped-key", indexPrefix: "t_", vectorDimensions: 8 });
    await restarted.ensureSettings();
    expect(server.requestsTo("PATCH", /settings$/).length).toBe(patchesBefore);
  });

  it("refuses the master key", async () => {
    const withMaster = createMeilisearchEngine({ url, apiKey: server.masterKey, indexPrefix: "t_" });
    await expect(withMaster.ensureSettings()).rejects.toThrow(/master key/);
  });

  it("sends documents with _vectors (null when missing) and search-mode tokens, waiting for the task", async () => {
    await sut.upsert("enterprises", [buildEnterpriseDoc({ id: 1, name: "比亚迪新能源汽车有限公司", _vector: axisVector(0) }), buildEnterpriseDoc({ id: 2 })]);
    const stored = server.indexes.get("t_enterprises")!.docs;
    expect(stored.get("1")!._vectors).toEqual({ default: axisVector(0) });
    expect(stored.get("2")!._vectors).toEqual({ default: null });
    expect(String(stored.get("1")!.searchTokens).split(" ")).toEqual(expect.arrayContaining(["能源", "新能源"]));
    expect(await sut.count("enterprises")).toBe(2);
  });

  it("throws a clear error when a task fails", async () => {
    await sut.ensureSettings();
    server.failNext = { type: "documentAdditionOrUpdate", code: "invalid_document_fields" };
    const failure = sut.upsert("enterprises", [buildEnterpriseDoc({ id: 1 })]);
    await expect(failure).rejects.toBeInstanceOf(SearchEngineError);
    await expect(sut.upsert("enterprises", [buildEnterpriseDoc({ id: 1 })])).resolves.toBeUndefined();
    server.failNext = { type: "documentDeletion", code: "internal" };
    await expect(sut.delete("enterprises", [1])).rejects.toMatchObject({ code: "task_failed", message: expect.stringContaining("internal") });
  });

  it("times out instead of hanging on a stuck task", async () => {
    const quick = createMeilisearchEngine({ url, apiKey: "scoped-key", indexPrefix: "t_", vectorDimensions: 8, documentsTimeoutMs: 300 });
    await quick.ensureSettings();
    server.stallTasks = true;
    await expect(quick.upsert("enterprises", [buildEnterpriseDoc({ id: 1 })])).rejects.toMatchObject({ code: "task_timeout" });
  });

  it("reports an unreachable server as engine_unavailable", async () => {
    const offline = createMeilisearchEngine({ url: "http://127.0.0.1:1", apiKey: "k", requestTimeoutMs: 1_000 });
    await expect(offline.search("enterprises", { q: "x", limit: 1 })).rejects.toMatchObject({ code: "engine_unavailable" });
    expect((await offline.health()).ok).toBe(false);
  });

  it("translates the request: filters, hybrid, sort, facets, ranking scores, highlights", async () => {
    await sut.upsert("enterprises", contractEnterprises().slice(0, 3));
    const result = await sut.search("enterprises", {
      q: "新能源",
      vector: axisVector(1),
      semanticRatio: 0.3,
      filters: [
        { field: "industryCodes", op: "prefix", value: "c36" },
        { field: "registeredCapital", op: "between", value: [1000, 600000] },
        { field: "listingStatus", op: "in", value: ["listed", "unlisted"] },
      ],
      facets: ["listingStatus"],
      sort: [{ field: "registeredCapital", dir: "desc" }],
      limit: 2,
      offset: 2,
      highlight: true,
    });
    const body = server.requestsTo("POST", /\/search$/).pop()!.body as Record<string, unknown>;
    expect(body).toMatchObject({
      q: "新能源",
      filter: ['industryPrefixes = "C36"', "registeredCapital 1000 TO 600000", 'listingStatus IN ["listed", "unlisted"]'],
      hybrid: { embedder: "default", semanticRatio: 0.3 },
      sort: ["registeredCapital:desc"],
      facets: ["listingStatus"],
      showRankingScore: true,
      showRankingScoreDetails: true,
      matchingStrategy: "frequency",
      locales: ["cmn"],
      hitsPerPage: 2,
      page: 2,
      highlightPreTag: MARK_START,
    });
    expect((body.vector as number[]).length).toBe(8);
    expect(result.total).toBe(3);
    expect(result.hits.map((h) => h.id)).toEqual([3]);
    expect(result.hits[0].score).toBe(0.75);
    expect(result.hits[0].doc).not.toHaveProperty("searchTokens");
    expect(result.hits[0].doc).not.toHaveProperty("_rankingScore");
    expect(result.hits[0].highlights?.name).toBe("宁德时代<em>新能源</em>科技股份有限公司");
    expect(result.facets.listingStatus).toEqual({ listed: 2, unlisted: 1 });
  });

  it("browses by updatedAt without text and sends pure semantic queries without text", async () => {
    await sut.ensureSettings();
    await sut.search("enterprises", { limit: 5 });
    expect((server.requestsTo("POST", /\/search$/).pop()!.body as { sort: string[] }).sort).toEqual(["updatedAt:desc"]);
    await sut.search("enterprises", { q: "新能源", vector: axisVector(1), semanticRatio: 1, limit: 5 });
    expect((server.requestsTo("POST", /\/search$/).pop()!.body as { q: string }).q).toBe("");
  });

  it("rebuilds into a fresh index, swaps, deletes the old one and dual-writes meanwhile", async () => {
    await sut.upsert("enterprises", [buildEnterpriseDoc({ id: 1, name: "旧数据有限公司" })]);
    async function* source() {
      yield [buildEnterpriseDoc({ id: 10 }), buildEnterpriseDoc({ id: 11 })];
      await sut.upsert("enterprises", [buildEnterpriseDoc({ id: 12 })]);
      yield [buildEnterpriseDoc({ id: 13 })];
    }
    const { indexed } = await sut.rebuild("enterprises", source());
    expect(indexed).toBe(3);
    expect([...server.indexes.keys()].sort()).toEqual(["t_enterprises", "t_projects"]);
    expect([...server.indexes.get("t_enterprises")!.docs.keys()].sort()).toEqual(["10", "11", "12", "13"]);
    expect(server.requestsTo("POST", /^\/swap-indexes$/)).toHaveLength(1);
    // Settings were applied to the fresh index before its first document.
    const fresh = (server.requestsTo("POST", /^\/swap-indexes$/)[0].body as { indexes: string[] }[])[0].indexes[1];
    const freshCalls = server.requests.filter((r) => r.path.startsWith(`/indexes/${fresh}/`));
    expect(freshCalls.findIndex((r) => r.path.endsWith("/settings") && r.method === "PATCH")).toBeLessThan(
      freshCalls.findIndex((r) => r.path.endsWith("/documents")),
    );
  });

  it("drops the half-built index when a rebuild fails", async () => {
    await sut.ensureSettings();
    async function* failing(): AsyncGenerator<ReturnType<typeof buildEnterpriseDoc>[]> {
      yield [buildEnterpriseDoc({ id: 1 })];
      throw new Error("database went away");
    }
    await expect(sut.rebuild("enterprises", failing())).rejects.toThrow(/database went away/);
    expect([...server.indexes.keys()].sort()).toEqual(["t_enterprises", "t_projects"]);
  });
});
