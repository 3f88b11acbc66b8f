import { useState } from "react";
import { App, Button, Checkbox, Form, Input, Modal, Tooltip, Typography } from "antd";
import { ArrowLeftOutlined, ArrowRightOutlined, SendOutlined, StopOutlined } from "@ant-design/icons";
import { api, errorMessage } from "../../api/client";
import { useAuth } from "../../auth/auth-context";
import { EnterprisePicker } from "../leads/enterprise-picker";
import { STAGES_WITH_INVESTOR } from "./pipeline-labels";
import { STAGE_FLOW, TERMINATED, type ProjectPipeline, type Refusal, type Transition } from "./pipeline-types";
import { validFields } from "../leads/valid-fields";

/** The investor can be linked in the stage dialog itself, so its absence alone does not disable a button. */
const SOLVABLE_IN_DIALOG = new Set(["INVESTOR_REQUIRED"]);

function label(from: string, t: Transition): string {
  if (t.to === TERMINATED) return "终止项目";
  const back = STAGE_FLOW.indexOf(t.to as (typeof STAGE_FLOW)[number]) < STAGE_FLOW.indexOf(from as (typeof STAGE_FLOW)[number]);
  if (back) return `退回「${t.to}」`;
  return t.mode === "request" ? `申请进入「${t.to}」` : `进入「${t.to}」`;
}

function icon(from: string, t: Transition) {
  if (t.to === TERMINATED) return <StopOutlined />;
  if (t.mode === "request") return <SendOutlined />;
  return STAGE_FLOW.indexOf(t.to as (typeof STAGE_FLOW)[number]) < STAGE_FLOW.indexOf(from as (typeof STAGE_FLOW)[number]) ? <ArrowLeftOutlined /> : <ArrowRightOutlined />;
}

interface StageForm {
  note?: string;
  investorEnterpriseId?: number;
  relaunch?: boolean;
}

/**
 * One button per allowed next stage, straight from the API's `transitions`: refused ones are disabled and
 * say why (tooltip, and a list under the buttons); 评审/签约 are requests when the user cannot approve.
 */
export function StageActions({ data, onChanged }: { data: ProjectPipeline; onChanged: () => void }) {
  const { message } = App.useApp();
  const { can } = useAuth();
  const [target, setTarget] = useState<Transition | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<StageForm>();
  const { project, permissions } = data;

  const blocking = (t: Transition): Refusal[] => {
    if (!permissions.canWrite) return [{ code: "FORBIDDEN", message: `该项目属于「${project.industryGroup}」，不在您可推进的产业链组内` }];
    return t.refusals.filter((r) => !SOLVABLE_IN_DIALOG.has(r.code));
  };
  const needsInvestor = (t: Transition) => STAGES_WITH_INVESTOR.has(t.to) && !project.investor;

  const submit = async () => {
    if (!target) return;
    const values = await validFields(form);
    if (!values) return;
    const body = {
      to: target.to,
      note: values.note?.trim() ?? "",
      ...(needsInvestor(target) ? { investorEnterpriseId: values.investorEnterpriseId } : {}),
      ...(target.to === TERMINATED ? { relaunch: Boolean(values.relaunch) } : {}),
    };
    setSaving(true);
    try {
      const result = await api<{ status: "applied" | "pending"; relaunchedProjectId: number | null }>(`/projects/${project.id}/stage`, { method: "POST", body });
      message.success(
        result.status === "pending"
          ? `已提交「${target.to}」申请，等待产业链组长审批`
          : target.to === TERMINATED
            ? `项目已终止${result.relaunchedProjectId ? "，已生成二次招商项目" : ""}`
            : `项目已进入「${target.to}」阶段`,
      );
      setTarget(null);
      form.resetFields();
      onChanged();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  if (!data.transitions.length) return null;
  if (!can("pipeline:write")) return <Typography.Text type="secondary">当前账号为只读，不能推进项目阶段。</Typography.Text>;
  const forward = data.transitions.find((t) => t.to !== TERMINATED && blocking(t).length > 0 && permissions.canWrite);

  return (
    <div className="stage-actions" data-testid="stage-actions">
      {data.transitions.map((t) => {
        const refusals = blocking(t);
        const button = (
          <Button
            key={t.to}
            type={t.to !== TERMINATED && t === data.transitions[0] ? "primary" : "default"}
            danger={t.to === TERMINATED}
            icon={icon(project.stage, t)}
            disabled={refusals.length > 0}
            onClick={() => setTarget(t)}
            data-testid={`stage-to-${t.to}`}
          >
            {label(project.stage, t)}
          </Button>
        );
        return refusals.length ? (
          <Tooltip key={t.to} title={refusals.map((r) => r.message).join("；")}>
            <span>{button}</span>
          </Tooltip>
        ) : (
          button
        );
      })}
      {forward && (
        <ul className="refusal-list" aria-label={`暂不能${label(project.stage, forward)}的原因`} data-testid="stage-refusals">
          {blocking(forward).map((r) => (
            <li key={r.code}>{r.message}</li>
          ))}
        </ul>
      )}
      <Modal
        open={target !== null}
        title={target ? `${label(project.stage, target)}：${project.name}` : ""}
        okText={target?.mode === "request" ? "提交审批" : "确定"}
        okButtonProps={{ danger: target?.to === TERMINATED }}
        cancelText="取消"
        confirmLoading={saving}
        onOk={submit}
        onCancel={() => setTarget(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false} initialValues={{ relaunch: Boolean(data.activeAgreement) }}>
          {target?.mode === "request" && <p>进入「{target.to}」须经产业链组长批准，提交后项目保持当前阶段直至审批。</p>}
          {target && needsInvestor(target) && (
            <Form.Item name="investorEnterpriseId" label="投资企业" rules={[{ required: true, message: `进入「${target.to}」前须关联投资企业` }]}>
              <EnterprisePicker onChange={(id) => form.setFieldValue("investorEnterpriseId", id ?? undefined)} testId="stage-investor" />
            </Form.Item>
          )}
          <Form.Item
            name="note"
            label={target?.to === TERMINATED ? "终止原因" : "说明"}
            rules={target?.to === TERMINATED ? [{ required: true, whitespace: true, message: "请填写终止原因" }] : []}
          >
            <Input.TextArea rows={3} maxLength={2000} autoFocus />
          </Form.Item>
          {target?.to === TERMINATED && (
            <Form.Item name="relaunch" valuePropName="checked">
              <Checkbox>同时生成“二次招商”项目（保留用地等信息，重新进入策划）</Checkbox>
            </Form.Item>
          )}
        </Form>
      </Modal>
    </div>
  );
}
