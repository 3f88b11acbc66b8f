import { takePreloaded } from "./preload";

/**
 * The one way the UI talks to the API: same-origin fetch with the session cookie, the CSRF header on
 * writes, and `{error:{code,message}}` bodies turned into ApiError with the server's Chinese message.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export type QueryValue = string | number | boolean | readonly string[] | null | undefined;
export type QueryParams = Record<string, QueryValue>;

let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called on any 401 (session expired or never signed in): the app sends the user to the login page. */
export function onUnauthorized(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

/** `a=1&b=x,y`: empty values are left out; lists are comma-separated (the API's csv lists). */
export function toQueryString(params: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) {
      if (value.length) search.set(key, value.join(","));
    } else search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

const STATUS_MESSAGES: Record<number, string> = {
  401: "登录已失效，请重新登录",
  403: "当前账号无权执行此操作",
  404: "请求的内容不存在或已被删除",
  423: "账号已被锁定，请稍后再试或联系管理员",
  429: "操作过于频繁，请稍后再试",
};

function fallbackMessage(status: number): string {
  return STATUS_MESSAGES[status] ?? (status >= 500 ? "服务器出错，请稍后重试" : `请求失败（${status}）`);
}

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  query?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
  /** Do not redirect to the login page on 401 (the login and session probe handle it themselves). */
  allowUnauthorized?: boolean;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? "GET";
  const headers: Record<string, string> = { Accept: "application/json" };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["X-CSRF-Token"] = csrfToken;
  const url = `/api${path}${toQueryString(options.query ?? {})}`;
  let response: Response;
  try {
    const preloaded = method === "GET" && options.body === undefined ? takePreloaded(url) : undefined;
    response = await (preloaded ?? fetch(url, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: "same-origin",
      signal: options.signal,
    }));
  } catch (err) {
    if ((err as Error).name === "AbortError") throw err;
    throw new ApiError(0, "NETWORK_ERROR", "无法连接服务器，请检查网络后重试");
  }
  const text = await response.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!response.ok) {
    const error = (data as { error?: { code?: string; message?: string; details?: unknown } } | undefined)?.error;
    if (response.status === 401 && !options.allowUnauthorized) unauthorizedHandler?.();
    throw new ApiError(response.status, error?.code ?? `HTTP_${response.status}`, error?.message ?? fallbackMessage(response.status), error?.details);
  }
  return data as T;
}

/** A Chinese sentence for any error thrown while loading or saving. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 403 && !/[\u4e00-\u9fff]/.test(err.message)) return STATUS_MESSAGES[403];
    return err.message;
  }
  return "操作失败，请稍后重试";
}
