import crypto from "node:crypto";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { users } from "@/db/schema";
import type { SessionClaims } from "@/server/auth/actor";
import { Invalid } from "@/lib/errors";
import {
  changePassword,
  sessionVersionOf,
  signOutEverywhere,
  verifyCredentials,
} from "@/server/account/account";
import { createTestDb } from "@/tests/helpers/db";
import { callerFor, claimsFor, createUser, TEST_PASSWORD } from "@/tests/helpers/factories";
import { actorOf, errorOf } from "@/tests/helpers/integration-extra";
import { changePasswordInput, signInInput } from "@/lib/account/action-inputs";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const ENDED = "your session has ended; sign in again";
const NEW_PASSWORD = "an entirely different passphrase";

const profileFor = (claims: SessionClaims) => callerFor(handle.db, claims).account.profile();
const signIn = (email: string, password: string) =>
  verifyCredentials(handle.db, signInInput.parse({ email, password }));
const change = (actor: ReturnType<typeof actorOf>, currentPassword: string, newPassword: string) =>
  changePassword(handle.db, actor, changePasswordInput.parse({ currentPassword, newPassword }));

async function expectRefused(claims: SessionClaims, message = ENDED) {
  const error = await errorOf(profileFor(claims));
  expect(error).toBeInstanceOf(TRPCError);
  expect(error).toMatchObject({ code: "UNAUTHORIZED", message });
}

describe("session version", () => {
  it("signOutEverywhere ends the current claims; the next version works", async () => {
    const user = await createUser(handle.db);
    const claims = claimsFor(user);
    expect((await profileFor(claims)).id).toBe(user.id);

    await signOutEverywhere(handle.db, actorOf(user));

    await expectRefused(claims);
    expect(await sessionVersionOf(handle.db, user.id)).toBe(user.sessionVersion + 1);
    const next = { ...claims, sessionVersion: claims.sessionVersion + 1 };
    expect((await profileFor(next)).id).toBe(user.id);
  });

  it("refuses claims for a user that never existed", async () => {
    await expectRefused({ userId: crypto.randomUUID(), sessionVersion: 1 });
  });

  it("refuses claims of a deleted user", async () => {
    const user = await createUser(handle.db);
    const claims = claimsFor(user);
    expect((await profileFor(claims)).id).toBe(user.id);
    await handle.db.delete(users).where(eq(users.id, user.id));
    await expectRefused(claims);
  });
});

describe("changePassword", () => {
  it("ends the old sessions, returns a working version and swaps the password", async () => {
    const user = await createUser(handle.db);
    const oldClaims = claimsFor(user);

    const version = await change(actorOf(user), TEST_PASSWORD, NEW_PASSWORD);

    expect(version).toBe(user.sessionVersion + 1);
    await expectRefused(oldClaims);
    expect((await profileFor({ userId: user.id, sessionVersion: version })).id).toBe(user.id);
    expect(await signIn(user.email, NEW_PASSWORD)).toMatchObject({ id: user.id, sessionVersion: version });
    expect(await signIn(user.email, TEST_PASSWORD)).toBeNull();
  });

  it("refuses a wrong current password and changes nothing", async () => {
    const user = await createUser(handle.db);
    const error = await errorOf(change(actorOf(user), "not my passphrase at all", NEW_PASSWORD));

    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).field).toBe("currentPassword");
    expect(await sessionVersionOf(handle.db, user.id)).toBe(user.sessionVersion);
    expect((await profileFor(claimsFor(user))).id).toBe(user.id);
    expect(await signIn(user.email, TEST_PASSWORD)).toMatchObject({ id: user.id });
    expect(await signIn(user.email, NEW_PASSWORD)).toBeNull();
  });

  it("refuses a common new password and changes nothing", async () => {
    const user = await createUser(handle.db);
    const error = await errorOf(change(actorOf(user), TEST_PASSWORD, "password123"));

    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).field).toBe("newPassword");
    expect(await sessionVersionOf(handle.db, user.id)).toBe(user.sessionVersion);
    expect(await signIn(user.email, TEST_PASSWORD)).toMatchObject({ id: user.id });
    expect(await signIn(user.email, "password123")).toBeNull();
  });

  it("refuses the current password as the new one", async () => {
    const user = await createUser(handle.db);
    const error = await errorOf(change(actorOf(user), TEST_PASSWORD, TEST_PASSWORD));

    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).field).toBe("newPassword");
    expect(await sessionVersionOf(handle.db, user.id)).toBe(user.sessionVersion);
  });
});
