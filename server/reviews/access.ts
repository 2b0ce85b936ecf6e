import "server-only";
import { and, eq, exists, isNull, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { applications, mentorships, projects, rounds, skills, users } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { type ReviewSubject, SCOPE_FOR_SUBJECT } from "@/lib/reviews/rules";
import { NotFound } from "@/lib/errors";
import { canRead } from "@/server/mentoring/access";

export interface SubjectRef {
  subjectType: ReviewSubject;
  subjectId?: string | null | undefined;
}

/** The mentee a call reads for: naming oneself is reading one's own. */
export function menteeOf(actor: Actor, menteeId: string | undefined): string | undefined {
  return menteeId && menteeId !== actor.userId ? menteeId : undefined;
}

/** True when this mentorship row's scopes let its mentor see the subject's section (the profile: always). */
export function scopeCovers(subjectType: ReviewSubject): SQL {
  const scope = SCOPE_FOR_SUBJECT[subjectType];
  return scope === null ? sql`true` : sql`${scope}::mentorship_scope = any(${mentorships.scopes})`;
}

/** An active mentorship of this mentor over this mentee, whatever its scopes: enough for the profile. */
function activeMentorship(mentorId: string, menteeId: string): SQL {
  return sql`exists (select 1 from ${mentorships}
    where ${mentorships.menteeId} = ${menteeId} and ${mentorships.mentorId} = ${mentorId}
      and ${mentorships.endedAt} is null)`;
}

/**
 * The subject is a live item of the owner (the actor, or `menteeId`) that the actor may read under the scope
 * covering it; a built-in skill belongs to everyone. Evaluated by the database inside each query.
 */
export function subjectVisible(
  db: DbOrTx,
  actor: Actor,
  menteeId: string | undefined,
  subject: SubjectRef,
): SQL {
  const scope = SCOPE_FOR_SUBJECT[subject.subjectType];
  if (scope === null) return menteeId ? activeMentorship(actor.userId, menteeId) : sql`true`;
  const id = subject.subjectId;
  if (!id) return sql`false`;
  const visible = canRead(actor, scope, menteeId);
  const one = { one: sql`1` };
  if (subject.subjectType === "skill")
    return exists(
      db
        .select(one)
        .from(skills)
        .where(
          and(eq(skills.id, id), or(and(isNull(skills.userId), visible.granted), visible(skills.userId))),
        ),
    );
  if (subject.subjectType === "project")
    return exists(
      db
        .select(one)
        .from(projects)
        .where(and(eq(projects.id, id), isNull(projects.deletedAt), visible(projects.userId))),
    );
  return exists(
    db
      .select(one)
      .from(rounds)
      .innerJoin(applications, eq(applications.id, rounds.applicationId))
      .where(
        and(
          eq(rounds.id, id),
          isNull(rounds.deletedAt),
          isNull(applications.deletedAt),
          eq(applications.userId, rounds.userId),
          visible(rounds.userId),
        ),
      ),
  );
}

/** The comment or request row's subject: the same kind and id (null for the profile). */
export function sameSubject(
  columns: { subjectType: AnyColumn; subjectId: AnyColumn },
  subject: SubjectRef,
): SQL | undefined {
  return and(
    eq(columns.subjectType, subject.subjectType),
    subject.subjectId ? eq(columns.subjectId, subject.subjectId) : isNull(columns.subjectId),
  );
}

/** The mentee's own subject must exist even when no mentor has commented on it yet. */
export async function requireOwnSubject(db: DbOrTx, actor: Actor, subject: SubjectRef): Promise<void> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, actor.userId), subjectVisible(db, actor, undefined, subject)));
  if (!row) throw new NotFound(subject.subjectType);
}

/** The same rule as scopeCovers for rows whose subject kind is a column (review requests of several kinds). */
export function rowScopeCovered(subjectTypeColumn: AnyColumn): SQL {
  const cases = Object.entries(SCOPE_FOR_SUBJECT).map(([subjectType, scope]) =>
    scope === null
      ? sql`when ${subjectType} then true`
      : sql`when ${subjectType} then ${scope}::mentorship_scope = any(${mentorships.scopes})`,
  );
  return sql`(case ${subjectTypeColumn}::text ${sql.join(cases, sql` `)} else false end)`;
}
