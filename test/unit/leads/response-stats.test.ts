import { computeResponseStats, isOverdue, type LeadTiming } from "../../../src/modules/leads/response-stats";

const now = new Date("2026-11-26T00:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
let seq = 0;
const timing = (chamberId: number, createdHoursAgo: number, reviewedAfterHours: number | null, status = "received"): LeadTiming => ({
  id: ++seq,
  companyName: `企业${seq}`,
  status,
  createdAt: hoursAgo(createdHoursAgo),
  firstReviewedAt: reviewedAfterHours === null ? null : hoursAgo(createdHoursAgo - reviewedAfterHours),
  chamberId,
  chamberName: chamberId === 1 ? "贵州省浙江商会" : "正安县驻深圳招商办",
});

describe("computeResponseStats", () => {
  const rows = [
    timing(1, 200, 10, "accepted"),
    timing(1, 150, 30, "rejected"),
    timing(1, 100, 130, "merged"), // 5-day deadline = 120 h: late
    timing(1, 20, null),
    timing(2, 130, null), // waiting 130 h > 120 h: overdue
    timing(2, 10, 2, "under_review"),
  ];
  const stats = computeResponseStats(rows, 5, now);

  it("measures received → first review per chamber (hours: mean, median, p90, max)", () => {
    const zhejiang = stats.chambers.find((c) => c.chamberId === 1)!;
    expect(zhejiang).toMatchObject({ submitted: 4, reviewed: 3, awaitingReview: 1, overdue: 0, reviewedLate: 1, withinDeadlineRate: 0.667 });
    expect(zhejiang.responseHours).toEqual({ mean: 56.7, median: 30, p90: 130, max: 130 });
    expect(zhejiang.byStatus).toMatchObject({ accepted: 1, rejected: 1, merged: 1, received: 1, duplicate: 0 });
  });

  it("lists overdue leads with their wait, and puts chambers with overdue leads first", () => {
    expect(stats.chambers[0].chamberId).toBe(2);
    expect(stats.overdueLeads).toEqual([
      expect.objectContaining({ chamberName: "正安县驻深圳招商办", waitingDays: 5.4, dueAt: hoursAgo(10).toISOString() }),
    ]);
    expect(stats.overall).toMatchObject({ submitted: 6, reviewed: 4, overdue: 1 });
  });

  it("has no response figures for a chamber nobody has answered yet", () => {
    const s = computeResponseStats([timing(3, 1, null)], 5, now);
    expect(s.chambers[0]).toMatchObject({ responseHours: null, withinDeadlineRate: null, overdue: 0 });
  });
});

describe("isOverdue", () => {
  it("is overdue only while unreviewed past the deadline", () => {
    expect(isOverdue({ createdAt: hoursAgo(121), firstReviewedAt: null }, 5, now)).toBe(true);
    expect(isOverdue({ createdAt: hoursAgo(119), firstReviewedAt: null }, 5, now)).toBe(false);
    expect(isOverdue({ createdAt: hoursAgo(300), firstReviewedAt: hoursAgo(1) }, 5, now)).toBe(false);
  });
});
