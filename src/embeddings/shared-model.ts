import type { EmbeddingDtype } from "./embedder-options";
import type { EncoderModelLike, FeatureExtractionPipelineLike, TokenizerLike, TransformersModule } from "./transformers-types";

/** Everything that decides which files get loaded; embedders with equal specs share one instance. */
export interface ModelSpec {
  modelId: string;
  dtype: EmbeddingDtype;
  localModelPath: string;
  remoteHost?: string;
  allowRemote: boolean;
}

export interface LoadedModel {
  readonly spec: ModelSpec;
  readonly tokenizer: TokenizerLike;
  /** Tokens the model can attend to: min(tokenizer limit, position embeddings). */
  readonly maxTokens: number;
  readonly Tensor: TransformersModule["Tensor"];
  /** Runs the encoder; calls are serialized because one session already uses every core. */
  run(feeds: Record<string, unknown>): ReturnType<EncoderModelLike>;
}

export interface ModelHandle {
  readonly model: LoadedModel;
  /** Frees the model when the last holder releases it. */
  release(): Promise<void>;
}

const HUGGING_FACE_HOST = "https://huggingface.co/";

interface Entry {
  loading: Promise<{ model: LoadedModel; pipeline: FeatureExtractionPipelineLike }>;
  holders: number;
}

// One model instance per process: a 100 MB ONNX session per caller would be wasted memory.
const entries = new Map<string, Entry>();
// transformers.js reads model locations from its global `env`, so loads with different specs
// must not interleave between setting env and reading the files.
let loadChain: Promise<unknown> = Promise.resolve();
let transformersModule: Promise<TransformersModule> | undefined;

/** Imported lazily so a broken native runtime (onnxruntime-node) disables embeddings instead of crashing the import graph. */
export function loadTransformers(): Promise<TransformersModule> {
  transformersModule ??= import("@huggingface/transformers");
  return transformersModule;
}

export function modelSpecKey(spec: ModelSpec): string {
  return JSON.stringify([spec.modelId, spec.dtype, spec.localModelPath, spec.remoteHost ?? "", spec.allowRemote]);
}

/** Download/load progress as transformers.js reports it (file names, percentages). */
export type ModelLoadProgress = import("@huggingface/transformers").ProgressInfo;

/**
 * Loads the model for `spec` once per process and hands out counted references.
 * `onProgress` only sees events when this call is the one that starts the load.
 */
export async function acquireModel(spec: ModelSpec, onProgress?: (event: ModelLoadProgress) => void): Promise<ModelHandle> {
  const key = modelSpecKey(spec);
  let entry = entries.get(key);
  if (!entry) {
    const loading = loadSerialized(spec, onProgress);
    entry = { loading, holders: 0 };
    entries.set(key, entry);
    // A failed load is forgotten so a later call (after model:download) can try again.
    loading.catch(() => {
      if (entries.get(key) === entry) entries.delete(key);
    });
  }
  entry.holders += 1;
  const held = entry;
  let loaded: Awaited<Entry["loading"]>;
  try {
    loaded = await held.loading;
  } catch (error) {
    held.holders -= 1;
    throw error;
  }
  let released = false;
  return {
    model: loaded.model,
    release: async () => {
      if (released) return;
      released = true;
      held.holders -= 1;
      if (held.holders === 0 && entries.get(key) === held) {
        entries.delete(key);
        await loaded.pipeline.dispose();
      }
    },
  };
}

function loadSerialized(spec: ModelSpec, onProgress?: (event: ModelLoadProgress) => void): Entry["loading"] {
  const run = loadChain.then(() => loadModel(spec, onProgress));
  loadChain = run.catch(() => undefined);
  return run;
}

async function loadModel(
  spec: ModelSpec,
  onProgress?: (event: ModelLoadProgress) => void,
): Promise<{ model: LoadedModel; pipeline: FeatureExtractionPipelineLike }> {
  const lib = await loadTransformers();
  lib.env.allowLocalModels = true;
  lib.env.localModelPath = spec.localModelPath;
  lib.env.allowRemoteModels = spec.allowRemote;
  lib.env.remoteHost = withTrailingSlash(spec.remoteHost ?? HUGGING_FACE_HOST);
  const loaded = await lib.pipeline("feature-extraction", spec.modelId, {
    dtype: spec.dtype,
    device: "cpu",
    local_files_only: !spec.allowRemote,
    // Downloads (allowRemote) land exactly where later offline runs look: <localModelPath>/<modelId>/...
    cache_dir: spec.localModelPath,
    progress_callback: onProgress,
  });
  const pipeline = loaded as unknown as FeatureExtractionPipelineLike;
  const positions = pipeline.model.config.max_position_embeddings ?? Number.POSITIVE_INFINITY;
  const maxTokens = Math.min(pipeline.tokenizer.model_max_length ?? Number.POSITIVE_INFINITY, positions);
  let runChain: Promise<unknown> = Promise.resolve();
  const model: LoadedModel = {
    spec,
    tokenizer: pipeline.tokenizer,
    maxTokens: Number.isFinite(maxTokens) ? maxTokens : 512,
    Tensor: lib.Tensor,
    run: (feeds) => {
      const result = runChain.then(() => pipeline.model(feeds));
      runChain = result.catch(() => undefined);
      return result;
    },
  };
  return { model, pipeline };
}

function withTrailingSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}
