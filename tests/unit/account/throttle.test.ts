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
