import { useState } from "react";
import { Alert, App, Breadcrumb, Button, Card, Descriptions, Space, Table, Tag, Tooltip, Typography } from "antd";
import { CheckOutlined, CloseOutlined, DownloadOutlined, EyeOutlined, MergeCellsOutlined } from "@ant-design/icons";
import { Link, useParams } from "react-router-dom";
import { api, ApiError, errorMessage } from "../../api/client";
import { useApi } from "../../hooks/use-api";
import { useRowKeyboard } from "../../hooks/use-row-keyboard";
import { useAuth } from "../../auth/auth-context";
import { EmptyState, ErrorState, LoadingState } from "../../components/page-states";
import { formatDate, formatDateTime, formatWan } from "../../lib/format";
import { DEDUP_REASON_LABELS, formatBytes, formatPercent, LEAD_STATUS_LABELS, REVIEWABLE_STATUSES, SUBMITTED_VIA_LABELS } from "./lead-labels";
import type { AcceptResult, DedupCandidate, LeadDetail, LeadStatus, MergeHistoryEntry } from "./lead-types";
import { LeadStatusTag } from "./lead-status-tag";
import { MergeDialog } from "./merge-dialog";
import { RejectDialog } from "./reject-dialog";
import { AcceptedMatches } from "./accepted-matches";

function mergeValueText(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.map(mergeValueText).join("、") || "—";
  if (typeof value === "object") {
    const c = value as { name?: string; phone?: string; email?: string };
    return c.name !== undefined ? [c.name, c.phone, c.email].filter(Boolean).join(" ") : JSON.stringify(value);
  }
  return String(value);
}

/** An enterprise id in a 409's details: accept found the company in the library and offers a merge. */
function conflictingEnterprise(err: unknown): number | null {
  if (!(err instanceof ApiError) || err.status !== 409) return null;
  const id = (err.details as { enterpriseId?: unknown } | undefined)?.enterpriseId;
  return typeof id === "number" ? id : null;
}

/** One lead: what the chamber sent, possible duplicates with their reasons, and the review actions. */
export function LeadDetailPage() {
  const id = Number(useParams().id);
  // A new lead (a candidate link) starts with fresh dialogs and no earlier acceptance result.
  return <LeadDetail key={id} id={id} />;
}

