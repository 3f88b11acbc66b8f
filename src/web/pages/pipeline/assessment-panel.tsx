import { useState } from "react";
import { Alert, App, Card, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Radio, Select, Space, Table, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { api, errorMessage } from "../../api/client";
import { useApi } from "../../hooks/use-api";
import { EmptyState } from "../../components/page-states";
import { formatDateTime, formatWan } from "../../lib/format";
import { ASSESSMENT_STAGES, ITEM_RESULT_COLORS, ITEM_RESULT_LABELS } from "./pipeline-labels";
import { ASSESSMENT_CATEGORIES, ITEM_RESULTS, type Assessment, type ItemResult, type PipelineSettings, type ProjectPipeline } from "./pipeline-types";
import { validFields } from "../leads/valid-fields";
import { AddRecordButton } from "./add-record-button";

export function ResultTag({ result }: { result: ItemResult }) {
  return (
    <Tag color={ITEM_RESULT_COLORS[result]} data-testid="assessment-result">
      {ITEM_RESULT_LABELS[result]}
    </Tag>
  );
}

function AssessmentCard({ a, latest }: { a: Assessment; latest: boolean }) {
  return (
    <Card
      size="small"
      className="section-card"
      title={
        <Space>
          <span>事前评估 {formatDateTime(a.createdAt)}</span>
          <ResultTag result={a.result} />
          {a.vetoed && <Tag color="red">一票否决</Tag>}
          {latest && <Tag color="blue">最新（签约以此为准）</Tag>}
        </Space>
      }
      data-testid="assessment-card"
    >
      <ul className="signal-reasons">
        {a.reasons.map((r, i) => (
          <li key={i}>{r}</li>
        ))}
      </ul>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={a.items}
        columns={[
          { title: "评估类别", dataIndex: "category", width: 120 },
          { title: "结果", dataIndex: "result", width: 110, render: (r: ItemResult) => <ResultTag result={r} /> },
          { title: "否决项", dataIndex: "veto", width: 80, render: (v: boolean) => (v ? <Tag color="red">一票否决</Tag> : "—") },
          { title: "说明", dataIndex: "note", render: (v: string) => <span className="pipeline-text">{v || "—"}</span> },
        ]}
      />
      <Descriptions
        size="small"
        className="section-card"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: "inv", label: "总投资", children: formatWan(a.metrics.investment) },
          { key: "land", label: "用地", children: a.metrics.landArea === null ? "—" : `${a.metrics.landArea} 亩` },
          { key: "perMu", label: "投资强度", children: a.investmentPerMu === null ? "—" : `${a.investmentPerMu} 万元/亩` },
          { key: "taxPerMu", label: "亩均税收", children: a.taxPerMu === null ? "—" : `${a.taxPerMu} 万元/亩` },
          ...a.metricChecks.map((c) => ({
            key: `check-${c.metric}`,
            label: `${c.label}核算`,
            children: <span className={c.passed === false ? "overdue" : undefined}>{c.message}</span>,
          })),
          { key: "committee", label: "评审会", children: `${a.committee.decidedAt ?? "—"}：${a.committee.members.join("、")}` },
          { key: "by", label: "录入人", children: a.createdBy },
          ...(a.note ? [{ key: "note", label: "备注", children: <span className="pipeline-text">{a.note}</span> }] : []),
        ]}
      />
    </Card>
  );
}

interface AssessmentFormValues {
  items: Record<string, { result?: ItemResult | "skip"; note?: string }>;
  investment?: number | null;
  landArea?: number | null;
  annualTax?: number | null;
  annualOutput?: number | null;
  jobs?: number | null;
  decidedAt: Dayjs;
  members: string[];
  note?: string;
}

const METRICS: { name: "investment" | "landArea" | "annualTax" | "annualOutput" | "jobs"; label: string; unit: string }[] = [
  { name: "investment", label: "总投资", unit: "万元" },
  { name: "landArea", label: "用地面积", unit: "亩" },
  { name: "annualTax", label: "年税收", unit: "万元" },
  { name: "annualOutput", label: "年产值", unit: "万元" },
  { name: "jobs", label: "带动就业", unit: "人" },
];

