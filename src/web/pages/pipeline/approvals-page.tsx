import { Card, Segmented, Select, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { Link } from "react-router-dom";
import { api } from "../../api/client";
import type { Page } from "../../api/types";
import { useApi } from "../../hooks/use-api";
import { useUrlQuery } from "../../hooks/use-url-query";
import { useRowKeyboard } from "../../hooks/use-row-keyboard";
import { useIndustryGroups } from "../../hooks/use-reference";
import { useAuth } from "../../auth/auth-context";
import { EmptyState, ErrorState } from "../../components/page-states";
import { formatDateTime } from "../../lib/format";
import { REQUEST_STATUS_COLORS, REQUEST_STATUS_LABELS } from "./pipeline-labels";
import type { StageRequest } from "./pipeline-types";
import { PipelineNav } from "./pipeline-nav";
import { StageRequestActions } from "./stage-request-actions";

const STATUSES = ["pending", "applied", "rejected"] as const;

/**
 * 审批: stage requests (进入评审 / 签约) waiting for a group lead. Leads see their own groups first (the filter
 * starts on them); approving or returning is a click away. Status and groups live in the URL.
 */
export function ApprovalsPage() {
  const url = useUrlQuery();
  const { user, can } = useAuth();
  const groups = useIndustryGroups();
  const onKeyDown = useRowKeyboard();
  const { limit, offset } = url.paging(20);
  const status = STATUSES.find((s) => s === url.get("status")) ?? "pending";
  const groupParam = url.get("industryGroup");
  const industryGroup = groupParam === undefined ? (user?.groups ?? []) : groupParam === "all" ? [] : url.getList("industryGroup");
  const { data, error, loading, reload } = useApi(
    (signal) => api<Page<StageRequest>>("/pipeline/stage-requests", { signal, query: { status, industryGroup, limit, offset } }),
    `stage-requests?${status}&${industryGroup.join(",")}&${limit}&${offset}`,
  );
  const canApprove = can("pipeline:approve") && status === "pending";

  const columns: ColumnsType<StageRequest> = [
    { title: "提交时间", dataIndex: "at", width: 150, render: (v: string) => formatDateTime(v) },
    {
      title: "项目",
      key: "project",
      render: (_, r) => (
        <div>
          <Link to={`/pipeline/projects/${r.project.id}`} data-row-link>
            {r.project.name}
          </Link>
          <div className="snippet">
            {r.project.code} · {r.project.industryGroup} · 当前「{r.project.stage}」
          </div>
        </div>
      ),
    },
    { title: "申请", key: "change", width: 150, render: (_, r) => <Tag color="purple">{`${r.from} → ${r.to}`}</Tag> },
    { title: "申请人", dataIndex: "actor", width: 110 },
    { title: "说明", dataIndex: "note", render: (v: string) => <span className="pipeline-text">{v || "—"}</span> },
    status === "pending"
      ? {
          title: "操作",
          key: "op",
          width: 170,
          render: (_, r) => (canApprove ? <StageRequestActions request={r} projectName={r.project.name} onDone={reload} /> : <Typography.Text type="secondary">待产业链组长审批</Typography.Text>),
        }
      : {
          title: "审批结果",
          key: "decision",
          width: 260,
          render: (_, r) => (
            <span>
              <Tag color={REQUEST_STATUS_COLORS[r.status]}>{REQUEST_STATUS_LABELS[r.status]}</Tag>
              {r.approvedBy ?? r.rejectedBy} {formatDateTime(r.decidedAt)}
              {r.decisionNote ? `：${r.decisionNote}` : ""}
            </span>
          ),
        },
  ];

  return (
    <div>
      <Typography.Title level={3}>项目推进</Typography.Title>
      <PipelineNav />
      <Card size="small" className="filter-bar">
        <Space wrap>
          <Segmented
            value={status}
            onChange={(v) => url.set({ status: v === "pending" ? undefined : String(v) })}
            options={STATUSES.map((s) => ({ value: s, label: REQUEST_STATUS_LABELS[s] }))}
            data-testid="approval-status"
          />
          <Select<string[]>
            mode="multiple"
            aria-label="按产业链组筛选"
            placeholder="全部产业链组"
            allowClear
            value={industryGroup}
            onChange={(v) => url.set({ industryGroup: v.length ? v : "all" })}
            options={groups.map((g) => ({ value: g.name, label: g.name }))}
            style={{ minWidth: 260 }}
          />
        </Space>
      </Card>
      {error ? (
        <ErrorState error={error} onRetry={reload} />
      ) : (
        <div onKeyDown={onKeyDown}>
          <Table<StageRequest>
            rowKey="id"
            loading={loading}
            dataSource={data?.items ?? []}
            columns={columns}
            locale={{ emptyText: loading ? " " : <EmptyState description={status === "pending" ? "没有待审批的申请" : "没有记录"} /> }}
            pagination={url.pagination({ total: data?.total ?? 0, defaultPageSize: 20, showTotal: (total) => `共 ${total} 条` })}
            data-testid="approvals-table"
          />
        </div>
      )}
    </div>
  );
}
