import { hybridScore, keywordScore, semanticScore } from "../../../src/search/score-fusion";

describe("score fusion", () => {
  it("scales keyword scores by coverage and relative bm25, within [0,1]", () => {
    expect(keywordScore(1, 10, 10)).toBe(1);
    expect(keywordScore(1, 5, 10)).toBe(0.75);
    expect(keywordScore(0.5, 10, 10)).toBe(0.5);
    // FTS5 clamps IDF to ~0 in tiny collections: coverage alone decides.
    expect(keywordScore(1, 0, 0)).toBe(1);
    expect(keywordScore(2, 20, 10)).toBe(1);
  });

  it("maps cosine to [0,1] and blends with semanticRatio like Meilisearch's ends", () => {
    expect(semanticScore(-0.3)).toBe(0);
    expect(semanticScore(0.8)).toBe(0.8);
    expect(hybridScore(0.9, 0.1, 0)).toBe(0.9);
    expect(hybridScore(0.9, 0.1, 1)).toBe(0.1);
    expect(hybridScore(0.9, 0.1, 0.5)).toBeCloseTo(0.5);
    expect(hybridScore(Number.NaN, 0.1, 0.5)).toBe(0);
  });
});