/** The checklist by category (veto items marked), the economic figures and the committee; the result is the server's. */
function AssessmentDialog({ projectId, open, onClose, onSaved }: { projectId: number; open: boolean; onClose: () => void; onSaved: (a: Assessment) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<AssessmentFormValues>();
  const [saving, setSaving] = useState(false);
  const settings = useApi((signal) => api<PipelineSettings>("/pipeline/settings", { signal }), open ? "pipeline-settings" : null);
  const required = new Set(settings.data?.requiredCategories ?? ASSESSMENT_CATEGORIES);
  const veto = new Set(settings.data?.vetoCategories ?? []);
  const t = settings.data?.thresholds;

  const submit = async () => {
    const v = await validFields(form);
    if (!v) return;
    const items = ASSESSMENT_CATEGORIES.flatMap((category) => {
      const item = v.items?.[category];
      return item?.result && item.result !== "skip" ? [{ category, result: item.result, note: item.note?.trim() ?? "" }] : [];
    });
    const metrics = Object.fromEntries(METRICS.filter((m) => v[m.name] !== undefined && v[m.name] !== null).map((m) => [m.name, v[m.name]]));
    setSaving(true);
    try {
      const created = await api<Assessment>(`/projects/${projectId}/assessments`, {
        method: "POST",
        body: { items, metrics, committee: { decidedAt: v.decidedAt.format("YYYY-MM-DD"), members: v.members.map((m) => m.trim()).filter(Boolean) }, note: v.note?.trim() ?? "" },
      });
      message.success(`事前评估已录入，结果：${ITEM_RESULT_LABELS[created.result]}${created.vetoed ? "（一票否决）" : ""}`);
      form.resetFields();
      onSaved(created);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} title="录入事前评估" width={900} okText="保存评估" cancelText="取消" confirmLoading={saving} onOk={submit} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ decidedAt: dayjs(), members: [] }}>
        <Typography.Paragraph type="secondary">
          评估结果由各项结论与经济指标自动得出：一票否决项未通过则整体不通过；任一项未通过或指标低于要求为“未通过”；有条件通过或指标无法核算为“有条件通过”。
        </Typography.Paragraph>
        {ASSESSMENT_CATEGORIES.map((category) => (
          <div key={category} className="assessment-row" data-testid={`assessment-item-${category}`}>
            <Space size={4} wrap>
              <Typography.Text strong>{category}</Typography.Text>
              {veto.has(category) && <Tag color="red">一票否决</Tag>}
              {required.has(category) && <Tag>必评</Tag>}
            </Space>
            <Form.Item
              name={["items", category, "result"]}
              noStyle
              rules={required.has(category) ? [{ required: true, message: `请选择「${category}」的评估结论` }] : []}
            >
              <Radio.Group aria-label={`${category}评估结论`}>
                {ITEM_RESULTS.map((r) => (
                  <Radio key={r} value={r}>
                    {ITEM_RESULT_LABELS[r]}
                  </Radio>
                ))}
                {!required.has(category) && <Radio value="skip">不评</Radio>}
              </Radio.Group>
            </Form.Item>
            <Form.Item name={["items", category, "note"]} noStyle>
              <Input placeholder="说明（选填）" aria-label={`${category}说明`} maxLength={2000} />
            </Form.Item>
          </div>
        ))}
        <Typography.Title level={5} className="section-card">
          经济指标（留空则取项目库中的数据）
        </Typography.Title>
        {t && (
          <Typography.Paragraph type="secondary">
            最低要求：投资强度 {t.minInvestmentPerMu || "不限"} 万元/亩，亩均税收 {t.minTaxPerMu || "不限"} 万元/亩，年产值 {t.minOutput || "不限"} 万元，就业 {t.minJobs || "不限"} 人。
          </Typography.Paragraph>
        )}
        <Space wrap>
          {METRICS.map((m) => (
            <Form.Item key={m.name} name={m.name} label={`${m.label}（${m.unit}）`}>
              <InputNumber min={0} placeholder="取项目数据" style={{ width: 150 }} />
            </Form.Item>
          ))}
        </Space>
        <Space wrap align="start">
          <Form.Item name="decidedAt" label="评审会日期" rules={[{ required: true, message: "请选择评审会日期" }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="members" label="评审委员" rules={[{ required: true, type: "array", min: 1, message: "请填写评审委员（输入姓名后回车）" }]} style={{ minWidth: 420 }}>
            <Select mode="tags" open={false} tokenSeparators={[",", "，", "、"]} placeholder="输入姓名后回车" aria-label="评审委员" data-testid="assessment-members" />
          </Form.Item>
        </Space>
        <Form.Item name="note" label="备注">
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 事前评估: the assessments of the project (latest first) and the form for a new one. */
export function AssessmentPanel({ data, onChanged }: { data: ProjectPipeline; onChanged: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <div>
      <AddRecordButton
        canWrite={data.permissions.canWrite}
        blockedBy={ASSESSMENT_STAGES.has(data.project.stage) ? null : "事前评估须在「评审」或「协议起草」阶段进行"}
        label="录入事前评估"
        onClick={() => setOpen(true)}
        testId="assessment-new"
      />
      {data.assessments.length === 0 ? (
        <EmptyState description="尚未进行事前评估；签约前须有通过的事前评估" />
      ) : (
        data.assessments.map((a, i) => <AssessmentCard key={a.id} a={a} latest={i === 0} />)
      )}
      {data.latestAssessment?.result === "failed" && (
        <Alert type="error" showIcon className="section-card" title="最近一次评估未通过，项目不能签约；可在整改后重新评估。" />
      )}
      <AssessmentDialog
        projectId={data.project.id}
        open={open}
        onClose={() => setOpen(false)}
        onSaved={() => {
          setOpen(false);
          onChanged();
        }}
      />
    </div>
  );
}
