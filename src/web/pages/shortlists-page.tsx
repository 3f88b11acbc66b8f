import { useState } from "react";
import { Button, Card, Form, Input, Modal, Segmented, Space, Table, Tag, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { Link, useNavigate } from "react-router-dom";
import { api } from "../api/client";
import { useSubmit } from "../hooks/use-submit";
import type { Page, ShortlistSummary } from "../api/types";
import { SHORTLIST_STATUSES } from "../api/types";
import { useApi } from "../hooks/use-api";
import { useUrlQuery } from "../hooks/use-url-query";
import { useRowKeyboard } from "../hooks/use-row-keyboard";
import { useAuth } from "../auth/auth-context";
import { EmptyState, ErrorState } from "../components/page-states";
import { STATUS_COLORS } from "../components/shortlist-status";
import { formatDateTime } from "../lib/format";

/** 目标清单: my shortlists (or everyone's), with their status counts. */
export function ShortlistsPage() {
  const url = useUrlQuery();
  const { can } = useAuth();
  const navigate = useNavigate();
  const onKeyDown = useRowKeyboard();
  const scope = url.get("scope") === "all" ? "all" : "mine";
  const { limit, offset } = url.paging(20);
  const [creating, setCreating] = useState(false);
  const [saving, run] = useSubmit();
  const [form] = Form.useForm<{ name: string; description?: string }>();
  const { data, error, loading, reload } = useApi(
    (signal) => api<Page<ShortlistSummary>>("/shortlists", { signal, query: { scope, q: url.get("q"), limit, offset } }),
    `shortlists?${url.text}`,
  );

  const create = async () => {
    const values = await form.validateFields();
    let created: ShortlistSummary | undefined;
    const body = { name: values.name.trim(), description: values.description?.trim() ?? "" };
    if (await run(async () => (created = await api<ShortlistSummary>("/shortlists", { method: "POST", body })), "清单已创建")) {
      setCreating(false);
      form.resetFields();
      navigate(`/shortlists/${created!.id}`);
    }
  };

  return (
    <div>
      <Typography.Title level={3}>目标清单</Typography.Title>
      <Card size="small" className="filter-bar">
        <Space wrap>
          <Segmented
            value={scope}
            onChange={(v) => url.set({ scope: v === "all" ? "all" : undefined })}
            options={[
              { value: "mine", label: "我的清单" },
              { value: "all", label: "全部清单" },
            ]}
          />
          <Input.Search
            aria-label="按名称查找清单"
            placeholder="按清单名称查找"
            allowClear
            defaultValue={url.get("q")}
            onSearch={(q) => url.set({ q: q.trim() })}
            style={{ width: 260 }}
          />
          {can("shortlist:write") && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              新建清单
            </Button>
          )}
        </Space>
      </Card>
      {error ? (
        <ErrorState error={error} onRetry={reload} />
      ) : (
        <div onKeyDown={onKeyDown}>
          <Table<ShortlistSummary>
            rowKey="id"
            loading={loading}
            dataSource={data?.items ?? []}
            locale={{
              emptyText: loading ? " " : <EmptyState description={scope === "mine" ? "您还没有目标清单。可在项目的匹配结果中选择企业加入清单。" : "暂无目标清单"} />,
            }}
            columns={[
              {
                title: "清单名称",
                key: "name",
                render: (_, s) => (
                  <div>
                    <Link to={`/shortlists/${s.id}`} data-row-link>
                      {s.name}
                    </Link>
                    {s.description && <div className="snippet">{s.description}</div>}
                  </div>
                ),
              },
              { title: "关联项目", key: "project", render: (_, s) => (s.project ? <Link to={`/projects/${s.project.id}`}>{s.project.name}</Link> : "—") },
              { title: "企业数", dataIndex: "itemCount", width: 80, align: "right" },
              {
                title: "跟进状态",
                key: "status",
                render: (_, s) =>
                  SHORTLIST_STATUSES.filter((st) => s.statusCounts[st]).map((st) => (
                    <Tag key={st} color={STATUS_COLORS[st]}>
                      {st} {s.statusCounts[st]}
                    </Tag>
                  )),
              },
              { title: "创建人", key: "owner", width: 110, render: (_, s) => s.owner.name },
              { title: "更新时间", dataIndex: "updatedAt", width: 150, render: (v: string) => formatDateTime(v) },
            ]}
            pagination={url.pagination({ total: data?.total ?? 0, defaultPageSize: 20, showTotal: (total) => `共 ${total} 个清单` })}
            data-testid="shortlists-table"
          />
        </div>
      )}
      <Modal open={creating} title="新建目标清单" okText="创建" cancelText="取消" confirmLoading={saving} onOk={create} onCancel={() => setCreating(false)} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="name" label="清单名称" rules={[{ required: true, whitespace: true, message: "请填写清单名称" }, { max: 100, message: "清单名称不超过100字" }]}>
            <Input autoFocus />
          </Form.Item>
          <Form.Item name="description" label="说明" rules={[{ max: 2000, message: "说明不超过2000字" }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
