import { useState } from "react";
import { App, Breadcrumb, Button, Card, DatePicker, Popconfirm, Select, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { DeleteOutlined, MessageOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { Link, useNavigate, useParams } from "react-router-dom";
import { api } from "../api/client";
import { useSubmit } from "../hooks/use-submit";
import type { ShortlistItem, ShortlistStatus, ShortlistSummary, User } from "../api/types";
import { SHORTLIST_STATUSES } from "../api/types";
import { useApi } from "../hooks/use-api";
import { useUrlQuery } from "../hooks/use-url-query";
import { useRowKeyboard } from "../hooks/use-row-keyboard";
import { useAuth } from "../auth/auth-context";
import { ErrorState, EmptyState, LoadingState } from "../components/page-states";
import { ExportButtons } from "../components/export-buttons";
import { StatusSelect, STATUS_COLORS } from "../components/shortlist-status";
import { NotesDrawer } from "../components/notes-drawer";
import { LazyScoreChart } from "../components/lazy-score-chart";
import { SignalReasons } from "../components/signal-reasons";
import { formatDate, formatDateTime, formatScore } from "../lib/format";

interface ShortlistDetail extends ShortlistSummary {
  items: ShortlistItem[];
  itemsTotal: number;
  limit: number;
  offset: number;
}

type ItemPatch = { status?: ShortlistStatus; assigneeId?: number | null; dueDate?: string | null };

/** One shortlist: its targets with status, assignee, due date and notes, and its export. */
export function ShortlistDetailPage() {
  const id = Number(useParams().id);
  const url = useUrlQuery();
  const { user, can } = useAuth();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const onKeyDown = useRowKeyboard();
  const canWrite = can("shortlist:write");
  const { limit, offset } = url.paging(100);
  const [notesOf, setNotesOf] = useState<{ enterpriseId: number; name: string } | null>(null);
  const [savingItem, setSavingItem] = useState<number | null>(null);
  const [, run] = useSubmit();
  // Anyone may take a target; an administrator may assign it to any active user with shortlist rights.
  const users = useApi(
    (signal) => api<{ items: (User & { disabled: boolean })[] }>("/users", { signal }),
    can("user:admin") ? "users" : null,
  );
  const detail = useApi(
    (signal) => api<ShortlistDetail>(`/shortlists/${id}`, { signal, query: { limit, offset } }),
    `shortlist/${id}?${url.text}`,
  );

  const itemUrl = (item: ShortlistItem) => `/shortlists/${id}/items/${item.enterpriseId}`;
  const patchItem = async (item: ShortlistItem, patch: ItemPatch, done: string) => {
    setSavingItem(item.enterpriseId);
    if (await run(() => api(itemUrl(item), { method: "PATCH", body: patch }), done)) detail.reload();
    setSavingItem(null);
  };

  const removeItem = async (item: ShortlistItem) => {
    if (await run(() => api(itemUrl(item), { method: "DELETE" }), `已将「${item.enterprise.name}」移出清单`)) detail.reload();
  };

  const deleteList = () =>
    modal.confirm({
      title: "删除这个清单？",
      content: "清单及其中的跟进记录将不再显示。",
      okText: "删除",
      okButtonProps: { danger: true },
      cancelText: "取消",
      onOk: async () => {
        if (await run(() => api(`/shortlists/${id}`, { method: "DELETE" }), "清单已删除")) navigate("/shortlists");
      },
    });

  if (detail.loading && !detail.data) return <LoadingState />;
  if (detail.error && !detail.data) return <ErrorState error={detail.error} onRetry={detail.reload} />;
  const s = detail.data!;

  const assigneeOptions = (item: ShortlistItem) => {
    const options = new Map<number, string>();
    if (user) options.set(user.id, `${user.displayName}（我）`);
    for (const u of users.data?.items ?? []) {
      if (!u.disabled && u.permissions.includes("shortlist:write") && !options.has(u.id)) options.set(u.id, u.displayName);
    }
    if (item.assignee) options.set(item.assignee.id, item.assignee.name + (item.assignee.id === user?.id ? "（我）" : ""));
    return [...options].map(([value, label]) => ({ value, label }));
  };

  const columns: ColumnsType<ShortlistItem> = [
    {
      title: "企业",
      key: "name",
      render: (_, item) => (
        <div>
          <Link to={`/enterprises/${item.enterpriseId}`} data-row-link>
            {item.enterprise.name}
          </Link>
          {item.enterprise.deleted && <Tag color="red">已删除</Tag>}
          <div className="snippet">
            {[item.enterprise.provinceName, item.enterprise.cityName].filter(Boolean).join(" ")}
            {item.enterprise.industryName ? ` · ${item.enterprise.industryName}` : ""}
          </div>
        </div>
      ),
    },
    { title: "匹配总分", dataIndex: "score", width: 90, align: "right", render: (v: number | null) => (v === null ? "—" : formatScore(v)) },
    {
      title: "跟进状态",
      key: "status",
      width: 120,
      render: (_, item) =>
        canWrite ? (
          <StatusSelect
            label={`${item.enterprise.name}的跟进状态`}
            value={item.status}
            disabled={savingItem === item.enterpriseId}
            onChange={(status) => patchItem(item, { status }, `状态已改为「${status}」`)}
          />
        ) : (
          <Tag color={STATUS_COLORS[item.status]}>{item.status}</Tag>
        ),
    },
    {
      title: "负责人",
      key: "assignee",
      width: 150,
      render: (_, item) =>
        canWrite ? (
          <Select<number>
            aria-label={`${item.enterprise.name}的负责人`}
            size="small"
            allowClear
            placeholder="未指派"
            value={item.assignee?.id}
            options={assigneeOptions(item)}
            onChange={(assigneeId) => patchItem(item, { assigneeId: assigneeId ?? null }, assigneeId ? "已指派负责人" : "已取消指派")}
            style={{ width: 136 }}
          />
        ) : (
          (item.assignee?.name ?? "—")
        ),
    },
    {
      title: "截止日期",
      key: "dueDate",
      width: 140,
      render: (_, item) => {
        const overdue = item.dueDate && item.status !== "已签约" && item.status !== "已放弃" && dayjs(item.dueDate).isBefore(dayjs(), "day");
        return canWrite ? (
          <DatePicker
            aria-label={`${item.enterprise.name}的截止日期`}
            size="small"
            value={item.dueDate ? dayjs(item.dueDate) : null}
            status={overdue ? "error" : undefined}
            onChange={(d) => patchItem(item, { dueDate: d ? d.format("YYYY-MM-DD") : null }, d ? `截止日期已设为 ${d.format("YYYY-MM-DD")}` : "已清除截止日期")}
            style={{ width: 128 }}
          />
        ) : (
          <span className={overdue ? "overdue" : undefined}>{formatDate(item.dueDate)}</span>
        );
      },
    },
    {
      title: "最新备注",
      key: "notes",
      render: (_, item) => (
        <div>
          {item.lastNote ? (
            <div className="snippet">
              {formatDateTime(item.lastNote.createdAt)} {item.lastNote.authorName}：{item.lastNote.text}
            </div>
          ) : null}
          <Button size="small" type="link" icon={<MessageOutlined />} onClick={() => setNotesOf({ enterpriseId: item.enterpriseId, name: item.enterprise.name })}>
            备注（{item.noteCount}）
          </Button>
        </div>
      ),
    },
    { title: "加入时间", dataIndex: "addedAt", width: 140, render: (v: string) => formatDateTime(v) },
    ...(canWrite
      ? [
          {
            title: "操作",
            key: "remove",
            width: 80,
            render: (_: unknown, item: ShortlistItem) => (
              <Popconfirm title={`将「${item.enterprise.name}」移出清单？`} okText="移出" cancelText="取消" onConfirm={() => removeItem(item)}>
                <Button size="small" danger type="text" icon={<DeleteOutlined />} aria-label={`移出${item.enterprise.name}`}>
                  移出
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <div>
      <Breadcrumb items={[{ title: <Link to="/shortlists">目标清单</Link> }, { title: s.name }]} />
      <Space className="page-heading" align="center" wrap>
        <Typography.Title level={3} className="page-title">
          {s.name}
        </Typography.Title>
        {SHORTLIST_STATUSES.filter((st) => s.statusCounts[st]).map((st) => (
          <Tag key={st} color={STATUS_COLORS[st]}>
            {st} {s.statusCounts[st]}
          </Tag>
        ))}
      </Space>
      <Card size="small" className="filter-bar">
        <Space wrap>
          <Typography.Text type="secondary">
            {s.project ? (
              <>
                关联项目：<Link to={`/projects/${s.project.id}/matches`}>{s.project.name}</Link> ·{" "}
              </>
            ) : null}
            创建人：{s.owner.name} · 更新于 {formatDateTime(s.updatedAt)}
          </Typography.Text>
          <ExportButtons path={`/shortlists/${id}/export`} query={{}} disabled={!s.itemsTotal} />
          {canWrite && (
            <Button danger onClick={deleteList}>
              删除清单
            </Button>
          )}
        </Space>
        {s.description && <Typography.Paragraph className="list-description">{s.description}</Typography.Paragraph>}
      </Card>
      <div onKeyDown={onKeyDown}>
        <Table<ShortlistItem>
          rowKey="enterpriseId"
          size="middle"
          loading={detail.loading}
          dataSource={s.items}
          columns={columns}
          expandable={{
            rowExpandable: (item) => item.scoreBreakdown.length > 0,
            expandedRowRender: (item) => (
              <div className="match-explain">
                <LazyScoreChart signals={item.scoreBreakdown} />
                <SignalReasons signals={item.scoreBreakdown} />
              </div>
            ),
          }}
          locale={{ emptyText: <EmptyState description="清单中还没有企业。可在项目的匹配结果中选择企业加入。" /> }}
          pagination={url.pagination({ total: s.itemsTotal, defaultPageSize: 100, pageSizeOptions: [50, 100, 200, 500], showTotal: (total) => `共 ${total} 家企业` })}
          data-testid="shortlist-items-table"
        />
      </div>
      <NotesDrawer shortlistId={id} target={notesOf} canWrite={canWrite} onClose={() => setNotesOf(null)} onAdded={detail.reload} />
    </div>
  );
}
