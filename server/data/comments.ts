import "server-only";
import { and, desc, eq, isNull, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { mentorships, projects, rounds, skills, users } from "@/db/schema";
import type { AccountExport } from "@/lib/data/account-file";
import type { Placement } from "./plan";
import { scopeCovers } from "@/server/reviews/access";

export interface CommentRow {
  id: string;
  mentorshipId: string;
  menteeId: string;
  authorId: string;
  subjectType: AccountExport["comments"][number]["subjectType"];
  subjectId: string | null;
  body: string;
  createdAt: Date;
}

/**
 * A comment lands in the account's active mentorship with the same counterpart (by email) on the same side; with no
 * such mentorship, or a mentor's comment on a row the mentee does not own here, it is skipped with a note.
 */
export async function planComments(db: DbOrTx, accountId: string, doc: AccountExport, place: Placement) {
  const created: CommentRow[] = [];
  const notes: string[] = [];
  let skipped = 0;
  for (const [index, comment] of doc.comments.entries()) {
    const placed = place.of("comments", comment.id);
    if (placed.exists) {
      skipped += 1;
      continue;
    }
    const mentorship = await findMentorship(db, accountId, comment);
    if (!mentorship) {
      skipped += 1;
      notes.push(
        `comments[${index}]: no active mentorship (with the scope for it) with ${comment.counterpartEmail} as your ${comment.role === "mentee" ? "mentor" : "mentee"}`,
      );
      continue;
    }
    const subjectId =
      comment.subjectId === null
        ? null
        : comment.role === "mentee"
          ? placeSubject(place, comment.subjectType, comment.subjectId)
          : await menteeSubject(db, mentorship.menteeId, comment.subjectType, comment.subjectId);
    if (comment.subjectId !== null && subjectId === null) {
      skipped += 1;
      notes.push(
        `comments[${index}].subjectId: the mentee has no ${comment.subjectType} ${comment.subjectId} here`,
      );
      continue;
    }
    created.push({
      id: placed.id,
      mentorshipId: mentorship.id,
      menteeId: mentorship.menteeId,
      authorId: accountId,
      subjectType: comment.subjectType,
      subjectId,
      body: comment.body,
      createdAt: new Date(comment.createdAt),
    });
  }
  return { created, skipped, notes };
}

function placeSubject(place: Placement, type: CommentRow["subjectType"], fileId: string): string {
  if (type === "skill") return place.skill(fileId);
  return place.of(type === "project" ? "projects" : "rounds", fileId).id;
}

/** The active mentorship with that person, on the comment's side, whose scopes cover its subject (as commenting needs). */
async function findMentorship(db: DbOrTx, accountId: string, comment: AccountExport["comments"][number]) {
  const { role, counterpartEmail: email } = comment;
  const mine = role === "mentee" ? mentorships.menteeId : mentorships.mentorId;
  const theirs = role === "mentee" ? mentorships.mentorId : mentorships.menteeId;
  const [row] = await db
    .select({ id: mentorships.id, menteeId: mentorships.menteeId })
    .from(mentorships)
    .innerJoin(users, eq(users.id, theirs))
    .where(
      and(
        eq(mine, accountId),
        eq(sql`lower(${users.email})`, email.toLowerCase()),
        isNull(mentorships.endedAt),
        scopeCovers(comment.subjectType),
      ),
    )
    .orderBy(desc(mentorships.createdAt), desc(mentorships.id))
    .limit(1);
  return row ?? null;
}

/** The mentee's own row of that type (a skill may also be built in), or null. */
async function menteeSubject(db: DbOrTx, menteeId: string, type: CommentRow["subjectType"], id: string) {
  const rows =
    type === "skill"
      ? await db
          .select({ id: skills.id })
          .from(skills)
          .where(and(eq(skills.id, id), or(eq(skills.userId, menteeId), isNull(skills.userId))))
      : type === "project"
        ? await db
            .select({ id: projects.id })
            .from(projects)
            .where(and(eq(projects.id, id), eq(projects.userId, menteeId)))
        : await db
            .select({ id: rounds.id })
            .from(rounds)
            .where(and(eq(rounds.id, id), eq(rounds.userId, menteeId)));
  return rows[0]?.id ?? null;
}
