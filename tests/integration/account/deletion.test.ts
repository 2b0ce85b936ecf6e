import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { accounts, users } from "@/db/schema";
import { refuseThrottledSignIn } from "@/server/auth/throttle";
import { DEMO_NOT_DELETABLE } from "@/lib/account/rules";
import { Conflict, Invalid, NotFound, TooManyRequests } from "@/lib/errors";
import { deleteAccount, signUp, verifyCredentials } from "@/server/account/account";
import { createTestDb } from "@/tests/helpers/db";
import { callerFor, claimsFor, createUser, TEST_PASSWORD } from "@/tests/helpers/factories";
import { actorOf, countUsers, errorOf, expectCode } from "@/tests/helpers/integration-extra";
import { userRowCounts } from "@/tests/helpers/schema-walk";
import { deleteAccountInput, signInInput, signUpInput } from "@/lib/account/action-inputs";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const ENDED = "your session has ended; sign in again";
let addresses = 0;
/** A client address of each test's own, so the per-address throttle of one test never reaches another. */
const freshAddress = () => `203.0.113.${(addresses += 1)}`;

const remove = (user: { id: string; email: string }, raw: object, address = freshAddress()) =>
  deleteAccount(handle.db, actorOf(user), deleteAccountInput.parse(raw), { address });

/** A user with a skill and a rating, so "nothing deleted" has something to lose. */
async function userWithData() {
  const user = await createUser(handle.db);
  const api = callerFor(handle.db, claimsFor(user));
  const skill = await api.skills.addSkill({ name: "Flame graphs", kind: "tool" });
  await api.skills.assess({ skillId: skill.id, level: 2, assessedOn: "2026-01-05" });
  return { user, api, counts: await userRowCounts(handle.db, user.id) };
}

/** An account made by GitHub sign-in: no password, a linked provider account. */
const oauthUser = () => createUser(handle.db, { name: "Olu OAuth", password: null });

describe("deleteAccountInput", () => {
  it("names the field that is too long", () => {
    const tooLong = deleteAccountInput.safeParse({ password: "x".repeat(1025) });
    expect(tooLong.error?.issues.map((issue) => issue.path)).toEqual([["password"]]);
    const longEmail = deleteAccountInput.safeParse({ email: `${"a".repeat(320)}@example.com` });
    expect(longEmail.error?.issues.map((issue) => issue.path)).toEqual([["email"]]);
    expect(deleteAccountInput.safeParse({ password: 42 }).error?.issues[0]?.path).toEqual(["password"]);
  });
});

describe("deleteAccount", () => {
  it("refuses a wrong or missing password on the password field and deletes nothing", async () => {
    const { user, api, counts } = await userWithData();
    for (const raw of [{ password: "not the password" }, {}, { email: user.email }]) {
      const error = await errorOf(remove(user, raw));
      expect(error).toBeInstanceOf(Invalid);
      expect(error).toMatchObject({ field: "password" });
    }
    expect(await userRowCounts(handle.db, user.id)).toEqual(counts);
    expect((await api.account.profile()).id).toBe(user.id);
  });

  it("with the password, deletes the user, ends every session and frees the email", async () => {
    const { user, api } = await userWithData();
    const otherDevice = callerFor(handle.db, claimsFor(user));
    await remove(user, { password: TEST_PASSWORD });

    expect(await countUsers(handle.db, user.email)).toBe(0);
    for (const caller of [api, otherDevice]) {
      await expectCode(caller.account.profile(), "UNAUTHORIZED", ENDED);
    }
    expect(
      await verifyCredentials(handle.db, signInInput.parse({ email: user.email, password: TEST_PASSWORD })),
    ).toBeNull();
    const again = await signUp(handle.db, signUpInput.parse({ email: user.email, password: TEST_PASSWORD }));
    expect(again.id).not.toBe(user.id);
    expect(await userRowCounts(handle.db, again.id)).toMatchObject({ assessments: 0, skills: 0 });
  });

  it("for an account without a password, takes its email typed out, in any case", async () => {
    const user = await oauthUser();
    const before = await userRowCounts(handle.db, user.id);
    for (const raw of [{ email: "someone-else@example.com" }, { password: "anything" }]) {
      expect(await errorOf(remove(user, raw))).toMatchObject({ field: "email" });
    }
    expect(await userRowCounts(handle.db, user.id)).toEqual(before);

    await remove(user, { email: `  ${user.email.toUpperCase()} ` });
    expect(await countUsers(handle.db, user.email)).toBe(0);
    expect(await handle.db.select().from(accounts).where(eq(accounts.userId, user.id))).toEqual([]);
  });

  it("refuses the demo account, even with its password", async () => {
    const { user, counts } = await userWithData();
    await handle.db.update(users).set({ isDemo: true }).where(eq(users.id, user.id));
    const error = await errorOf(remove(user, { password: TEST_PASSWORD }));
    expect(error).toBeInstanceOf(Conflict);
    expect(error).toMatchObject({ message: DEMO_NOT_DELETABLE });
    expect(await userRowCounts(handle.db, user.id)).toEqual(counts);
  });

  it("shares the sign-in throttle: ten wrong passwords from one address block deletion and sign-in there", async () => {
    const { user, counts } = await userWithData();
    const address = freshAddress();
    for (let attempt = 0; attempt < 10; attempt++) {
      expect(await errorOf(remove(user, { password: `guess ${attempt}` }, address))).toBeInstanceOf(Invalid);
    }
    // Blocked before the password is checked, so even the right one gets no answer about itself.
    const blocked = await errorOf(remove(user, { password: TEST_PASSWORD }, address));
    expect(blocked).toBeInstanceOf(TooManyRequests);
    expect(await errorOf(refuseThrottledSignIn(handle.db, user.email, address))).toBeInstanceOf(
      TooManyRequests,
    );
    // The owner elsewhere is not locked out: guesses from one address never count against another.
    await expect(refuseThrottledSignIn(handle.db, user.email, freshAddress())).resolves.toBeUndefined();
    expect(await userRowCounts(handle.db, user.id)).toEqual(counts);
  });

  it("says NotFound for a session whose user is already gone, and touches nobody else", async () => {
    const { user } = await userWithData();
    const bystander = await userWithData();
    await remove(user, { password: TEST_PASSWORD });
    expect(await errorOf(remove(user, { password: TEST_PASSWORD }))).toBeInstanceOf(NotFound);
    expect(await userRowCounts(handle.db, bystander.user.id)).toEqual(bystander.counts);
    const stranger = await errorOf(
      remove({ id: crypto.randomUUID(), email: bystander.user.email }, { password: TEST_PASSWORD }),
    );
    expect(stranger).toBeInstanceOf(NotFound);
    expect(await userRowCounts(handle.db, bystander.user.id)).toEqual(bystander.counts);
  });
});
