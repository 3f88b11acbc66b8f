import { lazy, Suspense } from "react";
import { Skeleton } from "antd";
import type { MatchSignal } from "../api/types";

// ECharts is the largest vendor chunk: it loads when a breakdown is first opened, not with the page.
const BarChart = lazy(() => import("./score-chart").then((m) => ({ default: m.ScoreBarChart })));
const RadarChart = lazy(() => import("./score-chart").then((m) => ({ default: m.ScoreRadarChart })));

export function LazyScoreChart({ signals, kind = "bar" }: { signals: MatchSignal[]; kind?: "bar" | "radar" }) {
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 5 }} title={false} />}>
      {kind === "bar" ? <BarChart signals={signals} /> : <RadarChart signals={signals} />}
    </Suspense>
  );
}
