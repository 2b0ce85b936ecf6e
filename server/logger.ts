import "server-only";
import pino, { type Logger } from "pino";
import { env } from "./env";

const globalForLogger = globalThis as unknown as { trajectoryLogger?: Logger };

/** One JSON logger per process; child loggers carry the request id. */
export function logger(): Logger {
  globalForLogger.trajectoryLogger ??= pino({
    level: env().LOG_LEVEL,
    base: { app: "trajectory" },
    redact: ["password", "*.password", "passwordHash", "*.passwordHash", "headers.cookie"],
  });
  return globalForLogger.trajectoryLogger;
}

export function requestLogger(requestId: string): Logger {
  return logger().child({ requestId });
}
