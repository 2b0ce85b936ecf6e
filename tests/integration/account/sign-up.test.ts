import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { signUpRequests, users } from "@/db/schema";
import { Conflict, TooManyRequests } from "@/lib/errors";
import { LIMITS } from "@/lib/limits";
import { verifyCredentials } from "@/server/account/account";
import { confirmSignUp, requestSignUp } from "@/server/account/sign-up";
import { consume } from "@/server/limits/limiter";
import { recordSignInFailure } from "@/server/auth/throttle";
import { devMailbox } from "@/server/mail/dev-mailbox";
import { createTestDb } from "@/tests/helpers/db";
import { createUser } from "@/tests/helpers/factories";
import { countUsers, errorOf } from "@/tests/helpers/integration-extra";
import { signInInput, signUpInput } from "@/lib/account/action-inputs";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const PASSWORD = "a long and unusual passphrase";
let addresses = 0;
const freshAddress = () => `198.18.0.${(addresses += 1)}`;
let emails = 0;
const freshEmail = () => `sign-up-${Date.now()}-${(emails += 1)}@example.com`;
const input = (email: string) => signUpInput.parse({ email, name: "Grace", password: PASSWORD });
const request = (email: string, address = freshAddress(), confirmByEmail = true) =>
  requestSignUp(handle.db, input(email), { address, confirmByEmail, appUrl: "https://trajectory.example" });
const mailTo = (email: string) => devMailbox().filter((mail) => mail.to === email);
const linkIn = (email: string) => {
  const url = mailTo(email)[0]?.text.match(/https:\/\/trajectory\.example\/sign-up\/confirm\?\S+/)?.[0];
  if (!url) throw new Error(`no sign-up link was mailed to ${email}`);
  return new URL(url).searchParams.get("token") ?? "";
};
const pending = async (email: string) =>
  (await handle.db.select().from(signUpRequests).where(eq(signUpRequests.email, email))).length;

describe("sign-up by emailed link", () => {
  it("answers the same for a new and an existing address; only the inbox tells them apart", async () => {
    const taken = await createUser(handle.db);
    const fresh = freshEmail();
    expect(await request(fresh)).toEqual({ kind: "check-email" });
    expect(await request(taken.email)).toEqual({ kind: "check-email" });

    expect(mailTo(fresh).map((mail) => mail.subject)).toEqual(["Finish creating your Trajectory account"]);
    expect(mailTo(taken.email).map((mail) => mail.subject)).toEqual([
      "You already have a Trajectory account",
    ]);
    expect(mailTo(taken.email)[0]?.text).toContain("https://trajectory.example/sign-in");
    // Nothing exists for the new address until its link is opened; the existing account is untouched.
    expect(await countUsers(handle.db, fresh)).toBe(0);
    expect(await pending(fresh)).toBe(1);
    expect(await pending(taken.email)).toBe(0);
    expect(
      await verifyCredentials(handle.db, signInInput.parse({ email: taken.email, password: PASSWORD })),
    ).toBeNull();
  });

  it("the link creates the verified account with the chosen password, once", async () => {
    const email = freshEmail();
    await request(email);
    const token = linkIn(email);
    const created = await confirmSignUp(handle.db, token);
    expect(created).toMatchObject({ email, name: "Grace" });
    const [row] = await handle.db
      .select()
      .from(users)
      .where(eq(sql`lower(${users.email})`, email));
    expect(row?.emailVerified).toBeInstanceOf(Date);
    expect(
      await verifyCredentials(handle.db, signInInput.parse({ email, password: PASSWORD })),
    ).toMatchObject({
      id: created?.id,
    });
    expect(await confirmSignUp(handle.db, token)).toBeNull();
    expect(await pending(email)).toBe(0);
  });

  it("an expired or made-up link creates nothing", async () => {
    const email = freshEmail();
    await request(email);
    const token = linkIn(email);
    expect(await confirmSignUp(handle.db, "not-a-token")).toBeNull();
    expect(await confirmSignUp(handle.db, token, new Date(Date.now() + 25 * 60 * 60_000))).toBeNull();
    expect(await countUsers(handle.db, email)).toBe(0);
  });

  it("a second sign-up for the address, opened first, spends the other link", async () => {
    const email = freshEmail();
    await request(email);
    await request(email);
    const [first, second] = mailTo(email).map(
      (mail) => new URL(mail.text.match(/https:\S+/)?.[0] ?? "").searchParams.get("token") ?? "",
    );
    expect(await confirmSignUp(handle.db, second ?? "")).not.toBeNull();
    expect(await confirmSignUp(handle.db, first ?? "")).toBeNull();
    expect(await countUsers(handle.db, email)).toBe(1);
  });
});

describe("sign-up without any way to send mail", () => {
  it("is refused, creating nothing, from an address that may not sign in now", async () => {
    const address = freshAddress();
    for (let n = 0; n < LIMITS.signInFailuresPerAddress.points; n++) {
      await recordSignInFailure(handle.db, `guess-${n}@example.com`, address);
    }
    const email = freshEmail();
    const refused = await errorOf(requestSignUp(handle.db, input(email), { address, confirmByEmail: false }));
    expect(refused).toBeInstanceOf(TooManyRequests);
    expect((refused as TooManyRequests).message).toMatch(/^too many failed sign-ins from this address/);
    expect(await countUsers(handle.db, email)).toBe(0);
  });

  it("creates the account at once, and says so when the address is taken", async () => {
    const other = await createTestDb();
    try {
      const email = freshEmail();
      const outcome = await requestSignUp(other.db, input(email), {
        address: freshAddress(),
        confirmByEmail: false,
      });
      expect(outcome).toMatchObject({ kind: "signed-up", user: { email } });
      const again = await errorOf(
        requestSignUp(other.db, input(email), { address: freshAddress(), confirmByEmail: false }),
      );
      expect(again).toBeInstanceOf(Conflict);
    } finally {
      await other.close();
    }
  });
});

describe("sign-up limits", () => {
  it("past five an hour from one address: 429 with the wait, and nothing written", async () => {
    const address = freshAddress();
    for (let n = 0; n < LIMITS.signUpsPerAddress.points; n++) await request(freshEmail(), address);
    const email = freshEmail();
    const refused = await errorOf(request(email, address));
    expect(refused).toBeInstanceOf(TooManyRequests);
    expect((refused as TooManyRequests).message).toMatch(
      /^too many sign-ups from this address; try again in \d+ s$/,
    );
    expect((refused as TooManyRequests).retryAfterSeconds).toBeLessThanOrEqual(3600);
    expect(await pending(email)).toBe(0);
    expect(mailTo(email)).toEqual([]);
    // Also when the account would be made at once: refused before anything is created.
    const direct = freshEmail();
    expect(await errorOf(request(direct, address, false))).toBeInstanceOf(TooManyRequests);
    expect(await countUsers(handle.db, direct)).toBe(0);
    expect(await request(freshEmail())).toEqual({ kind: "check-email" });
  });

  it("past the instance-wide limit every address is refused", async () => {
    // The tests above spent some of the hour's sign-ups already; use up the rest.
    let spent = false;
    for (let n = 0; n <= LIMITS.signUpsEverywhere.points && !spent; n++) {
      spent = await consume(handle.db, "signUpsEverywhere", "instance").then(
        () => false,
        (error: unknown) => error instanceof TooManyRequests,
      );
    }
    expect(spent).toBe(true);
    const email = freshEmail();
    const refused = await errorOf(request(email));
    expect((refused as TooManyRequests).message).toMatch(/^too many sign-ups on this instance right now/);
    expect(await pending(email)).toBe(0);
  });
});
