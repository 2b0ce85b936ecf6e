import crypto from "node:crypto";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { sessions, users } from "@/db/schema";
import type { SessionClaims } from "@/server/auth/actor";
import { Invalid } from "@/lib/errors";
import { LAST_SEEN_GRANULARITY_MS, SESSION_IDLE_MS } from "@/lib/account/sessions";
import { changePassword, signOutEverywhere, verifyCredentials } from "@/server/account/account";
import { actorForSession, endSessionById, startSession } from "@/server/account/sessions";
import { createTestDb } from "@/tests/helpers/db";
import {
  callerFor,
  claimsFor,
  createApiToken,
  createUser,
  TEST_PASSWORD,
  type TestUser,
} from "@/tests/helpers/factories";
import { actorOf, errorOf, expectCode } from "@/tests/helpers/integration-extra";
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
const tokenCaller = (token: string) => callerFor(handle.db, null, { bearerToken: token });
const signIn = (email: string, password: string) =>
  verifyCredentials(handle.db, signInInput.parse({ email, password }));
const change = (actor: ReturnType<typeof actorOf>, currentPassword: string, newPassword: string) =>
  changePassword(handle.db, actor, changePasswordInput.parse({ currentPassword, newPassword }));
const secondBrowser = (user: TestUser, userAgent = "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0") =>
  startSession(handle.db, { userId: user.id, method: "password", userAgent, address: "203.0.113.9" });

async function expectRefused(claims: SessionClaims, message = ENDED) {
  const error = await errorOf(profileFor(claims));
  expect(error).toBeInstanceOf(TRPCError);
  expect(error).toMatchObject({ code: "UNAUTHORIZED", message });
}

describe("sessions as rows", () => {
  it("sign-out deletes the row, so the same claims are refused on the next request", async () => {
    const user = await createUser(handle.db);
    const claims = claimsFor(user);
    expect((await profileFor(claims)).id).toBe(user.id);

    await endSessionById(handle.db, user.sessionId);

    await expectRefused(claims);
    expect(await handle.db.select().from(sessions).where(eq(sessions.id, user.sessionId))).toEqual([]);
  });

  it("refuses claims for a user that never existed, a session of someone else and a malformed id", async () => {
    const user = await createUser(handle.db);
    const other = await createUser(handle.db);
    await expectRefused({ userId: crypto.randomUUID(), sessionId: user.sessionId });
    await expectRefused({ userId: user.id, sessionId: other.sessionId });
    await expectRefused({ userId: user.id, sessionId: "not-a-uuid" });
  });

  it("refuses claims of a deleted user", async () => {
    const user = await createUser(handle.db);
    const claims = claimsFor(user);
    expect((await profileFor(claims)).id).toBe(user.id);
    await handle.db.delete(users).where(eq(users.id, user.id));
    await expectRefused(claims);
  });

  it("ends a session idle for 30 days and moves the end forward when it is used", async () => {
    const user = await createUser(handle.db);
    const start = new Date("2026-01-01T00:00:00Z");
    const sessionId = await startSession(handle.db, { userId: user.id, method: "password" }, start);
    const claims = { userId: user.id, sessionId };
    const justBefore = new Date(start.getTime() + SESSION_IDLE_MS - 1);
    expect(await actorForSession(handle.db, claims, justBefore)).toMatchObject({
      userId: user.id,
      sessionId,
    });
    // That use moved the end: 30 days from the original end is still inside the window.
    const later = new Date(start.getTime() + 2 * SESSION_IDLE_MS - 2);
    expect(await actorForSession(handle.db, claims, later)).not.toBeNull();
    const idle = new Date(later.getTime() + SESSION_IDLE_MS);
    expect(await actorForSession(handle.db, claims, idle)).toBeNull();
  });

  it("writes last-seen at most once per interval", async () => {
    const user = await createUser(handle.db);
    const start = new Date("2026-02-01T00:00:00Z");
    const sessionId = await startSession(handle.db, { userId: user.id, method: "password" }, start);
    const claims = { userId: user.id, sessionId };
    const lastSeen = async () =>
      (await handle.db.select().from(sessions).where(eq(sessions.id, sessionId)))[0]?.lastSeenAt;
    await actorForSession(handle.db, claims, new Date(start.getTime() + 1000));
    expect(await lastSeen()).toEqual(start);
    const stale = new Date(start.getTime() + LAST_SEEN_GRANULARITY_MS);
    await actorForSession(handle.db, claims, stale);
    expect(await lastSeen()).toEqual(stale);
  });
});

