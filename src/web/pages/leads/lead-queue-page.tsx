import { Card, Checkbox, Input, Select, Space, Table, Tag, Tooltip, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { Link } from "react-router-dom";
import { api } from "../../api/client";
import type { Page } from "../../api/types";
import { useApi } from "../../hooks/use-api";
import { useUrlQuery } from "../../hooks/use-url-query";
import { useRowKeyboard } from "../../hooks/use-row-keyboard";
import { EmptyState, ErrorState } from "../../components/page-states";
import { formatDate, formatDateTime } from "../../lib/format";
import { LEAD_STATUS_LABELS, SUBMITTED_VIA_LABELS } from "./lead-labels";
import { LEAD_STATUSES, OPEN_STATUSES, type Chamber, type Lead, type LeadStatus } from "./lead-types";
import { LeadStatusTag } from "./lead-status-tag";
import { LeadsNav } from "./leads-nav";

const SORTS = [
  { value: "createdAt", label: "最早提交在前（先到先审）" },
  { value: "-createdAt", label: "最新提交在前" },
];

/**
 * The review queue: filters (status, chamber, overdue, name) in the URL; without a status filter it lists
 * what still needs an analyst (已接收, 审核中, 重复提交). Rows past the reply deadline are highlighted.
 */
export function LeadQueuePage() {
  const url = useUrlQuery();
  const onKeyDown = useRowKeyboard();
  const { limit, offset } = url.paging(20);
  const statusParam = url.get("status");
  const statuses: string[] = statusParam === undefined ? OPEN_STATUSES : statusParam === "all" ? [] : url.getList("status");
  const overdue = url.get("overdue") === "true";
  const chambers = useApi((signal) => api<{ items: Chamber[] }>("/chambers", { signal }), "chambers");
  const { data, error, loading, reload } = useApi(
    (signal) =>
      api<Page<Lead>>("/leads", {
        signal,
        query: {
          status: statuses,
          chamberId: url.get("chamberId"),
          overdue: overdue ? "true" : undefined,
          q: url.get("q"),
          sort: url.get("sort"),
          limit,
          offset,
        },
      }),
    `leads?${url.text}`,
  );

  const columns: ColumnsType<Lead> = [
    { title: "提交时间", dataIndex: "createdAt", width: 140, render: (v: string) => formatDateTime(v) },
    {
      title: "企业名称",
      key: "company",
      render: (_, lead) => (
        <div>
          <Link to={`/leads/${lead.id}`} data-row-link>
            {lead.companyName}
          </Link>
          <div className="snippet">
            {lead.industry}
            {lead.creditCode ? ` · ${lead.creditCode}` : ""}
          </div>
        </div>
      ),
    },
    { title: "商协会", key: "chamber", width: 160, render: (_, lead) => lead.chamber.name },
    { title: "来源", dataIndex: "submittedVia", width: 90, render: (v: string) => SUBMITTED_VIA_LABELS[v] ?? v },
    { title: "状态", dataIndex: "status", width: 100, render: (s: LeadStatus) => <LeadStatusTag status={s} /> },
    {
      title: "疑似重复",
      dataIndex: "candidateCount",
      width: 90,
      align: "center",
      render: (n: number) => (n > 0 ? <Tag color="orange">{n} 条</Tag> : <Typography.Text type="secondary">无</Typography.Text>),
    },
    {
      title: "到期",
      key: "due",
      width: 150,
      render: (_, lead) => (
        <Space size={4}>
          <Tooltip title={`答复期限：${formatDateTime(lead.dueAt)}`}>
            <span className={lead.overdue ? "overdue" : undefined}>{formatDate(lead.dueAt)}</span>
          </Tooltip>
          {lead.overdue && (
            <Tag color="red" data-testid="lead-overdue">
              已超期
            </Tag>
          )}
        </Space>
      ),
    },
  ];

  return (
    <div>
      <Typography.Title level={3}>线索审核</Typography.Title>
      <LeadsNav />
      <Card size="small" className="filter-bar">
        <Space wrap>
          <Select<string[]>
            mode="multiple"
            aria-label="按状态筛选"
            placeholder="全部状态"
            allowClear
            value={statuses}
            onChange={(values) => url.set({ status: values.length ? values : "all" })}
            options={LEAD_STATUSES.map((s) => ({ value: s, label: LEAD_STATUS_LABELS[s] }))}
            style={{ minWidth: 260 }}
            data-testid="lead-status-filter"
          />
          <Select<number>
            aria-label="按商协会筛选"
            placeholder="全部商协会"
            allowClear
            showSearch
            optionFilterProp="label"
            loading={chambers.loading}
            value={url.getNumber("chamberId")}
            onChange={(chamberId) => url.set({ chamberId })}
            options={(chambers.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
            style={{ width: 200 }}
            data-testid="lead-chamber-filter"
          />
          <Checkbox checked={overdue} onChange={(e) => url.set({ overdue: e.target.checked ? "true" : undefined })} data-testid="lead-overdue-filter">
            只看超期未处理
          </Checkbox>
          <Input.Search
            aria-label="按企业名称查找"
            placeholder="企业名称"
            allowClear
            defaultValue={url.get("q")}
            onSearch={(q) => url.set({ q: q.trim() })}
            style={{ width: 220 }}
          />
          <Select aria-label="排序" value={url.get("sort") ?? "createdAt"} onChange={(sort) => url.set({ sort: sort === "createdAt" ? undefined : sort })} options={SORTS} style={{ width: 200 }} />
        </Space>
      </Card>
      {error ? (
        <ErrorState error={error} onRetry={reload} />
      ) : (
        <div onKeyDown={onKeyDown}>
          <Table<Lead>
            rowKey="id"
            loading={loading}
            dataSource={data?.items ?? []}
            columns={columns}
            rowClassName={(lead) => (lead.overdue ? "lead-row-overdue" : "")}
            locale={{ emptyText: loading ? " " : <EmptyState description={statuses.length ? "没有符合条件的线索" : "暂无线索"} /> }}
            pagination={url.pagination({ total: data?.total ?? 0, defaultPageSize: 20, showTotal: (total) => `共 ${total} 条线索` })}
            data-testid="leads-table"
          />
        </div>
      )}
    </div>
  );
}
