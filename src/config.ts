import path from "node:path";
import { z } from "zod";
import { resolveDatabaseUrl } from "./database-url";

/** The only reader of process.env: every setting is parsed, typed and frozen here. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATA_DIR: z.string().default("data"),
  DATABASE_URL: z.string().optional(),
  MEILI_URL: z.string().url().optional(),
  MEILI_API_KEY: z.string().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NODE_ENV: z.string().default("development"),
  /** The county this bureau serves (6-digit code and name); matching measures geography from it. */
  COUNTY_CODE: z.string().regex(/^\d{6}$/, "COUNTY_CODE 应为6位行政区划代码").default("520324"),
  COUNTY_NAME: z.string().min(2).default("正安县"),
  /** Maximum upload size for imports, in megabytes. */
  IMPORT_MAX_MB: z.coerce.number().positive().default(100),
  /** Seed demo data when the database is empty on start. */
  DEMO_SEED: z.enum(["true", "false"]).default("true"),
  /** Run the outbox indexer inside the server process (the embedded default). */
  INDEXER_IN_PROCESS: z.enum(["true", "false"]).optional(),
  /** Outbox rows the indexer takes per round. */
  INDEXER_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(200),
  EMBEDDING_ENABLED: z.enum(["true", "false"]).default("true"),
  EMBEDDING_MODEL: z.string().default("Xenova/bge-small-zh-v1.5"),
  EMBEDDING_POOLING: z.enum(["cls", "mean"]).default("cls"),
  EMBEDDING_DIMENSIONS: z.coerce.number().int().positive().default(512),
  EMBEDDING_DTYPE: z.enum(["fp32", "q8"]).default("q8"),
  EMBEDDING_QUERY_PREFIX: z.string().default("为这个句子生成表示以用于检索相关文章："),
  /** Folder holding downloaded models; default <DATA_DIR>/models. */
  MODEL_DIR: z.string().optional(),
  /** Hugging Face compatible host (a mirror for users in China) for `npm run model:download`. */
  MODEL_REMOTE_HOST: z.string().url().default("https://huggingface.co"),
  /** Allow the running service to fetch models from MODEL_REMOTE_HOST (off in production). */
  MODEL_ALLOW_REMOTE: z.enum(["true", "false"]).default("false"),
  /** Token limit per text; unset = the model's own limit (512 for bge-small-zh). */
  EMBEDDING_MAX_TOKENS: z.coerce.number().int().min(3).optional(),
  EMBEDDING_BATCH_SIZE: z.coerce.number().int().positive().default(16),
  EMBEDDING_QUEUE_LENGTH: z.coerce.number().int().positive().default(256),
  EMBEDDING_LOAD_TIMEOUT_MS: z.coerce.number().int().positive().default(300_000),
});

export type Config = ReturnType<typeof loadConfig>;

export function loadConfig(env: Record<string, string | undefined> = process.env) {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`配置错误 (invalid configuration):\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const databaseUrl = resolveDatabaseUrl({ DATABASE_URL: e.DATABASE_URL, DATA_DIR: dataDir });
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    county: Object.freeze({ code: e.COUNTY_CODE, name: e.COUNTY_NAME }),
    dataDir,
    databaseUrl,
    searchDbPath: path.join(dataDir, "search.db"),
    uploadDir: path.join(dataDir, "uploads"),
    meili: e.MEILI_URL ? Object.freeze({ url: e.MEILI_URL, apiKey: e.MEILI_API_KEY }) : undefined,
    logLevel: e.LOG_LEVEL,
    isTest: e.NODE_ENV === "test",
    importMaxBytes: Math.round(e.IMPORT_MAX_MB * 1024 * 1024),
    demoSeed: e.DEMO_SEED === "true",
    indexerInProcess: e.INDEXER_IN_PROCESS ? e.INDEXER_IN_PROCESS === "true" : !e.MEILI_URL,
    indexerBatchSize: e.INDEXER_BATCH_SIZE,
    embeddings: Object.freeze({
      enabled: e.EMBEDDING_ENABLED === "true",
      modelId: e.EMBEDDING_MODEL,
      pooling: e.EMBEDDING_POOLING,
      dimensions: e.EMBEDDING_DIMENSIONS,
      dtype: e.EMBEDDING_DTYPE,
      queryPrefix: e.EMBEDDING_QUERY_PREFIX,
      localModelPath: path.resolve(e.MODEL_DIR ?? path.join(dataDir, "models")),
      remoteHost: e.MODEL_REMOTE_HOST,
      allowRemote: e.MODEL_ALLOW_REMOTE === "true",
      maxTokens: e.EMBEDDING_MAX_TOKENS,
      batchSize: e.EMBEDDING_BATCH_SIZE,
      maxQueueLength: e.EMBEDDING_QUEUE_LENGTH,
      loadTimeoutMs: e.EMBEDDING_LOAD_TIMEOUT_MS,
      cachePath: path.join(dataDir, "embeddings.db"),
    }),
  });
}
