import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { EmbeddingCache, embeddingTextHash } from "../../../src/embeddings";

describe("EmbeddingCache", () => {
  let dir: string;
  let sut: EmbeddingCache;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "embedding-cache-"));
    sut = EmbeddingCache.open(path.join(dir, "nested", "embeddings.db"));
  });

  afterEach(() => {
    sut.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("round-trips Float32 vectors by model key and exact text", () => {
    const vector = Float32Array.from([0.25, -1.5, 3]);
    sut.putMany("model-a", [{ text: "锂电池", vector }]);
    const [hit, miss] = sut.getMany("model-a", ["锂电池", "锂电池 "], 3);
    expect(hit).toEqual(vector);
    expect(hit).not.toBe(vector);
    expect(miss).toBeUndefined();
  });

  it("keeps models apart and never returns a vector of other dimensions", () => {
    sut.putMany("model-a", [{ text: "储能", vector: new Float32Array(3).fill(1) }]);
    expect(sut.getMany("model-b", ["储能"], 3)).toEqual([undefined]);
    expect(sut.getMany("model-a", ["储能"], 4)).toEqual([undefined]);
    sut.putMany("model-b", [{ text: "储能", vector: new Float32Array(4).fill(2) }]);
    expect(sut.count()).toBe(2);
    expect(sut.count("model-a")).toBe(1);
    expect(sut.deleteOtherModels("model-b")).toBe(1);
    expect(sut.count()).toBe(1);
  });

  it("stores vectors that are views into a larger buffer correctly", () => {
    const backing = Float32Array.from([9, 9, 1, 2, 9]);
    sut.putMany("m", [{ text: "视图", vector: backing.subarray(2, 4) }]);
    expect(Array.from(sut.getMany("m", ["视图"], 2)[0] ?? [])).toEqual([1, 2]);
  });

  it("persists across reopen", () => {
    sut.putMany("m", [{ text: "园区", vector: Float32Array.from([1, 2]) }]);
    sut.close();
    sut = EmbeddingCache.open(path.join(dir, "nested", "embeddings.db"));
    expect(Array.from(sut.getMany("m", ["园区"], 2)[0] ?? [])).toEqual([1, 2]);
  });

  it("hashes the exact UTF-8 text", () => {
    expect(embeddingTextHash("abc").toString("hex")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });
});
