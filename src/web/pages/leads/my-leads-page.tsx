import { Card, Space, Table, Tag, Typography } from "antd";
import { api } from "../../api/client";
import type { Page } from "../../api/types";
import { useApi } from "../../hooks/use-api";
import { useUrlQuery } from "../../hooks/use-url-query";
import { EmptyState, ErrorState } from "../../components/page-states";
import { MultiSelectFilter } from "../../components/multi-select-filter";
import { formatDateTime } from "../../lib/format";
import { LEAD_STATUS_LABELS, SUBMITTED_VIA_LABELS } from "./lead-labels";
import { LEAD_STATUSES, type ChamberLead, type LeadStatus } from "./lead-types";
import { LeadStatusTag } from "./lead-status-tag";

/** 我的线索: a chamber's own submissions, where each stands, and why one was turned down. */
export function MyLeadsPage() {
  const url = useUrlQuery();
  const { limit, offset } = url.paging(20);
  const statuses = url.getList("status");
  const { data, error, loading, reload } = useApi(
    (signal) => api<Page<ChamberLead>>("/leads/mine", { signal, query: { status: statuses, limit, offset } }),
    `my-leads?${url.text}`,
  );
  return (
    <div>
      <Typography.Title level={3}>我的线索</Typography.Title>
      <Typography.Paragraph type="secondary">本会提交的招商线索及招商局的处理结果。被驳回的线索会写明原因。</Typography.Paragraph>
      <Card size="small" className="filter-bar">
        <Space wrap>
          <MultiSelectFilter url={url} field="status" label="处理状态" options={LEAD_STATUSES.map((s) => ({ value: s, label: LEAD_STATUS_LABELS[s] }))} minWidth={260} />
        </Space>
      </Card>
      {error ? (
        <ErrorState error={error} onRetry={reload} />
      ) : (
        <Table<ChamberLead>
          rowKey="id"
          loading={loading}
          dataSource={data?.items ?? []}
          locale={{ emptyText: loading ? " " : <EmptyState description="本会还没有提交线索" /> }}
          columns={[
            { title: "提交时间", dataIndex: "createdAt", width: 150, render: (v: string) => formatDateTime(v) },
            {
              title: "企业名称",
              key: "name",
              render: (_, l) => (
                <div>
                  <span className="lead-text">{l.companyName}</span>
                  {l.creditCode && <div className="snippet">{l.creditCode}</div>}
                </div>
              ),
            },
            { title: "报送方式", dataIndex: "submittedVia", width: 100, render: (v: string) => SUBMITTED_VIA_LABELS[v] ?? v },
            { title: "状态", dataIndex: "status", width: 100, render: (s: LeadStatus) => <LeadStatusTag status={s} /> },
            {
              title: "处理说明",
              key: "note",
              render: (_, l) =>
                l.status === "rejected" ? (
                  <span className="lead-text" data-testid="my-lead-reject-reason">
                    驳回原因：{l.rejectReason ?? "—"}
                  </span>
                ) : l.status === "duplicate" ? (
                  "该企业此前已有线索提交"
                ) : l.referralCredited ? (
                  <Tag color="gold">推荐记功归本会</Tag>
                ) : (
                  "—"
                ),
            },
            { title: "处理时间", dataIndex: "reviewedAt", width: 150, render: (v: string | null) => formatDateTime(v) },
          ]}
          pagination={url.pagination({ total: data?.total ?? 0, defaultPageSize: 20, showTotal: (total) => `共 ${total} 条线索` })}
          data-testid="my-leads-table"
        />
      )}
    </div>
  );
}
