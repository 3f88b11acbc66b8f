import path from "node:path";
import type { ResolvedEmbedderOptions } from "./embedder-options";
import { EmbeddingDimensionMismatchError } from "./embeddings-errors";

const NETWORK_ERROR_CODES = new Set([
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_SOCKET",
]);

export class ModelLoadTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`model load timed out after ${timeoutMs} ms`);
    this.name = "ModelLoadTimeoutError";
  }
}

/**
 * Turns whatever transformers.js / ONNX Runtime threw into the reason an analyst or operator reads in
 * /api/health: Chinese first, English in parentheses, and what to do about it.
 */
export function describeLoadFailure(error: unknown, options: ResolvedEmbedderOptions): string {
  const modelDir = path.join(options.localModelPath, options.modelId);
  const message = error instanceof Error ? error.message : String(error);
  const host = options.remoteHost ?? "https://huggingface.co";

  if (error instanceof EmbeddingDimensionMismatchError) return error.message;
  if (error instanceof ModelLoadTimeoutError) {
    const seconds = Math.round(error.timeoutMs / 1000);
    return `模型加载超时（${seconds} 秒），模型目录 ${modelDir} (model load timed out after ${seconds}s)`;
  }
  const errorName = error instanceof Error ? error.name : "";
  const remoteUrl = /"(https?:\/\/[^"]+)"/.exec(message)?.[1];
  if (remoteUrl) {
    const status = (error as { status?: unknown }).status;
    const statusText = typeof status === "number" ? `HTTP ${status}` : firstLine(message);
    return `模型仓库上没有这个文件 ${remoteUrl}（${statusText}），请检查模型 ID、dtype 和镜像地址 (file not available on the model host: ${remoteUrl}, ${statusText})`;
  }
  if (errorName === "ModelFileNotFoundError" || /not found locally|Local file missing/.test(message)) {
    const missing = /at "([^"]+)"/.exec(message)?.[1] ?? modelDir;
    const remoteHint = options.allowRemote
      ? ""
      : "，且未允许远程下载；请在可联网的机器上运行 npm run model:download 并把模型目录复制过来";
    return (
      `未找到模型文件 ${missing}${remoteHint} ` +
      `(model file not found: ${missing}${options.allowRemote ? "" : "; remote loading is off, run npm run model:download where the model host is reachable and copy the folder"})`
    );
  }
  const code = networkErrorCode(error);
  if (code) {
    return (
      `无法从 ${host} 下载模型 ${options.modelId}（网络不可达：${code}）；请配置可访问的镜像地址，或把模型复制到 ${modelDir} ` +
      `(cannot download ${options.modelId} from ${host}: ${code})`
    );
  }
  return `模型加载失败 (model failed to load: ${firstLine(message)})`;
}

function networkErrorCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && NETWORK_ERROR_CODES.has(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  // Node's fetch wraps every transport failure as TypeError("fetch failed") with the detail in `cause`.
  // Checked by name, not instanceof: the error may come from another realm (jest's vm, a worker).
  if (error instanceof Error && error.name === "TypeError" && /fetch failed/.test(error.message)) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error || (typeof cause === "object" && cause !== null && "message" in cause)
      ? `fetch failed: ${String((cause as { message: unknown }).message)}`
      : "fetch failed";
  }
  return undefined;
}

function firstLine(message: string): string {
  const line = message.split("\n")[0] ?? "";
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
