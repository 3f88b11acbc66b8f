import { useEffect, useMemo, useRef, useState } from "react";
import { Alert, Breadcrumb, Button, Card, Checkbox, Segmented, Space, Table, Tabs, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { PlusOutlined, StopOutlined } from "@ant-design/icons";
import { Link, useParams } from "react-router-dom";
import { api } from "../api/client";
import { MATCH_PAGE_SIZE, matchFilters, matchPageQuery, matchPaging } from "./match-list-query";
import type { MatchItem, ProjectMatches } from "../api/types";
import { useApi } from "../hooks/use-api";
import { useUrlQuery } from "../hooks/use-url-query";
import { useRowKeyboard } from "../hooks/use-row-keyboard";
import { useAuth } from "../auth/auth-context";
import { ErrorState, EmptyState, LoadingState } from "../components/page-states";
import { RegionSelect } from "../components/region-select";
import { RangeFilter } from "../components/range-filter";
import { WeightSliders } from "../components/weight-sliders";
import { LazyScoreChart } from "../components/lazy-score-chart";
import { SignalReasons } from "../components/signal-reasons";
import { ExportButtons } from "../components/export-buttons";
import { MarkUnsuitableModal } from "../components/mark-unsuitable-modal";
import { AddToShortlistModal, type ShortlistCandidate } from "../components/add-to-shortlist-modal";
import { LISTING_STATUS_LABELS } from "../lib/labels";
import { formatScore, formatWan } from "../lib/format";

const PAGE_SIZES = [20, 50, 100, 200];

function parseWeights(text: string | undefined): Record<string, number> {
  if (!text) return {};
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === "number")) as Record<string, number>;
  } catch {
    return {};
  }
}

function useMatchQuery() {
  const url = useUrlQuery();
  const { pageSize } = matchPaging(url.params);
  return { url, pageSize, filters: matchFilters(url.params), pageQuery: matchPageQuery(url.params), overrides: parseWeights(url.get("weights")) };
}

function breakdown(signals: MatchItem["signals"]) {
  return signals.map((s) => ({ key: s.key, label: s.label, value: s.value, weight: s.weight, contribution: s.contribution }));
}

