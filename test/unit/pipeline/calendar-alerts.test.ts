import { chinaDay, dateOfDay, dayOfIso, isoOfDay, missingReportPeriods, periodContaining, toCalendarDay, daysPastDue } from "../../../src/modules/pipeline/calendar";
import { computeAlerts, type AlertInputs } from "../../../src/modules/pipeline/alerts";

const day = dayOfIso;
const at = (iso: string) => new Date(iso);

describe("calendar days in China time", () => {
  it("reads a date the way the county means it", () => {
    expect(isoOfDay(chinaDay(at("2026-03-01T16:30:00Z")))).toBe("2026-03-02"); // 00:30 in Beijing
    expect(toCalendarDay(at("2026-03-01T00:00:00+08:00")).toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(toCalendarDay(at("2026-03-01")).toISOString()).toBe("2026-03-01T00:00:00.000Z");
  });

  it("counts a due day as overdue only from the next day", () => {
    const due = dateOfDay(day("2026-03-01"));
    expect(daysPastDue(due, at("2026-03-01T23:59:00+08:00"))).toBe(0);
    expect(daysPastDue(due, at("2026-03-02T00:01:00+08:00"))).toBe(1);
  });

  it("cuts time into 14-day periods from the anchor", () => {
    const anchor = day("2024-01-01");
    expect(periodContaining(day("2024-01-14"), anchor)).toEqual({ start: day("2024-01-01"), end: day("2024-01-15") });
    expect(periodContaining(day("2024-01-15"), anchor)).toEqual({ start: day("2024-01-15"), end: day("2024-01-29") });
    expect(periodContaining(day("2023-12-31"), anchor).start).toBe(day("2023-12-18"));
  });

  it("reports missing periods from the first full period after signing, once each period has ended", () => {
    const anchor = day("2024-01-01");
    const base = { signedDay: day("2024-01-03"), reportedStarts: new Set<number>(), anchorDay: anchor, graceDays: 0 };
    // Signed on 3 Jan: the period of 1–14 Jan is not due; 15–28 Jan is due from 29 Jan.
    expect(missingReportPeriods({ ...base, today: day("2024-01-28") })).toEqual([]);
    expect(missingReportPeriods({ ...base, today: day("2024-01-29") }).map((p) => isoOfDay(p.start))).toEqual(["2024-01-15"]);
    expect(missingReportPeriods({ ...base, today: day("2024-02-12") }).map((p) => isoOfDay(p.start))).toEqual(["2024-01-15", "2024-01-29"]);
    expect(missingReportPeriods({ ...base, today: day("2024-02-12"), reportedStarts: new Set([day("2024-01-15")]) }).map((p) => isoOfDay(p.start))).toEqual(["2024-01-29"]);
    expect(missingReportPeriods({ ...base, today: day("2024-01-29"), graceDays: 3 })).toEqual([]);
    // Signed on a period's first day: that period counts.
    expect(missingReportPeriods({ ...base, signedDay: day("2024-01-15"), today: day("2024-01-29") }).map((p) => isoOfDay(p.start))).toEqual(["2024-01-15"]);
  });
});

describe("alerts", () => {
  const inputs = (over: Partial<AlertInputs> = {}): AlertInputs => ({
    projects: new Map([[1, { id: 1, code: "ZS-1", name: "电机项目", industryGroupName: "新能源汽车" }]]),
    agreements: [{
      id: 7, projectId: 1, depositAmount: 500, depositDueDate: dateOfDay(day("2026-03-01")), depositPaidAt: null,
      milestones: [
        { id: 11, kind: "开工", dueDate: dateOfDay(day("2026-02-20")), doneAt: null },
        { id: 12, kind: "供地", dueDate: dateOfDay(day("2026-01-10")), doneAt: dateOfDay(day("2026-01-09")) },
      ],
      commitments: [{ id: 21, policyItem: "厂房租金减免", dueDate: dateOfDay(day("2026-02-28")), deliveredAt: null }],
    }],
    tracked: [],
    tracking: { anchorDay: day("2024-01-01"), graceDays: 0 },
    ...over,
  });

  it("raises each overdue obligation with its days and a Chinese message, most overdue first", () => {
    const alerts = computeAlerts(inputs(), at("2026-03-05T10:00:00+08:00"));
    expect(alerts.map((a) => [a.kind, a.itemId, a.daysOverdue])).toEqual([
      ["milestone_overdue", 11, 13],
      ["commitment_overdue", 21, 5],
      ["deposit_overdue", null, 4],
    ]);
    expect(alerts[2]).toMatchObject({ label: "保证金逾期", amount: 500, dueDate: "2026-03-01", agreementId: 7, message: "「电机项目」履约保证金 500 万元应于 2026-03-01 前缴纳，已逾期 4 天" });
  });

  it("raises nothing before the due days have passed or once paid and done", () => {
    expect(computeAlerts(inputs(), at("2026-02-20T20:00:00+08:00"))).toEqual([]);
    const settled = inputs();
    settled.agreements[0].depositPaidAt = dateOfDay(day("2026-03-03"));
    settled.agreements[0].milestones[0].doneAt = dateOfDay(day("2026-03-04"));
    settled.agreements[0].commitments[0].deliveredAt = dateOfDay(day("2026-03-04"));
    expect(computeAlerts(settled, at("2026-03-05T10:00:00+08:00"))).toEqual([]);
  });

  it("raises a report alert per missing period", () => {
    const alerts = computeAlerts(inputs({ agreements: [], tracked: [{ projectId: 1, signedDay: day("2026-01-05"), reportedStarts: new Set([day("2026-01-12")]) }] }), at("2026-02-10T09:00:00+08:00"));
    // 2024-01-01 + 14k: periods start 2026-01-12 and 2026-01-26; the latter ended on 2026-02-08.
    expect(alerts).toEqual([expect.objectContaining({ kind: "report_overdue", periodStart: "2026-01-26", dueDate: "2026-02-08", daysOverdue: 2, message: "「电机项目」2026-01-26至2026-02-08的双周跟踪报告未报送，已逾期 2 天" })]);
  });
});
