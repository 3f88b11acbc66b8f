/** The slice of a pino logger the embeddings code uses, so tests can pass a plain spy object. */
export interface EmbeddingsLogger {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  debug?(obj: object, msg: string): void;
}

export const silentEmbeddingsLogger: EmbeddingsLogger = {
  warn: () => undefined,
  info: () => undefined,
};
