/** @jest-environment ./test/fixtures/tiny-model/onnx-test-environment.js */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CachedEmbedder, createEmbedder, EmbeddingCache, EmbeddingsDisabledError, embeddingTextHash, type Embedder } from "../../../src/embeddings";
import { TINY_MODEL_DIR, TINY_MODEL_ID, tinyModelOptions } from "../../fixtures/tiny-model/tiny-model-options";

const documents = ["新能源汽车零部件生产基地", "锂离子电池组研发制造", "智能装备产业园"];
const OTHER_MODEL_ID = "investmatch/tiny-zh-bert-copy";

describe("CachedEmbedder over the tiny model and a SQLite cache", () => {
  let dir: string;
  let cachePath: string;
  let modelsDir: string;
  let inner: Embedder;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cached-embedder-"));
    // A second model id with the same files stands in for "the operator switched models".
    modelsDir = path.join(dir, "models");
    fs.cpSync(path.join(TINY_MODEL_DIR, TINY_MODEL_ID), path.join(modelsDir, OTHER_MODEL_ID), { recursive: true });
    inner = await createEmbedder(tinyModelOptions());
  });

  beforeEach(() => {
    cachePath = path.join(dir, `embeddings-${Date.now()}-${Math.random().toString(36).slice(2)}.db`);
  });

  afterAll(async () => {
    await inner.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("cache hits skip the model; only distinct misses are embedded", async () => {
    const cache = EmbeddingCache.open(cachePath);
    const sut = new CachedEmbedder(inner, cache);
    const spy = jest.spyOn(inner, "embedTexts");
    try {
      const first = await sut.embedDocuments([...documents, documents[0]]);
      expect(spy).toHaveBeenCalledTimes(1);
      expect(spy.mock.calls[0][0]).toEqual(documents);
      expect(first[3]).toEqual(first[0]);

      const second = await sut.embedDocuments(documents);
      expect(spy).toHaveBeenCalledTimes(1);
      expect(second).toEqual(first.slice(0, 3));
      expect(second).toEqual(await inner.embedDocuments(documents));

      await sut.embedDocuments([documents[1], "新增的一条"]);
      expect(spy).toHaveBeenLastCalledWith(["新增的一条"]);
      expect(sut.stats()).toEqual({ hits: 1 + 3 + 1, misses: 3 + 1 });
    } finally {
      spy.mockRestore();
      cache.close();
    }
  });

  it("caches queries under the prefixed text, apart from the same text as a document", async () => {
    const cache = EmbeddingCache.open(cachePath);
    const sut = new CachedEmbedder(inner, cache);
    try {
      const query = "寻找动力电池配套企业";
      const asQuery = await sut.embedQuery(query);
      const [asDocument] = await sut.embedDocuments([query]);
      expect(cache.count(inner.modelKey)).toBe(2);
      expect(cache.getMany(inner.modelKey, [inner.queryText(query)], 32)[0]).toEqual(asQuery);
      expect(cache.getMany(inner.modelKey, [query], 32)[0]).toEqual(asDocument);
      expect(embeddingTextHash(inner.queryText(query)).equals(embeddingTextHash(query))).toBe(false);
    } finally {
      cache.close();
    }
  });

  it("survives a restart: a reopened cache serves without the model", async () => {
    const firstCache = EmbeddingCache.open(cachePath);
    const vectors = await new CachedEmbedder(inner, firstCache).embedDocuments(documents);
    firstCache.close();

    const reopenedCache = EmbeddingCache.open(cachePath);
    const reopened = new CachedEmbedder(inner, reopenedCache);
    const spy = jest.spyOn(inner, "embedTexts");
    try {
      expect(await reopened.embedDocuments(documents)).toEqual(vectors);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
      reopenedCache.close();
    }
  });

  it("switching the model re-embeds under the new key and keeps the old rows apart", async () => {
    const cache = EmbeddingCache.open(cachePath);
    const other = await createEmbedder({ ...tinyModelOptions(), modelId: OTHER_MODEL_ID, localModelPath: modelsDir });
    try {
      expect(other.status().enabled).toBe(true);
      await new CachedEmbedder(inner, cache).embedDocuments(documents);

      const switched = new CachedEmbedder(other, cache);
      const spy = jest.spyOn(other, "embedTexts");
      await switched.embedDocuments(documents);
      expect(spy).toHaveBeenCalledTimes(1);
      expect(spy.mock.calls[0][0]).toEqual(documents);
      expect(cache.count(inner.modelKey)).toBe(3);
      expect(cache.count(other.modelKey)).toBe(3);
      expect(other.modelKey).toContain(OTHER_MODEL_ID);

      expect(cache.deleteOtherModels(other.modelKey)).toBe(3);
      expect(cache.count()).toBe(3);
    } finally {
      await other.close();
      cache.close();
    }
  });

  it("close() closes the wrapped embedder and the cache it opened", async () => {
    const own = await createEmbedder(tinyModelOptions());
    const sut = CachedEmbedder.open(own, cachePath);
    await sut.embedDocuments(documents);
    await sut.close();
    expect(own.status().enabled).toBe(false);
    await expect(sut.embedDocuments(documents)).rejects.toBeInstanceOf(EmbeddingsDisabledError);
    // The shared model instance stays loaded for `inner`.
    await expect(inner.embedDocuments(documents)).resolves.toHaveLength(3);
  });

  it("a disabled model serves nothing, not even cached vectors", async () => {
    const cache = EmbeddingCache.open(cachePath);
    await new CachedEmbedder(inner, cache).embedDocuments(documents);
    const disabled = await createEmbedder(tinyModelOptions({ localModelPath: path.join(dir, "empty") }));
    expect(disabled.modelKey).toBe(inner.modelKey);
    const sut = new CachedEmbedder(disabled, cache);
    try {
      expect(sut.status().enabled).toBe(false);
      await expect(sut.embedDocuments(documents)).rejects.toBeInstanceOf(EmbeddingsDisabledError);
    } finally {
      cache.close();
    }
  });
});
