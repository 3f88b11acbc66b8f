import { useState } from "react";
import { Button, Card, DatePicker, Descriptions, InputNumber, Modal, Space, Statistic, Table, Tag, Typography } from "antd";
import { LinkOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { Link } from "react-router-dom";
import { api } from "../../api/client";
import { useApi } from "../../hooks/use-api";
import { useSubmit } from "../../hooks/use-submit";
import { useUrlQuery } from "../../hooks/use-url-query";
import { useRowKeyboard } from "../../hooks/use-row-keyboard";
import { useAuth } from "../../auth/auth-context";
import { EmptyState, ErrorState, LoadingState } from "../../components/page-states";
import { formatDateTime } from "../../lib/format";
import { formatPercent, LEAD_STATUS_LABELS } from "./lead-labels";
import type { Chamber, FormLink, LeadStats, LeadStatus, ResponseFigures } from "./lead-types";
import { LeadsNav } from "./leads-nav";

interface ChamberRow extends Partial<ResponseFigures> {
  chamberId: number;
  chamberName: string;
}

const hours = (h: number | undefined) => (h === undefined ? "—" : h >= 48 ? `${(h / 24).toFixed(1)} 天` : `${h} 小时`);

/** A signed public form link for one chamber, with its URL to copy. */
function FormLinkDialog({ chamber, onClose }: { chamber: { id: number; name: string } | null; onClose: () => void }) {
  const [days, setDays] = useState<number>(90);
  const [link, setLink] = useState<FormLink | null>(null);
  const [saving, run] = useSubmit();
  const create = async () => {
    if (!chamber) return;
    await run(async () => setLink(await api<FormLink>(`/chambers/${chamber.id}/form-link`, { method: "POST", body: { expiresInDays: days } })), "报送链接已生成");
  };
  const close = () => {
    setLink(null);
    onClose();
  };
  const url = link ? `${window.location.origin}${link.path}` : "";
  return (
    <Modal open={chamber !== null} title={`报送链接：${chamber?.name ?? ""}`} footer={null} onCancel={close} destroyOnHidden width={640}>
      <Space orientation="vertical" style={{ width: "100%" }}>
        <Typography.Paragraph type="secondary">
          商协会无需账号，打开链接即可填写线索报送表单。链接经签名、到期失效；更换密钥会使所有链接失效。
        </Typography.Paragraph>
        <Space wrap>
          <label htmlFor="form-link-days">有效期（天）</label>
          <InputNumber id="form-link-days" min={1} max={365} precision={0} value={days} onChange={(v) => setDays(v ?? 90)} />
          <Button type="primary" icon={<LinkOutlined />} loading={saving} onClick={create} data-testid="form-link-create">
            生成链接
          </Button>
        </Space>
        {link && (
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              {
                key: "url",
                label: "链接",
                children: (
                  <Typography.Paragraph className="form-link-url" copyable={{ text: url, tooltips: ["复制链接", "已复制"] }} style={{ marginBottom: 0 }} data-testid="form-link-url">
                    {url}
                  </Typography.Paragraph>
                ),
              },
              { key: "exp", label: "有效期至", children: formatDateTime(link.expiresAt) },
            ]}
          />
        )}
      </Space>
    </Modal>
  );
}

/**
 * Administrators: how fast each chamber's leads are answered (received → first review, against the county's
 * deadline), leads waiting past it, and the chambers' public form links.
 */