function LeadDetail({ id }: { id: number }) {
  const { can } = useAuth();
  const { message, modal } = App.useApp();
  const onKeyDown = useRowKeyboard();
  const [busy, setBusy] = useState<"start" | "accept" | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [merging, setMerging] = useState<{ enterpriseId: number | null } | null>(null);
  const [accepted, setAccepted] = useState<AcceptResult | null>(null);
  const detail = useApi((signal) => api<LeadDetail>(`/leads/${id}`, { signal }), `lead/${id}`);

  if (detail.loading && !detail.data) return <LoadingState />;
  if (detail.error && !detail.data) return <ErrorState error={detail.error} onRetry={detail.reload} />;
  const lead = detail.data!;
  const canReview = can("lead:review") && REVIEWABLE_STATUSES.includes(lead.status);
  const enterpriseSuggestions = lead.candidates
    .filter((c) => c.kind === "enterprise")
    .map((c) => ({ id: c.id, name: c.name, hint: `疑似重复 ${formatPercent(c.score)}` }));

  const startReview = async () => {
    setBusy("start");
    try {
      await api(`/leads/${id}/start-review`, { method: "POST" });
      message.success("已开始审核，商协会将看到“审核中”");
      detail.reload();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  const accept = async () => {
    setBusy("accept");
    try {
      const result = await api<AcceptResult>(`/leads/${id}/accept`, { method: "POST" });
      setAccepted(result);
      message.success(`已采纳为新企业「${result.enterprise.name}」`);
      detail.reload();
    } catch (err) {
      const existing = conflictingEnterprise(err);
      if (existing) {
        modal.confirm({
          title: "企业库中已有该企业",
          content: `${errorMessage(err)}。是否将线索合并到该企业？`,
          okText: "合并到该企业",
          cancelText: "取消",
          onOk: () => setMerging({ enterpriseId: existing }),
        });
      } else message.error(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  const showStart = lead.status === "received" || (lead.status === "duplicate" && !lead.firstReviewedAt);

  const candidateColumns = [
    {
      title: "类型",
      key: "kind",
      width: 70,
      render: (_: unknown, c: DedupCandidate) => (c.kind === "enterprise" ? <Tag color="blue">企业</Tag> : <Tag>线索</Tag>),
    },
    {
      title: "名称",
      key: "name",
      render: (_: unknown, c: DedupCandidate) => (
        <div>
          <Link to={c.kind === "enterprise" ? `/enterprises/${c.id}` : `/leads/${c.id}`} data-row-link>
            {c.name}
          </Link>
          {c.kind === "lead" && (
            <div className="snippet">
              {c.chamberName} · {formatDate(c.createdAt)} · {LEAD_STATUS_LABELS[c.status as LeadStatus] ?? c.status}
            </div>
          )}
        </div>
      ),
    },
    { title: "统一社会信用代码", dataIndex: "creditCode", width: 190, render: (v: string | null) => v ?? "—" },
    {
      title: "相似度",
      dataIndex: "score",
      width: 80,
      align: "right" as const,
      render: (v: number) => <Tag color={v >= 0.95 ? "red" : v >= 0.8 ? "orange" : "gold"}>{formatPercent(v)}</Tag>,
    },
    {
      title: "判断依据",
      key: "reasons",
      render: (_: unknown, c: DedupCandidate) => (
        <ul className="signal-reasons">
          {c.reasons.map((r) => (
            <li key={r.code}>
              <Tag>{DEDUP_REASON_LABELS[r.code] ?? r.code}</Tag>
              {r.message}
            </li>
          ))}
        </ul>
      ),
    },
    ...(canReview
      ? [
          {
            title: "操作",
            key: "merge",
            width: 120,
            render: (_: unknown, c: DedupCandidate) =>
              c.kind === "enterprise" ? (
                <Button size="small" icon={<MergeCellsOutlined />} onClick={() => setMerging({ enterpriseId: c.id })}>
                  合并到此企业
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <div>
      <Breadcrumb items={[{ title: <Link to="/leads">线索审核</Link> }, { title: lead.companyName }]} />
      <Space className="page-heading" align="center" wrap>
        <Typography.Title level={3} className="page-title" data-testid="lead-title">
          {lead.companyName}
        </Typography.Title>
        <LeadStatusTag status={lead.status} />
        {lead.overdue && <Tag color="red">已超期未处理</Tag>}
      </Space>

      {can("lead:review") && (
        <Card size="small" className="filter-bar">
          {canReview ? (
            <Space wrap>
              {showStart && (
                <Button icon={<EyeOutlined />} loading={busy === "start"} onClick={startReview}>
                  开始审核
                </Button>
              )}
              {lead.status === "duplicate" ? (
                <Tooltip title="重复提交的线索不能采纳为新企业：请合并到已有企业或驳回">
                  <Button type="primary" icon={<CheckOutlined />} disabled>
                    采纳
                  </Button>
                </Tooltip>
              ) : (
                <Button type="primary" icon={<CheckOutlined />} loading={busy === "accept"} onClick={accept}>
                  采纳
                </Button>
              )}
              <Button icon={<MergeCellsOutlined />} onClick={() => setMerging({ enterpriseId: enterpriseSuggestions[0]?.id ?? null })}>
                合并到已有企业
              </Button>
              <Button danger icon={<CloseOutlined />} onClick={() => setRejecting(true)}>
                驳回
              </Button>
              <Typography.Text type="secondary">
                答复期限 {formatDateTime(lead.dueAt)}
                {lead.firstReviewedAt ? ` · 首次审核于 ${formatDateTime(lead.firstReviewedAt)}` : ""}
              </Typography.Text>
            </Space>
          ) : (
            <Typography.Text type="secondary">
              该线索已处理（{lead.statusLabel}）：{lead.reviewedBy ?? "—"}，{formatDateTime(lead.reviewedAt)}
            </Typography.Text>
          )}
        </Card>
      )}

      {lead.status === "rejected" && lead.rejectReason && (
        <Alert type="error" showIcon className="filter-bar" title="驳回原因（商协会可见）" description={<span className="lead-text" data-testid="lead-reject-reason">{lead.rejectReason}</span>} />
      )}
      {lead.duplicateOf && (
        <Alert
          type="warning"
          showIcon
          className="filter-bar"
          title="重复提交"
          data-testid="lead-duplicate-of"
          description={
            <span>
              与 {lead.duplicateOf.chamberName} 于 {formatDateTime(lead.duplicateOf.createdAt)} 提交的线索{" "}
              <Link to={`/leads/${lead.duplicateOf.id}`}>
                #{lead.duplicateOf.id} {lead.duplicateOf.companyName}
              </Link>
              （{LEAD_STATUS_LABELS[lead.duplicateOf.status as LeadStatus] ?? lead.duplicateOf.status}）统一社会信用代码相同，推荐记功归首次提交。
            </span>
          }
        />
      )}
      {lead.enterprise && (
        <Alert
          type="success"
          showIcon
          className="filter-bar"
          title={
            <span>
              对应企业：<Link to={`/enterprises/${lead.enterprise.id}`}>{lead.enterprise.name}</Link>
            </span>
          }
          description={lead.enterprise.referrerChamberName ? `推荐商协会：${lead.enterprise.referrerChamberName}（${formatDateTime(lead.enterprise.referredAt)}）` : undefined}
        />
      )}
      {accepted && <AcceptedMatches result={accepted} />}

      <Card size="small" title="线索信息" className="section-card">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: "chamber", label: "报送商协会", children: lead.chamber.name },
            { key: "via", label: "报送方式", children: SUBMITTED_VIA_LABELS[lead.submittedVia] ?? lead.submittedVia },
            { key: "created", label: "提交时间", children: formatDateTime(lead.createdAt) },
            { key: "credit", label: "统一社会信用代码", children: lead.creditCode ?? "—" },
            { key: "industry", label: "所属行业", children: lead.industry },
            { key: "industryCode", label: "行业代码", children: lead.industryCode ?? "—" },
            ...(lead.contactName !== undefined
              ? [
                  { key: "contact", label: "联系人", children: lead.contactName },
                  { key: "phone", label: "联系电话", children: lead.contactPhone ?? "—" },
                  { key: "email", label: "联系邮箱", children: lead.contactEmail ?? "—" },
                ]
              : []),
            { key: "amount", label: "意向投资额", children: formatWan(lead.investmentAmount) },
            { key: "land", label: "意向用地", children: lead.landArea === null ? "—" : `${lead.landArea} 亩` },
            { key: "type", label: "投资方式", children: lead.investmentType ?? "—" },
            { key: "region", label: "意向落地区域", children: lead.intendedRegion ?? "—" },
            { key: "consent", label: "数据使用授权", children: lead.consent ? `已授权（${formatDateTime(lead.consentAt)}）` : "未授权" },
            { key: "due", label: "答复期限", children: <span className={lead.overdue ? "overdue" : undefined}>{formatDateTime(lead.dueAt)}</span> },
            {
              key: "desc",
              label: "项目说明",
              span: "filled" as const,
              children: (
                <div className="lead-text" data-testid="lead-description">
                  {lead.description || "—"}
                </div>
              ),
            },
          ]}
        />
      </Card>

      <Card size="small" title={`附件（${lead.attachments.length}）`} className="section-card">
        {lead.attachments.length ? (
          <ul className="signal-reasons" data-testid="lead-attachments">
            {lead.attachments.map((a) => (
              <li key={a.id}>
                <a href={`/api/leads/${id}/attachments/${a.id}`} download={a.filename}>
                  <DownloadOutlined /> {a.filename}
                </a>{" "}
                <Typography.Text type="secondary">
                  {a.mime} · {formatBytes(a.size)}
                </Typography.Text>
              </li>
            ))}
          </ul>
        ) : (
          <Typography.Text type="secondary">无附件</Typography.Text>
        )}
      </Card>

      <Card size="small" title={`疑似重复（${lead.candidates.length}）`} className="section-card">
        <div onKeyDown={onKeyDown}>
          <Table<DedupCandidate>
            rowKey={(c) => `${c.kind}-${c.id}`}
            size="small"
            pagination={false}
            dataSource={lead.candidates}
            columns={candidateColumns}
            locale={{ emptyText: <EmptyState description="未发现疑似重复的企业或线索" /> }}
            data-testid="lead-candidates"
          />
        </div>
      </Card>

      {lead.mergeHistory.length > 0 && (
        <Card size="small" title="合并记录" className="section-card">
          <Table<MergeHistoryEntry>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={lead.mergeHistory}
            columns={[
              { title: "字段", dataIndex: "fieldLabel", width: 130 },
              { title: "选择", dataIndex: "choice", width: 100, render: (v: string) => (v === "lead" ? <Tag color="blue">采用线索</Tag> : <Tag>保留企业</Tag>) },
              { title: "合并前", dataIndex: "before", render: mergeValueText },
              { title: "线索值", dataIndex: "leadValue", render: mergeValueText },
              { title: "合并后", dataIndex: "after", render: mergeValueText },
              { title: "操作人", dataIndex: "mergedBy", width: 110 },
              { title: "时间", dataIndex: "mergedAt", width: 140, render: (v: string) => formatDateTime(v) },
            ]}
            data-testid="lead-merge-history"
          />
        </Card>
      )}

      <RejectDialog
        leadId={id}
        companyName={lead.companyName}
        open={rejecting}
        onClose={() => setRejecting(false)}
        onRejected={() => {
          setRejecting(false);
          detail.reload();
        }}
      />
      <MergeDialog
        leadId={id}
        open={merging !== null}
        initialEnterpriseId={merging?.enterpriseId ?? null}
        suggestions={enterpriseSuggestions}
        onClose={() => setMerging(null)}
        onMerged={() => {
          setMerging(null);
          detail.reload();
        }}
      />
    </div>
  );
}
