/** @jest-environment ./test/fixtures/tiny-model/onnx-test-environment.js */
import fs from "node:fs";
import os from "node:os";
import net from "node:net";
import path from "node:path";
import { createEmbedder, describeEmbedderStatus, EmbeddingsDisabledError } from "../../../src/embeddings";
import { tinyModelOptions } from "../../fixtures/tiny-model/tiny-model-options";
import { recordingLogger } from "./recording-logger";

describe("createEmbedder when the model cannot be used", () => {
  let emptyDir: string;

  beforeAll(() => {
    emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), "no-models-"));
  });

  afterAll(() => {
    fs.rmSync(emptyDir, { recursive: true, force: true });
  });

  it("missing model files: disabled with a bilingual reason, one warning, no exception", async () => {
    const log = recordingLogger();
    const sut = await createEmbedder(
      { modelId: "Xenova/bge-small-zh-v1.5", localModelPath: emptyDir, allowRemote: false },
      { logger: log.logger },
    );
    const status = sut.status();
    expect(status.enabled).toBe(false);
    expect(status.modelId).toBe("Xenova/bge-small-zh-v1.5");
    expect(status.dimensions).toBe(512);
    expect(status.reason).toContain("未找到模型文件");
    expect(status.reason).toContain(path.join(emptyDir, "Xenova/bge-small-zh-v1.5"));
    expect(status.reason).toContain("npm run model:download");
    expect(status.reason).toContain("model file not found");
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0].msg).toBe(`语义检索未启用：${status.reason}`);
    expect(describeEmbedderStatus(status)).toBe(`语义检索未启用：${status.reason}`);

    await expect(sut.embedQuery("新能源")).rejects.toBeInstanceOf(EmbeddingsDisabledError);
    await expect(sut.embedDocuments(["新能源"])).rejects.toMatchObject({
      code: "EMBEDDINGS_DISABLED",
      reason: status.reason,
    });
    await expect(sut.close()).resolves.toBeUndefined();
  });

  it("remote allowed but the host is unreachable: disabled with a network reason", async () => {
    // A port that was free a moment ago refuses at once, so the test does not depend on DNS or a firewall.
    const port = await freePort();
    const sut = await createEmbedder({
      modelId: "Xenova/bge-small-zh-v1.5",
      localModelPath: emptyDir,
      allowRemote: true,
      remoteHost: `http://127.0.0.1:${port}`,
    });
    expect(sut.status().enabled).toBe(false);
    expect(sut.status().reason).toContain(`无法从 http://127.0.0.1:${port} 下载模型 Xenova/bge-small-zh-v1.5（网络不可达：ECONNREFUSED）`);
  });

  it("model width differs from the configured dimensions: refused, never mixed", async () => {
    const log = recordingLogger();
    const sut = await createEmbedder(tinyModelOptions({ dimensions: 512 }), { logger: log.logger });
    expect(sut.status().enabled).toBe(false);
    expect(sut.status().reason).toContain("输出 32 维向量，与配置的 512 维不一致");
    expect(log.warnings).toHaveLength(1);
  });

  it("q8 requested but only the fp32 file exists: names the missing file", async () => {
    const sut = await createEmbedder(tinyModelOptions({ dtype: "q8" }));
    expect(sut.status().enabled).toBe(false);
    expect(sut.status().reason).toContain("model_quantized.onnx");
  });

  it("disabled by configuration: reason says so and only an info line is logged", async () => {
    const log = recordingLogger();
    const sut = await createEmbedder(tinyModelOptions({ enabled: false }), { logger: log.logger });
    expect(sut.status()).toMatchObject({ enabled: false, reason: expect.stringContaining("已在配置中关闭") });
    expect(log.warnings).toHaveLength(0);
    expect(log.infos).toHaveLength(1);
  });

  it("invalid options: disabled with the problem named", async () => {
    const sut = await createEmbedder(tinyModelOptions({ batchSize: 0 }));
    expect(sut.status().reason).toContain("batchSize must be a positive integer");
  });

  it("a load that exceeds loadTimeoutMs gives up instead of blocking startup", async () => {
    // Nothing holds the tiny model in this file at this point, so it has to load from disk (~100 ms).
    const log = recordingLogger();
    const sut = await createEmbedder(tinyModelOptions({ loadTimeoutMs: 1 }), { logger: log.logger });
    expect(sut.status().enabled).toBe(false);
    expect(sut.status().reason).toContain("模型加载超时");
    expect(log.warnings).toHaveLength(1);
    await sut.close();
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
