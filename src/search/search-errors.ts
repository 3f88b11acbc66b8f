/**
 * Errors thrown by search engines. The HTTP layer maps `invalid_query` to 400 and the rest to 503/500;
 * `message` is for logs (English), `userMessage` is readable by a Chinese analyst.
 */
export type SearchErrorCode = "invalid_query" | "engine_unavailable" | "task_failed" | "task_timeout" | "closed";

export class SearchEngineError extends Error {
  readonly code: SearchErrorCode;
  readonly userMessage: string;
  readonly details?: unknown;

  constructor(code: SearchErrorCode, message: string, options: { userMessage?: string; details?: unknown; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "SearchEngineError";
    this.code = code;
    this.userMessage = options.userMessage ?? DEFAULT_USER_MESSAGES[code];
    this.details = options.details;
  }
}

const DEFAULT_USER_MESSAGES: Record<SearchErrorCode, string> = {
  invalid_query: "搜索条件无效",
  engine_unavailable: "搜索服务暂时不可用，请稍后重试",
  task_failed: "搜索索引更新失败",
  task_timeout: "搜索索引更新超时",
  closed: "搜索服务已关闭",
};

export function invalidQuery(message: string, userMessage: string, details?: unknown): SearchEngineError {
  return new SearchEngineError("invalid_query", message, { userMessage, details });
}
