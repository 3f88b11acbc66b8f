import { expansionSignals } from "../../../../src/modules/matching/signals/expansion-signals";
import type { MatchSignalRecord } from "../../../../src/modules/matching/types";
import { NOW, buildContext, buildMatchEnterprise, buildMatchProject, monthsAgo } from "../match-builders";

const ctx = buildContext();
const project = buildMatchProject();
const withSignals = (signals: MatchSignalRecord[]) => expansionSignals(project, buildMatchEnterprise({ signals }), ctx);
const signal = (type: string, occurredAt: Date, description = "完成B轮融资5亿元"): MatchSignalRecord => ({ type, occurredAt, description, source: "36氪" });

describe("expansionSignals", () => {
  it("is 数据缺失 when nothing was recorded, never zero", () => {
    const sut = withSignals([]);
    expect(sut.value).toBeNull();
    expect(sut.reason).toContain("没有记录");
  });

  it("counts a fresh financing round at 0.7 and halves it every 12 months", () => {
    expect(withSignals([signal("financing", NOW)]).value).toBeCloseTo(0.7, 4);
    expect(withSignals([signal("financing", monthsAgo(12))]).value).toBeCloseTo(0.35, 4);
    expect(withSignals([signal("financing", monthsAgo(24))]).value).toBeCloseTo(0.175, 4);
  });

  it("treats signals dated after the clock as fresh", () => {
    expect(withSignals([signal("land", new Date("2026-01-01"))]).value).toBeCloseTo(0.7, 4);
  });

  it("weights kinds: financing, land, capacity above branch above hiring above other", () => {
    const v = (type: string) => withSignals([signal(type, NOW)]).value as number;
    expect(v("capacity")).toBe(v("financing"));
    expect(v("financing")).toBeGreaterThan(v("branch"));
    expect(v("branch")).toBeGreaterThan(v("hiring"));
    expect(v("hiring")).toBeGreaterThan(v("other"));
    expect(v("unknown-kind")).toBe(v("other"));
  });

  it("combines signals as noisy-OR and cites the strongest with date and source", () => {
    const sut = withSignals([signal("financing", NOW), signal("land", monthsAgo(12), "竞得工业用地120亩")]);
    expect(sut.value).toBeCloseTo(1 - 0.3 * 0.65, 4);
    expect(sut.reason).toContain("2025-06 融资“完成B轮融资5亿元”（36氪，1个月内）");
    expect(sut.reason).toContain("拿地“竞得工业用地120亩”");
  });
});
