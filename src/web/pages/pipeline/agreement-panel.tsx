import { useState } from "react";
import { Button, Card, Checkbox, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from "antd";
import { DeleteOutlined, PlusOutlined, StopOutlined } from "@ant-design/icons";
import dayjs, { type Dayjs } from "dayjs";
import { api } from "../../api/client";
import { useSubmit } from "../../hooks/use-submit";
import { EmptyState } from "../../components/page-states";
import { formatDate, formatDateTime, formatWan } from "../../lib/format";
import { AGREEMENT_STAGES } from "./pipeline-labels";
import { MILESTONE_KINDS, type Agreement, type Commitment, type Milestone, type ProjectPipeline } from "./pipeline-types";
import { validFields } from "../leads/valid-fields";
import { AddRecordButton } from "./add-record-button";

const day = (d: Dayjs | null | undefined) => (d ? d.format("YYYY-MM-DD") : null);
const isPast = (date: string | null) => Boolean(date && dayjs(date).isBefore(dayjs(), "day"));

interface AgreementFormValues {
  parties: string[];
  committedInvestment?: number | null;
  depositAmount?: number | null;
  depositDueDate?: Dayjs | null;
  depositPaidAt?: Dayjs | null;
  note?: string;
  milestones?: { kind: string; dueDate: Dayjs }[];
  commitments?: { policyItem: string; dueDate?: Dayjs | null }[];
}

/** 录入投资协议: parties, committed investment, the deposit, the milestones and the government's commitments. */
function AgreementDialog({ data, open, onClose, onSaved }: { data: ProjectPipeline; open: boolean; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<AgreementFormValues>();
  const [saving, run] = useSubmit();
  const submit = async () => {
    const v = await validFields(form);
    if (!v) return;
    const body = {
      parties: v.parties.map((p) => p.trim()).filter(Boolean),
      committedInvestment: v.committedInvestment ?? null,
      depositAmount: v.depositAmount ?? null,
      depositDueDate: day(v.depositDueDate),
      depositPaidAt: day(v.depositPaidAt),
      note: v.note?.trim() ?? "",
      milestones: (v.milestones ?? []).map((m) => ({ kind: m.kind, dueDate: day(m.dueDate) })),
      commitments: (v.commitments ?? []).map((c) => ({ policyItem: c.policyItem.trim(), dueDate: day(c.dueDate) })),
    };
    if (await run(() => api(`/projects/${data.project.id}/agreements`, { method: "POST", body }), "投资协议已录入")) {
      onSaved();
    }
  };
  return (
    <Modal open={open} title="录入投资协议" width={820} okText="保存协议" cancelText="取消" confirmLoading={saving} onOk={submit} onCancel={onClose} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ parties: data.project.investor ? [data.project.investor.name] : [], committedInvestment: data.project.totalInvestment ?? undefined, milestones: [], commitments: [] }}
      >
        <Form.Item name="parties" label="协议各方" rules={[{ required: true, type: "array", min: 2, message: "协议至少包括两方（输入名称后回车）" }]}>
          <Select mode="tags" open={false} tokenSeparators={[",", "，", "、"]} placeholder="如：正安县人民政府（输入后回车）" aria-label="协议各方" data-testid="agreement-parties" />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="committedInvestment" label="协议投资额（万元）">
            <InputNumber min={0} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="depositAmount" label="履约保证金（万元）">
            <InputNumber min={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            name="depositDueDate"
            label="保证金缴纳期限"
            dependencies={["depositAmount"]}
            rules={[({ getFieldValue }) => ({ validator: (_, value) => (getFieldValue("depositAmount") && !value ? Promise.reject(new Error("填写保证金时须填写缴纳期限")) : Promise.resolve()) })]}
          >
            <DatePicker aria-label="保证金缴纳期限" />
          </Form.Item>
          <Form.Item name="depositPaidAt" label="保证金到账日期">
            <DatePicker aria-label="保证金到账日期" />
          </Form.Item>
        </Space>
        <div className="form-section-title">
          <Typography.Text strong>履约节点</Typography.Text>
        </div>
        <Form.List name="milestones">
          {(fields, { add, remove }) => (
            <div>
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap className="form-list-row">
                  <Form.Item name={[field.name, "kind"]} rules={[{ required: true, message: "请选择节点" }]}>
                    <Select style={{ width: 120 }} placeholder="节点" aria-label="履约节点" options={MILESTONE_KINDS.map((k) => ({ value: k, label: k }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, "dueDate"]} rules={[{ required: true, message: "请选择应完成日期" }]}>
                    <DatePicker placeholder="应完成日期" aria-label="应完成日期" />
                  </Form.Item>
                  <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="删除该节点" />
                </Space>
              ))}
              <Button size="small" icon={<PlusOutlined />} onClick={() => add({ kind: MILESTONE_KINDS[fields.length % MILESTONE_KINDS.length] })} className="filter-bar">
                添加履约节点
              </Button>
            </div>
          )}
        </Form.List>
        <div className="form-section-title">
          <Typography.Text strong>政府承诺（政策兑现事项）</Typography.Text>
        </div>
        <Form.List name="commitments">
          {(fields, { add, remove }) => (
            <div>
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap className="form-list-row">
                  <Form.Item name={[field.name, "policyItem"]} rules={[{ required: true, whitespace: true, min: 2, message: "请填写政策事项" }]}>
                    <Input style={{ width: 360 }} placeholder="如：固定资产投资补助 500 万元" aria-label="政策事项" maxLength={500} />
                  </Form.Item>
                  <Form.Item name={[field.name, "dueDate"]}>
                    <DatePicker placeholder="兑现期限（选填）" aria-label="兑现期限" />
                  </Form.Item>
                  <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="删除该事项" />
                </Space>
              ))}
              <Button size="small" icon={<PlusOutlined />} onClick={() => add()} className="filter-bar">
                添加政策事项
              </Button>
            </div>
          )}
        </Form.List>
        <Form.Item name="note" label="备注">
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A date to record (payment, completion, delivery), today by default. */
function DateDialog({ title, label, open, onClose, onSubmit }: { title: string; label: string; open: boolean; onClose: () => void; onSubmit: (date: string) => Promise<boolean> }) {
  const [date, setDate] = useState<Dayjs | null>(dayjs());
  const [saving, setSaving] = useState(false);
  return (
    <Modal
      open={open}
      title={title}
      okText="保存"
      cancelText="取消"
      okButtonProps={{ disabled: !date }}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
      onOk={async () => {
        setSaving(true);
        const ok = await onSubmit(date!.format("YYYY-MM-DD"));
        setSaving(false);
        if (ok) onClose();
      }}
    >
      <Space>
        <label htmlFor="record-date">{label}</label>
        <DatePicker id="record-date" value={date} onChange={setDate} />
      </Space>
    </Modal>
  );
}

