import { Table, Tag } from "antd";
import { Link } from "react-router-dom";
import { useRowKeyboard } from "../../hooks/use-row-keyboard";
import { EmptyState } from "../../components/page-states";
import { formatWan } from "../../lib/format";
import type { PipelineAlert } from "./pipeline-types";

const KIND_COLORS: Record<string, string> = { deposit_overdue: "red", milestone_overdue: "volcano", commitment_overdue: "orange", report_overdue: "gold" };

/** Overdue deposits, milestones, commitments and reports; the most overdue first (the API's order). */
export function AlertsTable({ alerts, loading, showProject = true }: { alerts: PipelineAlert[]; loading?: boolean; showProject?: boolean }) {
  const onKeyDown = useRowKeyboard();
  return (
    <div onKeyDown={onKeyDown}>
      <Table<PipelineAlert>
        rowKey={(a) => `${a.kind}-${a.projectId}-${a.itemId ?? ""}-${a.periodStart ?? ""}`}
        size="small"
        loading={loading}
        dataSource={alerts}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: loading ? " " : <EmptyState description="没有逾期事项" /> }}
        columns={[
          { title: "类型", dataIndex: "label", width: 130, render: (v: string, a) => <Tag color={KIND_COLORS[a.kind]}>{v}</Tag> },
          ...(showProject
            ? [
                {
                  title: "项目",
                  key: "project",
                  render: (_: unknown, a: PipelineAlert) => (
                    <div>
                      <Link to={`/pipeline/projects/${a.projectId}`} data-row-link>
                        {a.projectName}
                      </Link>
                      <div className="snippet">
                        {a.projectCode} · {a.industryGroup}
                      </div>
                    </div>
                  ),
                },
              ]
            : []),
          { title: "说明", dataIndex: "message" },
          { title: "应完成", dataIndex: "dueDate", width: 110 },
          { title: "逾期", dataIndex: "daysOverdue", width: 80, align: "right", render: (v: number) => <span className="overdue">{v} 天</span> },
          { title: "金额", dataIndex: "amount", width: 100, align: "right", render: (v: number | null) => (v === null ? "—" : formatWan(v)) },
        ]}
        data-testid="alerts-table"
      />
    </div>
  );
}
