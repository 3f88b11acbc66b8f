import { FULL_MATCH_FLOOR, mergeRetrieval } from "../../../../src/modules/matching/retrieval/merge-retrieval";

const hits = (...pairs: [number, number][]) => pairs.map(([id, score]) => ({ id, score }));

describe("mergeRetrieval", () => {
  it("scores project-text hits relative to the best hit when that one is a real match", () => {
    const sut = mergeRetrieval({ text: hits([1, 0.8], [2, 0.4]), needs: [], industry: [] }, 100);
    expect(sut.ids).toEqual([1, 2]);
    expect(sut.textScores.get(1)).toBe(1);
    expect(sut.textScores.get(2)).toBe(0.5);
  });

  it("never takes a weak best hit (one rare word of a long text) for a full match", () => {
    const sut = mergeRetrieval({ text: hits([1, 0.3], [2, 0.15]), needs: [], industry: [] }, 100);
    expect(sut.textScores.get(1)).toBeCloseTo(0.3 / FULL_MATCH_FLOOR, 10);
    expect(sut.textScores.get(2)).toBeCloseTo(0.15 / FULL_MATCH_FLOOR, 10);
  });

  it("credits an enterprise half for its best need and half for the share of needs it covers, keeping the better of both scores", () => {
    const sut = mergeRetrieval(
      {
        text: hits([1, 1]),
        needs: [
          { weight: 1, hits: [hits([10, 1], [11, 1]), hits([10, 1])] },
          { weight: 0.5, hits: [hits([10, 1], [12, 1], [1, 0.5])] },
        ],
        industry: [],
      },
      100,
    );
    // 10 covers both needs; 11 the main need only: ½·1 + ½·(1/1.5); 12 the lesser need only: ½·0.5 + ½·(0.5/1.5).
    expect(sut.textScores.get(10)).toBe(1);
    expect(sut.textScores.get(11)).toBeCloseTo(0.5 + 0.5 / 1.5, 10);
    expect(sut.textScores.get(12)).toBeCloseTo(0.25 + 0.25 / 1.5, 10);
    // 1 is a full project-text hit.
    expect(sut.textScores.get(1)).toBe(1);
  });

  it("adds industry-only candidates without a text score and caps by text score plus industry weight", () => {
    const sut = mergeRetrieval(
      {
        text: hits([1, 1], [2, 0.1]),
        needs: [],
        industry: [
          { weight: 0.9, ids: [3, 2] },
          { weight: 0.4, ids: [4] },
        ],
      },
      3,
    );
    // 2: 0.1 + 0.9 = 1.0 ties with 1 (1.0): first seen wins; 3: 0.9; 4: 0.4 is cut.
    expect(sut.ids).toEqual([1, 2, 3]);
    expect(sut.textScores.has(3)).toBe(false);
    expect(sut.textScores.has(4)).toBe(false);
  });

  it("is deterministic and handles empty answers", () => {
    const answers = { text: hits([5, 1], [6, 1]), needs: [{ weight: 0.5, hits: [hits([7, 1])] }], industry: [{ weight: 1, ids: [8] }] };
    expect(mergeRetrieval(answers, 10)).toEqual(mergeRetrieval(answers, 10));
    expect(mergeRetrieval({ text: [], needs: [], industry: [] }, 10)).toEqual({ ids: [], textScores: new Map() });
  });
});
