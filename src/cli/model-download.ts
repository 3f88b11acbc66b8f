/**
 * `npm run model:download`: fetches the configured embedding model once into the local model folder, on a
 * machine that can reach the model host (or a mirror), so production runs with remote loading off.
 *
 *   npm run model:download                       # EMBEDDING_MODEL, EMBEDDING_DTYPE, MODEL_DIR, MODEL_REMOTE_HOST from config
 *   npm run model:download -- --remote-host https://hf-mirror.com --dtype fp32,q8
 *   npm run model:download -- --model Xenova/bge-small-zh-v1.5 --dir ./models --dimensions 512
 */
import { parseArgs } from "node:util";
import { loadConfig } from "../config";
import { downloadModel, ModelDownloadError, type EmbeddingDtype, type ModelLoadProgress } from "../embeddings";

export interface ModelDownloadCliDefaults {
  modelId: string;
  localModelPath: string;
  remoteHost?: string;
  dtype: EmbeddingDtype;
  dimensions: number;
}

/** Runs the download with flags over `defaults`; returns the process exit code. */
export async function runModelDownload(
  argv: readonly string[],
  defaults: ModelDownloadCliDefaults,
  out: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  err: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      model: { type: "string" },
      dir: { type: "string" },
      "remote-host": { type: "string" },
      dtype: { type: "string" },
      dimensions: { type: "string" },
    },
  });
  const dtypes = (values.dtype ?? defaults.dtype).split(",").map((d) => d.trim());
  const invalid = dtypes.filter((d) => d !== "fp32" && d !== "q8");
  if (invalid.length > 0) {
    err(`--dtype 只能是 fp32 或 q8 (unknown dtype: ${invalid.join(", ")})`);
    return 2;
  }
  const options = {
    modelId: values.model ?? defaults.modelId,
    localModelPath: values.dir ?? defaults.localModelPath,
    remoteHost: values["remote-host"] ?? defaults.remoteHost,
    dtypes: dtypes as EmbeddingDtype[],
    dimensions: values.dimensions ? Number(values.dimensions) : defaults.dimensions,
    onProgress: progressPrinter(out),
  };
  out(`下载模型 ${options.modelId} (${options.dtypes.join(", ")}) 从 ${options.remoteHost ?? "https://huggingface.co"} 到 ${options.localModelPath}`);
  try {
    const result = await downloadModel(options);
    out(`完成 (done)：${result.modelDir}`);
    for (const file of result.files) out(`  ${file.path}  ${formatBytes(file.bytes)}`);
    out("离线加载检查通过 (offline load check passed); 生产环境保持 MODEL_ALLOW_REMOTE=false");
    return 0;
  } catch (error) {
    err(error instanceof ModelDownloadError ? error.message : `下载失败 (download failed): ${String(error)}`);
    err(
      "提示：在中国大陆可设置 MODEL_REMOTE_HOST=https://hf-mirror.com（或 --remote-host），" +
        "或在能访问的机器上运行本命令后把模型目录整体复制到 MODEL_DIR。",
    );
    return 1;
  }
}

/** One line per file when it starts and finishes, plus every 25% of large downloads. */
function progressPrinter(out: (line: string) => void): (event: ModelLoadProgress) => void {
  const lastQuarter = new Map<string, number>();
  return (event) => {
    if (event.status === "download") out(`  下载 (fetching) ${event.file}`);
    if (event.status === "progress" && event.total > 1_000_000) {
      const quarter = Math.floor(event.progress / 25);
      if (quarter > (lastQuarter.get(event.file) ?? 0)) {
        lastQuarter.set(event.file, quarter);
        out(`  ${event.file} ${Math.round(event.progress)}% of ${formatBytes(event.total)}`);
      }
    }
  };
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

if (require.main === module) {
  const { embeddings } = loadConfig();
  runModelDownload(process.argv.slice(2), {
    modelId: embeddings.modelId,
    localModelPath: embeddings.localModelPath,
    remoteHost: embeddings.remoteHost,
    dtype: embeddings.dtype,
    dimensions: embeddings.dimensions,
  }).then((code) => {
    process.exitCode = code;
  });
}
