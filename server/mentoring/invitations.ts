import "server-only";
import { and, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Logger } from "pino";
import type { Db } from "@/db/client";
import { invitations, users } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import {
  invitationExpiry,
  invitationStatus,
  invitationUrl,
  type MentorshipScope,
} from "@/lib/mentoring/rules";
import { consume } from "@/server/limits/limiter";
import { appUrlOf, env } from "@/server/env";
import { Conflict, NotFound } from "@/lib/errors";
import { logger } from "@/server/logger";
import { invitationMail } from "./invitation-mail";
import { mailer as processMailer, type Mailer } from "@/server/mail/mailer";
import type { InviteInput } from "@/lib/mentoring/inputs";
import { recordAudit } from "./audit";
import { hashSecretToken, newSecretToken } from "@/server/secret-token";

export interface InviteOptions {
  /** Tests and scripts pass their own; the process's mailer otherwise. */
  mailer?: Mailer;
  appUrl?: string;
  log?: Logger;
}

/** Sends after the commit: a mail server that fails or hangs never loses the invitation. */
async function sendInvitation(
  db: Db,
  actor: Actor,
  invitation: { id: string; email: string; url: string; scopes: MentorshipScope[]; expiresAt: Date },
  options: InviteOptions,
): Promise<boolean> {
  const log = options.log ?? logger();
  try {
    const [mentee] = await db
      .select({ name: users.name, email: users.email })
      .from(users)
      .where(eq(users.id, actor.userId));
    const message = invitationMail({
      to: invitation.email,
      menteeName: mentee?.name ?? mentee?.email ?? "",
      url: invitation.url,
      scopes: invitation.scopes,
      expiresAt: invitation.expiresAt,
    });
    return await (options.mailer ?? processMailer()).send(message);
  } catch (err) {
    log.error({ err, invitationId: invitation.id }, "invitation email failed");
    return false;
  }
}

/** A single-use link valid for seven days; only its hash is stored. */
export async function invite(db: Db, actor: Actor, input: InviteInput, options: InviteOptions = {}) {
  // Emails go to addresses the mentee types: a cap keeps the app from becoming a spam relay.
  if (input.email) await consume(db, "invitationEmailsPerUser", actor.userId);
  const token = newSecretToken();
  const createdAt = new Date();
  const created = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(invitations)
      .values({
        menteeId: actor.userId,
        email: input.email ?? null,
        tokenHash: hashSecretToken(token),
        scopes: input.scopes,
        createdAt,
        expiresAt: invitationExpiry(createdAt),
      })
      .returning({ id: invitations.id, expiresAt: invitations.expiresAt });
    if (!row) throw new Error("invitation insert returned nothing");
    await recordAudit(tx, actor.requestId ?? "internal", [
      {
        menteeId: actor.userId,
        actorId: actor.userId,
        action: "invitation.created",
        detail: { invitationId: row.id, scopes: input.scopes, email: input.email ?? null },
      },
    ]);
    return row;
  });
  const url = invitationUrl(options.appUrl ?? appUrlOf(env()), token);
  const emailed = input.email
    ? await sendInvitation(
        db,
        actor,
        { id: created.id, email: input.email, url, scopes: input.scopes, expiresAt: created.expiresAt },
        options,
      )
    : false;
  return { invitationId: created.id, token, url, expiresAt: created.expiresAt, emailed };
}

const INVITATIONS_SHOWN = 100;

/** The mentee's latest invitations with what became of each. */
export async function listInvitations(db: Db, actor: Actor) {
  const rows = await db
    .select({
      id: invitations.id,
      email: invitations.email,
      scopes: invitations.scopes,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      mentorshipId: invitations.mentorshipId,
      acceptedByName: users.name,
    })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.acceptedBy))
    .where(eq(invitations.menteeId, actor.userId))
    .orderBy(desc(invitations.createdAt), desc(invitations.id))
    .limit(INVITATIONS_SHOWN);
  const now = new Date();
  return rows.map((row) => ({ ...row, status: invitationStatus(row, now) }));
}

/** Withdraws an unused link; an accepted one is ended as a mentorship instead. */
export async function revokeInvitation(db: Db, actor: Actor, input: { id: string }) {
  return db.transaction(async (tx) => {
    const own = and(eq(invitations.id, input.id), eq(invitations.menteeId, actor.userId));
    const [revoked] = await tx
      .update(invitations)
      .set({ revokedAt: sql`now()` })
      .where(and(own, isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
      .returning({ id: invitations.id });
    if (!revoked) {
      const [used] = await tx
        .select({ id: invitations.id })
        .from(invitations)
        .where(and(own, isNotNull(invitations.acceptedAt)));
      if (used) throw new Conflict("this invitation was already accepted; end the mentorship instead");
      throw new NotFound("invitation");
    }
    await recordAudit(tx, actor.requestId ?? "internal", [
      {
        menteeId: actor.userId,
        actorId: actor.userId,
        action: "invitation.revoked",
        detail: { invitationId: revoked.id },
      },
    ]);
    return { id: revoked.id };
  });
}
