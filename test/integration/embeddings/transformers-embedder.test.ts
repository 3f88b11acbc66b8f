/** @jest-environment ./test/fixtures/tiny-model/onnx-test-environment.js */
import { createEmbedder, describeEmbedderStatus, EmbeddingsDisabledError, type Embedder } from "../../../src/embeddings";
import { TransformersEmbedder } from "../../../src/embeddings/transformers-embedder";
import { TINY_MODEL_DIMENSIONS, TINY_MODEL_ID, tinyModelOptions } from "../../fixtures/tiny-model/tiny-model-options";
import { recordingLogger } from "./recording-logger";

const texts = [
  "新能源汽车零部件生产基地项目，总投资 12 亿元",
  "锂离子电池组研发与制造",
  "动力电池",
  "县经济开发区招商引资：智能装备产业园，用地 150 亩",
  "EV battery pack",
];

function norm(v: Float32Array): number {
  return Math.sqrt(v.reduce((sum, x) => sum + x * x, 0));
}

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  return a.reduce((max, x, i) => Math.max(max, Math.abs(x - b[i])), 0);
}

describe("TransformersEmbedder on the tiny model (real pipeline)", () => {
  let sut: Embedder;
  const log = recordingLogger();

  beforeAll(async () => {
    sut = await createEmbedder(tinyModelOptions({ batchSize: 8 }), { logger: log.logger });
  });

  afterAll(async () => {
    await sut.close();
  });

  it("loads, reports enabled status and logs no warning", () => {
    expect(sut.status()).toEqual({ enabled: true, modelId: TINY_MODEL_ID, dimensions: TINY_MODEL_DIMENSIONS });
    expect(sut).toBeInstanceOf(TransformersEmbedder);
    expect(log.warnings).toEqual([]);
    expect(log.infos.map((i) => i.msg)).toContain("语义检索已启用 (embedding model loaded)");
    expect(describeEmbedderStatus(sut.status())).toBe(`语义检索已启用（${TINY_MODEL_ID}，32 维）`);
  });

  it("returns one normalized Float32Array of the configured width per text", async () => {
    const vectors = await sut.embedDocuments(texts);
    expect(vectors).toHaveLength(texts.length);
    for (const v of vectors) {
      expect(v).toBeInstanceOf(Float32Array);
      expect(v).toHaveLength(TINY_MODEL_DIMENSIONS);
      expect(norm(v)).toBeCloseTo(1, 5);
    }
    expect(await sut.embedDocuments([])).toEqual([]);
  });

  it("is deterministic", async () => {
    const first = await sut.embedDocuments(texts);
    const second = await sut.embedDocuments(texts);
    expect(second).toEqual(first);
  });

  it("gives the same vectors in a padded batch as one by one", async () => {
    const batched = await sut.embedDocuments(texts);
    for (let i = 0; i < texts.length; i += 1) {
      const [single] = await sut.embedDocuments([texts[i]]);
      expect(maxAbsDiff(single, batched[i])).toBeLessThan(1e-5);
    }
  });

  it("coalesces concurrent callers into shared batches", async () => {
    const spy = jest.spyOn(sut as TransformersEmbedder, "embedBatch");
    try {
      const results = await Promise.all(texts.map((text) => sut.embedDocuments([text])));
      expect(results.flat()).toHaveLength(texts.length);
      expect(spy).toHaveBeenCalledTimes(1);
      expect(spy.mock.calls[0][0]).toEqual(texts);
    } finally {
      spy.mockRestore();
    }
  });

  it("applies the query prefix to queries only", async () => {
    const query = "寻找动力电池配套企业";
    const [asDocument] = await sut.embedDocuments([query]);
    const asQuery = await sut.embedQuery(query);
    const [prefixedDocument] = await sut.embedDocuments([`为这个句子生成表示以用于检索相关文章：${query}`]);
    expect(sut.queryText(query)).toBe(`为这个句子生成表示以用于检索相关文章：${query}`);
    expect(maxAbsDiff(asQuery, prefixedDocument)).toBeLessThan(1e-6);
    expect(maxAbsDiff(asQuery, asDocument)).toBeGreaterThan(1e-3);
  });

  it("truncates text beyond the token limit instead of failing", async () => {
    const long = "新能源汽车零部件".repeat(200); // 1600 hanzi > 512 positions
    const [vector] = await sut.embedDocuments([long]);
    expect(vector).toHaveLength(TINY_MODEL_DIMENSIONS);
    const [longer] = await sut.embedDocuments([`${long}这段结尾被截掉`]);
    expect(maxAbsDiff(vector, longer)).toBeLessThan(1e-6);
  });

  it("honours a smaller configured maxTokens", async () => {
    const short = await createEmbedder(tinyModelOptions({ maxTokens: 8 }));
    try {
      expect((short as TransformersEmbedder).maxTokens).toBe(8);
      // [CLS] + 6 characters + [SEP]: everything after the sixth character is cut.
      const [a] = await short.embedDocuments(["一二三四五六七八九"]);
      const [b] = await short.embedDocuments(["一二三四五六完全不同"]);
      expect(maxAbsDiff(a, b)).toBeLessThan(1e-6);
      expect(short.modelKey).not.toBe(sut.modelKey);
    } finally {
      await short.close();
    }
  });

  it("shares one loaded model between embedders with the same model options", async () => {
    const second = await createEmbedder(tinyModelOptions({ pooling: "mean" }));
    try {
      const a = (sut as unknown as { handle: { model: object } }).handle.model;
      const b = (second as unknown as { handle: { model: object } }).handle.model;
      expect(b).toBe(a);
      // Different pooling is a different vector space, hence a different cache namespace.
      expect(second.modelKey).not.toBe(sut.modelKey);
    } finally {
      await second.close();
    }
    // Closing one holder does not unload the model for the other.
    await expect(sut.embedDocuments(["仍然可用"])).resolves.toHaveLength(1);
  });

  it("rejects with EmbeddingsDisabledError after close", async () => {
    const closing = await createEmbedder(tinyModelOptions());
    await closing.close();
    await expect(closing.embedQuery("项目")).rejects.toBeInstanceOf(EmbeddingsDisabledError);
    expect(closing.status().enabled).toBe(false);
  });
});
