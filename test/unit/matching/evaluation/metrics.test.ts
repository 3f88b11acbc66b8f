import { evaluateRankings, meanReciprocalRank, ndcgAtK, recallAtK, reciprocalRank } from "../../../../src/modules/matching/evaluation/metrics";

const ranked = ["a", "b", "c", "d", "e"];

describe("recallAtK", () => {
  it("is the share of relevant items in the top k", () => {
    expect(recallAtK(ranked, ["b", "e", "x"], 2)).toBeCloseTo(1 / 3, 12);
    expect(recallAtK(ranked, ["b", "e", "x"], 5)).toBeCloseTo(2 / 3, 12);
    expect(recallAtK(ranked, new Set(["a"]), 1)).toBe(1);
    expect(recallAtK(ranked, ["x"], 10)).toBe(0);
  });

  it("counts a repeated id once and returns 0 without relevant items", () => {
    // The repeat is dropped before cutting at k, so b moves up to position 2.
    expect(recallAtK(["a", "a", "b"], ["a", "b"], 2)).toBe(1);
    expect(recallAtK(["a", "a", "b"], ["a", "b"], 1)).toBe(0.5);
    expect(recallAtK(ranked, [], 3)).toBe(0);
  });

  it("does not mix up 1 and '1'", () => {
    expect(recallAtK([1, 2], ["1"], 2)).toBe(0);
  });

  it("rejects a k that is not a positive integer", () => {
    expect(() => recallAtK(ranked, ["a"], 0)).toThrow(RangeError);
    expect(() => recallAtK(ranked, ["a"], 1.5)).toThrow(RangeError);
  });
});

describe("reciprocal rank", () => {
  it("is 1 / position of the first relevant item", () => {
    expect(reciprocalRank(ranked, ["c", "e"])).toBeCloseTo(1 / 3, 12);
    expect(reciprocalRank(ranked, ["a"])).toBe(1);
    expect(reciprocalRank(ranked, ["x"])).toBe(0);
  });

  it("averages over queries that have relevant items", () => {
    // (1 + 1/2 + 0) / 3, the query without relevant items left out.
    const sut = meanReciprocalRank([
      { ranked, relevant: ["a"] },
      { ranked, relevant: ["b"] },
      { ranked, relevant: ["x"] },
      { ranked, relevant: [] },
    ]);
    expect(sut).toBeCloseTo(0.5, 12);
  });
});

describe("ndcgAtK", () => {
  it("matches a hand computation", () => {
    // relevant {b, d}: DCG@5 = 1/log2(3) + 1/log2(5); IDCG = 1 + 1/log2(3)
    const dcg = 1 / Math.log2(3) + 1 / Math.log2(5);
    const idcg = 1 + 1 / Math.log2(3);
    expect(ndcgAtK(ranked, ["b", "d"], 5)).toBeCloseTo(dcg / idcg, 12);
    expect(ndcgAtK(ranked, ["b", "d"], 5)).toBeCloseTo(0.6509209298071326, 12);
  });

  it("is 1 for a perfect ranking and cuts at k", () => {
    expect(ndcgAtK(ranked, ["a", "b"], 2)).toBe(1);
    expect(ndcgAtK(ranked, ["d"], 3)).toBe(0);
    // Ideal DCG uses min(k, |relevant|) positions: one hit at rank 1 of three relevant, k = 1.
    expect(ndcgAtK(ranked, ["a", "x", "y"], 1)).toBe(1);
  });
});

describe("evaluateRankings", () => {
  it("reports means per k and counts skipped queries", () => {
    const sut = evaluateRankings(
      [
        { ranked, relevant: ["a", "e"] },
        { ranked, relevant: ["c"] },
        { ranked, relevant: [] },
      ],
      { recallAt: [1, 5], ndcgAt: [3] },
    );
    expect(sut.queries).toBe(2);
    expect(sut.skipped).toBe(1);
    expect(sut.recall[1]).toBeCloseTo((0.5 + 0) / 2, 12);
    expect(sut.recall[5]).toBe(1);
    expect(sut.mrr).toBeCloseTo((1 + 1 / 3) / 2, 12);
    expect(sut.ndcg[3]).toBeCloseTo((1 / (1 + 1 / Math.log2(3)) + 0.5) / 2, 12);
  });
});
