import os from "node:os";
import pino from "pino";
import { loadConfig } from "../../../src/config";
import { createEmbedder, describeEmbedderStatus, EmbeddingsDisabledError, type EmbeddingsLogger } from "../../../src/embeddings";

describe("createEmbedder without loading anything", () => {
  it("accepts a pino logger and comes up disabled when configured off", async () => {
    const logger: EmbeddingsLogger = pino({ level: "silent" });
    const sut = await createEmbedder({ enabled: false, localModelPath: "/nonexistent" }, { logger });
    expect(sut.status()).toEqual({
      enabled: false,
      modelId: "Xenova/bge-small-zh-v1.5",
      dimensions: 512,
      reason: "已在配置中关闭语义检索 (embeddings disabled by configuration)",
    });
    expect(describeEmbedderStatus(sut.status())).toBe("语义检索未启用：已在配置中关闭语义检索 (embeddings disabled by configuration)");
    expect(sut.queryText("项目")).toBe("为这个句子生成表示以用于检索相关文章：项目");
    await expect(sut.embedDocuments(["项目"])).rejects.toBeInstanceOf(EmbeddingsDisabledError);
  });

  it("reports every invalid option at once", async () => {
    const sut = await createEmbedder({ localModelPath: "", dimensions: -1, maxTokens: 2 });
    const reason = sut.status().reason ?? "";
    expect(reason).toContain("localModelPath is empty");
    expect(reason).toContain("dimensions must be a positive integer");
    expect(reason).toContain("maxTokens must be an integer >= 3");
  });
});

describe("wiring from config", () => {
  it("config.embeddings is accepted as EmbedderOptions as it is", async () => {
    const config = loadConfig({ DATA_DIR: os.tmpdir(), DATABASE_URL: "file:unused.db", EMBEDDING_ENABLED: "false" });
    const sut = await createEmbedder(config.embeddings);
    expect(sut.status()).toMatchObject({ enabled: false, modelId: config.embeddings.modelId, dimensions: config.embeddings.dimensions });
  });
});
