import fs from "node:fs";
import path from "node:path";
import { createEmbedder } from "./create-embedder";
import { describeLoadFailure } from "./describe-load-failure";
import { resolveEmbedderOptions, type EmbeddingDtype, type EmbeddingPooling } from "./embedder-options";
import { acquireModel, type ModelLoadProgress } from "./shared-model";

export interface DownloadModelOptions {
  modelId: string;
  /** Where production reads models from; files land in `<localModelPath>/<modelId>/`. */
  localModelPath: string;
  /** Hugging Face compatible host or mirror; default https://huggingface.co. */
  remoteHost?: string;
  /** Each dtype is one ONNX file (fp32: model.onnx, q8: model_quantized.onnx). */
  dtypes: readonly EmbeddingDtype[];
  /** Checked after the download so a wrong EMBEDDING_DIMENSIONS shows up now, not at startup. */
  dimensions: number;
  pooling?: EmbeddingPooling;
  onProgress?: (event: ModelLoadProgress) => void;
}

export interface DownloadedModel {
  modelDir: string;
  files: Array<{ path: string; bytes: number }>;
}

export class ModelDownloadError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "ModelDownloadError";
  }
}

/**
 * Fetches the model once into the local folder (on a machine that can reach the host), then proves the
 * folder works offline exactly as the service will load it. Files already present are not downloaded again.
 */
export async function downloadModel(options: DownloadModelOptions): Promise<DownloadedModel> {
  for (const dtype of options.dtypes) {
    const spec = { ...options, dtype, allowRemote: true };
    try {
      const handle = await acquireModel(spec, options.onProgress);
      await handle.release();
    } catch (error) {
      const resolved = resolveEmbedderOptions({ ...spec, localModelPath: options.localModelPath });
      throw new ModelDownloadError(`下载失败 (download failed) [${dtype}]：${describeLoadFailure(error, resolved)}`);
    }
    const offline = await createEmbedder({ ...spec, allowRemote: false });
    const status = offline.status();
    await offline.close();
    if (!status.enabled) {
      throw new ModelDownloadError(`下载完成但离线加载失败 (downloaded, but the offline check failed) [${dtype}]：${status.reason}`);
    }
  }
  const modelDir = path.join(options.localModelPath, options.modelId);
  return { modelDir, files: listFiles(modelDir) };
}

function listFiles(dir: string): DownloadedModel["files"] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const filePath = path.join(entry.parentPath, entry.name);
      return { path: filePath, bytes: fs.statSync(filePath).size };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
