import type { Db } from "../../db/client";
import { BUILTIN_SKILLS } from "@/lib/skills/catalogue";
import { SITUATIONAL_SKILLS } from "@/lib/ladders/builtin";
import type { SessionClaims } from "@/server/auth/actor";
import { signUp, type SessionUser } from "@/server/account/account";
import { createContextInner } from "../../server/trpc/init";
import { createCaller } from "../../server/trpc/root";
import { signUpInput } from "@/lib/account/inputs";

/** Built-in skills every user sees: the seed's nine and its six situational ones. */
export const BUILTIN_SKILL_COUNT = BUILTIN_SKILLS.length + SITUATIONAL_SKILLS.length;

export const TEST_PASSWORD = "a perfectly fine passphrase";

let sequence = 0;

/** A signed-up user with a unique email and TEST_PASSWORD. */
export async function createUser(
  db: Db,
  overrides: { email?: string; name?: string; password?: string } = {},
): Promise<SessionUser & { password: string }> {
  sequence += 1;
  const password = overrides.password ?? TEST_PASSWORD;
  const input = signUpInput.parse({
    email: overrides.email ?? `user${sequence}-${Date.now()}@example.com`,
    name: overrides.name ?? `User ${sequence}`,
    password,
  });
  return { ...(await signUp(db, input)), password };
}

export function claimsFor(user: { id: string; sessionVersion: number }): SessionClaims {
  return { userId: user.id, sessionVersion: user.sessionVersion };
}

/** The router as this session would call it, without HTTP. */
export function callerFor(db: Db, session: SessionClaims | null) {
  return createCaller(createContextInner({ db, session }));
}

/** A new user and the router as they would call it. */
export async function newCaller(db: Db) {
  const user = await createUser(db);
  return { user, api: callerFor(db, claimsFor(user)) };
}
