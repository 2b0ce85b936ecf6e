import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { verifyCredentials } from "@/server/account/account";
import { createTestDb } from "@/tests/helpers/db";
import { createUser, TEST_PASSWORD } from "@/tests/helpers/factories";
import { signInInput } from "@/lib/account/action-inputs";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function timed(email: string, password: string): Promise<number> {
  const start = performance.now();
  const user = await verifyCredentials(handle.db, signInInput.parse({ email, password }));
  const elapsed = performance.now() - start;
  expect(user).toBeNull();
  return elapsed;
}

describe("sign-in does not reveal which accounts exist", () => {
  it("spends about as long on an unknown email as on a wrong password", async () => {
    const email = "existing@example.com";
    await createUser(handle.db, { email });
    // Warm up both paths (the dummy hash is computed lazily on first use).
    await timed("unknown@example.com", "warm-up password");
    await timed(email, "warm-up password");

    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      unknown.push(await timed(`unknown${i}@example.com`, `${TEST_PASSWORD} ${i}`));
      wrong.push(await timed(email, `${TEST_PASSWORD} ${i}`));
    }

    // An argon2id verification costs tens of ms; a bare lookup about one.
    expect(median(wrong)).toBeGreaterThan(5);
    expect(median(unknown)).toBeGreaterThanOrEqual(0.5 * median(wrong));
  });
});
