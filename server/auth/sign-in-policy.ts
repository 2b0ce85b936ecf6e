import "server-only";
import { and, eq } from "drizzle-orm";
import type { Account, Profile, User } from "next-auth";
import type { Db } from "@/db/client";
import { accounts, users } from "@/db/schema";
import { normalizeEmail } from "@/lib/account/rules";
import type { SignInRefusal } from "@/lib/account/sign-in-errors";
import { signUpMode, signUpRefusal } from "@/server/admin/sign-up-policy";
import type { SignUpMode } from "@/lib/admin/sign-up-mode";
import { methodOfProvider } from "@/lib/account/sessions";
import { signInTicket } from "@/server/account/mfa";

export interface SignInAttempt {
  user: Pick<User, "id" | "email">;
  account?: Pick<Account, "type" | "provider" | "providerAccountId"> | null;
  profile?: Pick<Profile, "email_verified"> | undefined;
}

/** Only single sign-on links to an account by its email (Auth.js refuses the others as not linked). */
const LINKS_BY_EMAIL = new Set(["oidc"]);

/**
 * The account this sign-in lands on: ours for credentials, else by the provider's id, else (`byEmail`) the account
 * that has the provider's email, which it is not linked to yet.
 */
async function existingUser(db: Db, { user, account }: SignInAttempt) {
  const columns = {
    id: users.id,
    disabledAt: users.disabledAt,
    mfaSecret: users.mfaSecret,
    emailVerified: users.emailVerified,
  };
  if (!account || account.type === "credentials") {
    if (!user.id) return undefined;
    const [row] = await db.select(columns).from(users).where(eq(users.id, user.id));
    return row && { ...row, byEmail: false };
  }
  const [linked] = await db
    .select(columns)
    .from(accounts)
    .innerJoin(users, eq(users.id, accounts.userId))
    .where(
      and(eq(accounts.provider, account.provider), eq(accounts.providerAccountId, account.providerAccountId)),
    );
  if (linked) return { ...linked, byEmail: false };
  if (!user.email) return undefined;
  const [byEmail] = await db
    .select(columns)
    .from(users)
    .where(eq(users.email, normalizeEmail(user.email)));
  return byEmail && { ...byEmail, byEmail: true };
}

/** Refused (and why), or a second step to take first (its sealed ticket), or null to go ahead. */
export type SignInDecision = { refuse: SignInRefusal } | { secondStep: string } | null;

/**
 * Refused: a disabled account, an OpenID Connect email the provider did not verify, a new account the sign-up mode
 * does not allow, or an email match that must not link: any provider but single sign-on, or an account whose own
 * email was never proven (made without mail, so anyone could have typed that address). A provider sign-in of an
 * account with two-step sign-in on goes to the code first, as a password does.
 */
export async function decideSignIn(
  db: Db,
  attempt: SignInAttempt,
  mode: SignUpMode = signUpMode(),
): Promise<SignInDecision> {
  if (attempt.account?.type === "oidc" && attempt.profile?.email_verified !== true)
    return { refuse: "EmailUnverified" };
  const provider =
    attempt.account && attempt.account.type !== "credentials" ? attempt.account.provider : null;
  const found = await existingUser(db, attempt);
  if (found?.disabledAt) return { refuse: "AccountDisabled" };
  if (found?.byEmail && (!LINKS_BY_EMAIL.has(provider ?? "") || !found.emailVerified))
    return { refuse: "OAuthAccountNotLinked" };
  if (found && provider && found.mfaSecret)
    return { secondStep: signInTicket(found.id, new Date(), methodOfProvider(provider)) };
  if (found || !provider) return null;
  const refusal = await signUpRefusal(db, normalizeEmail(attempt.user.email ?? ""), { mode });
  if (!refusal) return null;
  return { refuse: mode === "closed" ? "SignUpClosed" : "SignUpInvite" };
}

export async function signInRefusal(
  db: Db,
  attempt: SignInAttempt,
  mode: SignUpMode = signUpMode(),
): Promise<SignInRefusal | null> {
  const decision = await decideSignIn(db, attempt, mode);
  return decision && "refuse" in decision ? decision.refuse : null;
}

/** Where Auth.js sends the browser instead of signing it in, or true to sign in. */
export async function signInRedirect(db: Db, attempt: SignInAttempt): Promise<string | true> {
  const decision = await decideSignIn(db, attempt);
  if (!decision) return true;
  if ("refuse" in decision) return `/sign-in?error=${decision.refuse}`;
  return `/sign-in?ticket=${encodeURIComponent(decision.secondStep)}`;
}
