export interface ThrottleRule {
  /** Failures allowed inside the window before further attempts wait. */
  limit: number;
  windowMs: number;
}

export function recentFailures(timestamps: readonly number[], now: number, rule: ThrottleRule): number[] {
  return timestamps.filter((at) => now - at < rule.windowMs);
}

/** Milliseconds until another attempt is allowed; 0 when it is allowed now. */
export function retryAfterMs(timestamps: readonly number[], now: number, rule: ThrottleRule): number {
  const recent = recentFailures(timestamps, now, rule).sort((a, b) => a - b);
  if (recent.length < rule.limit) return 0;
  // Allowed again once enough of the oldest failures have left the window.
  const unlocking = recent[recent.length - rule.limit];
  return unlocking === undefined ? 0 : Math.max(0, unlocking + rule.windowMs - now);
}
