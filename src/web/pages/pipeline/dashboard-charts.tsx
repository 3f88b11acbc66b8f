import ReactEChartsCore from "echarts-for-react/esm/core";
import * as echarts from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";

// Only what the 驾驶舱 draws; loaded with the dashboard, not with the rest of the UI.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const wanText = (v: number) => (Math.abs(v) >= 10_000 ? `${(v / 10_000).toFixed(2).replace(/\.?0+$/, "")}亿元` : `${v}万元`);

function Chart({ option, label, height = 300 }: { option: object; label: string; height?: number }) {
  return (
    <div role="img" aria-label={label} className="dashboard-chart-box">
      <ReactEChartsCore echarts={echarts} option={option} style={{ height, width: "100%" }} notMerge lazyUpdate />
    </div>
  );
}

/** Projects (bars, left axis) and investment (line, right axis, 万元) per category. */
export function ProjectsInvestmentChart({ title, categories, projects, investment }: { title: string; categories: string[]; projects: number[]; investment: number[] }) {
  const option = {
    animation: false,
    tooltip: {
      trigger: "axis",
      formatter: (params: { axisValue: string; seriesName: string; value: number }[]) =>
        [params[0]?.axisValue, ...params.map((p) => `${p.seriesName}：${p.seriesName === "投资额" ? wanText(p.value) : `${p.value} 个`}`)].join("<br/>"),
    },
    legend: { data: ["项目数", "投资额"], top: 0 },
    grid: { left: 48, right: 72, top: 36, bottom: 56 },
    xAxis: { type: "category", data: categories, axisLabel: { interval: 0, rotate: categories.length > 6 ? 30 : 0 } },
    yAxis: [
      { type: "value", name: "项目数", minInterval: 1 },
      { type: "value", name: "万元", axisLabel: { formatter: (v: number) => (v >= 10_000 ? `${v / 10_000}亿` : String(v)) } },
    ],
    series: [
      { name: "项目数", type: "bar", data: projects, barMaxWidth: 28, itemStyle: { color: "#1556b8" } },
      { name: "投资额", type: "line", yAxisIndex: 1, data: investment, itemStyle: { color: "#fa8c16" } },
    ],
  };
  const label = `${title}：${categories.map((c, i) => `${c} ${projects[i]}个、${wanText(investment[i])}`).join("；")}`;
  return <Chart option={option} label={label} />;
}

/** 新增策划 / 签约 / 开工 per month of the period. */
export function MonthlyFlowChart({ months }: { months: { month: number; planned: number; signed: number; started: number }[] }) {
  const series = [
    { key: "planned", name: "新增策划", color: "#8c8c8c" },
    { key: "signed", name: "签约", color: "#52c41a" },
    { key: "started", name: "开工", color: "#1556b8" },
  ] as const;
  const option = {
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { data: series.map((s) => s.name), top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 32 },
    xAxis: { type: "category", data: months.map((m) => `${m.month}月`) },
    yAxis: { type: "value", minInterval: 1 },
    series: series.map((s) => ({ name: s.name, type: "bar", barMaxWidth: 16, itemStyle: { color: s.color }, data: months.map((m) => m[s.key]) })),
  };
  const label = `按月项目数：${months.map((m) => `${m.month}月 新增策划${m.planned}、签约${m.signed}、开工${m.started}`).join("；")}`;
  return <Chart option={option} label={label} />;
}

/** Each chamber's leads: received, converted into an enterprise, in talks, signed. */
export function LeadConversionChart({ rows }: { rows: { chamber: string; total: number; converted: number; inTalks: number; signed: number }[] }) {
  const series = [
    { key: "total", name: "线索", color: "#bfbfbf" },
    { key: "converted", name: "采纳/合并", color: "#69b1ff" },
    { key: "inTalks", name: "洽谈及以后", color: "#1556b8" },
    { key: "signed", name: "签约", color: "#52c41a" },
  ] as const;
  const option = {
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { data: series.map((s) => s.name), top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 56 },
    xAxis: { type: "category", data: rows.map((r) => r.chamber), axisLabel: { interval: 0, rotate: rows.length > 4 ? 20 : 0 } },
    yAxis: { type: "value", minInterval: 1 },
    series: series.map((s) => ({ name: s.name, type: "bar", barMaxWidth: 18, itemStyle: { color: s.color }, data: rows.map((r) => r[s.key]) })),
  };
  const label = `商协会线索转化：${rows.map((r) => `${r.chamber} 线索${r.total}、采纳或合并${r.converted}、洽谈${r.inTalks}、签约${r.signed}`).join("；")}`;
  return <Chart option={option} label={label} />;
}
