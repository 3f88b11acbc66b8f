import { Alert, Breadcrumb, Button, Card, Descriptions, Popconfirm, Space, Table, Tag, Timeline, Tooltip, Typography } from "antd";
import { Link, useParams } from "react-router-dom";
import { api } from "../api/client";
import type { Enterprise, EnterpriseMatches } from "../api/types";
import { useApi } from "../hooks/use-api";
import { useAuth } from "../auth/auth-context";
import { useSubmit } from "../hooks/use-submit";
import { ErrorState, EmptyState, LoadingState } from "../components/page-states";
import { ENTERPRISE_SIGNAL_TYPE_LABELS, LISTING_STATUS_LABELS, SOURCE_LABELS } from "../lib/labels";
import { formatDate, formatScore, formatWan } from "../lib/format";

const INDUSTRY_KIND_LABELS: Record<string, string> = { primary: "主营", secondary: "兼营", inferred: "推断" };
const INDUSTRY_KIND_ORDER = ["primary", "secondary", "inferred"];

type EnterpriseIndustry = Enterprise["industries"][number];

/**
 * Confirmed codes (主营/兼营) first, then inferred ones with their confidence and, on hover, the evidence behind
 * them. An editor can confirm an inferred code: it becomes one of the enterprise's own codes and no new
 * inference replaces it.
 */
function IndustryTags({ enterprise, canConfirm, onConfirmed }: { enterprise: Enterprise; canConfirm: boolean; onConfirmed: () => void }) {
  const [saving, run] = useSubmit();
  if (!enterprise.industries.length) return <>—</>;
  const confirmed = enterprise.industries.filter((i) => i.kind !== "inferred").map((i) => i.code);
  const confirm = async (i: EnterpriseIndustry) => {
    const body = { industryCodes: [...confirmed, i.code] };
    if (await run(() => api(`/enterprises/${enterprise.id}`, { method: "PATCH", body }), `已确认行业 ${i.code} ${i.name ?? ""}`)) onConfirmed();
  };
  const label = (i: EnterpriseIndustry) => (
    <>
      {INDUSTRY_KIND_LABELS[i.kind] ?? i.kind} {i.code} {i.name ?? ""}
      {i.kind === "inferred" ? `（置信度 ${Math.round(i.confidence * 100)}%）` : ""}
    </>
  );
  return (
    <Space size={[0, 6]} wrap data-testid="enterprise-industries">
      {[...enterprise.industries]
        .sort((a, b) => INDUSTRY_KIND_ORDER.indexOf(a.kind) - INDUSTRY_KIND_ORDER.indexOf(b.kind))
        .map((i) =>
          i.kind === "inferred" ? (
            <Tag key={`${i.kind}-${i.code}`} color="default" data-testid={`industry-inferred-${i.code}`}>
              <Tooltip title={i.evidence ? `推断依据：${i.evidence}` : "系统根据企业名称、产品和行业标签推断"}>
                <span>{label(i)}</span>
              </Tooltip>
              {canConfirm && (
                <Popconfirm
                  title={`确认 ${i.code} ${i.name ?? ""} 为该企业的行业？`}
                  description="确认后作为企业自有行业代码保存，不再随推断变化"
                  okText="确认"
                  cancelText="取消"
                  onConfirm={() => confirm(i)}
                >
                  <Button type="link" size="small" loading={saving} data-testid={`confirm-industry-${i.code}`}>
                    确认
                  </Button>
                </Popconfirm>
              )}
            </Tag>
          ) : (
            <Tag key={`${i.kind}-${i.code}`} color="geekblue" data-testid={`industry-confirmed-${i.code}`}>
              {label(i)}
            </Tag>
          ),
        )}
    </Space>
  );
}

