import { Card, Space, Typography } from "antd";
import { api } from "../../api/client";
import { useApi } from "../../hooks/use-api";
import { useUrlQuery } from "../../hooks/use-url-query";
import { useIndustryGroups } from "../../hooks/use-reference";
import { ErrorState } from "../../components/page-states";
import { MultiSelectFilter } from "../../components/multi-select-filter";
import { formatDateTime } from "../../lib/format";
import { ALERT_KIND_LABELS } from "./pipeline-labels";
import { ALERT_KINDS, type PipelineAlert } from "./pipeline-types";
import { PipelineNav } from "./pipeline-nav";
import { AlertsTable } from "./alerts-table";

/** 预警: everything overdue across signed projects, filtered by kind and industry group (kept in the URL). */
export function AlertsPage() {
  const url = useUrlQuery();
  const groups = useIndustryGroups();
  const kind = url.getList("kind");
  const industryGroup = url.getList("industryGroup");
  const { data, error, loading, reload } = useApi(
    (signal) => api<{ items: PipelineAlert[]; total: number; asOf: string }>("/pipeline/alerts", { signal, query: { kind, industryGroup } }),
    `alerts?${url.text}`,
  );
  return (
    <div>
      <Typography.Title level={3}>项目推进</Typography.Title>
      <PipelineNav />
      <Card size="small" className="filter-bar">
        <Space wrap>
          <MultiSelectFilter url={url} field="kind" label="预警类型" options={ALERT_KINDS.map((k) => ({ value: k, label: ALERT_KIND_LABELS[k] }))} minWidth={260} />
          <MultiSelectFilter url={url} field="industryGroup" label="产业链组" options={groups.map((g) => ({ value: g.name, label: g.name }))} minWidth={260} />
          {data && (
            <Typography.Text type="secondary">
              共 {data.total} 项 · 截至 {formatDateTime(data.asOf)}
            </Typography.Text>
          )}
        </Space>
      </Card>
      {error ? <ErrorState error={error} onRetry={reload} /> : <AlertsTable alerts={data?.items ?? []} loading={loading} />}
    </div>
  );
}
