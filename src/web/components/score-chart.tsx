import ReactEChartsCore from "echarts-for-react/esm/core";
import * as echarts from "echarts/core";
import { BarChart, RadarChart } from "echarts/charts";
import { GridComponent, TooltipComponent, RadarComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import type { MatchSignal } from "../api/types";

// Only the parts the UI draws: keeps ECharts' share of the bundle small.
echarts.use([BarChart, RadarChart, GridComponent, TooltipComponent, RadarComponent, CanvasRenderer]);

const MISSING_COLOR = "#d9d9d9";

/** Per-signal breakdown: bar length = the signal's value, 数据缺失 drawn as an empty grey bar, never as 0. */
export function ScoreBarChart({ signals, height = 240 }: { signals: MatchSignal[]; height?: number }) {
  const rows = [...signals].reverse();
  const option = {
    animation: false,
    grid: { left: 96, right: 96, top: 8, bottom: 8 },
    tooltip: {
      trigger: "item",
      formatter: (p: { dataIndex: number }) => {
        const s = rows[p.dataIndex];
        const value = s.value === null ? "数据缺失" : `${Math.round(s.value * 100)}%`;
        return `${s.label}：${value}<br/>权重 ${s.weight} · 贡献 ${s.contribution} 分`;
      },
    },
    xAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
    yAxis: { type: "category", data: rows.map((s) => `${s.label}（×${s.weight}）`) },
    series: [
      {
        type: "bar",
        barMaxWidth: 16,
        data: rows.map((s) =>
          s.value === null
            ? { value: 100, itemStyle: { color: "transparent", borderColor: MISSING_COLOR, borderType: "dashed" } }
            : { value: Math.round(s.value * 100), itemStyle: { color: s.value >= 0.6 ? "#1677ff" : s.value >= 0.3 ? "#69b1ff" : "#bae0ff" } },
        ),
        label: {
          show: true,
          position: "right",
          formatter: (p: { dataIndex: number }) => {
            const s = rows[p.dataIndex];
            return s.value === null ? "数据缺失" : `${Math.round(s.value * 100)}%  +${s.contribution}分`;
          },
        },
      },
    ],
  };
  return (
    <div role="img" aria-label={`分项得分：${signals.map((s) => `${s.label}${s.value === null ? "数据缺失" : Math.round(s.value * 100) + "%"}`).join("，")}`}>
      <ReactEChartsCore echarts={echarts} option={option} style={{ height, width: "100%" }} notMerge lazyUpdate />
    </div>
  );
}

/** Radar view of the same breakdown (数据缺失 plotted at 0 but named in the tooltip). */
export function ScoreRadarChart({ signals, height = 260 }: { signals: MatchSignal[]; height?: number }) {
  const option = {
    animation: false,
    tooltip: {
      formatter: () => signals.map((s) => `${s.label}：${s.value === null ? "数据缺失" : `${Math.round(s.value * 100)}%`}`).join("<br/>"),
    },
    radar: {
      radius: "65%",
      indicator: signals.map((s) => ({ name: s.value === null ? `${s.label}\n(数据缺失)` : s.label, max: 100, color: s.value === null ? "#999" : undefined })),
    },
    series: [{ type: "radar", areaStyle: { opacity: 0.2 }, data: [{ value: signals.map((s) => (s.value === null ? 0 : Math.round(s.value * 100))), name: "分项得分" }] }],
  };
  return (
    <div role="img" aria-label="分项得分雷达图">
      <ReactEChartsCore echarts={echarts} option={option} style={{ height, width: "100%" }} notMerge lazyUpdate />
    </div>
  );
}