type Recording =
  | { kind: "deposit" }
  | { kind: "milestone"; item: Milestone }
  | { kind: "commitment"; item: Commitment };

/** The agreement in force: deposit, milestones and commitments, each with its overdue state and a way to record it. */
function AgreementCard({ agreement, canWrite, onChanged }: { agreement: Agreement; canWrite: boolean; onChanged: () => void }) {
  const [, run] = useSubmit();
  const [recording, setRecording] = useState<Recording | null>(null);
  const [adding, setAdding] = useState<"milestone" | "commitment" | null>(null);
  const [terminating, setTerminating] = useState(false);
  const [addForm] = Form.useForm<{ kind?: string; policyItem?: string; dueDate?: Dayjs | null }>();
  const [terminateForm] = Form.useForm<{ reason: string; relaunch: boolean }>();
  const [saving, runSaving] = useSubmit();
  const depositOverdue = Boolean(agreement.depositAmount && !agreement.depositPaidAt && isPast(agreement.depositDueDate));

  const record = async (date: string) => {
    if (!recording) return false;
    const [path, body, done] =
      recording.kind === "deposit"
        ? [`/agreements/${agreement.id}`, { depositPaidAt: date }, "已登记保证金到账"]
        : recording.kind === "milestone"
          ? [`/milestones/${recording.item.id}`, { doneAt: date }, `已登记「${recording.item.kind}」完成`]
          : [`/commitments/${recording.item.id}`, { deliveredAt: date }, "已登记政策兑现"];
    const ok = await run(() => api(path, { method: "PATCH", body }), done);
    if (ok) onChanged();
    return ok;
  };

  const addItem = async () => {
    const v = await validFields(addForm);
    if (!v) return;
    const ok =
      adding === "milestone"
        ? await runSaving(() => api(`/agreements/${agreement.id}/milestones`, { method: "POST", body: { kind: v.kind, dueDate: day(v.dueDate) } }), "已添加履约节点")
        : await runSaving(() => api(`/agreements/${agreement.id}/commitments`, { method: "POST", body: { policyItem: v.policyItem?.trim(), dueDate: day(v.dueDate) } }), "已添加政策事项");
    if (ok) {
      setAdding(null);
      onChanged();
    }
  };

  const terminate = async () => {
    const v = await validFields(terminateForm);
    if (!v) return;
    if (await runSaving(() => api(`/agreements/${agreement.id}/terminate`, { method: "POST", body: { reason: v.reason.trim(), relaunch: v.relaunch } }), "协议已终止，项目进入「终止」")) {
      setTerminating(false);
      onChanged();
    }
  };

  return (
    <Card
      size="small"
      title={
        <Space>
          <span>投资协议</span>
          {agreement.status === "active" ? <Tag color="green">有效</Tag> : <Tag color="red">已终止</Tag>}
        </Space>
      }
      extra={
        canWrite && agreement.status === "active" ? (
          <Button danger size="small" icon={<StopOutlined />} onClick={() => setTerminating(true)}>
            终止协议
          </Button>
        ) : null
      }
      data-testid="agreement-card"
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: "parties", label: "协议各方", children: agreement.parties.join("、") },
          { key: "enterprise", label: "投资企业", children: agreement.enterprise?.name ?? "—" },
          { key: "signed", label: "签约日期", children: agreement.signedAt ?? "未签约（进入签约阶段时记录）" },
          { key: "inv", label: "协议投资额", children: formatWan(agreement.committedInvestment) },
          { key: "deposit", label: "履约保证金", children: formatWan(agreement.depositAmount) },
          {
            key: "depositDue",
            label: "保证金缴纳",
            children: agreement.depositAmount ? (
              <Space>
                <span className={depositOverdue ? "overdue" : undefined}>期限 {agreement.depositDueDate ?? "—"}</span>
                {agreement.depositPaidAt ? (
                  <Tag color="green">已于 {agreement.depositPaidAt} 到账</Tag>
                ) : (
                  <>
                    {depositOverdue && <Tag color="red">逾期未缴</Tag>}
                    {canWrite && agreement.status === "active" && (
                      <Button size="small" onClick={() => setRecording({ kind: "deposit" })}>
                        登记到账
                      </Button>
                    )}
                  </>
                )}
              </Space>
            ) : (
              "—"
            ),
          },
          ...(agreement.terminationReason ? [{ key: "term", label: "终止原因", children: agreement.terminationReason }] : []),
          ...(agreement.note ? [{ key: "note", label: "备注", children: <span className="pipeline-text">{agreement.note}</span> }] : []),
        ]}
      />
      <Space className="section-card" wrap>
        <Typography.Text strong>履约节点</Typography.Text>
        {canWrite && agreement.status === "active" && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding("milestone")}>
            添加
          </Button>
        )}
      </Space>
      <Table<Milestone>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={agreement.milestones}
        locale={{ emptyText: "未约定履约节点" }}
        columns={[
          { title: "节点", dataIndex: "kind", width: 90 },
          { title: "应完成", dataIndex: "dueDate", width: 120, render: (v: string | null, m) => <span className={!m.doneAt && isPast(v) ? "overdue" : undefined}>{v ?? "—"}</span> },
          { title: "完成日期", dataIndex: "doneAt", width: 120, render: (v: string | null, m) => v ?? (isPast(m.dueDate) ? <Tag color="red">逾期未完成</Tag> : "—") },
          { title: "备注", dataIndex: "note", render: (v: string) => v || "—" },
          ...(canWrite && agreement.status === "active"
            ? [
                {
                  title: "操作",
                  key: "op",
                  width: 110,
                  render: (_: unknown, m: Milestone) =>
                    m.doneAt ? null : (
                      <Button size="small" onClick={() => setRecording({ kind: "milestone", item: m })}>
                        登记完成
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
        data-testid="milestones-table"
      />
      <Space className="section-card" wrap>
        <Typography.Text strong>政府承诺（政策兑现）</Typography.Text>
        {canWrite && agreement.status === "active" && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding("commitment")}>
            添加
          </Button>
        )}
      </Space>
      <Table<Commitment>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={agreement.commitments}
        locale={{ emptyText: "未约定政策兑现事项" }}
        columns={[
          { title: "政策事项", dataIndex: "policyItem" },
          { title: "兑现期限", dataIndex: "dueDate", width: 120, render: (v: string | null, c) => <span className={!c.deliveredAt && isPast(v) ? "overdue" : undefined}>{v ?? "—"}</span> },
          { title: "兑现日期", dataIndex: "deliveredAt", width: 120, render: (v: string | null, c) => v ?? (isPast(c.dueDate) ? <Tag color="red">逾期未兑现</Tag> : "—") },
          ...(canWrite && agreement.status === "active"
            ? [
                {
                  title: "操作",
                  key: "op",
                  width: 110,
                  render: (_: unknown, c: Commitment) =>
                    c.deliveredAt ? null : (
                      <Button size="small" onClick={() => setRecording({ kind: "commitment", item: c })}>
                        登记兑现
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
        data-testid="commitments-table"
      />
      <DateDialog
        open={recording !== null}
        title={recording?.kind === "deposit" ? "登记保证金到账" : recording?.kind === "milestone" ? `登记「${recording.item.kind}」完成` : "登记政策兑现"}
        label={recording?.kind === "deposit" ? "到账日期" : recording?.kind === "milestone" ? "完成日期" : "兑现日期"}
        onClose={() => setRecording(null)}
        onSubmit={record}
      />
      <Modal open={adding !== null} title={adding === "milestone" ? "添加履约节点" : "添加政策兑现事项"} okText="添加" cancelText="取消" confirmLoading={saving} onOk={addItem} onCancel={() => setAdding(null)} destroyOnHidden>
        <Form form={addForm} layout="vertical" preserve={false}>
          {adding === "milestone" ? (
            <Form.Item name="kind" label="节点" rules={[{ required: true, message: "请选择节点" }]}>
              <Select options={MILESTONE_KINDS.map((k) => ({ value: k, label: k }))} />
            </Form.Item>
          ) : (
            <Form.Item name="policyItem" label="政策事项" rules={[{ required: true, whitespace: true, min: 2, message: "请填写政策事项" }]}>
              <Input maxLength={500} />
            </Form.Item>
          )}
          <Form.Item name="dueDate" label={adding === "milestone" ? "应完成日期" : "兑现期限"} rules={adding === "milestone" ? [{ required: true, message: "请选择日期" }] : []}>
            <DatePicker />
          </Form.Item>
        </Form>
      </Modal>
      <Modal open={terminating} title="终止投资协议" okText="终止协议" okButtonProps={{ danger: true }} cancelText="取消" confirmLoading={saving} onOk={terminate} onCancel={() => setTerminating(false)} destroyOnHidden>
        <Form form={terminateForm} layout="vertical" preserve={false} initialValues={{ relaunch: true }}>
          <Typography.Paragraph type="secondary">终止后项目进入「终止」阶段，不能再推进。</Typography.Paragraph>
          <Form.Item name="reason" label="终止原因" rules={[{ required: true, whitespace: true, min: 2, message: "请填写终止原因" }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item name="relaunch" valuePropName="checked">
            <Checkbox>生成“二次招商”项目（保留用地等信息，重新进入策划）</Checkbox>
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

/** 投资协议: the agreement in force (or the form to enter one) and earlier, terminated ones. */
export function AgreementPanel({ data, onChanged }: { data: ProjectPipeline; onChanged: () => void }) {
  const [open, setOpen] = useState(false);
  const active = data.activeAgreement;
  const past = data.agreements.filter((a) => a.status === "terminated");
  return (
    <div>
      {active ? (
        <AgreementCard agreement={active} canWrite={data.permissions.canWrite} onChanged={onChanged} />
      ) : (
        <>
          <AddRecordButton
            canWrite={data.permissions.canWrite}
            blockedBy={!AGREEMENT_STAGES.has(data.project.stage) ? "进入「协议起草」后才能录入投资协议" : !data.project.investor ? "录入协议前须关联投资企业" : null}
            label="录入投资协议"
            onClick={() => setOpen(true)}
            testId="agreement-new"
          />
          <EmptyState description="尚无有效的投资协议；签约前须先录入投资协议" />
        </>
      )}
      {past.map((a) => (
        <Card key={a.id} size="small" className="section-card" title={`已终止的协议（${formatDate(a.createdAt)} 录入）`}>
          <Typography.Text type="secondary">
            {a.parties.join("、")} · 协议投资额 {formatWan(a.committedInvestment)} · 终止于 {formatDateTime(a.terminatedAt)}：{a.terminationReason ?? "—"}
          </Typography.Text>
        </Card>
      ))}
      <AgreementDialog
        data={data}
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
