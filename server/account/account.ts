import "server-only";
import { settleNewAccount } from "@/server/admin/sign-up-policy";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessments, invitations, users } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { endEverySession } from "./sessions";
import { requireSecondFactor } from "./mfa";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { recordSignInFailure, refuseThrottledSignIn } from "@/server/auth/throttle";
import { DEMO_NOT_DELETABLE, deletionConfirmationField } from "@/lib/account/rules";
import { isCommonPassword } from "./common-passwords";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import type { UpdateProfileInput } from "@/lib/account/inputs";
import {
  type ChangePasswordInput,
  type DeleteAccountInput,
  type SignInInput,
  type SignUpInput,
} from "@/lib/account/action-inputs";

const byEmail = (email: string) => eq(sql`lower(${users.email})`, email);

export function refuseCommonPassword(field: string, password: string): void {
  if (isCommonPassword(password)) {
    throw new Invalid(field, "this password is too common; choose one that is hard to guess");
  }
}

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
}

const sessionUserColumns = { id: users.id, email: users.email, name: users.name };

export async function signUp(db: Db, input: SignUpInput): Promise<SessionUser> {
  refuseCommonPassword("password", input.password);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name || null, passwordHash })
      .onConflictDoNothing()
      .returning(sessionUserColumns);
    if (!created) throw new Conflict("an account with this email already exists", "email");
    await settleNewAccount(tx, created);
    return created;
  });
}

/** The user for these credentials, or null; costs one hash either way. */
export async function verifyCredentials(db: Db, input: SignInInput): Promise<SessionUser | null> {
  const [user] = await db
    .select({ ...sessionUserColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(byEmail(input.email));
  const ok = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !ok) return null;
  return { id: user.id, email: user.email, name: user.name };
}

/** Ends every session of the actor, this one included, and revokes every API token. */
export async function signOutEverywhere(db: Db, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, actor.userId));
    if (!user) throw new NotFound("user");
    await endEverySession(tx, actor.userId);
  });
}

/**
 * Changes the password; every session and API token ends, so the caller signs this browser in again. Wrong
 * current passwords count with sign-in failures: a stolen session gets no extra guesses.
 */
export async function changePassword(
  db: Db,
  actor: Actor,
  input: ChangePasswordInput,
  from: { address: string } = { address: "unknown" },
): Promise<void> {
  const [user] = await db
    .select({ email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, actor.userId));
  if (!user) throw new NotFound("user");
  if (!user.passwordHash) {
    throw new Invalid("currentPassword", "this account signs in with GitHub or Google and has no password");
  }
  await refuseThrottledSignIn(db, user.email, from.address);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordSignInFailure(db, user.email, from.address);
    throw new Invalid("currentPassword", "current password is wrong");
  }
  await requireSecondFactor(db, actor.userId, input.code, from);
  if (input.newPassword === input.currentPassword) {
    throw new Invalid("newPassword", "choose a password different from the current one");
  }
  refuseCommonPassword("newPassword", input.newPassword);
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(users)
      .set({ passwordHash, updatedAt: new Date() })
      .where(eq(users.id, actor.userId))
      .returning({ id: users.id });
    if (!updated) throw new NotFound("user");
    await endEverySession(tx, actor.userId);
  });
}

export async function getProfile(db: Db, actor: Actor) {
  const [profile] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      timeZone: users.timeZone,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
      isDemo: users.isDemo,
      mfaEnabled: sql<boolean>`${users.mfaSecret} is not null`,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, actor.userId));
  if (!profile) throw new NotFound("user");
  return profile;
}

export async function updateProfile(db: Db, actor: Actor, input: UpdateProfileInput) {
  const [updated] = await db
    .update(users)
    .set({ name: input.name || null, timeZone: input.timeZone, updatedAt: new Date() })
    .where(eq(users.id, actor.userId))
    .returning({ name: users.name, timeZone: users.timeZone });
  if (!updated) throw new NotFound("user");
  return updated;
}

/** Refuses unless the input proves the account holder asks; wrong passwords count toward the sign-in throttle. */
async function confirmDeletion(
  db: Db,
  user: { email: string; passwordHash: string | null },
  input: DeleteAccountInput,
  address: string,
): Promise<void> {
  if (deletionConfirmationField(user.passwordHash !== null) === "email") {
    if (input.email !== user.email) throw new Invalid("email", "type the email address of this account");
    return;
  }
  // One count for sign-in and deletion: a stolen session must not get a second set of guesses.
  await refuseThrottledSignIn(db, user.email, address);
  if (!input.password) throw new Invalid("password", "enter your password");
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await recordSignInFailure(db, user.email, address);
    throw new Invalid("password", "password is wrong");
  }
}

/**
 * Deletes the account and every row of it in one transaction. Rows owned by the user, mentorships on either
 * side, comments, notifications, tokens and feeds go by the ON DELETE CASCADE of their foreign keys to users;
 * sessions end because their user no longer exists. Rows of other people that name the user: endorsements they
 * wrote and invitations they accepted are deleted here; a mentee's audit rows keep the event with actor_id set
 * null ("a deleted account"), so the mentee's access history survives without naming anyone.
 */
export async function deleteAccount(
  db: Db,
  actor: Actor,
  input: DeleteAccountInput,
  from: { address: string },
): Promise<void> {
  const [user] = await db
    .select({ email: users.email, passwordHash: users.passwordHash, isDemo: users.isDemo })
    .from(users)
    .where(eq(users.id, actor.userId));
  if (!user) throw new NotFound("user");
  if (user.isDemo) throw new Conflict(DEMO_NOT_DELETABLE);
  await confirmDeletion(db, user, input, from.address);
  await requireSecondFactor(db, actor.userId, input.code, from);
  await db.transaction(async (tx) => {
    // Rows that reference the user wait for this lock, so none slips in between the deletes below.
    const [locked] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.id, actor.userId))
      .for("update");
    if (!locked) throw new NotFound("user");
    // A mentor's rating is their judgement: it leaves with them rather than stay unattributed.
    await tx.delete(assessments).where(eq(assessments.assessorId, actor.userId));
    // Spent on a mentorship that is going, and often holding their email address.
    await tx.delete(invitations).where(eq(invitations.acceptedBy, actor.userId));
    await tx.delete(users).where(eq(users.id, actor.userId));
  });
}
