import "server-only";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { instanceInvitations, users } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { appUrlOf, env } from "@/server/env";
import { logger } from "@/server/logger";
import { mailer as processMailer, type Mailer } from "@/server/mail/mailer";
import { hashSecretToken, newSecretToken } from "@/server/secret-token";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import { signUpModeOf } from "@/lib/admin/sign-up-mode";
import type { InvitationIdInput, InviteToInstanceInput } from "@/lib/admin/inputs";
import { consume } from "@/server/limits/limiter";
import { recordAdminAction } from "./audit";

const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60_000;

const pending = (now: Date) =>
  and(
    isNull(instanceInvitations.acceptedAt),
    isNull(instanceInvitations.revokedAt),
    gt(instanceInvitations.expiresAt, now),
  );

export interface InviteToInstanceOptions {
  mailer?: Mailer;
  appUrl?: string;
}

/** An admin invites someone by email; the link in the mail lets them choose a password, once, within a week. */
export async function inviteToInstance(
  db: Db,
  admin: Actor,
  input: InviteToInstanceInput,
  options: InviteToInstanceOptions = {},
  now = new Date(),
): Promise<{ id: string; email: string; expiresAt: Date; sent: boolean }> {
  if (signUpModeOf(env()) === "closed")
    throw new Invalid("email", "sign-up is closed (SIGNUP=closed): set SIGNUP=invite to invite people");
  await consume(db, "instanceInvitationsPerAdmin", admin.userId);
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, input.email));
  if (existing) throw new Conflict("this address already has an account", "email");
  const token = newSecretToken("join_");
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
  const invitation = await db.transaction(async (tx) => {
    // One live invitation per address: a new one replaces the old link.
    await tx
      .update(instanceInvitations)
      .set({ revokedAt: now })
      .where(and(eq(instanceInvitations.email, input.email), pending(now)));
    const [row] = await tx
      .insert(instanceInvitations)
      .values({ email: input.email, tokenHash: hashSecretToken(token), invitedBy: admin.userId, expiresAt })
      .returning({ id: instanceInvitations.id });
    if (!row) throw new Error("insert returned no row");
    await recordAdminAction(tx, admin, "invitation.sent", { detail: { email: input.email } });
    return row;
  });
  const url = `${options.appUrl ?? appUrlOf(env())}/join/${token}`;
  const sent = await (options.mailer ?? processMailer())
    .send({
      to: input.email,
      subject: "You are invited to Trajectory",
      text: [
        "An admin of this Trajectory instance invited you to create an account.",
        "",
        "Open this link to choose your password:",
        url,
        "",
        `The link works once and expires on ${expiresAt.toUTCString()}.`,
        "If you were not expecting this, ignore this email.",
      ].join("\n"),
    })
    .catch((error: unknown) => {
      // The invitation stands: the admin sees it was not sent and can send it again.
      logger().warn({ err: error, invitationId: invitation.id }, "invitation email failed");
      return false;
    });
  return { id: invitation.id, email: input.email, expiresAt, sent };
}

export async function listInstanceInvitations(db: Db, now = new Date()) {
  return db
    .select({
      id: instanceInvitations.id,
      email: instanceInvitations.email,
      createdAt: instanceInvitations.createdAt,
      expiresAt: instanceInvitations.expiresAt,
    })
    .from(instanceInvitations)
    .where(pending(now))
    .orderBy(desc(instanceInvitations.createdAt))
    .limit(200);
}

export async function revokeInstanceInvitation(
  db: Db,
  admin: Actor,
  input: InvitationIdInput,
  now = new Date(),
): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(instanceInvitations)
      .set({ revokedAt: now })
      .where(and(eq(instanceInvitations.id, input.id), pending(now)))
      .returning({ email: instanceInvitations.email });
    if (!row) throw new NotFound("invitation");
    await recordAdminAction(tx, admin, "invitation.revoked", { detail: { email: row.email } });
  });
}

/** The address a live invitation link was sent to, or null for a used, revoked, expired or unknown one. */
export async function invitationEmail(db: DbOrTx, token: string, now = new Date()): Promise<string | null> {
  const [row] = await db
    .select({ email: instanceInvitations.email })
    .from(instanceInvitations)
    .where(and(eq(instanceInvitations.tokenHash, hashSecretToken(token)), pending(now)));
  return row?.email ?? null;
}

export async function hasPendingInvitation(db: DbOrTx, email: string, now = new Date()): Promise<boolean> {
  const [row] = await db
    .select({ id: instanceInvitations.id })
    .from(instanceInvitations)
    .where(and(eq(instanceInvitations.email, email), pending(now)))
    .limit(1);
  return Boolean(row);
}

/** The address has an account now: its invitations are used, whichever way the person signed up. */
export async function acceptInvitations(db: DbOrTx, email: string, now = new Date()): Promise<void> {
  await db
    .update(instanceInvitations)
    .set({ acceptedAt: now })
    .where(and(eq(instanceInvitations.email, email), pending(now)));
}
