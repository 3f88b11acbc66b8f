import ExcelJS from "exceljs";
import type { DashboardReport } from "./dashboard";

/** The quarterly report to the county leadership: the dashboard's figures and the rows behind them, in Chinese. */

interface Column {
  header: string;
  key: string;
  width: number;
  numFmt?: string;
}

const MONEY = "#,##0.00";
const PERCENT = "0.0%";

function addTable(wb: ExcelJS.Workbook, name: string, columns: Column[], rows: readonly object[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  ws.getRow(1).font = { bold: true };
  ws.addRows([...rows]);
  return ws;
}

function periodTitle(d: DashboardReport["dashboard"]): string {
  return d.quarter ? `${d.year}年第${d.quarter}季度` : `${d.year}年`;
}

export async function dashboardWorkbook(report: DashboardReport, countyName = ""): Promise<Buffer> {
  const d = report.dashboard;
  const wb = new ExcelJS.Workbook();
  wb.creator = "InvestMatch 招商匹配";
  wb.created = new Date(d.asOf);

  const summary = wb.addWorksheet("概览");
  summary.columns = [{ width: 28 }, { width: 18 }, { width: 12 }];
  summary.addRow([`${countyName}招商项目推进情况报告（${periodTitle(d)}）`]).font = { bold: true, size: 14 };
  summary.mergeCells("A1:C1");
  summary.addRow([`年度数据统计期间：${d.range.from} 至 ${d.range.to}；项目现状截至 ${d.asOf.slice(0, 10)}`]);
  summary.mergeCells("A2:C2");
  summary.addRow([]);
  summary.addRow(["指标", "数值", "单位"]).font = { bold: true };
  const lc = d.leadConversion;
  const lines: [string, number | string | null, string][] = [
    ["在库项目", d.totals.projects, "个"],
    ["在库项目总投资", d.totals.investment, "万元"],
    ["推进中项目（未终止）", d.totals.active, "个"],
    ["已签约项目（签约、政策兑现）", d.totals.signed, "个"],
    ["已终止项目", d.totals.terminated, "个"],
    ["二次招商项目", d.totals.relaunched, "个"],
    ["本期新增策划项目", d.yearFlow.planned.projects, "个"],
    ["本期新增策划项目投资", d.yearFlow.planned.investment, "万元"],
    ["本期签约项目", d.yearFlow.signed.projects, "个"],
    ["本期签约协议投资额", d.yearFlow.signed.investment, "万元"],
    ["本期开工项目", d.yearFlow.started.projects, "个"],
    ["本期开工项目投资额", d.yearFlow.started.investment, "万元"],
    ["保证金逾期", d.overdue.deposits.count, "笔"],
    ["逾期保证金金额", d.overdue.deposits.amount, "万元"],
    ["履约节点逾期", d.overdue.milestones.count, "个"],
    ["政策兑现逾期", d.overdue.commitments.count, "项"],
    ["跟踪报告逾期", d.overdue.reports.count, "期"],
    ["跟踪报告逾期项目", d.overdue.reports.projects, "个"],
    ...(lc.available
      ? ([
          ["本期商会线索", lc.total, "条"],
          ["线索转化（受理或并入企业库）", lc.converted, "条"],
          ["线索企业进入洽谈及以后阶段", lc.inTalks, "条"],
          ["线索企业已签约", lc.signed, "条"],
        ] as [string, number, string][])
      : ([["商会线索转化", lc.reason, ""]] as [string, string, string][])),
  ];
  for (const line of lines) summary.addRow(line);

  addTable(wb, "按阶段", [
    { header: "阶段", key: "stage", width: 12 },
    { header: "项目数", key: "projects", width: 10 },
    { header: "总投资（万元）", key: "investment", width: 18, numFmt: MONEY },
  ], d.byStage);

  const stageNames = d.byStage.map((s) => s.stage);
  addTable(wb, "按产业链组", [
    { header: "产业链组", key: "group", width: 16 },
    { header: "项目数", key: "projects", width: 10 },
    { header: "总投资（万元）", key: "investment", width: 18, numFmt: MONEY },
    ...stageNames.map((s) => ({ header: s, key: `stage_${s}`, width: 9 })),
  ], d.byGroup.map((g) => ({ ...g, ...Object.fromEntries(stageNames.map((s) => [`stage_${s}`, g.stages[s]])) })));

  addTable(wb, "年度进展", [
    { header: "月份", key: "month", width: 8 },
    { header: "新增策划", key: "planned", width: 10 },
    { header: "签约", key: "signed", width: 10 },
    { header: "开工", key: "started", width: 10 },
  ], [
    ...d.yearFlow.byMonth.map((m) => ({ ...m, month: `${m.month}月` })),
    { month: "合计", planned: d.yearFlow.planned.projects, signed: d.yearFlow.signed.projects, started: d.yearFlow.started.projects },
  ]);

  addTable(wb, "逾期预警", [
    { header: "类型", key: "label", width: 14 },
    { header: "项目编号", key: "projectCode", width: 16 },
    { header: "项目名称", key: "projectName", width: 36 },
    { header: "产业链组", key: "industryGroup", width: 14 },
    { header: "到期日", key: "dueDate", width: 12 },
    { header: "逾期天数", key: "daysOverdue", width: 10 },
    { header: "金额（万元）", key: "amount", width: 14, numFmt: MONEY },
    { header: "说明", key: "message", width: 60 },
  ], report.alerts);

  addTable(wb, "项目清单", [
    { header: "项目编号", key: "code", width: 16 },
    { header: "项目名称", key: "name", width: 36 },
    { header: "产业链组", key: "industryGroupName", width: 14 },
    { header: "阶段", key: "stage", width: 10 },
    { header: "投资企业", key: "investorName", width: 30 },
    { header: "总投资（万元）", key: "totalInvestment", width: 16, numFmt: MONEY },
    { header: "协议投资额（万元）", key: "committedInvestment", width: 18, numFmt: MONEY },
    { header: "签约日期", key: "signedAt", width: 12 },
    { header: "所在乡镇", key: "township", width: 12 },
    { header: "二次招商来源项目", key: "relaunchedFromCode", width: 18 },
  ], report.projects.map((p) => ({ ...p, relaunchedFromCode: p.relaunchedFromId ? (report.projects.find((o) => o.id === p.relaunchedFromId)?.code ?? String(p.relaunchedFromId)) : null })));

  if (lc.available) {
    addTable(wb, "商会线索转化", [
      { header: "商会", key: "chamber", width: 24 },
      { header: "线索数", key: "total", width: 10 },
      { header: "重复", key: "duplicates", width: 8 },
      { header: "未受理", key: "rejected", width: 8 },
      { header: "待处理", key: "pending", width: 8 },
      { header: "已转化", key: "converted", width: 8 },
      { header: "洽谈及以后", key: "inTalks", width: 12 },
      { header: "已签约", key: "signed", width: 8 },
      { header: "转化率", key: "conversionRate", width: 10, numFmt: PERCENT },
      { header: "签约率", key: "signingRate", width: 10, numFmt: PERCENT },
    ], lc.byChamber);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
