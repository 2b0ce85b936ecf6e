import "server-only";
import { and, eq, notExists, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/db/client";
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

export interface SignUpRefusalOptions {
  mode?: SignUpMode;
  /**
   * Whether a pending invitation admits this address. True where the address is proven (a provider's verified
   * email); the sign-up form passes false: invited people use their emailed link, so an invitation never admits
   * someone who only typed the address.
   */
  invitationAdmits?: boolean;
}

/** Why this address may not get a new account now, or null when it may. */
export async function signUpRefusal(
  db: DbOrTx,
  email: string,
  { mode = signUpMode(), invitationAdmits = true }: SignUpRefusalOptions = {},
): Promise<string | null> {
  if (mode === "open" || (await isEmptyInstance(db))) return null;
  if (mode === "invite" && invitationAdmits && (await hasPendingInvitation(db, email))) return null;
  return SIGN_UP_REFUSED[mode];
}

// One lock for "who is the first account", so concurrent first sign-ups in transactions see each other.
const FIRST_ACCOUNT_LOCK = 7_201_001;

/**
 * After any new account, in its transaction: its invitations are used, and it becomes admin if it is the instance's
 * first real account and there is no admin. Only the new account can be promoted, never an older one silently.
 */
export async function settleNewAccount(tx: Tx, user: { id: string; email: string }): Promise<void> {
  await acceptInvitations(tx, user.email);
  await tx.execute(sql`select pg_advisory_xact_lock(${FIRST_ACCOUNT_LOCK})`);
  const admins = tx.select({ id: users.id }).from(users).where(eq(users.isAdmin, true));
  const first = sql`(select id from ${users} where not is_demo order by created_at, id limit 1)`;
  await tx
    .update(users)
    .set({ isAdmin: true })
    .where(and(eq(users.id, user.id), eq(users.id, first), notExists(admins)));
}
