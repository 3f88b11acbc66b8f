import { Breadcrumb, Button, Card, Descriptions, Space, Table, Tag, Typography } from "antd";
import { BarChartOutlined } from "@ant-design/icons";
import { Link, useParams } from "react-router-dom";
import { api } from "../api/client";
import type { MatchItem, Project, ProjectMatches } from "../api/types";
import { useApi } from "../hooks/use-api";
import { useRowKeyboard } from "../hooks/use-row-keyboard";
import { ErrorState, EmptyState, LoadingState } from "../components/page-states";
import { formatDateTime, formatScore, formatWan } from "../lib/format";

const TOP = 10;

/** A project's fields and the head of its ranked matches (the full review is one click away). */
export function ProjectDetailPage() {
  const id = Number(useParams().id);
  const onKeyDown = useRowKeyboard();
  const project = useApi((signal) => api<Project>(`/projects/${id}`, { signal }), `project/${id}`);
  const matches = useApi((signal) => api<ProjectMatches>(`/projects/${id}/matches`, { signal, query: { limit: TOP } }), `project-matches/${id}`);

  if (project.loading && !project.data) return <LoadingState />;
  if (project.error) return <ErrorState error={project.error} onRetry={project.reload} />;
  const p = project.data!;
  const list = (values: string[]) => (values.length ? values.join("、") : "—");

  return (
    <div>
      <Breadcrumb items={[{ title: <Link to="/projects">项目库</Link> }, { title: p.name }]} />
      <Space className="page-heading" align="center">
        <Typography.Title level={3} className="page-title">
          {p.name}
        </Typography.Title>
        <Tag color="blue">{p.industryGroup}</Tag>
        <Tag>{p.stage}</Tag>
        <Link to={`/pipeline/projects/${p.id}`} data-testid="open-pipeline"><Button size="small">项目推进</Button></Link>
      </Space>
      <Card size="small" title="项目信息">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: "code", label: "项目编号", children: p.code },
            { key: "inv", label: "总投资", children: formatWan(p.totalInvestment) },
            { key: "land", label: "用地面积", children: p.landArea === null ? "—" : `${p.landArea} 亩` },
            { key: "place", label: "建设地点", children: [p.countyName, p.township, p.park].filter(Boolean).join(" · ") || "—" },
            { key: "modes", label: "合作方式", children: list(p.cooperationModes) },
            { key: "industries", label: "行业", children: list(p.industries.map((i) => `${i.code} ${i.name ?? ""}`.trim())) },
            { key: "output", label: "预期产值", children: formatWan(p.expectedOutput) },
            { key: "tax", label: "预期税收", children: formatWan(p.expectedTax) },
            { key: "jobs", label: "预期就业", children: p.expectedJobs === null ? "—" : `${p.expectedJobs} 人` },
            { key: "minCap", label: "投资方注册资本要求", children: p.minInvestorCapital === null ? "—" : `≥ ${formatWan(p.minInvestorCapital)}` },
            { key: "prefInd", label: "优先行业", children: list(p.preferredIndustries) },
            { key: "prefReg", label: "优先地区", children: list(p.preferredRegions) },
            { key: "units", label: "责任单位", children: list(p.responsibleUnits) },
            ...(p.contactPerson !== undefined ? [{ key: "contact", label: "项目联系人", children: p.contactPerson ?? "—" }] : []),
            { key: "updated", label: "更新时间", children: formatDateTime(p.updatedAt) },
            { key: "desc", label: "项目简介", span: "filled" as const, children: p.description || "—" },
            { key: "content", label: "建设内容", span: "filled" as const, children: p.constructionContent || "—" },
            { key: "target", label: "招商对象要求", span: "filled" as const, children: p.targetProfile || "—" },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={`匹配企业（前 ${TOP} 名）`}
        className="section-card"
        extra={
          <Link to={`/projects/${id}/matches`}>
            <Button type="primary" icon={<BarChartOutlined />} data-testid="open-matches">
              查看完整匹配结果
            </Button>
          </Link>
        }
      >
        {matches.error ? (
          <ErrorState error={matches.error} onRetry={matches.reload} />
        ) : (
          <div onKeyDown={onKeyDown}>
            <Table<MatchItem>
              rowKey={(m) => m.enterprise.id}
              size="small"
              loading={matches.loading}
              dataSource={matches.data?.items ?? []}
              pagination={false}
              locale={{ emptyText: matches.loading ? " " : <EmptyState description="暂无匹配企业" /> }}
              columns={[
                { title: "排名", dataIndex: "rank", width: 60, align: "center" },
                {
                  title: "企业",
                  key: "name",
                  render: (_, m) => (
                    <Link to={`/enterprises/${m.enterprise.id}`} data-row-link>
                      {m.enterprise.name}
                    </Link>
                  ),
                },
                { title: "总分", dataIndex: "total", width: 80, align: "right", render: (v: number) => formatScore(v) },
                {
                  title: "主要理由",
                  key: "reason",
                  render: (_, m) => {
                    const known = m.signals.filter((s) => s.value !== null).sort((a, b) => b.contribution - a.contribution);
                    return known.slice(0, 2).map((s) => (
                      <div key={s.key} className="top-reason">
                        <Typography.Text type="secondary">{s.label}：</Typography.Text>
                        {s.reason}
                      </div>
                    ));
                  },
                },
              ]}
              data-testid="project-matches-table"
            />
          </div>
        )}
      </Card>
    </div>
  );
}
