import "server-only";
import { and, asc, eq, isNull, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { mentorships, reviewRequests, users } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { displayName } from "@/lib/reviews/rules";
import { NotFound } from "@/lib/errors";
import type { RequestsInput } from "@/lib/reviews/inputs";
import { joinReviewSubjects, requestSubject, reviewSubjectColumns, subjectFacts } from "./subjects";
import { menteeOf, rowScopeCovered } from "./access";

const mentor = alias(users, "mentor");
const mentee = alias(users, "mentee");

/**
 * Open requests of active mentorships. With a mentee named: those that mentee sent the actor (NOT_FOUND without
 * an active mentorship). Without: the actor's own requests and those every mentee sent them (`asMentor` tells
 * which). A mentor sees only requests the mentorship's scopes still cover.
 */
export async function listRequests(db: Db, actor: Actor, input: RequestsInput) {
  const menteeId = menteeOf(actor, input.menteeId);
  if (menteeId) {
    const [active] = await db
      .select({ id: mentorships.id })
      .from(mentorships)
      .where(
        and(
          eq(mentorships.mentorId, actor.userId),
          eq(mentorships.menteeId, menteeId),
          isNull(mentorships.endedAt),
        ),
      );
    if (!active) throw new NotFound("mentee");
  }
  const query = db
    .select({
      id: reviewRequests.id,
      mentorshipId: reviewRequests.mentorshipId,
      menteeId: reviewRequests.menteeId,
      mentorId: mentorships.mentorId,
      menteeName: mentee.name,
      mentorName: mentor.name,
      subjectType: reviewRequests.subjectType,
      subjectId: reviewRequests.subjectId,
      ...reviewSubjectColumns(actor, reviewRequests.menteeId),
      dueOn: reviewRequests.dueOn,
      note: reviewRequests.note,
      createdAt: reviewRequests.createdAt,
    })
    .from(reviewRequests)
    .innerJoin(mentorships, eq(mentorships.id, reviewRequests.mentorshipId))
    .innerJoin(mentor, eq(mentor.id, mentorships.mentorId))
    .innerJoin(mentee, eq(mentee.id, mentorships.menteeId))
    .$dynamic();
  const rows = await joinReviewSubjects(query, requestSubject)
    .where(
      and(
        eq(reviewRequests.status, "open"),
        isNull(mentorships.endedAt),
        eq(reviewRequests.menteeId, mentorships.menteeId),
        or(
          and(
            eq(mentorships.mentorId, actor.userId),
            menteeId ? eq(mentorships.menteeId, menteeId) : undefined,
            rowScopeCovered(reviewRequests.subjectType),
          ),
          menteeId ? undefined : eq(mentorships.menteeId, actor.userId),
        ),
      ),
    )
    .orderBy(asc(reviewRequests.dueOn), asc(reviewRequests.createdAt), asc(reviewRequests.id));
  return rows.map((row) => ({
    id: row.id,
    mentorshipId: row.mentorshipId,
    menteeId: row.menteeId,
    menteeName: displayName(row.menteeName),
    mentorName: displayName(row.mentorName),
    asMentor: row.mentorId === actor.userId,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    // A round's page is its application's; the link needs it.
    ...subjectFacts(row),
    dueOn: row.dueOn,
    note: row.note,
    createdAt: row.createdAt,
  }));
}