/** 匹配结果: the ranked, explained enterprises for one project, with live weights, filters and actions. */
export function MatchReviewPage() {
  const projectId = Number(useParams().id);
  const { can } = useAuth();
  const { url, pageSize, filters, pageQuery, overrides } = useMatchQuery();
  const onKeyDown = useRowKeyboard();
  const [chart, setChart] = useState<"bar" | "radar">("bar");
  const [selected, setSelected] = useState<ShortlistCandidate[]>([]);
  const [adding, setAdding] = useState<ShortlistCandidate[] | null>(null);
  const [unsuitable, setUnsuitable] = useState<{ id: number; name: string } | null>(null);
  const [tab, setTab] = useState("ranked");

  const matches = useApi(
    (signal) =>
      api<ProjectMatches>(`/projects/${projectId}/matches`, {
        signal,
        query: pageQuery,
      }),
    `matches/${projectId}?${url.text}`,
  );
  const excluded = useApi(
    (signal) => api<ProjectMatches>(`/projects/${projectId}/matches`, { signal, query: { ...filters, limit: 1, includeExcluded: true } }),
    tab === "excluded" ? `excluded/${projectId}?${url.text}` : null,
  );

  // Sliders move at once; the ranking request follows when the hand rests (debounced, URL replaced).
  const [draft, setDraft] = useState<Record<string, number>>(overrides);
  const overridesText = JSON.stringify(overrides);
  useEffect(() => setDraft(JSON.parse(overridesText) as Record<string, number>), [overridesText]);
  const timer = useRef<number | undefined>(undefined);
  const changeWeight = (key: string, value: number) => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => url.set({ weights: JSON.stringify(next) }, { replace: true }), 300);
  };
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const data = matches.data;
  const weights = useMemo(() => ({ ...(data?.weights ?? {}), ...draft }), [data?.weights, draft]);
  const rerankPending = JSON.stringify(draft) !== overridesText || matches.loading;

  const candidate = (m: MatchItem): ShortlistCandidate => ({ enterpriseId: m.enterprise.id, name: m.enterprise.name, score: m.total, scoreBreakdown: breakdown(m.signals) });

  const columns: ColumnsType<MatchItem> = [
    { title: "排名", dataIndex: "rank", width: 56, align: "center" },
    {
      title: "企业",
      key: "name",
      width: 260,
      render: (_, m) => (
        <div>
          <Link to={`/enterprises/${m.enterprise.id}`} data-row-link>
            {m.enterprise.name}
          </Link>
          <div className="snippet">
            {[
              [m.enterprise.provinceName, m.enterprise.cityName].filter(Boolean).join(" ") || "所在地未知",
              `注册资本 ${formatWan(m.enterprise.registeredCapital)}`,
              LISTING_STATUS_LABELS[m.enterprise.listingStatus] ?? m.enterprise.listingStatus,
            ].join(" · ")}
          </div>
        </div>
      ),
    },
    {
      title: "总分",
      dataIndex: "total",
      width: 84,
      align: "right",
      render: (v: number, m) => (
        <div title="数据完整度：有数据的信号权重之和占全部权重的比例；数据缺失的信号不计入总分">
          <Typography.Text strong className="match-total">
            {formatScore(v)}
          </Typography.Text>
          <div className="snippet">完整度 {Math.round(m.coverage * 100)}%</div>
        </div>
      ),
    },
    {
      title: "主要理由",
      key: "reason",
      render: (_, m) => {
        const top = [...m.signals].filter((s) => s.value !== null).sort((a, b) => b.contribution - a.contribution)[0];
        // CSS line clamp: antd's measured ellipsis costs a layout pass per cell.
        return top ? (
          <div className="top-reason clamp-2" title={top.reason}>
            <span className="reason-label">{top.label}：</span>
            {top.reason}
          </div>
        ) : (
          "—"
        );
      },
    },
    ...(can("shortlist:write") || can("match:write")
      ? [
          {
            title: "操作",
            key: "actions",
            width: 96,
            render: (_: unknown, m: MatchItem) => (
              <Space size={2} orientation="vertical">
                {can("shortlist:write") && (
                  <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding([candidate(m)])}>
                    加入清单
                  </Button>
                )}
                {can("match:write") && (
                  <Button size="small" danger icon={<StopOutlined />} onClick={() => setUnsuitable({ id: m.enterprise.id, name: m.enterprise.name })}>
                    不合适
                  </Button>
                )}
              </Space>
            ),
          },
        ]
      : []),
  ];

  if (!data && matches.loading) return <LoadingState tip="正在计算匹配结果…" />;
  if (!data && matches.error) return <ErrorState error={matches.error} onRetry={matches.reload} />;
  if (!data) return null;

  return (
    <div>
      <Breadcrumb
        items={[
          { title: <Link to="/projects">项目库</Link> },
          { title: <Link to={`/projects/${projectId}`}>{data.project.name}</Link> },
          { title: "匹配结果" },
        ]}
      />
      <Typography.Title level={3} className="page-title">
        匹配结果：{data.project.name}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        项目编号 {data.project.code} · 产业组 {data.project.industryGroup} · 检索方式 {data.mode === "hybrid" ? "关键词＋语义" : "关键词"}
      </Typography.Paragraph>

      <Card size="small" className="filter-bar">
        <Space wrap>
          <RegionSelect value={url.get("province")} onChange={(province) => url.set({ province })} placeholder="企业所在省/市" maxLevel={2} />
          <RangeFilter url={url} minKey="minCapital" maxKey="maxCapital" label="注册资本" />
          <Checkbox.Group
            aria-label="上市状态"
            value={url.getList("listingStatus")}
            onChange={(v) => url.set({ listingStatus: v as string[] })}
            options={Object.entries(LISTING_STATUS_LABELS).map(([value, label]) => ({ value, label }))}
          />
          <ExportButtons path={`/projects/${projectId}/matches/export`} query={filters} disabled={!data.total} />
        </Space>
      </Card>

      <div className="list-with-facets">
        <div className="list-main">
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              {
                key: "ranked",
                label: `推荐企业（${data.total}）`,
                children: (
                  <div onKeyDown={onKeyDown}>
                    {matches.error ? <ErrorState error={matches.error} onRetry={matches.reload} /> : null}
                    {can("shortlist:write") && (
                      <Space className="bulk-bar">
                        <Button
                          type="primary"
                          icon={<PlusOutlined />}
                          disabled={!selected.length}
                          onClick={() => setAdding(selected)}
                          data-testid="add-selected"
                        >
                          将选中的 {selected.length} 家加入清单
                        </Button>
                        {rerankPending && <Typography.Text type="secondary">正在重新排名…</Typography.Text>}
                      </Space>
                    )}
                    <Table<MatchItem>
                      rowKey={(m) => m.enterprise.id}
                      size="middle"
                      columns={columns}
                      dataSource={data.items}
                      loading={matches.loading}
                      rowSelection={
                        can("shortlist:write")
                          ? {
                              selectedRowKeys: selected.map((s) => s.enterpriseId),
                              onChange: (_keys, rows) => setSelected(rows.map(candidate)),
                              preserveSelectedRowKeys: true,
                            }
                          : undefined
                      }
                      expandable={{
                        expandedRowRender: (m) => (
                          <div className="match-explain">
                            <div className="match-chart">
                              <Segmented
                                size="small"
                                value={chart}
                                onChange={(v) => setChart(v as "bar" | "radar")}
                                options={[
                                  { value: "bar", label: "条形图" },
                                  { value: "radar", label: "雷达图" },
                                ]}
                              />
                              <LazyScoreChart signals={m.signals} kind={chart} />
                            </div>
                            <SignalReasons signals={m.signals} />
                          </div>
                        ),
                        rowExpandable: () => true,
                      }}
                      locale={{ emptyText: <EmptyState description="没有符合条件的企业，请放宽筛选条件" /> }}
                      pagination={url.pagination({
                        total: data.total,
                        maxTotal: 1000 + pageSize,
                        defaultPageSize: MATCH_PAGE_SIZE,
                        pageSizeOptions: PAGE_SIZES,
                        showTotal: (total) => `共 ${total} 家，已排除 ${data.excludedCount} 家`,
                      })}
                      data-testid="matches-table"
                    />
                  </div>
                ),
              },
              {
                key: "excluded",
                label: `已排除（${data.excludedCount}）`,
                children: excluded.error ? (
                  <ErrorState error={excluded.error} onRetry={excluded.reload} />
                ) : (
                  <Table
                    rowKey={(x) => x.enterprise.id}
                    size="small"
                    loading={excluded.loading}
                    dataSource={excluded.data?.excluded ?? []}
                    columns={[
                      { title: "企业", key: "name", render: (_, x) => <Link to={`/enterprises/${x.enterprise.id}`}>{x.enterprise.name}</Link> },
                      { title: "排除原因", key: "reasons", render: (_, x) => x.reasons.map((r) => <div key={r}>{r}</div>) },
                    ]}
                    locale={{ emptyText: <EmptyState description="没有被排除的企业" /> }}
                    pagination={{ pageSize: 20, hideOnSinglePage: true }}
                    data-testid="excluded-table"
                  />
                ),
              },
            ]}
          />
        </div>
        <aside className="side-panel">
          <WeightSliders
            weights={weights}
            overridden={Object.keys(draft)}
            onChange={changeWeight}
            onReset={() => {
              setDraft({});
              url.set({ weights: undefined }, { replace: true });
            }}
          />
          <Alert
            className="side-note"
            type="info"
            showIcon
            title="总分为有数据信号的加权平均；数据缺失的信号不计入，既不算0分也不算满分。"
          />
        </aside>
      </div>

      <MarkUnsuitableModal
        projectId={projectId}
        enterprise={unsuitable}
        onClose={() => setUnsuitable(null)}
        onDone={() => {
          setUnsuitable(null);
          matches.reload();
        }}
      />
      <AddToShortlistModal
        projectId={projectId}
        projectName={data.project.name}
        weights={overrides}
        candidates={adding}
        onClose={() => setAdding(null)}
        onDone={() => {
          setAdding(null);
          setSelected([]);
        }}
      />
    </div>
  );
}
