import fc from "fast-check";
import { COVERAGE_FLOOR, COVERAGE_PRIOR, applyCoverageAdjustment, scoreCandidate } from "../../../../src/modules/matching/scoring/score-candidate";
import { DEFAULT_SIGNAL_WEIGHTS, type SignalWeights } from "../../../../src/modules/matching/scoring/signal-weights";
import { SIGNAL_KEYS } from "../../../../src/modules/matching/signals/signal-registry";
import { buildBareEnterprise, buildContext, buildMatchEnterprise, buildMatchProject } from "../match-builders";

const zeroWeights = Object.fromEntries(SIGNAL_KEYS.map((k) => [k, 0])) as SignalWeights;
const onlyWeights = (weights: Partial<SignalWeights>): SignalWeights => ({ ...zeroWeights, ...weights });

describe("scoreCandidate", () => {
  it("averages only the signals that had data: a missing signal is neither zero nor full marks", () => {
    // text 0.6 (weight 1) and semantic missing (weight 1): the total is 60, not 30 (as zero) or 80 (as full).
    const sut = scoreCandidate(buildMatchProject(), buildMatchEnterprise(), buildContext({ textScore: 0.6 }), onlyWeights({ textRelevance: 1, semanticSimilarity: 1 }));
    expect(sut.total).toBe(60);
    expect(sut.coverage).toBe(0.5);
    const semantic = sut.signals.find((s) => s.key === "semanticSimilarity");
    expect(semantic).toMatchObject({ value: null, contribution: 0, label: "语义相似度" });
    expect(semantic?.reason.startsWith("数据缺失：")).toBe(true);
  });

  it("is a weighted mean with contributions that add up to the total", () => {
    const sut = scoreCandidate(
      buildMatchProject(),
      buildMatchEnterprise(),
      buildContext({ textScore: 1, semanticSimilarity: 0.4 }),
      onlyWeights({ textRelevance: 3, semanticSimilarity: 1 }),
    );
    expect(sut.total).toBe(75);
    expect(sut.coverage).toBe(1);
    expect(sut.signals.find((s) => s.key === "textRelevance")?.contribution).toBe(75);
    expect(sut.signals.reduce((sum, s) => sum + s.contribution, 0)).toBeCloseTo(sut.total, 5);
  });

  it("shows every signal, in display order, with its label, weight and fields", () => {
    const sut = scoreCandidate(buildMatchProject(), buildMatchEnterprise(), buildContext(), DEFAULT_SIGNAL_WEIGHTS);
    expect(sut.signals.map((s) => s.key)).toEqual([...SIGNAL_KEYS]);
    const industry = sut.signals[0];
    expect(industry).toMatchObject({ key: "industryFit", label: "行业匹配", weight: DEFAULT_SIGNAL_WEIGHTS.industryFit, value: 1 });
    expect(industry.fields).toContain("enterprise.industries");
  });

  it("shrinks a record with one lucky signal below a well-documented good one", () => {
    const weights = DEFAULT_SIGNAL_WEIGHTS;
    const lucky = scoreCandidate(buildMatchProject(), buildBareEnterprise(), buildContext({ textScore: 1 }), weights);
    expect(lucky.coverage).toBeLessThan(COVERAGE_FLOOR);
    expect(lucky.coveragePenalty).toBeGreaterThan(0);
    const documented = scoreCandidate(buildMatchProject(), buildMatchEnterprise(), buildContext({ textScore: 0.7, semanticSimilarity: 0.7 }), weights);
    expect(documented.coverage).toBeGreaterThanOrEqual(COVERAGE_FLOOR);
    expect(documented.coveragePenalty).toBe(0);
    expect(documented.total).toBeGreaterThan(lucky.total);
  });

  it("applies the documented coverage formula", () => {
    // 20% coverage with a perfect mean: (0.2·1 + 0.3·0.3) / 0.5 = 0.58
    expect(applyCoverageAdjustment(1, 0.2, 1)).toBeCloseTo((0.2 + (COVERAGE_FLOOR - 0.2) * COVERAGE_PRIOR) / COVERAGE_FLOOR, 10);
    expect(applyCoverageAdjustment(1, 0.2, 1)).toBeCloseTo(0.58, 10);
    // Sparse data never helps: a low mean stays where it is.
    expect(applyCoverageAdjustment(0.1, 0.2, 1)).toBe(0.1);
    expect(applyCoverageAdjustment(0.9, 0.5, 1)).toBe(0.9);
    expect(applyCoverageAdjustment(0.9, 0, 1)).toBe(0);
  });

  it("scores 0 with coverage 0 when no signal has data", () => {
    const sut = scoreCandidate(buildMatchProject(), buildMatchEnterprise(), buildContext(), onlyWeights({ textRelevance: 1 }));
    expect(sut).toMatchObject({ total: 0, coverage: 0 });
  });

  it("leaves a zero-weight signal out of the total and the coverage", () => {
    const sut = scoreCandidate(buildMatchProject(), buildMatchEnterprise(), buildContext({ textScore: 0.5 }), onlyWeights({ textRelevance: 1 }));
    expect(sut.total).toBe(50);
    expect(sut.coverage).toBe(1);
    expect(sut.signals.find((s) => s.key === "industryFit")).toMatchObject({ weight: 0, contribution: 0, value: 1 });
  });

  it("keeps totals in 0..100 and values in 0..1 or null for any inputs", () => {
    fc.assert(
      fc.property(
        fc.option(fc.double({ min: -2, max: 2, noNaN: true })),
        fc.option(fc.double({ min: -1, max: 1, noNaN: true })),
        fc.option(fc.double({ min: 0, max: 1e9, noNaN: true })),
        fc.option(fc.double({ min: 0, max: 1e9, noNaN: true })),
        fc.record(Object.fromEntries(SIGNAL_KEYS.map((k) => [k, fc.double({ min: 0, max: 10, noNaN: true })])) as Record<keyof SignalWeights, fc.Arbitrary<number>>),
        (textScore, cosine, capital, investment, weights) => {
          const sut = scoreCandidate(
            buildMatchProject({ totalInvestment: investment }),
            buildMatchEnterprise({ registeredCapital: capital }),
            buildContext({ textScore, semanticSimilarity: cosine }),
            weights,
          );
          expect(sut.total).toBeGreaterThanOrEqual(0);
          expect(sut.total).toBeLessThanOrEqual(100);
          for (const s of sut.signals) if (s.value !== null) expect(s.value >= 0 && s.value <= 1).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
