/** A failure with a stable English code, an HTTP status and a message a Chinese analyst can read. */
export class AppError extends Error {
  readonly code: string;
  readonly statusCode: number;
  readonly details?: unknown;

  constructor(code: string, message: string, statusCode = 400, details?: unknown) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.statusCode = statusCode;
    this.details = details;
  }
}

export const notFound = (what: string, id: string | number) =>
  new AppError("NOT_FOUND", `${what}不存在：${id}`, 404);

export const conflict = (message: string, details?: unknown) => new AppError("CONFLICT", message, 409, details);

export const badRequest = (message: string, details?: unknown) =>
  new AppError("BAD_REQUEST", message, 400, details);

export const unauthorized = (message = "请先登录") => new AppError("UNAUTHORIZED", message, 401);

export const forbidden = (message: string) => new AppError("FORBIDDEN", message, 403);

export const tooManyRequests = (message: string) => new AppError("TOO_MANY_REQUESTS", message, 429);
