import { Alert } from "antd";
import { api } from "../api/client";
import type { Health } from "../api/types";
import { useApi } from "../hooks/use-api";

/** Keyword-only mode is a degraded service the analysts should know about: say so on every page. */
export function SemanticSearchBanner() {
  const { data } = useApi((signal) => api<Health>("/health", { signal, allowUnauthorized: true }), "health");
  const embeddings = data?.checks.embeddings;
  if (!embeddings || embeddings.enabled !== false) return null;
  return (
    <Alert
      className="semantic-banner"
      type="warning"
      showIcon
      banner
      title="语义检索未启用：当前仅按关键词检索和匹配，语义相似度一项显示为数据缺失。"
      description={embeddings.reason ? <span className="banner-detail">{embeddings.reason.split(" (")[0]}</span> : undefined}
      data-testid="semantic-banner"
    />
  );
}
