import { Form, Input, Modal } from "antd";
import { api } from "../api/client";
import { useSubmit } from "../hooks/use-submit";
import { useAuth } from "../auth/auth-context";

/** "不合适" with a reason: the enterprise leaves this project's ranking (shown under 已排除 with the reason). */
export function MarkUnsuitableModal({
  projectId,
  enterprise,
  onClose,
  onDone,
}: {
  projectId: number;
  enterprise: { id: number; name: string } | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { user } = useAuth();
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, run] = useSubmit();

  const submit = async () => {
    const { reason } = await form.validateFields();
    const body = { enterpriseId: enterprise!.id, reason: reason.trim(), ...(user ? { markedBy: user.displayName.slice(0, 50) } : {}) };
    if (await run(() => api(`/projects/${projectId}/unsuitable`, { method: "POST", body }), `已将「${enterprise!.name}」标记为不合适`)) {
      form.resetFields();
      onDone();
    }
  };

  return (
    <Modal
      open={enterprise !== null}
      title={`标记不合适：${enterprise?.name ?? ""}`}
      okText="确认标记"
      cancelText="取消"
      confirmLoading={saving}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label="原因"
          rules={[
            { required: true, message: "请填写不合适的原因" },
            { min: 2, message: "原因至少2个字" },
            { max: 500, message: "原因不超过500字" },
          ]}
        >
          <Input.TextArea rows={3} placeholder="如：企业已在邻县落地同类项目；主营方向与项目不符" autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
