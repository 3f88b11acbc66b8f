import { useState } from "react";
import { Alert, Badge, Breadcrumb, Button, Card, Descriptions, Modal, Space, Steps, Table, Tabs, Tag, Typography } from "antd";
import { LinkOutlined } from "@ant-design/icons";
import { Link, useParams } from "react-router-dom";
import { api } from "../../api/client";
import { useApi } from "../../hooks/use-api";
import { useSubmit } from "../../hooks/use-submit";
import { useUrlQuery } from "../../hooks/use-url-query";
import { ErrorState, EmptyState, LoadingState } from "../../components/page-states";
import { formatDateTime, formatWan } from "../../lib/format";
import { EnterprisePicker } from "../leads/enterprise-picker";
import { REQUEST_STATUS_COLORS, REQUEST_STATUS_LABELS, STAGE_COLORS, STAGES_WITH_INVESTOR } from "./pipeline-labels";
import { STAGE_FLOW, TERMINATED, type ProjectPipeline, type StageChange } from "./pipeline-types";
import { StageActions } from "./stage-actions";
import { StageRequestActions } from "./stage-request-actions";
import { AssessmentPanel, ResultTag } from "./assessment-panel";
import { MeetingPanel } from "./meeting-panel";
import { AgreementPanel } from "./agreement-panel";
import { TrackingPanel } from "./tracking-panel";
import { AlertsTable } from "./alerts-table";

/** 关联投资企业 outside a stage change (refused by the API once an agreement is in force). */
function InvestorDialog({ data, open, onClose, onSaved }: { data: ProjectPipeline; open: boolean; onClose: () => void; onSaved: () => void }) {
  const [enterpriseId, setEnterpriseId] = useState<number | null>(data.project.investor?.id ?? null);
  const [saving, run] = useSubmit();
  const required = STAGES_WITH_INVESTOR.has(data.project.stage);
  const save = async () => {
    if (await run(() => api(`/projects/${data.project.id}/investor`, { method: "PUT", body: { enterpriseId } }), enterpriseId ? "已关联投资企业" : "已取消关联投资企业")) onSaved();
  };
  return (
    <Modal open={open} title="关联投资企业" okText="保存" cancelText="取消" okButtonProps={{ disabled: required && !enterpriseId }} confirmLoading={saving} onOk={save} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph type="secondary">自「洽谈」阶段起项目必须关联投资企业；录入投资协议后不能更换。</Typography.Paragraph>
      <EnterprisePicker
        value={enterpriseId}
        onChange={setEnterpriseId}
        suggestions={data.project.investor ? [{ id: data.project.investor.id, name: data.project.investor.name }] : []}
        testId="investor-picker"
      />
    </Modal>
  );
}

function HistoryTable({ history }: { history: StageChange[] }) {
  return (
    <Table<StageChange>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...history].reverse()}
      locale={{ emptyText: <EmptyState description="尚无阶段变更记录" /> }}
      columns={[
        { title: "时间", dataIndex: "at", width: 150, render: (v: string) => formatDateTime(v) },
        {
          title: "阶段变更",
          key: "change",
          width: 170,
          render: (_, h) => (
            <span data-testid="history-change">
              {h.from} → {h.to}
            </span>
          ),
        },
        { title: "状态", dataIndex: "status", width: 90, render: (s: string) => <Tag color={REQUEST_STATUS_COLORS[s]}>{REQUEST_STATUS_LABELS[s] ?? s}</Tag> },
        { title: "操作人", dataIndex: "actor", width: 120 },
        {
          title: "审批",
          key: "decision",
          render: (_, h) =>
            h.approvedBy || h.rejectedBy ? (
              <span>
                {h.approvedBy ? `${h.approvedBy} 批准` : `${h.rejectedBy} 退回`}
                {h.decidedAt ? `（${formatDateTime(h.decidedAt)}）` : ""}
                {h.decisionNote ? `：${h.decisionNote}` : ""}
              </span>
            ) : (
              "—"
            ),
        },
        { title: "说明", dataIndex: "note", render: (v: string) => <span className="pipeline-text">{v || "—"}</span> },
      ]}
      data-testid="stage-history"
    />
  );
}

const TABS = ["history", "assessment", "meeting", "agreement", "tracking", "alerts"] as const;

/**
 * 项目推进 of one project: where it stands in the process, the steps the user may take (and why others are
 * refused), and the records each step needs: assessment, meeting approval, agreement, tracking, alerts.
 */
