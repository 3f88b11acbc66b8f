import { useState } from "react";
import { Button, Card, Form, Input, Modal, Select, Space, Table, Tag, Typography } from "antd";
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { api } from "../../api/client";
import { useSubmit } from "../../hooks/use-submit";
import { EmptyState } from "../../components/page-states";
import { formatDateTime } from "../../lib/format";
import { PERIOD_STATUS_COLORS, PERIOD_STATUS_LABELS } from "./pipeline-labels";
import type { ProjectPipeline, TrackingPeriod, TrackingProblem, TrackingReport } from "./pipeline-types";
import { validFields } from "../leads/valid-fields";

interface ReportForm {
  periodStart: string;
  progress: string;
  helpRequested?: string;
  industryDept: string;
  township: string;
  problems?: { text: string; assignedUnit?: string }[];
}

/** 双周跟踪报告: progress, help asked for, the lead department and township, and problems to hand out. */
function ReportDialog({
  data,
  periods,
  period,
  onClose,
  onSaved,
}: {
  data: ProjectPipeline;
  periods: ReportablePeriod[];
  period: string | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<ReportForm>();
  const [saving, run] = useSubmit();
  const submit = async () => {
    const v = await validFields(form);
    if (!v) return;
    const body = {
      periodStart: v.periodStart,
      progress: v.progress.trim(),
      helpRequested: v.helpRequested?.trim() ?? "",
      industryDept: v.industryDept.trim(),
      township: v.township.trim(),
      problems: (v.problems ?? []).map((p) => ({ text: p.text.trim(), ...(p.assignedUnit?.trim() ? { assignedUnit: p.assignedUnit.trim() } : {}) })),
    };
    if (await run(() => api(`/projects/${data.project.id}/tracking-reports`, { method: "POST", body }), "跟踪报告已报送")) onSaved();
  };
  return (
    <Modal open={period !== null} title="报送双周跟踪报告" width={760} okText="报送" cancelText="取消" confirmLoading={saving} onOk={submit} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ periodStart: period ?? undefined, township: data.project.township ?? undefined, problems: [] }}>
        <Form.Item name="periodStart" label="报告周期" rules={[{ required: true, message: "请选择报告周期" }]}>
<Select options={periods.map((p) => ({ value: p.start, label: `${p.start} 至 ${p.end}（${PERIOD_STATUS_LABELS[p.status]}）` }))} aria-label="报告周期" />
        </Form.Item>
        <Form.Item name="progress" label="项目进展" rules={[{ required: true, whitespace: true, message: "请填写项目进展" }]}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item name="helpRequested" label="需协调解决的事项">
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="industryDept" label="牵头产业部门" rules={[{ required: true, whitespace: true, message: "请填写牵头产业部门" }]}>
            <Input maxLength={100} style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="township" label="牵头乡镇" rules={[{ required: true, whitespace: true, message: "请填写牵头乡镇" }]}>
            <Input maxLength={100} style={{ width: 240 }} />
          </Form.Item>
        </Space>
        <div className="form-section-title">
          <Typography.Text strong>存在问题</Typography.Text>
        </div>
        <Form.List name="problems">
          {(fields, { add, remove }) => (
            <div>
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap className="form-list-row">
                  <Form.Item name={[field.name, "text"]} rules={[{ required: true, whitespace: true, message: "问题内容不能为空" }]}>
                    <Input style={{ width: 380 }} placeholder="问题描述" aria-label="问题描述" maxLength={2000} />
                  </Form.Item>
                  <Form.Item name={[field.name, "assignedUnit"]}>
                    <Input style={{ width: 180 }} placeholder="交办单位（选填）" aria-label="交办单位" maxLength={100} />
                  </Form.Item>
                  <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="删除该问题" />
                </Space>
              ))}
              <Button size="small" icon={<PlusOutlined />} onClick={() => add()}>
                添加问题
              </Button>
            </div>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

