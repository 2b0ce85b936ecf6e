import { describe, expect, it } from "vitest";
import { recentFailures, retryAfterMs, type ThrottleRule } from "@/lib/throttle";

const rule: ThrottleRule = { limit: 3, windowMs: 1_000 };

describe("retryAfterMs", () => {
  it("allows attempts below the limit", () => {
    expect(retryAfterMs([], 5_000, rule)).toBe(0);
    expect(retryAfterMs([4_100, 4_500], 5_000, rule)).toBe(0);
  });

  it("makes the next attempt wait until the oldest counted failure leaves the window", () => {
    expect(retryAfterMs([4_100, 4_500, 4_900], 5_000, rule)).toBe(100);
    expect(retryAfterMs([4_100, 4_500, 4_900], 5_100, rule)).toBe(0);
  });

  it("counts only the failures inside the window, in any order", () => {
    expect(retryAfterMs([1_000, 4_900, 4_200, 2_000, 4_600], 5_000, rule)).toBe(200);
    expect(recentFailures([1_000, 4_200, 4_900], 5_000, rule)).toEqual([4_200, 4_900]);
  });

  it("with more failures than the limit, waits for enough of them to expire", () => {
    expect(retryAfterMs([4_100, 4_200, 4_300, 4_400], 5_000, rule)).toBe(200);
  });
});

describe("the sign-in failure store", () => {
  it("blocks an account after ten failures and frees it on success", async () => {
    const { clearSignInFailures, recordSignInFailure, signInRetryAfterMs } =
      await import("@/server/auth/throttle");
    const email = `store-${Date.now()}@example.com`;
    for (let i = 0; i < 9; i++) recordSignInFailure(email, "203.0.113.7", 1_000 + i);
    expect(signInRetryAfterMs(email, "203.0.113.7", 2_000)).toBe(0);
    recordSignInFailure(email, "203.0.113.7", 1_010);
    expect(signInRetryAfterMs(email, "203.0.113.7", 2_000)).toBe(15 * 60_000 - 1_000);
    expect(signInRetryAfterMs(`other-${email}`, "198.51.100.1", 2_000)).toBe(0);
    clearSignInFailures(email);
    expect(signInRetryAfterMs(email, "203.0.113.7", 2_000)).toBe(0);
  });
});