/** Profile, products, expansion signals, contacts (role permitting), source, and the projects it fits. */
export function EnterpriseDetailPage() {
  const id = Number(useParams().id);
  const { can } = useAuth();
  const enterprise = useApi((signal) => api<Enterprise>(`/enterprises/${id}`, { signal }), `enterprise/${id}`);
  const matches = useApi(
    (signal) => api<EnterpriseMatches>(`/enterprises/${id}/matches`, { signal, query: { limit: 10 } }),
    can("match:read") ? `enterprise-matches/${id}` : null,
  );

  if (enterprise.loading && !enterprise.data) return <LoadingState />;
  if (enterprise.error) return <ErrorState error={enterprise.error} onRetry={enterprise.reload} />;
  const e = enterprise.data!;
  const list = (values: string[]) => (values.length ? values.join("、") : "—");

  return (
    <div>
      <Breadcrumb items={[{ title: <Link to="/enterprises">企业库</Link> }, { title: e.name }]} />
      <Space className="page-heading" align="center" wrap>
        <Typography.Title level={3} className="page-title">
          {e.name}
        </Typography.Title>
        <Tag color={e.operatingStatus === "存续" ? "green" : "red"}>{e.operatingStatus}</Tag>
        <Tag>{LISTING_STATUS_LABELS[e.listingStatus] ?? e.listingStatus}</Tag>
        {e.tags.map((t) => (
          <Tag key={t} color="blue">
            {t}
          </Tag>
        ))}
      </Space>

      <Card size="small" title="基本信息">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: "credit", label: "统一社会信用代码", children: e.creditCode ?? "—" },
            { key: "alias", label: "简称", children: list(e.aliases) },
            { key: "stock", label: "股票代码", children: e.stockCode ? `${e.stockCode}${e.exchange ? `（${e.exchange}）` : ""}` : "—" },
            { key: "place", label: "所在地", children: [e.provinceName, e.cityName, e.countyName].filter(Boolean).join(" ") || "—" },
            { key: "cap", label: "注册资本", children: formatWan(e.registeredCapital) },
            { key: "rev", label: "营业收入", children: formatWan(e.revenue) },
            { key: "emp", label: "员工人数", children: e.employees === null ? "—" : `${e.employees} 人` },
            { key: "founded", label: "成立日期", children: formatDate(e.foundedAt) },
            { key: "listed", label: "上市日期", children: formatDate(e.listingDate) },
            {
              key: "industries",
              label: "行业",
              span: "filled" as const,
              children: <IndustryTags enterprise={e} canConfirm={can("enterprise:write")} onConfirmed={enterprise.reload} />,
            },
            { key: "labels", label: "行业标签", span: "filled" as const, children: list(e.industryLabels) },
            { key: "business", label: "主营业务", span: "filled" as const, children: e.mainBusiness ?? "—" },
            {
              key: "products",
              label: "主要产品",
              span: "filled" as const,
              children: e.products.length
                ? e.products.map((p) => <Tag key={p.name}>{p.share !== undefined ? `${p.name}（营收占比 ${Math.round(p.share * 100)}%）` : p.name}</Tag>)
                : "—",
            },
            { key: "source", label: "数据来源", children: SOURCE_LABELS[e.source] ?? e.source },
            { key: "referrer", label: "推荐商协会", children: e.referrerChamber ?? "—" },
            { key: "updated", label: "更新时间", children: formatDate(e.updatedAt) },
          ]}
        />
      </Card>

      <div className="two-columns">
        <Card size="small" title="扩张信号" className="section-card">
          {e.signals.length ? (
            <Timeline
              items={[...e.signals]
                .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt))
                .map((s) => ({
                  key: s.id,
                  children: (
                    <div>
                      <Typography.Text strong>{formatDate(s.occurredAt)}</Typography.Text> <Tag>{ENTERPRISE_SIGNAL_TYPE_LABELS[s.type] ?? s.type}</Tag>
                      <div>{s.description}</div>
                      <Typography.Text type="secondary">来源：{s.source}</Typography.Text>
                    </div>
                  ),
                }))}
            />
          ) : (
            <EmptyState description="暂无扩张信号记录" />
          )}
        </Card>
        <Card size="small" title="联系人" className="section-card" data-testid="contacts-card">
          {!can("contact:read") || e.contacts === undefined ? (
            <Alert type="info" showIcon title="当前账号无权查看联系人信息" data-testid="contacts-hidden" />
          ) : e.contacts.length ? (
            <Table
              size="small"
              rowKey={(c) => `${c.name}-${c.phone ?? c.email ?? ""}`}
              pagination={false}
              dataSource={e.contacts}
              columns={[
                { title: "姓名", dataIndex: "name" },
                { title: "职务", dataIndex: "title", render: (v?: string) => v ?? "—" },
                { title: "电话", dataIndex: "phone", render: (v?: string) => v ?? "—" },
                { title: "邮箱", dataIndex: "email", render: (v?: string) => v ?? "—" },
              ]}
              data-testid="contacts-table"
            />
          ) : (
            <EmptyState description="暂无联系人" />
          )}
        </Card>
      </div>

      {can("match:read") && (
        <Card size="small" title="适合的招商项目" className="section-card">
          {matches.error ? (
            <ErrorState error={matches.error} onRetry={matches.reload} />
          ) : (
            <Table
              size="small"
              rowKey={(m) => m.project.id}
              loading={matches.loading}
              pagination={false}
              dataSource={matches.data?.items ?? []}
              locale={{ emptyText: matches.loading ? " " : <EmptyState description="暂无适合的在谈项目" /> }}
              columns={[
                { title: "排名", dataIndex: "rank", width: 60, align: "center" },
                { title: "项目", key: "name", render: (_, m) => <Link to={`/projects/${m.project.id}`}>{m.project.name}</Link> },
                { title: "产业组", key: "group", width: 120, render: (_, m) => m.project.industryGroup },
                { title: "总投资", key: "inv", width: 110, align: "right", render: (_, m) => formatWan(m.project.totalInvestment) },
                { title: "匹配总分", dataIndex: "total", width: 90, align: "right", render: (v: number) => formatScore(v) },
              ]}
              data-testid="enterprise-matches-table"
            />
          )}
        </Card>
      )}
    </div>
  );
}
