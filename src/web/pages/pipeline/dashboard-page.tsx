import { lazy, Suspense, type ReactNode } from "react";
import { Alert, Button, Card, Select, Skeleton, Space, Statistic, Table, Typography } from "antd";
import { DownloadOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { Link } from "react-router-dom";
import { api, toQueryString } from "../../api/client";
import { useApi } from "../../hooks/use-api";
import { useUrlQuery } from "../../hooks/use-url-query";
import { ErrorState, LoadingState } from "../../components/page-states";
import { formatDateTime, formatWan } from "../../lib/format";
import { formatPercent } from "../leads/lead-labels";
import { ALL_STAGES, type Dashboard } from "./pipeline-types";
import { PipelineNav } from "./pipeline-nav";

// ECharts is the largest vendor chunk: it loads with the dashboard, not with the rest of the UI.
const ProjectsInvestmentChart = lazy(() => import("./dashboard-charts").then((m) => ({ default: m.ProjectsInvestmentChart })));
const MonthlyFlowChart = lazy(() => import("./dashboard-charts").then((m) => ({ default: m.MonthlyFlowChart })));
const LeadConversionChart = lazy(() => import("./dashboard-charts").then((m) => ({ default: m.LeadConversionChart })));

const QUARTERS = [
  { value: 0, label: "全年" },
  { value: 1, label: "一季度（截至3月底）" },
  { value: 2, label: "二季度（截至6月底）" },
  { value: 3, label: "三季度（截至9月底）" },
  { value: 4, label: "四季度（截至12月底）" },
];

function ChartCard({ title, children, extra }: { title: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <Card size="small" title={title} extra={extra}>
      <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} title={false} />}>{children}</Suspense>
    </Card>
  );
}

/** A figure with a test id: the e2e compares what is on screen with GET /api/dashboard. */
function Figure({ title, value, testId, danger }: { title: string; value: ReactNode; testId: string; danger?: boolean }) {
  return (
    <Card size="small">
      <Statistic title={title} value={value as string} styles={danger ? { content: { color: "#cf1322" } } : undefined} valueRender={() => <span data-testid={testId}>{value}</span>} />
    </Card>
  );
}

/**
 * 驾驶舱: the whole library by stage and industry group, the year's (or quarter's, cumulative) new, signed
 * and started projects by month, what is overdue, and how chambers' leads convert; one click exports the
 * quarterly report as XLSX. Year and quarter live in the URL.
 */
