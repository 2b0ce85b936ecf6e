import crypto from "node:crypto";
import Redis from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { TooManyRequests } from "@/lib/errors";
import { LIMITS } from "@/lib/limits";
import { limitsOn } from "@/server/limits/limiter";
import { errorOf } from "@/tests/helpers/integration-extra";

// Two clients stand for two app instances with REDIS_URL set to the same server.
const url = process.env.TEST_REDIS_URL;
if (!url) throw new Error("the redis project runs with TEST_REDIS_URL");
const first = new Redis(url);
const second = new Redis(url);
afterAll(async () => {
  await Promise.all([first.quit(), second.quit()]);
});
const run = crypto.randomUUID();

describe("limits on Redis", () => {
  it("count requests once across instances and refuse with the wait", async () => {
    const key = `token-${run}`;
    for (let n = 0; n < LIMITS.apiRequestsPerToken.points; n++) {
      await limitsOn(n % 2 === 0 ? first : second).consume("apiRequestsPerToken", key);
    }
    for (const client of [first, second]) {
      const refused = await errorOf(limitsOn(client).consume("apiRequestsPerToken", key));
      expect(refused).toBeInstanceOf(TooManyRequests);
      expect((refused as TooManyRequests).retryAfterSeconds).toBeLessThanOrEqual(60);
      expect((refused as TooManyRequests).message).toMatch(
        /^too many requests with this token; try again in \d+ s$/,
      );
    }
    await expect(limitsOn(first).consume("apiRequestsPerToken", `other-${run}`)).resolves.toBeUndefined();
  });

  it("count failures once across instances, and a success on either forgives them", async () => {
    const key = `ada@example.com|192.0.2.1|${run}`;
    const { points } = LIMITS.signInFailuresPerAccountAndAddress;
    for (let n = 0; n < points; n++) {
      await limitsOn(n % 2 === 0 ? first : second).recordFailure("signInFailuresPerAccountAndAddress", key);
    }
    expect(
      await errorOf(limitsOn(second).refuseIfSpent("signInFailuresPerAccountAndAddress", key)),
    ).toBeInstanceOf(TooManyRequests);
    await limitsOn(second).forgive("signInFailuresPerAccountAndAddress", key);
    await expect(
      limitsOn(first).refuseIfSpent("signInFailuresPerAccountAndAddress", key),
    ).resolves.toBeUndefined();
  });

  it("keep only hashes of the keys, which hold emails and addresses", async () => {
    await limitsOn(first).recordFailure("signInFailuresPerAccount", `grace@example.com|${run}`);
    const stored = await first.keys("signInFailuresPerAccount:*");
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.some((key) => key.includes("@"))).toBe(false);
  });
});
