import { Form, Input, Modal } from "antd";
import { api } from "../../api/client";
import { useSubmit } from "../../hooks/use-submit";
import { validFields } from "./valid-fields";

/** 驳回 with its reason (required; the chamber sees it). */
export function RejectDialog({ leadId, companyName, open, onClose, onRejected }: { leadId: number; companyName: string; open: boolean; onClose: () => void; onRejected: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, run] = useSubmit();
  const submit = async () => {
    const values = await validFields(form);
    if (!values) return;
    const { reason } = values;
    if (await run(() => api(`/leads/${leadId}/reject`, { method: "POST", body: { reason: reason.trim() } }), "线索已驳回，商协会可看到驳回原因")) {
      form.resetFields();
      onRejected();
    }
  };
  return (
    <Modal open={open} title={`驳回线索：${companyName}`} okText="驳回" okButtonProps={{ danger: true }} cancelText="取消" confirmLoading={saving} onOk={submit} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label="驳回原因（商协会可见）"
          rules={[
            { required: true, whitespace: true, message: "请填写驳回原因" },
            { min: 2, message: "驳回原因至少2个字" },
            { max: 500, message: "驳回原因不能超过500个字" },
          ]}
        >
          <Input.TextArea rows={4} autoFocus placeholder="如：企业已在我县投资，不属于新线索" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
