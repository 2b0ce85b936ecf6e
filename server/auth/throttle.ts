import "server-only";
import {
  recentFailures,
  retryAfterMs,
  SIGN_IN_PER_ACCOUNT,
  SIGN_IN_PER_ADDRESS,
  type ThrottleRule,
} from "@/lib/throttle";

const MAX_KEYS = 50_000;
// Per process (on globalThis: route handlers and server actions are separate bundles);
// several instances each keep their own count.
const globalForThrottle = globalThis as unknown as { trajectorySignInFailures?: Map<string, number[]> };
const failures = (globalForThrottle.trajectorySignInFailures ??= new Map<string, number[]>());

const accountKey = (email: string) => `account:${email}`;
const addressKey = (address: string) => `address:${address}`;

export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}

function waitFor(key: string, rule: ThrottleRule, now: number): number {
  return retryAfterMs(failures.get(key) ?? [], now, rule);
}

export function signInRetryAfterMs(email: string, address: string, now = Date.now()): number {
  return Math.max(
    waitFor(accountKey(email), SIGN_IN_PER_ACCOUNT, now),
    waitFor(addressKey(address), SIGN_IN_PER_ADDRESS, now),
  );
}

function record(key: string, rule: ThrottleRule, now: number): void {
  const recent = recentFailures(failures.get(key) ?? [], now, rule);
  failures.delete(key);
  failures.set(key, [...recent, now]);
  // Maps iterate in insertion order, so the first key is the one idle longest.
  if (failures.size > MAX_KEYS) failures.delete(failures.keys().next().value ?? "");
}

export function recordSignInFailure(email: string, address: string, now = Date.now()): void {
  record(accountKey(email), SIGN_IN_PER_ACCOUNT, now);
  record(addressKey(address), SIGN_IN_PER_ADDRESS, now);
}

export function clearSignInFailures(email: string): void {
  failures.delete(accountKey(email));
}
