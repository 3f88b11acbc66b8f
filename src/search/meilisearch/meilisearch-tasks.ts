/**
 * Every Meilisearch write is an asynchronous task. A write counts as done only when its task succeeded, so
 * callers (the indexer) never mark outbox rows done for a write Meilisearch rejected or is still processing.
 */
import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
  type EnqueuedTaskPromise,
  type Task,
} from "meilisearch";
import { SearchEngineError } from "../search-errors";

export interface TaskWait {
  /** Milliseconds before giving up on the task (the client's default of 5 s is too short for bulk loads). */
  timeoutMs: number;
  intervalMs?: number;
}

export async function awaitTask(enqueued: EnqueuedTaskPromise, what: string, wait: TaskWait): Promise<Task> {
  let task: Task;
  try {
    task = await enqueued.waitTask({ timeout: wait.timeoutMs, interval: wait.intervalMs ?? 100 });
  } catch (error) {
    throw toSearchEngineError(error, what);
  }
  if (task.status !== "succeeded") {
    const reason = task.error ? `${task.error.code}: ${task.error.message}` : `status ${task.status}`;
    throw new SearchEngineError("task_failed", `Meilisearch task ${task.uid} (${what}) failed: ${reason}`, { details: task.error ?? task });
  }
  return task;
}

/** Maps client errors to the engine-neutral error codes. */
export function toSearchEngineError(error: unknown, what: string): SearchEngineError {
  if (error instanceof SearchEngineError) return error;
  if (error instanceof MeilisearchTaskTimeOutError) {
    return new SearchEngineError("task_timeout", `Meilisearch task timed out (${what}): ${error.message}`, { cause: error });
  }
  if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError) {
    return new SearchEngineError("engine_unavailable", `Meilisearch unreachable (${what}): ${error.message}`, { cause: error });
  }
  if (error instanceof MeilisearchApiError) {
    const code = error.cause?.code ?? "unknown";
    const invalid = code.startsWith("invalid_search") || code === "invalid_document_filter";
    const auth = code === "invalid_api_key" || code === "missing_authorization_header";
    return new SearchEngineError(invalid ? "invalid_query" : auth ? "engine_unavailable" : "task_failed", `Meilisearch rejected ${what}: ${code}: ${error.message}`, {
      cause: error,
      details: error.cause,
    });
  }
  return new SearchEngineError("engine_unavailable", `Meilisearch call failed (${what}): ${String(error)}`, { cause: error });
}
