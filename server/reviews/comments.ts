import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db, DbOrTx } from "@/db/client";
import { mentorships, reviewComments, users } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import {
  displayName,
  groupThreads,
  type Thread,
  type ThreadComment,
  type ThreadOwner,
} from "@/lib/reviews/rules";
import { NotFound } from "@/lib/errors";
import type { CommentParsed, ThreadInput } from "@/lib/reviews/inputs";
import { recordAudit } from "@/server/mentoring/audit";
import { notify } from "@/server/notifications/notify";
import {
  menteeOf,
  requireOwnSubject,
  sameSubject,
  scopeCovers,
  subjectVisible,
  type SubjectRef,
} from "./access";

const mentor = alias(users, "mentor");
const author = alias(users, "author");

/**
 * The active mentorships whose thread on this subject the actor may use: as a mentor, their own one over
 * `menteeId` with the scope; as the mentee, each active one whose mentor can see the subject. Ended
 * mentorships are left out: their comments stay stored (deleted with the mentorship) but nobody reads them.
 */
async function threadOwners(
  db: DbOrTx,
  actor: Actor,
  menteeId: string | undefined,
  subject: SubjectRef,
  mentorshipId?: string,
): Promise<(ThreadOwner & { menteeId: string; mentorId: string })[]> {
  return db
    .select({
      mentorshipId: mentorships.id,
      menteeId: mentorships.menteeId,
      mentorId: mentorships.mentorId,
      mentorName: mentor.name,
    })
    .from(mentorships)
    .innerJoin(mentor, eq(mentor.id, mentorships.mentorId))
    .where(
      and(
        menteeId
          ? and(eq(mentorships.mentorId, actor.userId), eq(mentorships.menteeId, menteeId))
          : eq(mentorships.menteeId, actor.userId),
        mentorshipId ? eq(mentorships.id, mentorshipId) : undefined,
        isNull(mentorships.endedAt),
        scopeCovers(subject.subjectType),
        subjectVisible(db, actor, menteeId, subject),
      ),
    )
    .orderBy(asc(mentorships.createdAt), asc(mentorships.id));
}

export async function reviewThread(db: Db, actor: Actor, input: ThreadInput): Promise<Thread[]> {
  const menteeId = menteeOf(actor, input.menteeId);
  if (!menteeId) await requireOwnSubject(db, actor, input);
  const owners = await threadOwners(db, actor, menteeId, input);
  if (menteeId && owners.length === 0) throw new NotFound(input.subjectType);
  if (owners.length === 0) return [];
  const rows = await db
    .select({
      id: reviewComments.id,
      mentorshipId: reviewComments.mentorshipId,
      authorId: reviewComments.authorId,
      authorName: author.name,
      body: reviewComments.body,
      createdAt: reviewComments.createdAt,
    })
    .from(reviewComments)
    .innerJoin(author, eq(author.id, reviewComments.authorId))
    .innerJoin(mentorships, eq(mentorships.id, reviewComments.mentorshipId))
    .where(
      and(
        inArray(
          reviewComments.mentorshipId,
          owners.map((owner) => owner.mentorshipId),
        ),
        // The access conditions again, so a mentorship ended since the first query shows nothing.
        eq(reviewComments.menteeId, menteeId ?? actor.userId),
        isNull(mentorships.endedAt),
        menteeId ? eq(mentorships.mentorId, actor.userId) : undefined,
        scopeCovers(input.subjectType),
        subjectVisible(db, actor, menteeId, input),
        sameSubject(reviewComments, input),
        isNull(reviewComments.deletedAt),
      ),
    )
    .orderBy(asc(reviewComments.createdAt), asc(reviewComments.id));
  return groupThreads(owners, rows, actor.userId);
}

/** A mentor comments on a mentee's subject, or the mentee replies in one mentor's thread; the other side is notified. */
export async function addComment(db: Db, actor: Actor, input: CommentParsed): Promise<ThreadComment> {
  const menteeId = menteeOf(actor, input.menteeId);
  if (input.menteeId && !menteeId) throw new NotFound("mentee");
  return db.transaction(async (tx) => {
    const [owner] = await threadOwners(tx, actor, menteeId, input, menteeId ? undefined : input.mentorshipId);
    if (!owner) throw new NotFound(menteeId ? input.subjectType : "mentorship");
    const [created] = await tx
      .insert(reviewComments)
      .values({
        mentorshipId: owner.mentorshipId,
        menteeId: owner.menteeId,
        authorId: actor.userId,
        subjectType: input.subjectType,
        subjectId: input.subjectId ?? null,
        body: input.body,
      })
      .returning({ id: reviewComments.id, createdAt: reviewComments.createdAt });
    if (!created) throw new Error("insert returned no row");
    await notify(tx, [
      {
        userId: menteeId ? owner.menteeId : owner.mentorId,
        kind: "comment",
        actorId: actor.userId,
        mentorshipId: owner.mentorshipId,
        subjectType: input.subjectType,
        subjectId: input.subjectId ?? null,
      },
    ]);
    const [me] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.userId));
    return {
      id: created.id,
      authorId: actor.userId,
      authorName: displayName(me?.name),
      body: input.body,
      createdAt: created.createdAt,
      mine: true,
    };
  });
}

/** Only the author deletes, and only while the mentorship lasts: an ended one's threads are closed. */
export async function deleteComment(db: Db, actor: Actor, input: { id: string }): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const [deleted] = await tx
      .update(reviewComments)
      .set({ deletedAt: new Date() })
      .where(
        and(
          eq(reviewComments.id, input.id),
          eq(reviewComments.authorId, actor.userId),
          isNull(reviewComments.deletedAt),
          sql`exists (select 1 from ${mentorships} where ${mentorships.id} = ${reviewComments.mentorshipId}
            and ${mentorships.endedAt} is null)`,
        ),
      )
      .returning({ id: reviewComments.id, menteeId: reviewComments.menteeId });
    if (!deleted) throw new NotFound("comment");
    // The input names no mentee, so the audit middleware cannot see that a mentor changed the mentee's thread.
    if (deleted.menteeId !== actor.userId)
      await recordAudit(tx, actor.requestId ?? "internal", [
        { menteeId: deleted.menteeId, actorId: actor.userId, action: "write reviews.deleteComment" },
      ]);
    return { id: deleted.id };
  });
}
