import "server-only";
import { and, eq } from "drizzle-orm";
import type { Account, Profile, User } from "next-auth";
import type { Db } from "@/db/client";
import { accounts, users } from "@/db/schema";
import { normalizeEmail } from "@/lib/account/rules";
import type { SignInRefusal } from "@/lib/account/sign-in-errors";
import { signUpMode, signUpRefusal } from "@/server/admin/sign-up-policy";
import type { SignUpMode } from "@/lib/admin/sign-up-mode";

export interface SignInAttempt {
  user: Pick<User, "id" | "email">;
  account?: Pick<Account, "type" | "provider" | "providerAccountId"> | null;
  profile?: Pick<Profile, "email_verified"> | undefined;
}

/** The account this sign-in lands on: ours for credentials, else by the provider's id, else by the linked email. */
async function existingUser(db: Db, { user, account }: SignInAttempt) {
  const columns = { id: users.id, disabledAt: users.disabledAt };
  if (!account || account.type === "credentials") {
    if (!user.id) return undefined;
    const [row] = await db.select(columns).from(users).where(eq(users.id, user.id));
    return row;
  }
  const [linked] = await db
    .select(columns)
    .from(accounts)
    .innerJoin(users, eq(users.id, accounts.userId))
    .where(
      and(eq(accounts.provider, account.provider), eq(accounts.providerAccountId, account.providerAccountId)),
    );
  if (linked || !user.email) return linked;
  const [byEmail] = await db
    .select(columns)
    .from(users)
    .where(eq(users.email, normalizeEmail(user.email)));
  return byEmail;
}

/**
 * Why this sign-in is refused, or null: a disabled account, an OpenID Connect email the provider did not verify
 * (linking by email is only safe on a verified one), or a new account the instance's sign-up mode does not allow.
 */
export async function signInRefusal(
  db: Db,
  attempt: SignInAttempt,
  mode: SignUpMode = signUpMode(),
): Promise<SignInRefusal | null> {
  if (attempt.account?.type === "oidc" && attempt.profile?.email_verified !== true) return "EmailUnverified";
  const found = await existingUser(db, attempt);
  if (found) return found.disabledAt ? "AccountDisabled" : null;
  if (!attempt.account || attempt.account.type === "credentials") return null;
  const refusal = await signUpRefusal(db, normalizeEmail(attempt.user.email ?? ""), mode);
  if (!refusal) return null;
  return mode === "closed" ? "SignUpClosed" : "SignUpInvite";
}
