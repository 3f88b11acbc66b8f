import { Button, Space, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";

/**
 * The button that adds a record (assessment, meeting approval, agreement) to a project: shown to those who
 * may change the project; while the project's state does not allow it yet, it is disabled and says why.
 */
export function AddRecordButton({ canWrite, blockedBy, label, onClick, testId }: { canWrite: boolean; blockedBy: string | null; label: string; onClick: () => void; testId: string }) {
  if (!canWrite) return null;
  return (
    <Space className="filter-bar">
      <Button type="primary" icon={<PlusOutlined />} disabled={blockedBy !== null} onClick={onClick} data-testid={testId}>
        {label}
      </Button>
      {blockedBy && <Typography.Text type="secondary">{blockedBy}</Typography.Text>}
    </Space>
  );
}
