import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { users } from "@/db/schema";
import { Invalid, TooManyRequests } from "@/lib/errors";
import { LIMITS } from "@/lib/limits";
import { checkSecondFactor, signInTicket, userOfTicket } from "@/server/account/mfa";
import { createTestDb } from "@/tests/helpers/db";
import {
  callerFor,
  claimsFor,
  createUser,
  enrolMfa,
  TEST_PASSWORD,
  totpCode,
  type TestUser,
} from "@/tests/helpers/factories";
import { actorOf, countUsers, errorOf, expectCode, fieldsOf } from "@/tests/helpers/integration-extra";
import type { TRPCError } from "@trpc/server";
import { changePassword, deleteAccount, verifyCredentials } from "@/server/account/account";
import { MFA_CODE_REQUIRED, MFA_CODE_WRONG } from "@/lib/account/mfa";
import { changePasswordInput, deleteAccountInput, signInInput } from "@/lib/account/action-inputs";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const NEW_PASSWORD = "an entirely different passphrase";
let addresses = 0;
const from = () => ({ address: `100.64.0.${(addresses += 1)}` });
const codeAt = (key: string) => totpCode(key);

/** A user with two-step sign-in on: their key (as the app has it) and recovery codes. */
async function enrolled(): Promise<{ user: TestUser; key: string; recoveryCodes: string[] }> {
  const user = await createUser(handle.db);
  const { key, uri, qrCode, recoveryCodes } = await enrolMfa(handle.db, user);
  expect(uri).toContain(`secret=${key}`);
  expect(qrCode).toMatch(/^data:image\/png;base64,/);
  return { user, key, recoveryCodes };
}

describe("setting up two-step sign-in", () => {
  it("turns on with a code of the new key and gives ten recovery codes; the key is encrypted at rest", async () => {
    const { user, key, recoveryCodes } = await enrolled();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(await callerFor(handle.db, claimsFor(user)).account.mfa()).toEqual({
      enabled: true,
      recoveryCodesLeft: 10,
    });
    const [row] = await handle.db.select().from(users).where(eq(users.id, user.id));
    expect(row?.mfaSecret).toMatch(/^v1\./);
    expect(row?.mfaSecret).not.toContain(key);
    expect(row?.mfaPendingSecret).toBeNull();
  });

  it("refuses a wrong first code on the code field and stays off", async () => {
    const user = await createUser(handle.db);
    const api = callerFor(handle.db, claimsFor(user));
    await api.account.startMfa();
    await expectCode(api.account.confirmMfa({ code: "000000" }), "BAD_REQUEST");
    expect(await api.account.mfa()).toEqual({ enabled: false, recoveryCodesLeft: 0 });
  });

  it("cannot start a second key while one is on", async () => {
    const { user } = await enrolled();
    await expectCode(callerFor(handle.db, claimsFor(user)).account.startMfa(), "CONFLICT");
  });
});

describe("the second step", () => {
  it("takes each app code once, and each recovery code once", async () => {
    const { user, key, recoveryCodes } = await enrolled();
    const code = codeAt(key);
    expect(await checkSecondFactor(handle.db, user.id, code, from())).toBe(true);
    expect(await checkSecondFactor(handle.db, user.id, code, from())).toBe(false);
    const recovery = recoveryCodes[0] ?? "";
    expect(await checkSecondFactor(handle.db, user.id, recovery.toUpperCase(), from())).toBe(true);
    expect(await checkSecondFactor(handle.db, user.id, recovery, from())).toBe(false);
    expect((await callerFor(handle.db, claimsFor(user)).account.mfa()).recoveryCodesLeft).toBe(9);
  });

  it("after five wrong codes from one address, refuses even a right one there for a while", async () => {
    const { user, key } = await enrolled();
    const address = from();
    for (let n = 0; n < LIMITS.mfaCodesPerAccountAndAddress.points; n++) {
      expect(await checkSecondFactor(handle.db, user.id, "123456", address)).toBe(false);
    }
    const refused = await errorOf(checkSecondFactor(handle.db, user.id, codeAt(key), address));
    expect(refused).toBeInstanceOf(TooManyRequests);
    expect((refused as TooManyRequests).message).toMatch(
      /^too many wrong two-step codes; try again in \d+ s$/,
    );
  });

  it("a ticket names its user for five minutes and cannot be forged", () => {
    const ticket = signInTicket("7a1c0a3e-1b1f-4d6e-9c38-0a0c3c8f2b11");
    expect(userOfTicket(ticket)).toBe("7a1c0a3e-1b1f-4d6e-9c38-0a0c3c8f2b11");
    expect(userOfTicket(ticket, new Date(Date.now() + 5 * 60_000 + 1))).toBeNull();
    const [version, iv, tag, body] = ticket.split(".");
    const flipped = `${body?.[0] === "A" ? "B" : "A"}${body?.slice(1) ?? ""}`;
    expect(userOfTicket([version, iv, tag, flipped].join("."))).toBeNull();
    expect(userOfTicket("v1.not.a.ticket")).toBeNull();
  });
});

describe("turning it off", () => {
  it("needs a current code; then the key and recovery codes are gone", async () => {
    const { user, key } = await enrolled();
    const api = callerFor(handle.db, claimsFor(user));
    const wrong = await errorOf(api.account.disableMfa({ code: "999999" }));
    expect(wrong).toMatchObject({ code: "BAD_REQUEST" });
    expect((wrong as { cause?: unknown }).cause).toBeInstanceOf(Invalid);
    await api.account.disableMfa({ code: codeAt(key) });
    expect(await api.account.mfa()).toEqual({ enabled: false, recoveryCodesLeft: 0 });
    const [row] = await handle.db.select().from(users).where(eq(users.id, user.id));
    expect(row?.mfaSecret).toBeNull();
  });
});

describe("sensitive changes with two-step sign-in on", () => {
  it("a new API token, a password change and account deletion each need a current code", async () => {
    const { user, key, recoveryCodes } = await enrolled();
    const api = callerFor(handle.db, claimsFor(user));

    const noCode = await errorOf(api.apiTokens.create({ name: "script", scope: "read" }));
    expect(noCode).toMatchObject({ code: "BAD_REQUEST" });
    expect(fieldsOf(noCode as TRPCError)).toEqual(["code"]);
    expect(await api.apiTokens.list()).toEqual([]);
    expect((await api.apiTokens.create({ name: "script", scope: "read", code: codeAt(key) })).token).toMatch(
      /^trj_/,
    );

    const password = (code?: string) =>
      changePassword(
        handle.db,
        actorOf(user),
        changePasswordInput.parse({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, code }),
        from(),
      );
    expect(await errorOf(password())).toMatchObject({ field: "code", message: MFA_CODE_REQUIRED });
    expect(await errorOf(password("000000"))).toMatchObject({ field: "code", message: MFA_CODE_WRONG });
    const signIn = (secret: string) =>
      verifyCredentials(handle.db, signInInput.parse({ email: user.email, password: secret }));
    expect(await signIn(TEST_PASSWORD)).not.toBeNull();

    const removal = await errorOf(
      deleteAccount(handle.db, actorOf(user), deleteAccountInput.parse({ password: TEST_PASSWORD }), from()),
    );
    expect(removal).toMatchObject({ field: "code", message: MFA_CODE_REQUIRED });
    expect(await countUsers(handle.db, user.email)).toBe(1);

    await password(recoveryCodes[0]);
    expect(await signIn(NEW_PASSWORD)).not.toBeNull();
  });
});
