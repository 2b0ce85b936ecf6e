import { afterAll, beforeAll, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { checkSecondFactor, ticketOf } from "@/server/account/mfa";
import { decideSignIn, signInRedirect } from "@/server/auth/sign-in-policy";
import { createTestDb } from "@/tests/helpers/db";
import { createOAuthAccount, createUser, enrolMfa, totpCode } from "@/tests/helpers/factories";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const github = (userId: string, email: string) => ({
  user: { id: userId, email },
  account: { type: "oauth" as const, provider: "github", providerAccountId: `github-${userId}` },
});

it("a GitHub sign-in of an account with two-step sign-in on asks for the code before any session", async () => {
  const user = await createUser(handle.db);
  await createOAuthAccount(handle.db, user);
  const { key } = await enrolMfa(handle.db, user);

  const decision = await decideSignIn(handle.db, github(user.id, user.email), "open");
  if (!decision || !("secondStep" in decision))
    throw new Error(`expected a second step, got ${JSON.stringify(decision)}`);
  expect(ticketOf(decision.secondStep)).toEqual({ userId: user.id, method: "github" });
  expect(await signInRedirect(handle.db, github(user.id, user.email))).toMatch(/^\/sign-in\?ticket=v1\./);
  // The code finishes it, as after a password.
  expect(await checkSecondFactor(handle.db, user.id, totpCode(key), { address: "203.0.113.5" })).toBe(true);
});

it("without two-step sign-in, and for a password (its own second step), the provider sign-in goes ahead", async () => {
  const user = await createUser(handle.db);
  await createOAuthAccount(handle.db, user);
  expect(await signInRedirect(handle.db, github(user.id, user.email))).toBe(true);
  await enrolMfa(handle.db, user);
  const password = {
    user: { id: user.id },
    account: { type: "credentials" as const, provider: "credentials", providerAccountId: user.id },
  };
  expect(await decideSignIn(handle.db, password, "open")).toBeNull();
});
