import { ZodError } from "zod";
import { DEFAULT_SIGNAL_WEIGHTS, INDUSTRY_GROUP_WEIGHT_OVERRIDES, resolveSignalWeights } from "../../../../src/modules/matching/scoring/signal-weights";

describe("resolveSignalWeights", () => {
  it("returns the defaults for a group without overrides", () => {
    expect(resolveSignalWeights({ industryGroup: "新能源汽车" })).toEqual(DEFAULT_SIGNAL_WEIGHTS);
  });

  it("merges defaults ← group overrides ← request overrides", () => {
    const sut = resolveSignalWeights({ industryGroup: "文化旅游", overrides: { capacityFit: 0, trackRecord: 4 } });
    expect(sut.industryFit).toBe(INDUSTRY_GROUP_WEIGHT_OVERRIDES["文化旅游"].industryFit);
    expect(sut.geographyTies).toBe(INDUSTRY_GROUP_WEIGHT_OVERRIDES["文化旅游"].geographyTies);
    expect(sut.capacityFit).toBe(0);
    expect(sut.trackRecord).toBe(4);
    expect(sut.textRelevance).toBe(DEFAULT_SIGNAL_WEIGHTS.textRelevance);
    expect(Object.isFrozen(sut)).toBe(true);
  });

  it("takes config defaults and group tables", () => {
    const sut = resolveSignalWeights({
      industryGroup: "测试",
      defaults: { ...DEFAULT_SIGNAL_WEIGHTS, geographyTies: 5 },
      groupOverrides: { 测试: { textRelevance: 0.5 } },
    });
    expect(sut).toMatchObject({ geographyTies: 5, textRelevance: 0.5 });
  });

  it.each([
    [{ industryFit: -1 }, "不能小于 0"],
    [{ industryFit: 11 }, "不能大于 10"],
    [{ industryFit: "3" }, "必须是数字"],
    [{ popularity: 3 }, ""],
  ])("rejects the override %p", (overrides, message) => {
    expect(() => resolveSignalWeights({ overrides })).toThrow(ZodError);
    if (message) expect(() => resolveSignalWeights({ overrides })).toThrow(message);
  });

  it("rejects weights that are all zero", () => {
    const allZero = Object.fromEntries(Object.keys(DEFAULT_SIGNAL_WEIGHTS).map((k) => [k, 0]));
    expect(() => resolveSignalWeights({ overrides: allZero })).toThrow("至少需要一个信号的权重大于 0");
  });
});
