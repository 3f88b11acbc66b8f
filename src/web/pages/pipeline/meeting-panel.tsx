import { useState } from "react";
import { DatePicker, Form, Input, Modal, Select, Table } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { api } from "../../api/client";
import { useSubmit } from "../../hooks/use-submit";
import { EmptyState } from "../../components/page-states";
import { formatDateTime } from "../../lib/format";
import { MEETING_STAGES } from "./pipeline-labels";
import { MEETINGS, type MeetingApproval, type ProjectPipeline } from "./pipeline-types";
import { validFields } from "../leads/valid-fields";
import { AddRecordButton } from "./add-record-button";

interface MeetingForm {
  meeting: string;
  reference: string;
  date: Dayjs;
  note?: string;
}

/** 会议审议: 县政府常务会 / 县委常委会 decisions (signing needs one). */
export function MeetingPanel({ data, onChanged }: { data: ProjectPipeline; onChanged: () => void }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<MeetingForm>();
  const [saving, run] = useSubmit();

  const submit = async () => {
    const v = await validFields(form);
    if (!v) return;
    const body = { meeting: v.meeting, reference: v.reference.trim(), date: v.date.format("YYYY-MM-DD"), note: v.note?.trim() ?? "" };
    if (await run(() => api(`/projects/${data.project.id}/meeting-approvals`, { method: "POST", body }), `已记录${v.meeting}审议`)) {
      setOpen(false);
      onChanged();
    }
  };

  return (
    <div>
      <AddRecordButton
        canWrite={data.permissions.canWrite}
        blockedBy={MEETING_STAGES.has(data.project.stage) ? null : "会议审议须在「评审」或「协议起草」阶段记录"}
        label="记录会议审议"
        onClick={() => setOpen(true)}
        testId="meeting-new"
      />
      <Table<MeetingApproval>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={data.meetingApprovals}
        locale={{ emptyText: <EmptyState description="尚无会议审议记录；签约前须经县政府常务会或县委常委会审议" /> }}
        columns={[
          { title: "会议", dataIndex: "meeting", width: 140 },
          { title: "会议纪要文号", dataIndex: "reference" },
          { title: "会议日期", dataIndex: "date", width: 120 },
          { title: "备注", dataIndex: "note", render: (v: string) => <span className="pipeline-text">{v || "—"}</span> },
          { title: "录入", key: "by", width: 200, render: (_, m) => `${m.createdBy} ${formatDateTime(m.createdAt)}` },
        ]}
        data-testid="meeting-table"
      />
      <Modal open={open} title="记录会议审议" okText="保存" cancelText="取消" confirmLoading={saving} onOk={submit} onCancel={() => setOpen(false)} destroyOnHidden>
        <Form form={form} layout="vertical" preserve={false} initialValues={{ meeting: MEETINGS[0], date: dayjs() }}>
          <Form.Item name="meeting" label="会议" rules={[{ required: true, message: "请选择会议" }]}>
            <Select options={MEETINGS.map((m) => ({ value: m, label: m }))} />
          </Form.Item>
          <Form.Item name="reference" label="会议纪要文号" rules={[{ required: true, whitespace: true, message: "请填写会议纪要文号" }, { min: 2, message: "请填写会议纪要文号" }]}>
            <Input placeholder="如：县政府常务会议纪要〔2026〕8号" maxLength={200} />
          </Form.Item>
          <Form.Item name="date" label="会议日期" rules={[{ required: true, message: "请选择会议日期" }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="note" label="备注">
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
