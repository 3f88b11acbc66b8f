/** @jest-environment ./test/fixtures/tiny-model/onnx-test-environment.js */
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { createEmbedder, downloadModel, ModelDownloadError } from "../../../src/embeddings";
import { runModelDownload } from "../../../src/cli/model-download";
import { TINY_MODEL_DIMENSIONS, TINY_MODEL_DIR, TINY_MODEL_ID } from "../../fixtures/tiny-model/tiny-model-options";

/** A local stand-in for huggingface.co / hf-mirror.com: serves `/<model>/resolve/main/<file>` from the fixture. */
function startMirror(): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? "");
    const match = /^\/(.+?\/.+?)\/resolve\/main\/(.+)$/.exec(decodeURIComponent(req.url ?? ""));
    const file = match ? path.join(TINY_MODEL_DIR, match[1], match[2]) : "";
    if (!match || !file.startsWith(TINY_MODEL_DIR) || !fs.existsSync(file)) {
      res.writeHead(404).end("not found");
      return;
    }
    const body = fs.readFileSync(file);
    res.writeHead(200, { "content-length": body.length }).end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, requests, close: () => closeServer(server) });
    });
  });
}

/** fetch keeps connections alive; drop them so close() does not wait for the idle timeout. */
function closeServer(server: http.Server): Promise<void> {
  return new Promise((done) => {
    server.close(() => done());
    server.closeAllConnections();
  });
}

describe("downloading a model from a mirror into the local folder", () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "model-download-"));
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("writes the files where offline loading looks, then loads offline", async () => {
    const mirror = await startMirror();
    try {
      const result = await downloadModel({
        modelId: TINY_MODEL_ID,
        localModelPath: dir,
        remoteHost: mirror.url,
        dtypes: ["fp32"],
        dimensions: TINY_MODEL_DIMENSIONS,
      });
      const relative = result.files.map((f) => path.relative(dir, f.path)).sort();
      expect(relative).toEqual(
        ["config.json", "onnx/model.onnx", "tokenizer.json", "tokenizer_config.json"].map((f) => path.join(TINY_MODEL_ID, f)),
      );
      const original = fs.readFileSync(path.join(TINY_MODEL_DIR, TINY_MODEL_ID, "onnx", "model.onnx"));
      expect(fs.readFileSync(path.join(dir, TINY_MODEL_ID, "onnx", "model.onnx")).equals(original)).toBe(true);

      // A second run finds everything locally and fetches nothing.
      const before = mirror.requests.length;
      await downloadModel({ modelId: TINY_MODEL_ID, localModelPath: dir, remoteHost: mirror.url, dtypes: ["fp32"], dimensions: 32 });
      expect(mirror.requests.length).toBe(before);
    } finally {
      await mirror.close();
    }
    const offline = await createEmbedder({ modelId: TINY_MODEL_ID, localModelPath: dir, dimensions: 32, dtype: "fp32" });
    expect(offline.status().enabled).toBe(true);
    await offline.close();
  });

  it("fails with a clear message when the file is not on the mirror", async () => {
    const mirror = await startMirror();
    try {
      const download = downloadModel({
        modelId: TINY_MODEL_ID,
        localModelPath: dir,
        remoteHost: mirror.url,
        dtypes: ["q8"],
        dimensions: 32,
      });
      await expect(download).rejects.toBeInstanceOf(ModelDownloadError);
      await expect(download).rejects.toThrow(/下载失败 \(download failed\) \[q8\]/);
      await expect(download).rejects.toThrow(`模型仓库上没有这个文件 ${mirror.url}/${TINY_MODEL_ID}/resolve/main/onnx/model_quantized.onnx（HTTP 404）`);
    } finally {
      await mirror.close();
    }
  });

  it("the CLI prints what it wrote and exits 0; unreachable host exits 1 with advice", async () => {
    const mirror = await startMirror();
    const out: string[] = [];
    const err: string[] = [];
    const defaults = { modelId: TINY_MODEL_ID, localModelPath: dir, remoteHost: mirror.url, dtype: "fp32" as const, dimensions: 32 };
    try {
      await expect(runModelDownload([], defaults, (l) => out.push(l), (l) => err.push(l))).resolves.toBe(0);
    } finally {
      await mirror.close();
    }
    expect(out.join("\n")).toContain(path.join(dir, TINY_MODEL_ID, "onnx", "model.onnx"));
    expect(err).toEqual([]);

    const unreachable = await runModelDownload(
      ["--dir", path.join(dir, "other"), "--remote-host", mirror.url],
      defaults,
      (l) => out.push(l),
      (l) => err.push(l),
    );
    expect(unreachable).toBe(1);
    expect(err.join("\n")).toContain("网络不可达");
    expect(err.join("\n")).toContain("hf-mirror.com");
  });
});
