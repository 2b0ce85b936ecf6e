import { and, count, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  assessments,
  mentorships,
  notifications,
  reviewComments,
  reviewRequests,
  skills,
} from "../../db/schema";
import { DEFAULT_SCOPES, type MentorshipScope } from "@/lib/mentoring/rules";
import { callerFor, claimsFor, createUser } from "./factories";
import { builtinSkillId, createProject, createRound } from "./skills";

type User = Awaited<ReturnType<typeof createUser>>;

/** A mentorship row, inserted directly (the invitation flow belongs to another domain). */
export async function insertMentorship(
  db: Db,
  mentee: { id: string },
  mentor: { id: string },
  options: { scopes?: readonly MentorshipScope[]; ended?: boolean } = {},
): Promise<string> {
  const [row] = await db
    .insert(mentorships)
    .values({
      menteeId: mentee.id,
      mentorId: mentor.id,
      scopes: [...(options.scopes ?? DEFAULT_SCOPES)],
      endedAt: options.ended ? new Date() : null,
      endedBy: options.ended ? mentee.id : null,
    })
    .returning({ id: mentorships.id });
  if (!row) throw new Error("mentorship insert returned nothing");
  return row.id;
}

export async function ownSkill(db: Db, userId: string, name = "Terraform"): Promise<string> {
  const [row] = await db.insert(skills).values({ userId, name, kind: "tool" }).returning({ id: skills.id });
  if (!row) throw new Error("skill insert returned nothing");
  return row.id;
}

/**
 * A mentee with a project, a round and an own skill; a mentor and a second mentor with the default scopes,
 * a mentor with no scopes but the profile's, an ended mentor, and a stranger.
 */
export async function reviewWorld(db: Db) {
  const user = async (name: string) => {
    const created = await createUser(db, { name });
    return { user: created, api: callerFor(db, claimsFor(created)) };
  };
  const mentee = await user("Mia Mentee");
  const mentor = await user("Max Mentor");
  const second = await user("Sam Second");
  const unscoped = await user("Una Unscoped");
  const ended = await user("Eve Ended");
  const stranger = await user("Stan Stranger");
  const mentorshipId = await insertMentorship(db, mentee.user, mentor.user);
  const secondMentorshipId = await insertMentorship(db, mentee.user, second.user);
  const unscopedMentorshipId = await insertMentorship(db, mentee.user, unscoped.user, { scopes: ["gaps"] });
  const endedMentorshipId = await insertMentorship(db, mentee.user, ended.user, { ended: true });
  return {
    mentee,
    mentor,
    second,
    unscoped,
    ended,
    stranger,
    mentorshipId,
    secondMentorshipId,
    unscopedMentorshipId,
    endedMentorshipId,
    projectId: await createProject(db, mentee.user.id),
    roundId: await createRound(db, mentee.user.id),
    builtinSkillId: await builtinSkillId(db, "testing"),
    ownSkillId: await ownSkill(db, mentee.user.id),
    strangerProjectId: await createProject(db, stranger.user.id, { title: "Not the mentee's" }),
    strangerSkillId: await ownSkill(db, stranger.user.id, "Stranger's own"),
  };
}
export type ReviewWorld = Awaited<ReturnType<typeof reviewWorld>>;
export type { User };

/** Rows the review procedures may write for this mentee: "nothing written" checks. */
export async function reviewRowCounts(db: Db, menteeId: string) {
  const tally = async (rows: Promise<{ n: number }[]>) => Number((await rows)[0]?.n ?? 0);
  return {
    comments: await tally(
      db.select({ n: count() }).from(reviewComments).where(eq(reviewComments.menteeId, menteeId)),
    ),
    requests: await tally(
      db.select({ n: count() }).from(reviewRequests).where(eq(reviewRequests.menteeId, menteeId)),
    ),
    endorsements: await tally(
      db
        .select({ n: count() })
        .from(assessments)
        .where(and(eq(assessments.userId, menteeId), eq(assessments.source, "mentor"))),
    ),
  };
}

export async function notificationsOf(db: Db, userId: string) {
  return db
    .select({
      kind: notifications.kind,
      actorId: notifications.actorId,
      mentorshipId: notifications.mentorshipId,
      subjectType: notifications.subjectType,
      subjectId: notifications.subjectId,
    })
    .from(notifications)
    .where(eq(notifications.userId, userId));
}

/** The day n days from today (UTC), YYYY-MM-DD. */
export function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
