import type { EmbeddingsLogger } from "../../../src/embeddings";

/** A pino-shaped logger that remembers what was logged. */
export function recordingLogger() {
  const warnings: Array<{ obj: object; msg: string }> = [];
  const infos: Array<{ obj: object; msg: string }> = [];
  const logger: EmbeddingsLogger = {
    warn: (obj, msg) => warnings.push({ obj, msg }),
    info: (obj, msg) => infos.push({ obj, msg }),
  };
  return { logger, warnings, infos };
}
