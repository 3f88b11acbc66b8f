import { useEffect, useState } from "react";
import { Alert, App, Form, Modal, Radio, Tag, Typography } from "antd";
import { api, ApiError, errorMessage } from "../../api/client";
import { useApi } from "../../hooks/use-api";
import { ErrorState, LoadingState } from "../../components/page-states";
import { EnterprisePicker, type EnterpriseOption } from "./enterprise-picker";
import type { LeadDetail, MergeChoice, MergeFieldComparison, MergePreview } from "./lead-types";

interface FieldIssue {
  path?: string;
  message: string;
}

function issuesOf(details: unknown): FieldIssue[] {
  return Array.isArray(details) ? details.filter((d): d is FieldIssue => typeof d?.message === "string") : [];
}

/** A field's value as plain text (contacts as name · phone · e-mail); never HTML. */
function valueText(value: unknown): string {
  if (value === null || value === undefined || value === "") return "（空）";
  if (Array.isArray(value)) return value.length ? value.map(valueText).join("\n") : "（空）";
  if (typeof value === "object") {
    const c = value as { name?: string; title?: string; phone?: string; email?: string };
    if (c.name !== undefined) return [c.name, c.title, c.phone, c.email].filter(Boolean).join(" · ");
    return JSON.stringify(value);
  }
  return String(value);
}

/**
 * 合并到已有企业: the lead and the enterprise side by side, field by field. Where they disagree the analyst
 * has to pick one side; elsewhere the default (fill in / add) is preselected and can be changed. A refusal
 * of the server (400, e.g. the enterprise changed meanwhile) is shown with its field list and the
 * comparison is loaded again.
 */
export function MergeDialog({
  leadId,
  open,
  initialEnterpriseId,
  suggestions,
  onClose,
  onMerged,
}: {
  leadId: number;
  open: boolean;
  initialEnterpriseId: number | null;
  suggestions: EnterpriseOption[];
  onClose: () => void;
  onMerged: (detail: LeadDetail) => void;
}) {
  const { message } = App.useApp();
  const [enterpriseId, setEnterpriseId] = useState<number | null>(initialEnterpriseId);
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({});
  const [attempted, setAttempted] = useState(false);
  const [serverIssues, setServerIssues] = useState<FieldIssue[]>([]);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    setEnterpriseId(initialEnterpriseId);
    setChoices({});
    setAttempted(false);
    setServerIssues([]);
  }, [open, initialEnterpriseId]);

  const preview = useApi(
    (signal) => api<MergePreview>(`/leads/${leadId}/merge-preview`, { signal, query: { enterpriseId } }),
    open && enterpriseId ? `merge-preview/${leadId}/${enterpriseId}` : null,
  );
  const fields = enterpriseId && preview.data?.enterprise.id === enterpriseId ? preview.data.fields : [];
  const choiceOf = (f: MergeFieldComparison) => choices[f.field] ?? f.defaultChoice ?? undefined;
  const missing = fields.filter((f) => !choiceOf(f));

  const pickEnterprise = (id: number | null) => {
    setEnterpriseId(id);
    setChoices({});
    setAttempted(false);
    setServerIssues([]);
  };

  const submit = async () => {
    if (!enterpriseId || !preview.data) return;
    if (missing.length) {
      setAttempted(true);
      return;
    }
    const body = { enterpriseId, fields: Object.fromEntries(fields.map((f) => [f.field, choiceOf(f)])) };
    setSaving(true);
    try {
      const detail = await api<LeadDetail>(`/leads/${leadId}/merge`, { method: "POST", body });
      message.success(`已合并到「${preview.data.enterprise.name}」`);
      onMerged(detail);
    } catch (err) {
      if (err instanceof ApiError && err.status === 400) {
        setServerIssues([{ message: err.message }, ...issuesOf(err.details)]);
        setAttempted(true);
        preview.reload();
      } else message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title="合并到已有企业"
      width={860}
      okText="确认合并"
      cancelText="取消"
      okButtonProps={{ disabled: !enterpriseId || !preview.data || preview.loading }}
      confirmLoading={saving}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label="合并到企业" htmlFor="merge-enterprise">
          <EnterprisePicker id="merge-enterprise" value={enterpriseId} onChange={pickEnterprise} suggestions={suggestions} testId="merge-enterprise" />
        </Form.Item>
      </Form>
      {serverIssues.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="filter-bar"
          title="合并未完成"
          description={
            <ul className="signal-reasons" data-testid="merge-server-issues">
              {serverIssues.map((issue, i) => (
                <li key={i}>{issue.message}</li>
              ))}
            </ul>
          }
        />
      )}
      {!enterpriseId ? (
        <Typography.Text type="secondary">请选择要合并到的企业（可从疑似重复的企业中选择，或按名称查找）。</Typography.Text>
      ) : preview.error ? (
        <ErrorState error={preview.error} onRetry={preview.reload} />
      ) : preview.loading && !fields.length ? (
        <LoadingState tip="正在比较线索与企业…" />
      ) : fields.length === 0 ? (
        <Alert type="info" showIcon title="线索没有需要写入企业的新信息" description="确认合并后，线索记为“已合并”，并作为投资意向记入该企业。" />
      ) : (
        <div data-testid="merge-fields">
          <Typography.Paragraph type="secondary">
            两边不一致的字段必须选择；其余字段已按默认方式预选（企业为空时采用线索，标签与联系人为追加），可以修改。
          </Typography.Paragraph>
          <div className="merge-header" aria-hidden="true">
            <span>线索（商协会提交）</span>
            <span>企业库现有（{preview.data?.enterprise.name}）</span>
          </div>
          {fields.map((f) => {
            const unresolved = attempted && !choiceOf(f);
            return (
              <div key={f.field} className={`merge-row${unresolved ? " merge-row-missing" : ""}`} data-testid={`merge-field-${f.field}`}>
                <div className="merge-row-title">
                  <Typography.Text strong>{f.label}</Typography.Text>
                  {f.conflict ? <Tag color="red">不一致，须选择</Tag> : <Tag>默认{f.defaultChoice === "lead" ? "采用线索" : "保留企业"}</Tag>}
                  <span className="snippet">采用线索：{f.effect}</span>
                </div>
                <Radio.Group
                  className="merge-choice"
                  aria-label={`${f.label}：采用线索还是保留企业`}
                  value={choiceOf(f)}
                  onChange={(e) => setChoices((c) => ({ ...c, [f.field]: e.target.value as MergeChoice }))}
                >
                  <Radio value="lead" data-testid={`merge-${f.field}-lead`}>
                    <div className="snippet">采用线索</div>
                    <div className="merge-value">{valueText(f.leadValue)}</div>
                  </Radio>
                  <Radio value="enterprise" data-testid={`merge-${f.field}-enterprise`}>
                    <div className="snippet">保留企业</div>
                    <div className="merge-value">{valueText(f.enterpriseValue)}</div>
                  </Radio>
                </Radio.Group>
                {unresolved && (
                  <Typography.Text type="danger" role="alert">
                    请选择「{f.label}」采用哪一方的值
                  </Typography.Text>
                )}
              </div>
            );
          })}
        </div>
      )}
    </Modal>
  );
}
