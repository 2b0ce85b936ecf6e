import "server-only";
import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { signUpRequests, users } from "@/db/schema";
import { hashPassword } from "@/server/auth/password";
import { refuseThrottledSignIn } from "@/server/auth/throttle";
import { appUrlOf, env } from "@/server/env";
import { consume } from "@/server/limits/limiter";
import { logger } from "@/server/logger";
import { devMailboxEnabled, type MailMessage } from "@/server/mail/dev-mailbox";
import { mailer as processMailer, type Mailer } from "@/server/mail/mailer";
import { hashSecretToken, newSecretToken } from "@/server/secret-token";
import type { JoinInput, SignUpInput } from "@/lib/account/action-inputs";
import { Conflict, Invalid } from "@/lib/errors";
import { settleNewAccount, signUpMode, signUpRefusal } from "@/server/admin/sign-up-policy";
import { invitationEmail } from "@/server/admin/invitations";
import { SIGN_UP_REFUSED, type SignUpMode } from "@/lib/admin/sign-up-mode";
import { signUp, refuseCommonPassword, type SessionUser } from "./account";

/** How long an emailed sign-up link works. */
const LINK_LIFETIME_MS = 24 * 60 * 60_000;

export type SignUpOutcome =
  | { kind: "signed-up"; user: SessionUser }
  /** The same answer whether the address had an account or not: the inbox tells the owner which. */
  | { kind: "check-email" };

export interface SignUpOptions {
  address: string;
  /** Confirm by an emailed link; false when no mail can reach anyone (no SMTP_URL, no dev mailbox). */
  confirmByEmail?: boolean;
  mailer?: Mailer;
  appUrl?: string;
  /** Where the link leads after the account is made, e.g. back to a mentoring invitation. */
  callbackUrl?: string;
  /** Who may sign up; SIGNUP's by default. */
  mode?: SignUpMode;
}

/** Mail reaches a person: through SMTP, or the dev mailbox outside production. */
const canConfirmByEmail = (): boolean => Boolean(env().SMTP_URL) || devMailboxEnabled();

/**
 * Starts a sign-up. Limited per address and per instance before anything is written. With mail, the answer never
 * says whether the address has an account: a new one gets a link that creates it, an existing one a note saying
 * someone tried. Without any way to send mail, the account is created at once, as a single-person install needs.
 */
export async function requestSignUp(
  db: Db,
  input: SignUpInput,
  options: SignUpOptions,
): Promise<SignUpOutcome> {
  await consume(db, "signUpsPerAddress", options.address);
  await consume(db, "signUpsEverywhere", "instance");
  const refusal = await signUpRefusal(db, input.email, { mode: options.mode, invitationAdmits: false });
  if (refusal) throw new Invalid("email", refusal);
  refuseCommonPassword("password", input.password);
  if (!(options.confirmByEmail ?? canConfirmByEmail())) {
    // It signs in next: if this address may not sign in now, nothing is created.
    await refuseThrottledSignIn(db, input.email, options.address);
    return { kind: "signed-up", user: await signUp(db, input) };
  }

  // Hashed either way, so an existing address takes as long as a new one.
  const passwordHash = await hashPassword(input.password);
  const [existing] = await db
    .select({ email: users.email })
    .from(users)
    .where(eq(sql`lower(${users.email})`, input.email));
  const appUrl = options.appUrl ?? appUrlOf(env());
  if (existing) {
    await send(options, alreadyRegisteredMail(existing.email, appUrl));
    return { kind: "check-email" };
  }
  const token = newSecretToken();
  const now = new Date();
  await db.delete(signUpRequests).where(lt(signUpRequests.expiresAt, now));
  await db.insert(signUpRequests).values({
    email: input.email,
    name: input.name || null,
    passwordHash,
    tokenHash: hashSecretToken(token),
    createdAt: now,
    expiresAt: new Date(now.getTime() + LINK_LIFETIME_MS),
  });
  const link = new URL("/sign-up/confirm", appUrl);
  link.searchParams.set("token", token);
  if (options.callbackUrl && options.callbackUrl !== "/dashboard")
    link.searchParams.set("callbackUrl", options.callbackUrl);
  await send(options, confirmationMail(input.email, link.toString()));
  return { kind: "check-email" };
}

/** Opens an emailed link: creates the account and returns it, or null when the link is unknown, used or expired. */
export async function confirmSignUp(
  db: Db,
  token: string,
  now = new Date(),
  mode: SignUpMode = signUpMode(),
): Promise<SessionUser | null> {
  return db.transaction(async (tx) => {
    const [request] = await tx
      .delete(signUpRequests)
      .where(and(eq(signUpRequests.tokenHash, hashSecretToken(token)), gt(signUpRequests.expiresAt, now)))
      .returning();
    if (!request) return null;
    // Other pending sign-ups for the address are spent: this one won.
    await tx.delete(signUpRequests).where(eq(signUpRequests.email, request.email));
    // Sign-up may have closed since the link was sent.
    if (await signUpRefusal(tx, request.email, { mode, invitationAdmits: false })) return null;
    const [created] = await tx
      .insert(users)
      .values({
        email: request.email,
        name: request.name,
        passwordHash: request.passwordHash,
        emailVerified: now,
      })
      .onConflictDoNothing()
      .returning({ id: users.id, email: users.email, name: users.name });
    if (created) await settleNewAccount(tx, created);
    return created ?? null;
  });
}

/**
 * An admin's invitation link opened: the mail proved the address, so the account is made at once with the
 * password chosen here. Null when the link is used, revoked, expired or unknown.
 */
export async function joinFromInvitation(
  db: Db,
  input: JoinInput,
  now = new Date(),
  mode: SignUpMode = signUpMode(),
): Promise<SessionUser | null> {
  if (mode === "closed") throw new Invalid("token", SIGN_UP_REFUSED.closed);
  refuseCommonPassword("password", input.password);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const email = await invitationEmail(tx, input.token, now);
    if (!email) return null;
    const [created] = await tx
      .insert(users)
      .values({ email, name: input.name || null, passwordHash, emailVerified: now })
      .onConflictDoNothing()
      .returning({ id: users.id, email: users.email, name: users.name });
    if (!created) throw new Conflict("this address already has an account: sign in instead", "password");
    await settleNewAccount(tx, created);
    return created;
  });
}

/** A failed send is logged, never shown: the form's answer must not depend on the mail server either. */
async function send(options: SignUpOptions, message: MailMessage): Promise<void> {
  try {
    await (options.mailer ?? processMailer()).send(message);
  } catch (err) {
    logger().error({ err }, "sign-up email failed");
  }
}

function confirmationMail(to: string, url: string): MailMessage {
  return {
    to,
    subject: "Finish creating your Trajectory account",
    text: [
      "Someone, hopefully you, asked to create a Trajectory account with this address.",
      "",
      "Open this link to finish; it works once, for 24 hours:",
      url,
      "",
      "If it was not you, ignore this email: no account is created.",
    ].join("\n"),
  };
}

function alreadyRegisteredMail(to: string, appUrl: string): MailMessage {
  return {
    to,
    subject: "You already have a Trajectory account",
    text: [
      "Someone, hopefully you, tried to create a Trajectory account with this address, which already has one.",
      "",
      `Sign in instead: ${appUrl}/sign-in`,
      "",
      "If it was not you, nothing changed and you can ignore this email.",
    ].join("\n"),
  };
}