describe("the sessions list", () => {
  it("lists the actor's sessions with their device and address, this one marked, nobody else's", async () => {
    const user = await createUser(handle.db);
    const stranger = await createUser(handle.db);
    await secondBrowser(user);
    const listed = await callerFor(handle.db, claimsFor(user)).account.sessions();
    expect(listed).toHaveLength(2);
    expect(listed.filter((session) => session.current).map((session) => session.id)).toEqual([
      user.sessionId,
    ]);
    expect(listed.find((session) => !session.current)).toMatchObject({
      device: "Firefox 133 on Linux",
      address: "203.0.113.9",
      method: "password",
    });
    expect(listed.map((session) => session.id)).not.toContain(stranger.sessionId);
  });

  it("signs out one other session; someone else's session is NOT_FOUND and stays signed in", async () => {
    const user = await createUser(handle.db);
    const stranger = await createUser(handle.db);
    const other = await secondBrowser(user);
    const api = callerFor(handle.db, claimsFor(user));

    await api.account.endSession({ id: other });
    await expectRefused({ userId: user.id, sessionId: other });
    expect((await profileFor(claimsFor(user))).id).toBe(user.id);

    await expectCode(api.account.endSession({ id: stranger.sessionId }), "NOT_FOUND");
    expect((await profileFor(claimsFor(stranger))).id).toBe(stranger.id);
  });

  it("signs out everywhere else, revoking API tokens unless asked to keep them", async () => {
    const user = await createUser(handle.db);
    const api = callerFor(handle.db, claimsFor(user));
    const kept = await createApiToken(handle.db, user);
    const first = await secondBrowser(user);
    expect(await api.account.endOtherSessions({ revokeTokens: false })).toEqual({ sessions: 1, tokens: 0 });
    await expectRefused({ userId: user.id, sessionId: first });
    expect((await tokenCaller(kept.token).account.profile()).id).toBe(user.id);

    const second = await secondBrowser(user);
    expect(await api.account.endOtherSessions({})).toEqual({ sessions: 1, tokens: 1 });
    await expectRefused({ userId: user.id, sessionId: second });
    await expectCode(tokenCaller(kept.token).account.profile(), "UNAUTHORIZED");
    expect((await profileFor(claimsFor(user))).id).toBe(user.id);
  });

  it("cannot be read or changed with an API token", async () => {
    const user = await createUser(handle.db);
    const { token } = await createApiToken(handle.db, user, { scope: "write" });
    await expectCode(tokenCaller(token).account.sessions(), "FORBIDDEN");
    await expectCode(tokenCaller(token).account.endOtherSessions({}), "FORBIDDEN");
    expect((await profileFor(claimsFor(user))).id).toBe(user.id);
  });
});

describe("signOutEverywhere", () => {
  it("ends every session of the user and revokes every API token; other users keep theirs", async () => {
    const user = await createUser(handle.db);
    const bystander = await createUser(handle.db);
    const other = await secondBrowser(user);
    const { token } = await createApiToken(handle.db, user, { scope: "write" });
    const theirs = await createApiToken(handle.db, bystander);
    expect((await tokenCaller(token).account.profile()).id).toBe(user.id);

    await signOutEverywhere(handle.db, actorOf(user));

    await expectRefused(claimsFor(user));
    await expectRefused({ userId: user.id, sessionId: other });
    await expectCode(
      tokenCaller(token).account.profile(),
      "UNAUTHORIZED",
      "this token is unknown or revoked",
    );
    expect((await profileFor(claimsFor(bystander))).id).toBe(bystander.id);
    expect((await tokenCaller(theirs.token).account.profile()).id).toBe(bystander.id);
  });
});

describe("changePassword", () => {
  it("ends every session and API token and swaps the password", async () => {
    const user = await createUser(handle.db);
    const other = await secondBrowser(user);
    const { token } = await createApiToken(handle.db, user, { scope: "write" });

    await change(actorOf(user), TEST_PASSWORD, NEW_PASSWORD);

    await expectRefused(claimsFor(user));
    await expectRefused({ userId: user.id, sessionId: other });
    await expectCode(tokenCaller(token).account.profile(), "UNAUTHORIZED");
    expect(await signIn(user.email, NEW_PASSWORD)).toMatchObject({ id: user.id });
    expect(await signIn(user.email, TEST_PASSWORD)).toBeNull();
  });

  it("refuses a wrong current password and changes nothing", async () => {
    const user = await createUser(handle.db);
    const { token } = await createApiToken(handle.db, user);
    const error = await errorOf(change(actorOf(user), "not my passphrase at all", NEW_PASSWORD));

    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).field).toBe("currentPassword");
    expect((await profileFor(claimsFor(user))).id).toBe(user.id);
    expect((await tokenCaller(token).account.profile()).id).toBe(user.id);
    expect(await signIn(user.email, TEST_PASSWORD)).toMatchObject({ id: user.id });
    expect(await signIn(user.email, NEW_PASSWORD)).toBeNull();
  });

  it("refuses a common new password and changes nothing", async () => {
    const user = await createUser(handle.db);
    const error = await errorOf(change(actorOf(user), TEST_PASSWORD, "password123"));

    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).field).toBe("newPassword");
    expect((await profileFor(claimsFor(user))).id).toBe(user.id);
    expect(await signIn(user.email, TEST_PASSWORD)).toMatchObject({ id: user.id });
    expect(await signIn(user.email, "password123")).toBeNull();
  });

  it("refuses the current password as the new one", async () => {
    const user = await createUser(handle.db);
    const error = await errorOf(change(actorOf(user), TEST_PASSWORD, TEST_PASSWORD));

    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).field).toBe("newPassword");
    expect((await profileFor(claimsFor(user))).id).toBe(user.id);
  });
});
