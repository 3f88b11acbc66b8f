import { poolEmbeddings } from "../../../src/embeddings/pool-embeddings";

// Two texts, three positions, width 2; the second text has one padding position.
const hidden = Float32Array.from([3, 4, 1, 1, 9, 9, /* text 2 */ 0, 2, 2, 0, 100, 100]);
const dims = [2, 3, 2];
const mask = BigInt64Array.from([1n, 1n, 1n, 1n, 1n, 0n]);

describe("poolEmbeddings", () => {
  it("cls takes the first position", () => {
    const sut = poolEmbeddings(hidden, dims, mask, "cls", false);
    expect(sut.map((v) => Array.from(v))).toEqual([
      [3, 4],
      [0, 2],
    ]);
  });

  it("mean ignores padded positions", () => {
    const sut = poolEmbeddings(hidden, dims, mask, "mean", false);
    expect(Array.from(sut[0])).toEqual([13 / 3, 14 / 3].map(Math.fround));
    expect(Array.from(sut[1])).toEqual([1, 1]);
  });

  it("normalize gives unit length and leaves a zero vector at zero", () => {
    const [unit] = poolEmbeddings(hidden, dims, mask, "cls", true);
    expect(Array.from(unit)).toEqual([0.6, 0.8].map(Math.fround));
    const [zero] = poolEmbeddings(new Float32Array(2), [1, 1, 2], BigInt64Array.from([1n]), "cls", true);
    expect(Array.from(zero)).toEqual([0, 0]);
  });
});
