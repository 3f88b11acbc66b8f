import type { Embedder } from "./embedder";
import { resolveEmbedderOptions, validateEmbedderOptions, type EmbedderOptions } from "./embedder-options";
import { DisabledEmbedder } from "./disabled-embedder";
import { describeLoadFailure, ModelLoadTimeoutError } from "./describe-load-failure";
import { silentEmbeddingsLogger, type EmbeddingsLogger } from "./embeddings-logger";
import { acquireModel, type ModelHandle } from "./shared-model";
import { TransformersEmbedder } from "./transformers-embedder";

export interface CreateEmbedderDeps {
  logger?: EmbeddingsLogger;
}

const PROBE_TEXT = "语义检索自检 embedding self-check";

/**
 * Loads the model and checks it end to end. Never throws: when the model cannot be used the result is a
 * disabled embedder whose status() carries the reason, and one warning is logged, so the service keeps
 * running keyword-only.
 */
export async function createEmbedder(options: EmbedderOptions, deps: CreateEmbedderDeps = {}): Promise<Embedder> {
  const logger = deps.logger ?? silentEmbeddingsLogger;
  const resolved = resolveEmbedderOptions(options);

  if (!resolved.enabled) {
    const reason = "已在配置中关闭语义检索 (embeddings disabled by configuration)";
    logger.info({ modelId: resolved.modelId }, `语义检索未启用：${reason}`);
    return new DisabledEmbedder(resolved, reason);
  }
  const problems = validateEmbedderOptions(resolved);
  if (problems.length > 0) {
    const reason = `嵌入配置无效：${problems.join("；")}`;
    logger.warn({ modelId: resolved.modelId, problems }, `语义检索未启用：${reason}`);
    return new DisabledEmbedder(resolved, reason);
  }

  const startedAt = Date.now();
  const acquiring = acquireModel({
    modelId: resolved.modelId,
    dtype: resolved.dtype,
    localModelPath: resolved.localModelPath,
    remoteHost: resolved.remoteHost,
    allowRemote: resolved.allowRemote,
  });
  let timer: NodeJS.Timeout | undefined;
  let handle: ModelHandle | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ModelLoadTimeoutError(resolved.loadTimeoutMs)), resolved.loadTimeoutMs);
      timer.unref();
    });
    handle = await Promise.race([acquiring, timeout]);
    const embedder = new TransformersEmbedder(resolved, handle, logger);
    // The probe proves tokenizer, session and output width agree before anything is indexed with it.
    await Promise.race([embedder.embedBatch([PROBE_TEXT]), timeout]);
    logger.info(
      { modelId: resolved.modelId, dtype: resolved.dtype, dimensions: resolved.dimensions, maxTokens: embedder.maxTokens, loadMs: Date.now() - startedAt },
      "语义检索已启用 (embedding model loaded)",
    );
    return embedder;
  } catch (error) {
    // Whatever was loaded is given back, including a load that finishes after the timeout.
    if (handle) await handle.release().catch(() => undefined);
    else acquiring.then((late) => late.release(), () => undefined);
    const reason = describeLoadFailure(error, resolved);
    logger.warn(
      { modelId: resolved.modelId, localModelPath: resolved.localModelPath, err: error instanceof Error ? error.message : String(error) },
      `语义检索未启用：${reason}`,
    );
    return new DisabledEmbedder(resolved, reason);
  } finally {
    clearTimeout(timer);
  }
}
