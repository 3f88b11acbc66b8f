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
  /** Signed-in sessions expire after this many hours without use. */
  SESSION_IDLE_HOURS: z.coerce.number().positive().default(8),
  /** ... and after this many hours in any case. */
  SESSION_MAX_HOURS: z.coerce.number().positive().default(72),
  /** Session cookie only over HTTPS (set true behind a TLS proxy). */
  COOKIE_SECURE: z.enum(["true", "false"]).default("false"),
  /** Failed logins in a row before the account is locked, and for how long. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().positive().default(15),
  /** Login attempts per IP per 15 minutes. */
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(30),
  /** API requests per minute per user or API key (writes and reads alike). */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
  /** Express "trust proxy" setting, so client IPs in logs and the audit trail are right behind a proxy. */
  TRUST_PROXY: z.string().default("loopback"),
  /** Signs chambers' public lead form links (HMAC); unset = a random secret kept in <DATA_DIR>/lead-form.secret. */
  LEAD_FORM_SECRET: z.string().min(32, "LEAD_FORM_SECRET 至少32个字符").optional(),
  /** Largest lead attachment (PDF/PNG/JPEG), in megabytes, and how many files one lead may carry. */
  LEAD_ATTACHMENT_MAX_MB: z.coerce.number().positive().max(100).default(10),
  LEAD_ATTACHMENT_MAX_FILES: z.coerce.number().int().min(0).max(20).default(5),
  /** Lead submissions per minute per chamber API key (and per IP on the public form). */
  LEAD_SUBMIT_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  /** Days a lead may wait for its first review before it is overdue. */
  LEAD_REVIEW_DEADLINE_DAYS: z.coerce.number().positive().default(5),
  /** Pre-introduction assessment defaults (admins override them at /api/pipeline/settings): 投资强度, 万元/亩. */
  PIPELINE_MIN_INVESTMENT_PER_MU: z.coerce.number().min(0).default(200),
  /** 亩均税收, 万元/亩/年. */
  PIPELINE_MIN_TAX_PER_MU: z.coerce.number().min(0).default(10),
  /** Minimum annual output (万元) and jobs; 0 = not checked. */
  PIPELINE_MIN_OUTPUT: z.coerce.number().min(0).default(0),
  PIPELINE_MIN_JOBS: z.coerce.number().int().min(0).default(0),
  /** First day of the first biweekly tracking period (every period is 14 days from it). */
  PIPELINE_TRACKING_ANCHOR: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "PIPELINE_TRACKING_ANCHOR 应为 YYYY-MM-DD").default("2024-01-01"),
  /** Days after a period ends before its missing report counts as overdue. */
  PIPELINE_TRACKING_GRACE_DAYS: z.coerce.number().int().min(0).max(14).default(0),
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
    auth: Object.freeze({
      sessionIdleMs: e.SESSION_IDLE_HOURS * 3_600_000,
      sessionMaxMs: e.SESSION_MAX_HOURS * 3_600_000,
      cookieSecure: e.COOKIE_SECURE === "true",
      maxFailures: e.LOGIN_MAX_FAILURES,
      lockMs: e.LOGIN_LOCK_MINUTES * 60_000,
      loginRateLimit: e.LOGIN_RATE_LIMIT,
      apiRateLimitPerMinute: e.API_RATE_LIMIT_PER_MINUTE,
    }),
    trustProxy: e.TRUST_PROXY,
    leads: Object.freeze({
      formSecret: e.LEAD_FORM_SECRET ?? null,
      formSecretFile: path.join(dataDir, "lead-form.secret"),
      attachmentMaxBytes: Math.round(e.LEAD_ATTACHMENT_MAX_MB * 1024 * 1024),
      attachmentMaxFiles: e.LEAD_ATTACHMENT_MAX_FILES,
      submitRatePerMinute: e.LEAD_SUBMIT_RATE_PER_MINUTE,
      reviewDeadlineDays: e.LEAD_REVIEW_DEADLINE_DAYS,
    }),
    pipeline: Object.freeze({
      minInvestmentPerMu: e.PIPELINE_MIN_INVESTMENT_PER_MU,
      minTaxPerMu: e.PIPELINE_MIN_TAX_PER_MU,
      minOutput: e.PIPELINE_MIN_OUTPUT,
      minJobs: e.PIPELINE_MIN_JOBS,
      trackingAnchor: e.PIPELINE_TRACKING_ANCHOR,
      trackingGraceDays: e.PIPELINE_TRACKING_GRACE_DAYS,
    }),
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
