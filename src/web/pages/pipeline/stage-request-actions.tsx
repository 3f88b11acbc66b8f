import { useState } from "react";
import { Button, Form, Input, Modal, Space } from "antd";
import { CheckOutlined, RollbackOutlined } from "@ant-design/icons";
import { api } from "../../api/client";
import { useSubmit } from "../../hooks/use-submit";
import type { StageChange } from "./pipeline-types";
import { validFields } from "../leads/valid-fields";

/** 批准 / 退回 of a pending stage request (group leads and admins); 退回 needs a reason. */
export function StageRequestActions({ request, projectName, onDone }: { request: StageChange; projectName: string; onDone: () => void }) {
  const [mode, setMode] = useState<"approve" | "reject" | null>(null);
  const [form] = Form.useForm<{ note?: string }>();
  const [saving, run] = useSubmit();
  const change = `${request.from}→${request.to}`;

  const submit = async () => {
    const values = await validFields(form);
    if (!values) return;
    const { note } = values;
    const ok =
      mode === "approve"
        ? await run(() => api(`/pipeline/stage-requests/${request.id}/approve`, { method: "POST", body: { note: note?.trim() ?? "" } }), `已批准：「${projectName}」进入「${request.to}」`)
        : await run(() => api(`/pipeline/stage-requests/${request.id}/reject`, { method: "POST", body: { note: (note ?? "").trim() } }), `已退回「${projectName}」的申请`);
    if (ok) {
      setMode(null);
      form.resetFields();
      onDone();
    }
  };

  return (
    <>
      <Space>
        <Button type="primary" size="small" icon={<CheckOutlined />} onClick={() => setMode("approve")} aria-label={`批准${projectName}${change}`}>
          批准
        </Button>
        <Button size="small" icon={<RollbackOutlined />} onClick={() => setMode("reject")} aria-label={`退回${projectName}${change}`}>
          退回
        </Button>
      </Space>
      <Modal
        open={mode !== null}
        title={`${mode === "approve" ? "批准" : "退回"}阶段变更：${projectName}（${change}）`}
        okText={mode === "approve" ? "批准" : "退回"}
        cancelText="取消"
        confirmLoading={saving}
        onOk={submit}
        onCancel={() => setMode(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          {request.note && <p className="pipeline-text">申请说明：{request.note}</p>}
          <Form.Item
            name="note"
            label={mode === "approve" ? "审批意见（选填）" : "退回原因"}
            rules={mode === "reject" ? [{ required: true, whitespace: true, message: "请填写退回原因" }] : []}
          >
            <Input.TextArea rows={3} autoFocus maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