export function LeadStatsPage() {
  const url = useUrlQuery();
  const { can } = useAuth();
  const onKeyDown = useRowKeyboard();
  const since = url.get("since");
  const [linkFor, setLinkFor] = useState<{ id: number; name: string } | null>(null);
  const stats = useApi((signal) => api<LeadStats>("/leads/stats", { signal, query: { since } }), `lead-stats?${since ?? ""}`);
  const chambers = useApi((signal) => api<{ items: Chamber[] }>("/chambers", { signal }), "chambers");

  if (stats.loading && !stats.data) return <LoadingState />;
  if (stats.error && !stats.data) return <ErrorState error={stats.error} onRetry={stats.reload} />;
  const s = stats.data!;
  const byId = new Map(s.chambers.map((c) => [c.chamberId, c]));
  // Every chamber, with or without leads: a form link is issued before the first lead arrives.
  const rows: ChamberRow[] = [
    ...s.chambers,
    ...(chambers.data?.items ?? []).filter((c) => !byId.has(c.id)).map((c) => ({ chamberId: c.id, chamberName: c.name })),
  ];

  return (
    <div>
      <Typography.Title level={3}>线索审核</Typography.Title>
      <LeadsNav />
      <Card size="small" className="filter-bar">
        <Space wrap size="large">
          <Space>
            <label htmlFor="stats-since">统计起始日期</label>
            <DatePicker id="stats-since" value={since ? dayjs(since) : null} onChange={(d) => url.set({ since: d ? d.format("YYYY-MM-DD") : undefined })} />
          </Space>
          <Statistic title="线索总数" value={s.overall.submitted} />
          <Statistic title="待首次审核" value={s.overall.awaitingReview} />
          <Statistic title="超期未处理" value={s.overall.overdue} styles={s.overall.overdue ? { content: { color: "#cf1322" } } : undefined} />
          <Statistic title="按期答复率" value={formatPercent(s.overall.withinDeadlineRate)} />
          <Statistic title="响应时间中位数" value={hours(s.overall.responseHours?.median)} />
          <Typography.Text type="secondary">答复期限：提交后 {s.deadlineDays} 天 · 统计于 {formatDateTime(s.generatedAt)}</Typography.Text>
        </Space>
      </Card>
      <Card size="small" title="各商协会" className="section-card">
        <Table<ChamberRow>
          rowKey="chamberId"
          size="small"
          pagination={false}
          dataSource={rows}
          locale={{ emptyText: <EmptyState description="还没有商协会" /> }}
          columns={[
            { title: "商协会", dataIndex: "chamberName" },
            { title: "提交", dataIndex: "submitted", width: 70, align: "right", render: (v?: number) => v ?? 0 },
            { title: "已审核", dataIndex: "reviewed", width: 80, align: "right", render: (v?: number) => v ?? 0 },
            {
              title: "超期未处理",
              dataIndex: "overdue",
              width: 100,
              align: "right",
              render: (v?: number) => (v ? <Tag color="red">{v}</Tag> : 0),
            },
            { title: "逾期答复", dataIndex: "reviewedLate", width: 90, align: "right", render: (v?: number) => v ?? 0 },
            { title: "按期答复率", dataIndex: "withinDeadlineRate", width: 100, align: "right", render: (v?: number | null) => formatPercent(v) },
            { title: "平均响应", key: "mean", width: 100, align: "right", render: (_, c) => hours(c.responseHours?.mean) },
            { title: "P90 响应", key: "p90", width: 100, align: "right", render: (_, c) => hours(c.responseHours?.p90) },
            {
              title: "结果",
              key: "status",
              render: (_, c) =>
                c.byStatus
                  ? (Object.entries(c.byStatus) as [LeadStatus, number][])
                      .filter(([, n]) => n > 0)
                      .map(([st, n]) => (
                        <Tag key={st}>
                          {LEAD_STATUS_LABELS[st]} {n}
                        </Tag>
                      ))
                  : "—",
            },
            ...(can("user:admin")
              ? [
                  {
                    title: "报送链接",
                    key: "link",
                    width: 120,
                    render: (_: unknown, c: ChamberRow) => (
                      <Button size="small" icon={<LinkOutlined />} onClick={() => setLinkFor({ id: c.chamberId, name: c.chamberName })} aria-label={`为${c.chamberName}生成报送链接`}>
                        生成链接
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
          data-testid="lead-stats-table"
        />
      </Card>
      <Card size="small" title={`超期未处理的线索（${s.overdueLeads.length}）`} className="section-card">
        <div onKeyDown={onKeyDown}>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={s.overdueLeads}
            locale={{ emptyText: <EmptyState description="没有超期未处理的线索" /> }}
            columns={[
              {
                title: "企业名称",
                key: "name",
                render: (_, l) => (
                  <Link to={`/leads/${l.id}`} data-row-link>
                    {l.companyName}
                  </Link>
                ),
              },
              { title: "商协会", dataIndex: "chamberName", width: 180 },
              { title: "提交时间", dataIndex: "createdAt", width: 150, render: (v: string) => formatDateTime(v) },
              { title: "答复期限", dataIndex: "dueAt", width: 150, render: (v: string) => <span className="overdue">{formatDateTime(v)}</span> },
              { title: "已等待", dataIndex: "waitingDays", width: 90, align: "right", render: (v: number) => `${v} 天` },
            ]}
          />
        </div>
      </Card>
      <FormLinkDialog chamber={linkFor} onClose={() => setLinkFor(null)} />
    </div>
  );
}
