import { trackRecord } from "../../../../src/modules/matching/signals/track-record";
import type { MatchTrackRecord } from "../../../../src/modules/matching/types";
import { NOW, buildContext, buildMatchEnterprise, buildMatchProject, monthsAgo } from "../match-builders";

const ctx = buildContext();
const project = buildMatchProject({ industryGroup: "测试汽车", industryCodes: ["3812"] });
const signed = (overrides: Partial<MatchTrackRecord> = {}): MatchTrackRecord => ({
  projectId: 7,
  projectName: "电机二期",
  industryGroup: "测试汽车",
  industryCodes: ["3812"],
  signedAt: NOW,
  ...overrides,
});
const run = (trackRecordItems: MatchTrackRecord[], signals = buildMatchEnterprise().signals) =>
  trackRecord(project, buildMatchEnterprise({ trackRecord: trackRecordItems, signals }), ctx);

describe("trackRecord", () => {
  it("is 数据缺失 without signed projects or related investments (not zero)", () => {
    const sut = run([]);
    expect(sut.value).toBeNull();
    expect(sut.reason).toContain("没有企业在本县签约");
  });

  it("scores a recent similar project in the same group highest", () => {
    const sut = run([signed()]);
    expect(sut.value).toBe(1);
    expect(sut.reason).toContain("签约本县项目「电机二期」（测试汽车，同产业组）");
  });

  it("same group alone, code overlap alone, neither", () => {
    expect(run([signed({ industryCodes: [] })]).value).toBeCloseTo(0.7, 4);
    expect(run([signed({ industryGroup: "装备制造", industryCodes: ["3813"] })]).value).toBeCloseTo(0.75, 4);
    // Any signed project with the county is a relationship, however unrelated.
    expect(run([signed({ industryGroup: "文化旅游", industryCodes: ["7861"] })]).value).toBeCloseTo(0.25, 4);
  });

  it("lets old deals count less, never nothing", () => {
    const old = run([signed({ signedAt: monthsAgo(36), industryCodes: [] })]).value as number;
    expect(old).toBeCloseTo(0.7 * (0.6 + 0.4 * 0.5), 4);
  });

  it("counts an investment signal that names the project's line of business", () => {
    const sut = run([], [{ type: "investment", occurredAt: NOW, description: "投资10亿元建设驱动电机基地", source: "公告" }]);
    expect(sut.value).toBeCloseTo(0.5, 4);
    expect(sut.reason).toContain("涉及“驱动电机”");
    const unrelated = run([], [{ type: "investment", occurredAt: NOW, description: "收购一家酒店", source: "公告" }]);
    expect(unrelated.value).toBeNull();
  });
});
