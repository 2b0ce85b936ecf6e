import "server-only";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents, mentorships, reviewRequests, users } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { toPage } from "@/lib/paging/cursor";
import { scopeChange } from "@/lib/mentoring/rules";
import { NotFound } from "@/lib/errors";
import type { AuditLogInput, MentorshipInput, SetScopesInput, ViewingInput } from "@/lib/mentoring/inputs";
import { recordAudit } from "./audit";
import { afterCursor } from "@/server/paging/keyset";

const active = isNull(mentorships.endedAt);

/** The mentee's current mentors. */
export async function listMentors(db: Db, actor: Actor) {
  return db
    .select({
      mentorshipId: mentorships.id,
      mentorId: mentorships.mentorId,
      mentorName: sql<string>`coalesce(${users.name}, ${users.email})`,
      mentorEmail: users.email,
      scopes: mentorships.scopes,
      since: mentorships.createdAt,
    })
    .from(mentorships)
    .innerJoin(users, eq(users.id, mentorships.mentorId))
    .where(and(eq(mentorships.menteeId, actor.userId), active))
    .orderBy(asc(mentorships.createdAt), asc(mentorships.id));
}

/** Only the mentee changes what a mentor sees; the next query of the mentor already uses the new set. */
export async function setScopes(db: Db, actor: Actor, input: SetScopesInput) {
  return db.transaction(async (tx) => {
    const own = and(eq(mentorships.id, input.mentorshipId), eq(mentorships.menteeId, actor.userId), active);
    const [before] = await tx
      .select({ scopes: mentorships.scopes })
      .from(mentorships)
      .where(own)
      .for("update");
    if (!before) throw new NotFound("mentorship");
    const [after] = await tx
      .update(mentorships)
      .set({ scopes: input.scopes, updatedAt: new Date() })
      .where(own)
      .returning({ mentorshipId: mentorships.id, scopes: mentorships.scopes });
    if (!after) throw new NotFound("mentorship");
    await recordAudit(tx, actor.requestId ?? "internal", [
      {
        menteeId: actor.userId,
        actorId: actor.userId,
        action: "mentorship.scopes_changed",
        detail: {
          mentorshipId: after.mentorshipId,
          before: before.scopes,
          after: after.scopes,
          ...scopeChange(before.scopes, after.scopes),
        },
      },
    ]);
    return after;
  });
}

/** Ends an active mentorship from either side; the row stays for the audit trail. */
async function finish(db: Db, actor: Actor, input: MentorshipInput, side: "mentee" | "mentor") {
  const party = side === "mentee" ? mentorships.menteeId : mentorships.mentorId;
  return db.transaction(async (tx) => {
    const [ended] = await tx
      .update(mentorships)
      .set({ endedAt: sql`now()`, endedBy: actor.userId, updatedAt: new Date() })
      .where(and(eq(mentorships.id, input.mentorshipId), eq(party, actor.userId), active))
      .returning({
        mentorshipId: mentorships.id,
        menteeId: mentorships.menteeId,
        mentorId: mentorships.mentorId,
        endedAt: mentorships.endedAt,
      });
    if (!ended) throw new NotFound("mentorship");
    // Nobody can answer a request once the mentorship is over, so it closes with it.
    const cancelled = await tx
      .update(reviewRequests)
      .set({ status: "cancelled", closedAt: new Date() })
      .where(and(eq(reviewRequests.mentorshipId, ended.mentorshipId), eq(reviewRequests.status, "open")))
      .returning({ id: reviewRequests.id });
    await recordAudit(tx, actor.requestId ?? "internal", [
      {
        menteeId: ended.menteeId,
        actorId: actor.userId,
        action: side === "mentee" ? "mentorship.ended" : "mentorship.left",
        detail: {
          mentorshipId: ended.mentorshipId,
          mentorId: ended.mentorId,
          cancelledRequests: cancelled.length,
        },
      },
    ]);
    return { mentorshipId: ended.mentorshipId, endedAt: ended.endedAt, cancelledRequests: cancelled.length };
  });
}

export const endMentorship = (db: Db, actor: Actor, input: MentorshipInput) =>
  finish(db, actor, input, "mentee");
export const leaveMentorship = (db: Db, actor: Actor, input: MentorshipInput) =>
  finish(db, actor, input, "mentor");

/**
 * Who a mentor is looking at and what they may open. Only for an active mentorship: the owner naming
 * themselves gets NOT_FOUND too, since their own pages need no viewing context.
 */
export async function viewing(db: Db, actor: Actor, input: ViewingInput) {
  const [row] = await db
    .select({
      menteeId: mentorships.menteeId,
      mentorshipId: mentorships.id,
      name: sql<string>`coalesce(${users.name}, ${users.email})`,
      scopes: mentorships.scopes,
    })
    .from(mentorships)
    .innerJoin(users, eq(users.id, mentorships.menteeId))
    .where(and(eq(mentorships.menteeId, input.menteeId), eq(mentorships.mentorId, actor.userId), active));
  if (!row) throw new NotFound("mentee");
  return row;
}

/** The mentee's own log, newest first; nobody else reads it. */
export async function auditLog(db: Db, actor: Actor, input: AuditLogInput) {
  const rows = await db
    .select({
      id: auditEvents.id,
      actorId: auditEvents.actorId,
      actorName: sql<string | null>`coalesce(${users.name}, ${users.email})`,
      action: auditEvents.action,
      detail: auditEvents.detail,
      requestId: auditEvents.requestId,
      createdAt: auditEvents.createdAt,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(
      and(
        eq(auditEvents.menteeId, actor.userId),
        afterCursor(auditEvents.createdAt, auditEvents.id, input.cursor),
      ),
    )
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(input.limit + 1);
  return toPage(rows, input.limit);
}
