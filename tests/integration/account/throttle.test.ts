import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { LIMITS } from "@/lib/limits";
import { TooManyRequests } from "@/lib/errors";
import { clearSignInFailures, recordSignInFailure, refuseThrottledSignIn } from "@/server/auth/throttle";
import { devMailbox } from "@/server/mail/dev-mailbox";
import { createTestDb } from "@/tests/helpers/db";
import { createUser } from "@/tests/helpers/factories";
import { errorOf } from "@/tests/helpers/integration-extra";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

let addresses = 0;
const freshAddress = () => `192.0.2.${(addresses += 1)}`;
const fail = (email: string, address: string, times: number) =>
  Array.from({ length: times }).reduce<Promise<void>>(
    (previous) => previous.then(() => recordSignInFailure(handle.db, email, address)),
    Promise.resolve(),
  );

describe("sign-in failures, counted in the database", () => {
  it("ten for one account from one address refuse that pair with a clear wait; the owner elsewhere gets in", async () => {
    const { email } = await createUser(handle.db);
    const attacker = freshAddress();
    await fail(email, attacker, LIMITS.signInFailuresPerAccountAndAddress.points - 1);
    await expect(refuseThrottledSignIn(handle.db, email, attacker)).resolves.toBeUndefined();
    await fail(email, attacker, 1);

    const refused = await errorOf(refuseThrottledSignIn(handle.db, email, attacker));
    expect(refused).toBeInstanceOf(TooManyRequests);
    const { retryAfterSeconds, message } = refused as TooManyRequests;
    expect(retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect(message).toBe(
      `too many failed sign-ins for this account from this address; try again in ${retryAfterSeconds} s`,
    );
    await expect(refuseThrottledSignIn(handle.db, email, freshAddress())).resolves.toBeUndefined();
  });

  it("the right password forgives this address's failures for the account", async () => {
    const { email } = await createUser(handle.db);
    const address = freshAddress();
    await fail(email, address, LIMITS.signInFailuresPerAccountAndAddress.points - 1);
    await clearSignInFailures(handle.db, email, address);
    await fail(email, address, LIMITS.signInFailuresPerAccountAndAddress.points - 1);
    await expect(refuseThrottledSignIn(handle.db, email, address)).resolves.toBeUndefined();
  });

  it("an address guessing across many accounts is refused for every account, unknown ones too", async () => {
    const stuffer = freshAddress();
    for (let n = 0; n < LIMITS.signInFailuresPerAddress.points; n++) {
      await recordSignInFailure(handle.db, `nobody-${n}@example.com`, stuffer);
    }
    const { email } = await createUser(handle.db);
    expect(await errorOf(refuseThrottledSignIn(handle.db, email, stuffer))).toBeInstanceOf(TooManyRequests);
    expect(await errorOf(refuseThrottledSignIn(handle.db, "ghost@example.com", stuffer))).toBeInstanceOf(
      TooManyRequests,
    );
    await expect(refuseThrottledSignIn(handle.db, email, freshAddress())).resolves.toBeUndefined();
  });

  it("tells the owner once by email after ten failures within the hour from anywhere", async () => {
    const { email } = await createUser(handle.db);
    const mailsTo = () =>
      devMailbox().filter((mail) => mail.to === email && mail.subject.startsWith("Repeated failed sign-ins"));
    for (let n = 0; n < LIMITS.signInFailuresPerAccount.points - 1; n++) {
      await recordSignInFailure(handle.db, email, freshAddress());
    }
    expect(mailsTo()).toHaveLength(0);
    await recordSignInFailure(handle.db, email, freshAddress());
    await expect.poll(() => mailsTo().length).toBe(1);
    await recordSignInFailure(handle.db, email, freshAddress());
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(mailsTo()).toHaveLength(1);
    expect(mailsTo()[0]?.text).toContain("you can still sign in as usual");
  });
});
