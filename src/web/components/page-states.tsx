import { Alert, Button, Empty, Result, Spin } from "antd";
import { ApiError, errorMessage } from "../api/client";

export function LoadingState({ tip = "加载中…" }: { tip?: string }) {
  return (
    <div className="state-box" role="status" aria-live="polite">
      <Spin />
      <span className="state-tip">{tip}</span>
    </div>
  );
}

/** Load failures in Chinese; 403 and 404 get their own wording. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (error instanceof ApiError && error.status === 403) {
    return <Result status="403" title="无权访问" subTitle={errorMessage(error)} />;
  }
  if (error instanceof ApiError && error.status === 404) {
    return <Result status="404" title="内容不存在" subTitle={errorMessage(error)} />;
  }
  return (
    <Alert
      type="error"
      showIcon
      title="加载失败"
      description={errorMessage(error)}
      action={onRetry ? <Button size="small" onClick={onRetry}>重试</Button> : undefined}
    />
  );
}

export function EmptyState({ description }: { description: string }) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description} />;
}