export function DashboardPage() {
  const url = useUrlQuery();
  const thisYear = dayjs().year();
  const year = url.getNumber("year") ?? thisYear;
  const quarter = url.getNumber("quarter") ?? 0;
  const query = { year: url.get("year"), quarter: quarter || undefined };
  const { data, error, loading, reload } = useApi((signal) => api<Dashboard>("/dashboard", { signal, query }), `dashboard?${year}&${quarter}`);
  const years = Array.from({ length: 6 }, (_, i) => thisYear + 1 - i);

  const header = (
    <>
      <Typography.Title level={3}>项目推进</Typography.Title>
      <PipelineNav />
      <Card size="small" className="filter-bar">
        <Space wrap>
          <Select<number>
            aria-label="年度"
            value={year}
            onChange={(y) => url.set({ year: y === thisYear ? undefined : y })}
            options={years.map((y) => ({ value: y, label: `${y} 年` }))}
            style={{ width: 110 }}
            data-testid="dashboard-year"
          />
          <Select<number> aria-label="季度" value={quarter} onChange={(q) => url.set({ quarter: q || undefined })} options={QUARTERS} style={{ width: 200 }} data-testid="dashboard-quarter" />
          <Button icon={<DownloadOutlined />} href={`/api/dashboard/export${toQueryString(query)}`} download data-testid="dashboard-export">
            导出 XLSX
          </Button>
          {data && (
            <Typography.Text type="secondary">
              统计区间 {data.range.from} 至 {data.range.to} · 截至 {formatDateTime(data.asOf)}
            </Typography.Text>
          )}
        </Space>
      </Card>
    </>
  );

  if (loading && !data) {
    return (
      <div>
        {header}
        <LoadingState tip="正在汇总驾驶舱数据…" />
      </div>
    );
  }
  if (error && !data) {
    return (
      <div>
        {header}
        <ErrorState error={error} onRetry={reload} />
      </div>
    );
  }
  const d = data!;
  const conversion = d.leadConversion;
  const stageRows = d.byStage.filter((s) => s.projects > 0 || s.stage !== "终止");

  return (
    <div data-testid="dashboard">
      {header}
      <div className="dashboard-figures">
        <Figure title="项目总数" value={d.totals.projects} testId="dash-total-projects" />
        <Figure title="总投资" value={formatWan(d.totals.investment)} testId="dash-total-investment" />
        <Figure title="在推进" value={d.totals.active} testId="dash-total-active" />
        <Figure title="已签约" value={d.totals.signed} testId="dash-total-signed" />
        <Figure title="已终止" value={d.totals.terminated} testId="dash-total-terminated" />
        <Figure title="二次招商" value={d.totals.relaunched} testId="dash-total-relaunched" />
        <Figure title={`${d.quarter ? "截至本季" : "本年"}新增策划`} value={`${d.yearFlow.planned.projects} 个 / ${formatWan(d.yearFlow.planned.investment)}`} testId="dash-flow-planned" />
        <Figure title={`${d.quarter ? "截至本季" : "本年"}签约`} value={`${d.yearFlow.signed.projects} 个 / ${formatWan(d.yearFlow.signed.investment)}`} testId="dash-flow-signed" />
        <Figure title={`${d.quarter ? "截至本季" : "本年"}开工`} value={`${d.yearFlow.started.projects} 个 / ${formatWan(d.yearFlow.started.investment)}`} testId="dash-flow-started" />
      </div>
      <Card size="small" title="逾期事项" className="section-card" extra={<Link to="/pipeline/alerts">查看预警</Link>}>
        <div className="dashboard-figures">
          <Statistic title="保证金逾期" value={d.overdue.deposits.count} suffix={d.overdue.deposits.count ? `项 / ${formatWan(d.overdue.deposits.amount)}` : "项"} valueRender={() => <span data-testid="dash-overdue-deposits">{d.overdue.deposits.count}</span>} />
          <Statistic title="履约节点逾期" value={d.overdue.milestones.count} suffix="项" valueRender={() => <span data-testid="dash-overdue-milestones">{d.overdue.milestones.count}</span>} />
          <Statistic title="政策兑现逾期" value={d.overdue.commitments.count} suffix="项" valueRender={() => <span data-testid="dash-overdue-commitments">{d.overdue.commitments.count}</span>} />
          <Statistic
            title="跟踪报告逾期"
            value={d.overdue.reports.count}
            suffix={`期（${d.overdue.reports.projects} 个项目）`}
            valueRender={() => <span data-testid="dash-overdue-reports">{d.overdue.reports.count}</span>}
          />
        </div>
      </Card>
      <div className="dashboard-grid">
        <ChartCard title="按阶段：项目数与投资额">
          <ProjectsInvestmentChart title="按阶段" categories={stageRows.map((s) => s.stage)} projects={stageRows.map((s) => s.projects)} investment={stageRows.map((s) => s.investment)} />
        </ChartCard>
        <ChartCard title="按产业链组：项目数与投资额">
          <ProjectsInvestmentChart title="按产业链组" categories={d.byGroup.map((g) => g.group)} projects={d.byGroup.map((g) => g.projects)} investment={d.byGroup.map((g) => g.investment)} />
        </ChartCard>
        <ChartCard title={`${d.year}年${d.quarter ? `（截至第${d.quarter}季度）` : ""}按月：新增策划、签约、开工`}>
          <MonthlyFlowChart months={d.yearFlow.byMonth} />
        </ChartCard>
        <ChartCard title="商协会线索转化">
          {conversion.available ? (
            <>
              <Typography.Paragraph type="secondary" data-testid="dash-lead-conversion">
                线索 {conversion.total} 条（重复 {conversion.duplicates}），采纳/合并 {conversion.converted}，进入洽谈 {conversion.inTalks}，签约 {conversion.signed}；转化率{" "}
                {formatPercent(conversion.conversionRate)}，签约率 {formatPercent(conversion.signingRate)}
              </Typography.Paragraph>
              {conversion.byChamber.length ? <LeadConversionChart rows={conversion.byChamber} /> : <Typography.Text type="secondary">本期没有商协会线索</Typography.Text>}
            </>
          ) : (
            <Alert type="info" showIcon title="线索转化数据暂不可用" description={conversion.reason} />
          )}
        </ChartCard>
      </div>
      <Card size="small" title="按阶段与产业链组（项目数）" className="section-card">
        <Table
          rowKey="group"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={d.byGroup}
          columns={[
            { title: "产业链组", dataIndex: "group", fixed: "left" as const },
            ...ALL_STAGES.map((s) => ({ title: s, key: s, align: "right" as const, render: (_: unknown, g: Dashboard["byGroup"][number]) => g.stages[s] || "—" })),
            { title: "合计", dataIndex: "projects", align: "right" as const },
            { title: "投资额", dataIndex: "investment", align: "right" as const, render: (v: number) => formatWan(v) },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
              {d.byStage.map((s, i) => (
                <Table.Summary.Cell key={s.stage} index={i + 1} align="right">
                  <span data-testid={`dash-stage-${s.stage}`}>{s.projects}</span>
                </Table.Summary.Cell>
              ))}
              <Table.Summary.Cell index={ALL_STAGES.length + 1} align="right">
                {d.totals.projects}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={ALL_STAGES.length + 2} align="right">
                {formatWan(d.totals.investment)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
          data-testid="dashboard-group-table"
        />
      </Card>
    </div>
  );
}
