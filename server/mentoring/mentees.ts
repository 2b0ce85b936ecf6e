import "server-only";
import { and, asc, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import {
  applications,
  assessments,
  careerGoals,
  compensation,
  mentorships,
  projectOutcomes,
  projects,
  reviewRequests,
  rounds,
  skills,
  users,
} from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import type { MentorshipScope } from "@/lib/mentoring/rules";
import { NotFound } from "@/lib/errors";
import { gapAnalysis } from "@/server/gaps/gaps";
import {
  joinReviewSubjects,
  requestSubject,
  reviewSubjectColumns,
  withSubjectFacts,
} from "@/server/reviews/subjects";

/** Where a section's activity shows: each table's owner, its change times, and which rows count. */
interface ActivitySource {
  scope: MentorshipScope;
  table: PgTable;
  owner: PgColumn;
  stamps: PgColumn[];
  live?: SQL;
}

const ACTIVITY_SOURCES: ActivitySource[] = [
  // Only the mentee's own ratings: another mentor's endorsement is not the mentee's activity.
  {
    scope: "skills",
    table: assessments,
    owner: assessments.userId,
    stamps: [assessments.createdAt],
    live: sql`${assessments.deletedAt} is null and ${assessments.source} = 'self'`,
  },
  { scope: "skills", table: skills, owner: skills.userId, stamps: [skills.createdAt] },
  {
    scope: "projects",
    table: projects,
    owner: projects.userId,
    stamps: [projects.createdAt, projects.updatedAt],
    live: sql`${projects.deletedAt} is null`,
  },
  {
    scope: "projects",
    table: projectOutcomes,
    owner: projectOutcomes.userId,
    stamps: [projectOutcomes.createdAt],
    live: sql`${projectOutcomes.deletedAt} is null`,
  },
  {
    scope: "interviews",
    table: applications,
    owner: applications.userId,
    stamps: [applications.createdAt, applications.updatedAt],
    live: sql`${applications.deletedAt} is null`,
  },
  {
    scope: "interviews",
    table: rounds,
    owner: rounds.userId,
    stamps: [rounds.createdAt, rounds.updatedAt],
    live: sql`${rounds.deletedAt} is null`,
  },
  { scope: "gaps", table: careerGoals, owner: careerGoals.userId, stamps: [careerGoals.updatedAt] },
  {
    scope: "compensation",
    table: compensation,
    owner: compensation.userId,
    stamps: [compensation.createdAt, compensation.updatedAt],
  },
];

/** The actor's active mentees who granted this scope, as a subquery. */
const menteesGranting = (actor: Actor, scope: MentorshipScope) =>
  sql`select ${mentorships.menteeId} from ${mentorships} where ${mentorships.mentorId} = ${actor.userId}
    and ${mentorships.endedAt} is null and ${scope}::mentorship_scope = any(${mentorships.scopes})`;

/** Latest change per mentee across the sections each one granted: one query whatever the number of mentees. */
async function lastActivity(db: Db, actor: Actor): Promise<Map<string, Date>> {
  const parts = ACTIVITY_SOURCES.map(
    ({ scope, table, owner, stamps, live }) =>
      sql`select ${owner} as mentee_id, max(greatest(${sql.join(stamps, sql`, `)})) as at from ${table}
        where ${owner} in (${menteesGranting(actor, scope)})${live ? sql` and ${live}` : sql``} group by ${owner}`,
  );
  const rows = await db
    .select({
      menteeId: sql<string>`activity.mentee_id`,
      at: sql`max(activity.at)`.mapWith(mentorships.createdAt),
    })
    .from(sql`(${sql.join(parts, sql` union all `)}) as activity`)
    .groupBy(sql`activity.mentee_id`);
  return new Map(rows.map((row) => [row.menteeId, row.at]));
}

/** Open requests to the actor; the item's name only while the mentee still grants its section. */
async function openRequests(db: Db, actor: Actor) {
  const query = db
    .select({
      id: reviewRequests.id,
      mentorshipId: reviewRequests.mentorshipId,
      subjectType: reviewRequests.subjectType,
      subjectId: reviewRequests.subjectId,
      dueOn: reviewRequests.dueOn,
      note: reviewRequests.note,
      ...reviewSubjectColumns(actor, reviewRequests.menteeId),
    })
    .from(reviewRequests)
    .innerJoin(mentorships, eq(mentorships.id, reviewRequests.mentorshipId))
    .$dynamic();
  const rows = await joinReviewSubjects(query, requestSubject)
    .where(
      and(
        eq(mentorships.mentorId, actor.userId),
        isNull(mentorships.endedAt),
        eq(reviewRequests.status, "open"),
      ),
    )
    .orderBy(asc(reviewRequests.dueOn), asc(reviewRequests.createdAt), asc(reviewRequests.id));
  return rows.map(withSubjectFacts);
}

/** Readiness for the mentee's target level, through the same access rule as their gaps page. */
async function readinessOf(db: Db, actor: Actor, menteeId: string) {
  try {
    const analysis = await gapAnalysis(db, actor, { menteeId });
    const target = analysis?.target;
    return target ? { readiness: target.readiness, targetLevel: target.level.name } : null;
  } catch (error) {
    // The mentee ended the mentorship or removed the scope mid-request: no readiness, not a failed page.
    if (error instanceof NotFound) return null;
    throw error;
  }
}

/** The mentor dashboard: every active mentee with readiness, last activity and open review requests. */
export async function listMentees(db: Db, actor: Actor) {
  const [mentees, activity, requests] = await Promise.all([
    db
      .select({
        mentorshipId: mentorships.id,
        menteeId: mentorships.menteeId,
        name: sql<string>`coalesce(${users.name}, ${users.email})`,
        scopes: mentorships.scopes,
        since: mentorships.createdAt,
      })
      .from(mentorships)
      .innerJoin(users, eq(users.id, mentorships.menteeId))
      .where(and(eq(mentorships.mentorId, actor.userId), isNull(mentorships.endedAt)))
      .orderBy(asc(users.name), asc(mentorships.id)),
    lastActivity(db, actor),
    openRequests(db, actor),
  ]);
  const readiness = await Promise.all(
    mentees.map((mentee) =>
      mentee.scopes.includes("gaps") ? readinessOf(db, actor, mentee.menteeId) : Promise.resolve(null),
    ),
  );
  return mentees.map((mentee, index) => {
    const list = requests
      .filter((request) => request.mentorshipId === mentee.mentorshipId)
      .map(({ mentorshipId: _mentorship, ...request }) => request);
    const ready = readiness[index] ?? null;
    return {
      ...mentee,
      readiness: ready?.readiness ?? null,
      targetLevel: ready?.targetLevel ?? null,
      lastActivityAt: activity.get(mentee.menteeId) ?? null,
      openRequests: { count: list.length, items: list },
    };
  });
}
