import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { invitations, mentorships, users } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { invitationStatus } from "@/lib/mentoring/rules";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import type { InvitationTokenInput } from "@/lib/mentoring/inputs";
import { recordAudit } from "./audit";
import { hashSecretToken } from "@/server/secret-token";
import { notify } from "@/server/notifications/notify";

const INVITATION_USED = "this invitation has already been used";
const INVITATION_EXPIRED = "this invitation has expired; ask for a new link";
const INVITATION_WITHDRAWN = "this invitation was withdrawn by the person who sent it";
const NOT_YOURSELF = "you cannot mentor yourself";

async function findInvitation(db: DbOrTx, token: string) {
  const [row] = await db
    .select({
      id: invitations.id,
      menteeId: invitations.menteeId,
      menteeName: sql<string>`coalesce(${users.name}, ${users.email})`,
      scopes: invitations.scopes,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
    })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.menteeId))
    .where(eq(invitations.tokenHash, hashSecretToken(token)));
  return row;
}

/** The invitation behind a token, or the reason this actor cannot accept it. */
async function usableInvitation(db: DbOrTx, actor: Actor, token: string) {
  const invitation = await findInvitation(db, token);
  if (!invitation) throw new NotFound("invitation");
  const status = invitationStatus(invitation);
  if (status === "accepted") throw new Conflict(INVITATION_USED, "token");
  if (status === "revoked") throw new Invalid("token", INVITATION_WITHDRAWN);
  if (status === "expired") throw new Invalid("token", INVITATION_EXPIRED);
  if (invitation.menteeId === actor.userId) throw new Invalid("token", NOT_YOURSELF);
  return invitation;
}

/** What the accept page shows before the mentor decides. */
export async function invitationByToken(db: Db, actor: Actor, input: InvitationTokenInput) {
  const invitation = await usableInvitation(db, actor, input.token);
  return { menteeName: invitation.menteeName, scopes: invitation.scopes, expiresAt: invitation.expiresAt };
}

/**
 * One transaction: the link is claimed by a conditional update, so of two concurrent accepts only one
 * sees a row come back; the other rolls back with everything it wrote.
 */
export async function acceptInvitation(db: Db, actor: Actor, input: InvitationTokenInput) {
  return db.transaction(async (tx) => {
    const invitation = await usableInvitation(tx, actor, input.token);
    const [mentorship] = await tx
      .insert(mentorships)
      .values({ menteeId: invitation.menteeId, mentorId: actor.userId, scopes: invitation.scopes })
      // The partial unique index on active pairs: already this mentee's mentor.
      .onConflictDoNothing()
      .returning({ id: mentorships.id });
    if (!mentorship) throw new Conflict(`you already mentor ${invitation.menteeName}`, "token");
    const [claimed] = await tx
      .update(invitations)
      .set({ acceptedAt: sql`now()`, acceptedBy: actor.userId, mentorshipId: mentorship.id })
      .where(
        and(
          eq(invitations.id, invitation.id),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, sql`now()`),
        ),
      )
      .returning({ id: invitations.id });
    if (!claimed) throw new Conflict(INVITATION_USED, "token");
    await notify(tx, [
      {
        userId: invitation.menteeId,
        kind: "invitation_accepted",
        actorId: actor.userId,
        mentorshipId: mentorship.id,
      },
    ]);
    await recordAudit(tx, actor.requestId ?? "internal", [
      {
        menteeId: invitation.menteeId,
        actorId: actor.userId,
        action: "mentorship.started",
        detail: { invitationId: invitation.id, mentorshipId: mentorship.id, scopes: invitation.scopes },
      },
    ]);
    return { mentorshipId: mentorship.id, menteeId: invitation.menteeId };
  });
}
