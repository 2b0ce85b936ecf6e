import { and, count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessments, notifications, reviewComments, reviewRequests } from "@/db/schema";
import {
  builtinSkillId,
  createMentorship,
  createOwnSkill,
  createProject,
  createRound,
  newCaller,
} from "./factories";

/**
 * A mentee with a project, a round and an own skill; a mentor and a second mentor with the default scopes,
 * a mentor with no scopes but the profile's, an ended mentor, and a stranger.
 */
export async function reviewWorld(db: Db) {
  const user = (name: string) => newCaller(db, { name });
  const mentee = await user("Mia Mentee");
  const mentor = await user("Max Mentor");
  const second = await user("Sam Second");
  const unscoped = await user("Una Unscoped");
  const ended = await user("Eve Ended");
  const stranger = await user("Stan Stranger");
  const { id: mentorshipId } = await createMentorship(db, mentee.user, mentor.user);
  const { id: secondMentorshipId } = await createMentorship(db, mentee.user, second.user);
  const { id: unscopedMentorshipId } = await createMentorship(db, mentee.user, unscoped.user, {
    scopes: ["gaps"],
  });
  const { id: endedMentorshipId } = await createMentorship(db, mentee.user, ended.user, { ended: true });
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
    projectId: (await createProject(db, mentee.user, { title: "Checkout rewrite" })).id,
    roundId: (await createRound(db, mentee.user, { stage: "technical-interview" })).id,
    builtinSkillId: await builtinSkillId(db, "testing"),
    ownSkillId: await createOwnSkill(db, mentee.user, { name: "Terraform" }),
    strangerProjectId: (await createProject(db, stranger.user, { title: "Not the mentee's" })).id,
    strangerSkillId: await createOwnSkill(db, stranger.user, { name: "Stranger's own" }),
  };
}
export type ReviewWorld = Awaited<ReturnType<typeof reviewWorld>>;

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
