import "server-only";
import { and, eq, notExists, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { users } from "@/db/schema";
import { env } from "@/server/env";
import { SIGN_UP_REFUSED, signUpModeOf, type SignUpMode } from "@/lib/admin/sign-up-mode";
import { acceptInvitations, hasPendingInvitation } from "./invitations";

export const signUpMode = (): SignUpMode => signUpModeOf(env());

/** No account but the demo yet: whoever signs up now is setting the instance up. */
async function isEmptyInstance(db: DbOrTx): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.isDemo, false)).limit(1);
  return !row;
}

/** Why this address may not get a new account now, or null when it may. */
export async function signUpRefusal(
  db: DbOrTx,
  email: string,
  mode: SignUpMode = signUpMode(),
): Promise<string | null> {
  if (mode === "open" || (await isEmptyInstance(db))) return null;
  if (mode === "invite" && (await hasPendingInvitation(db, email))) return null;
  return SIGN_UP_REFUSED[mode];
}

/**
 * After any new account: its invitations are used, and the instance's first real account becomes admin. The first
 * is chosen by the table, not by this call, so two simultaneous first sign-ups agree on one admin.
 */
export async function settleNewAccount(db: DbOrTx, email: string): Promise<void> {
  await acceptInvitations(db, email);
  const admins = db.select({ id: users.id }).from(users).where(eq(users.isAdmin, true));
  const first = sql`(select id from ${users} where not is_demo order by created_at, id limit 1)`;
  await db
    .update(users)
    .set({ isAdmin: true })
    .where(and(eq(users.id, first), notExists(admins)));
}