/** 交办 (to a unit) or 办结 (with the result) of a reported problem. */
function ProblemDialog({ action, onClose, onSaved }: { action: { kind: "assign" | "close"; problem: TrackingProblem } | null; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<{ value: string }>();
  const [saving, run] = useSubmit();
  const assign = action?.kind === "assign";
  const submit = async () => {
    if (!action) return;
    const values = await validFields(form);
    if (!values) return;
    const { value } = values;
    const ok = assign
      ? await run(() => api(`/tracking-problems/${action.problem.id}/assign`, { method: "POST", body: { assignedUnit: value.trim() } }), "问题已交办")
      : await run(() => api(`/tracking-problems/${action.problem.id}/close`, { method: "POST", body: { resolution: value.trim() } }), "问题已办结");
    if (ok) onSaved();
  };
  return (
    <Modal open={action !== null} title={assign ? "交办问题" : "办结问题"} okText={assign ? "交办" : "办结"} cancelText="取消" confirmLoading={saving} onOk={submit} onCancel={onClose} destroyOnHidden>
      <p className="pipeline-text">{action?.problem.text}</p>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ value: assign ? (action?.problem.assignedUnit ?? "") : "" }}>
        <Form.Item name="value" label={assign ? "责任单位" : "处理结果"} rules={[{ required: true, whitespace: true, message: assign ? "请填写责任单位" : "请填写处理结果" }]}>
          {assign ? <Input maxLength={100} autoFocus /> : <Input.TextArea rows={3} maxLength={2000} autoFocus />}
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ReportCard({ report, canWrite, onProblem }: { report: TrackingReport; canWrite: boolean; onProblem: (kind: "assign" | "close", p: TrackingProblem) => void }) {
  return (
    <Card size="small" className="section-card" title={`${report.periodStart} 至 ${report.periodEnd}`} extra={<Typography.Text type="secondary">{report.submittedBy} 报送于 {formatDateTime(report.submittedAt)}</Typography.Text>}>
      <p className="pipeline-text">
        <Typography.Text type="secondary">进展：</Typography.Text>
        {report.progress}
      </p>
      {report.helpRequested && (
        <p className="pipeline-text">
          <Typography.Text type="secondary">需协调：</Typography.Text>
          {report.helpRequested}
        </p>
      )}
      <p>
        <Typography.Text type="secondary">牵头部门：</Typography.Text>
        {report.industryDept} · <Typography.Text type="secondary">牵头乡镇：</Typography.Text>
        {report.township}
      </p>
      {report.problems.length > 0 && (
        <Table<TrackingProblem>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={report.problems}
          columns={[
            { title: "问题", dataIndex: "text", render: (v: string) => <span className="pipeline-text">{v}</span> },
            { title: "责任单位", dataIndex: "assignedUnit", width: 140, render: (v: string | null) => v ?? <Tag>未交办</Tag> },
            {
              title: "状态",
              key: "status",
              width: 200,
              render: (_, p) => (p.status === "closed" ? <span><Tag color="green">已办结</Tag>{p.resolution}</span> : <Tag color="orange">办理中</Tag>),
            },
            ...(canWrite
              ? [
                  {
                    title: "操作",
                    key: "op",
                    width: 140,
                    render: (_: unknown, p: TrackingProblem) =>
                      p.status === "open" ? (
                        <Space size={4}>
                          <Button size="small" onClick={() => onProblem("assign", p)}>
                            交办
                          </Button>
                          <Button size="small" onClick={() => onProblem("close", p)}>
                            办结
                          </Button>
                        </Space>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      )}
    </Card>
  );
}

type ReportablePeriod = Pick<TrackingPeriod, "start" | "end" | "status">;

/**
 * The periods a report can be filed for: the tracked ones still missing (overdue first in the table) and
 * the current one, which may be reported early even when tracking starts with the next full period.
 */
function reportablePeriods(tracking: ProjectPipeline["tracking"]): ReportablePeriod[] {
  const reported = new Set(tracking.reports.map((r) => r.periodStart));
  const missing: ReportablePeriod[] = tracking.periods.filter((p) => p.status !== "submitted");
  const current = tracking.currentPeriod;
  if (!reported.has(current.start) && !missing.some((p) => p.start === current.start)) missing.unshift({ ...current, status: "open" });
  return missing;
}

/** 跟踪报告: each two-week period since signing (reported, overdue, open) and the reports with their problems. */
export function TrackingPanel({ data, onChanged }: { data: ProjectPipeline; onChanged: () => void }) {
  const [period, setPeriod] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ kind: "assign" | "close"; problem: TrackingProblem } | null>(null);
  const { tracking, permissions } = data;
  if (!tracking.tracked) return <EmptyState description="项目签约后每两周报送一次跟踪报告；本项目尚未签约。" />;
  const reportable = reportablePeriods(tracking);
  return (
    <div>
      <Space className="filter-bar" wrap>
        {permissions.canWrite && reportable.length > 0 && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setPeriod(reportable[0].start)} data-testid="tracking-new">
            报送跟踪报告
          </Button>
        )}
        <Typography.Text type="secondary">
          签约日期 {tracking.signedOn ?? "—"}，本期 {tracking.currentPeriod.start} 至 {tracking.currentPeriod.end}；自签约后第一个完整周期起每两周报送一次。
        </Typography.Text>
      </Space>
      <Table<TrackingPeriod>
        rowKey="start"
        size="small"
        pagination={{ pageSize: 6, hideOnSinglePage: true }}
        dataSource={tracking.periods}
        locale={{ emptyText: <EmptyState description="签约后的第一个完整报告周期尚未开始" /> }}
        columns={[
          { title: "报告周期", key: "range", render: (_, p) => `${p.start} 至 ${p.end}` },
          { title: "状态", dataIndex: "status", width: 110, render: (s: string) => <Tag color={PERIOD_STATUS_COLORS[s]}>{PERIOD_STATUS_LABELS[s]}</Tag> },
          ...(permissions.canWrite
            ? [
                {
                  title: "操作",
                  key: "op",
                  width: 120,
                  render: (_: unknown, p: TrackingPeriod) =>
                    p.status === "submitted" ? null : (
                      <Button size="small" type={p.status === "overdue" ? "primary" : "default"} danger={p.status === "overdue"} onClick={() => setPeriod(p.start)}>
                        {p.status === "overdue" ? "补报" : "报送"}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
        data-testid="tracking-periods"
      />
      {tracking.reports.map((r) => (
        <ReportCard key={r.id} report={r} canWrite={permissions.canWrite} onProblem={(kind, p) => setProblem({ kind, problem: p })} />
      ))}
      <ReportDialog
        data={data}
        periods={reportable}
        period={period}
        onClose={() => setPeriod(null)}
        onSaved={() => {
          setPeriod(null);
          onChanged();
        }}
      />
      <ProblemDialog
        action={problem}
        onClose={() => setProblem(null)}
        onSaved={() => {
          setProblem(null);
          onChanged();
        }}
      />
    </div>
  );
}
