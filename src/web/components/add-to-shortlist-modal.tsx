import { useEffect, useState } from "react";
import { App, Form, Input, Modal, Radio, Select, Typography } from "antd";
import { useNavigate } from "react-router-dom";
import { api, errorMessage } from "../api/client";
import { useSubmit } from "../hooks/use-submit";
import type { Page, ShortlistSummary } from "../api/types";

export interface ShortlistCandidate {
  enterpriseId: number;
  name: string;
  score?: number;
  scoreBreakdown?: unknown;
}

/**
 * Adds one or many enterprises to one of my shortlists, or to a new one tied to the project. The server
 * snapshots each enterprise's match score with the same weights as the screen.
 */
export function AddToShortlistModal({
  projectId,
  projectName,
  weights,
  candidates,
  onClose,
  onDone,
}: {
  projectId?: number;
  projectName?: string;
  /** The weight overrides of the ranking on screen. */
  weights?: Record<string, number>;
  candidates: ShortlistCandidate[] | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ mode: "existing" | "new"; shortlistId?: number; name?: string; description?: string }>();
  const [shortlists, setShortlists] = useState<ShortlistSummary[]>();
  const [saving, run] = useSubmit();
  const open = candidates !== null;

  useEffect(() => {
    if (!open) return;
    api<Page<ShortlistSummary>>("/shortlists", { query: { scope: "mine", limit: 200 } })
      .then((page) => {
        // Lists of this project first: the usual target.
        const sorted = [...page.items].sort((a, b) => Number(b.project?.id === projectId) - Number(a.project?.id === projectId));
        setShortlists(sorted);
        form.setFieldsValue(sorted.length ? { mode: "existing", shortlistId: sorted[0].id } : { mode: "new" });
      })
      .catch((err: unknown) => {
        setShortlists([]);
        message.error(errorMessage(err));
      });
  }, [open, projectId, form, message]);

  const submit = async () => {
    const values = await form.validateFields();
    const enterpriseIds = candidates!.map((c) => c.enterpriseId);
    const weightOverrides = weights && Object.keys(weights).length ? { weights } : {};
    let target: { id: number; name: string } | undefined;
    const added = await run(async () => {
      if (values.mode === "new") {
        target = await api<ShortlistSummary>("/shortlists", {
          method: "POST",
          body: { name: values.name!.trim(), description: values.description?.trim() ?? "", ...(projectId ? { projectId } : {}), enterpriseIds, ...weightOverrides },
        });
      } else {
        target = shortlists!.find((s) => s.id === values.shortlistId)!;
        await api(`/shortlists/${target.id}/items`, { method: "POST", body: { enterpriseIds, ...weightOverrides } });
      }
    });
    if (!added || !target) return;
    // Messages render outside the router: a plain link that navigates through it.
    const href = `/shortlists/${target.id}`;
    message.success(
      <span>
        {`已将 ${enterpriseIds.length} 家企业加入清单「`}
        <a
          href={href}
          onClick={(e) => {
            e.preventDefault();
            navigate(href);
          }}
        >
          {target.name}
        </a>
        」
      </span>,
    );
    form.resetFields();
    onDone();
  };

  return (
    <Modal
      open={open}
      title={`加入目标清单（${candidates?.length ?? 0} 家企业）`}
      okText="加入"
      cancelText="取消"
      confirmLoading={saving}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
      forceRender
    >
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }}>
        {candidates?.map((c) => c.name).join("、")}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ mode: "existing" }}>
        <Form.Item name="mode">
          <Radio.Group
            options={[
              { value: "existing", label: "加入已有清单", disabled: !shortlists?.length },
              { value: "new", label: "新建清单" },
            ]}
          />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.mode !== b.mode}>
          {({ getFieldValue }) =>
            getFieldValue("mode") === "new" ? (
              <>
                <Form.Item
                  name="name"
                  label="清单名称"
                  initialValue={projectName ? `${projectName} 目标企业` : undefined}
                  rules={[
                    { required: true, whitespace: true, message: "请填写清单名称" },
                    { max: 100, message: "清单名称不超过100字" },
                  ]}
                >
                  <Input placeholder="如：新能源电控项目 第一批走访" />
                </Form.Item>
                <Form.Item name="description" label="说明" rules={[{ max: 2000, message: "说明不超过2000字" }]}>
                  <Input.TextArea rows={2} />
                </Form.Item>
              </>
            ) : (
              <Form.Item name="shortlistId" label="选择清单" rules={[{ required: true, message: "请选择清单" }]}>
                <Select
                  loading={shortlists === undefined}
                  options={shortlists?.map((s) => ({
                    value: s.id,
                    label: `${s.name}（${s.itemCount} 家${s.project ? ` · ${s.project.name}` : ""}）`,
                  }))}
                  placeholder="选择我的清单"
                  showSearch={{ optionFilterProp: "label" }}
                />
              </Form.Item>
            )
          }
        </Form.Item>
      </Form>
    </Modal>
  );
}