export function ProjectPipelinePage() {
  const id = Number(useParams().id);
  const url = useUrlQuery();
  const [linking, setLinking] = useState(false);
  const { data, error, loading, reload } = useApi((signal) => api<ProjectPipeline>(`/projects/${id}/pipeline`, { signal }), `pipeline/${id}`);

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={reload} />;
  const d = data!;
  const p = d.project;
  const terminated = p.stage === TERMINATED;
  const lastActive = terminated ? [...d.history].reverse().find((h) => h.status === "applied" && h.to === TERMINATED)?.from : p.stage;
  const current = Math.max(0, STAGE_FLOW.indexOf((lastActive ?? "策划") as (typeof STAGE_FLOW)[number]));
  const tab = TABS.includes(url.get("tab") as (typeof TABS)[number]) ? url.get("tab")! : "history";
  const canLinkInvestor = d.permissions.canWrite && !terminated && !d.activeAgreement;

  return (
    <div>
      <Breadcrumb
        items={[
          { title: <Link to="/pipeline">项目推进</Link> },
          { title: <Link to={`/projects/${p.id}`}>{p.name}</Link> },
          { title: "推进情况" },
        ]}
      />
      <Space className="page-heading" align="center" wrap>
        <Typography.Title level={3} className="page-title">
          {p.name}
        </Typography.Title>
        <Tag color="blue">{p.industryGroup}</Tag>
        <Tag color={STAGE_COLORS[p.stage]} data-testid="pipeline-stage">
          {p.stage}
        </Tag>
        {d.alerts.length > 0 && <Tag color="red">{d.alerts.length} 项逾期</Tag>}
      </Space>
      <Steps
        className="pipeline-steps"
        size="small"
        current={current}
        status={terminated ? "error" : p.stage === "政策兑现" ? "finish" : "process"}
        items={STAGE_FLOW.map((s, i) => ({ title: s, description: terminated && i === current ? "已终止" : undefined }))}
      />
      {p.relaunchedFrom && (
        <Alert
          type="info"
          showIcon
          className="filter-bar"
          title={
            <span>
              本项目是 <Link to={`/pipeline/projects/${p.relaunchedFrom.id}`}>{p.relaunchedFrom.name}</Link> 终止后的二次招商项目
            </span>
          }
        />
      )}
      {p.relaunches.length > 0 && (
        <Alert
          type="info"
          showIcon
          className="filter-bar"
          title={
            <span>
              二次招商项目：
              {p.relaunches.map((r) => (
                <Link key={r.id} to={`/pipeline/projects/${r.id}`} style={{ marginRight: 8 }}>
                  {r.name}（{r.stage}）
                </Link>
              ))}
            </span>
          }
        />
      )}
      <Card size="small" title="推进操作" className="filter-bar">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: "code", label: "项目编号", children: p.code },
            { key: "inv", label: "总投资", children: formatWan(p.totalInvestment) },
            { key: "land", label: "用地", children: p.landArea === null ? "—" : `${p.landArea} 亩` },
            {
              key: "investor",
              label: "投资企业",
              children: (
                <Space>
                  {p.investor ? (
                    <Link to={`/enterprises/${p.investor.id}`} data-testid="pipeline-investor">
                      {p.investor.name}
                    </Link>
                  ) : (
                    <Typography.Text type="secondary">未关联</Typography.Text>
                  )}
                  {canLinkInvestor && (
                    <Button size="small" icon={<LinkOutlined />} onClick={() => setLinking(true)} data-testid="link-investor">
                      {p.investor ? "更换" : "关联投资企业"}
                    </Button>
                  )}
                </Space>
              ),
            },
            { key: "place", label: "建设地点", children: [p.township, p.park].filter(Boolean).join(" · ") || "—" },
          ]}
        />
        {d.pendingRequest && (
          <Alert
            type="warning"
            showIcon
            className="section-card"
            data-testid="pending-request"
            title={`待审批：${d.pendingRequest.from} → ${d.pendingRequest.to}（${d.pendingRequest.actor} 于 ${formatDateTime(d.pendingRequest.at)} 提交）`}
            description={d.pendingRequest.note || undefined}
            action={d.permissions.canApprove ? <StageRequestActions request={d.pendingRequest} projectName={p.name} onDone={reload} /> : undefined}
          />
        )}
        <div className="section-card">
          {terminated ? <Typography.Text type="secondary">项目已终止，不能再变更阶段。</Typography.Text> : <StageActions data={d} onChanged={reload} />}
        </div>
      </Card>
      <Tabs
        activeKey={tab}
        onChange={(key) => url.set({ tab: key === "history" ? undefined : key }, { replace: true })}
        items={[
          { key: "history", label: "推进记录", children: <HistoryTable history={d.history} /> },
          {
            key: "assessment",
            label: (
              <Space size={4}>
                事前评估{d.latestAssessment && <ResultTag result={d.latestAssessment.result} />}
              </Space>
            ),
            children: <AssessmentPanel data={d} onChanged={reload} />,
          },
          { key: "meeting", label: `会议审议（${d.meetingApprovals.length}）`, children: <MeetingPanel data={d} onChanged={reload} /> },
          { key: "agreement", label: "投资协议", children: <AgreementPanel data={d} onChanged={reload} /> },
          { key: "tracking", label: "跟踪报告", children: <TrackingPanel data={d} onChanged={reload} /> },
          {
            key: "alerts",
            label: (
              <Badge count={d.alerts.length} size="small" offset={[8, 0]}>
                预警
              </Badge>
            ),
            children: <AlertsTable alerts={d.alerts} showProject={false} />,
          },
        ]}
      />
      <InvestorDialog
        key={p.investor?.id ?? 0}
        data={d}
        open={linking}
        onClose={() => setLinking(false)}
        onSaved={() => {
          setLinking(false);
          reload();
        }}
      />
    </div>
  );
}
