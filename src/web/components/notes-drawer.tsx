import { useState } from "react";
import { Button, Drawer, Input, Space, Timeline, Typography } from "antd";
import { api } from "../api/client";
import { useSubmit } from "../hooks/use-submit";
import type { ShortlistNote } from "../api/types";
import { useApi } from "../hooks/use-api";
import { ErrorState, EmptyState, LoadingState } from "./page-states";
import { formatDateTime } from "../lib/format";

/** Dated follow-up notes of one target (newest first); anyone who may write adds one. */
export function NotesDrawer({
  shortlistId,
  target,
  canWrite,
  onClose,
  onAdded,
}: {
  shortlistId: number;
  target: { enterpriseId: number; name: string } | null;
  canWrite: boolean;
  onClose: () => void;
  onAdded: () => void;
}) {
  const [text, setText] = useState("");
  const [saving, run] = useSubmit();
  const notes = useApi(
    (signal) => api<{ items: ShortlistNote[] }>(`/shortlists/${shortlistId}/items/${target!.enterpriseId}/notes`, { signal }),
    target ? `notes/${shortlistId}/${target.enterpriseId}` : null,
  );

  const add = async () => {
    if (!text.trim()) return;
    const url = `/shortlists/${shortlistId}/items/${target!.enterpriseId}/notes`;
    if (await run(() => api(url, { method: "POST", body: { text: text.trim() } }), "备注已添加")) {
      setText("");
      notes.reload();
      onAdded();
    }
  };

  const items = [...(notes.data?.items ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Drawer open={target !== null} title={`跟进备注：${target?.name ?? ""}`} onClose={onClose} size="large" destroyOnHidden>
      {canWrite && (
        <Space orientation="vertical" style={{ width: "100%", marginBottom: 16 }}>
          <Input.TextArea
            aria-label="新备注"
            rows={3}
            maxLength={2000}
            showCount
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="如：已电话联系董事长办公室，约定下周考察"
          />
          <Button type="primary" onClick={add} loading={saving} disabled={!text.trim()}>
            添加备注
          </Button>
        </Space>
      )}
      {notes.loading && !notes.data ? (
        <LoadingState />
      ) : notes.error ? (
        <ErrorState error={notes.error} onRetry={notes.reload} />
      ) : items.length ? (
        <Timeline
          items={items.map((n) => ({
            key: n.id,
            children: (
              <div>
                <Typography.Text type="secondary">
                  {formatDateTime(n.createdAt)} · {n.authorName}
                </Typography.Text>
                <div className="note-text">{n.text}</div>
              </div>
            ),
          }))}
        />
      ) : (
        <EmptyState description="暂无备注" />
      )}
    </Drawer>
  );
}
