import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  applications,
  assessmentEvidence,
  assessments,
  projects,
  roundCompetencies,
  rounds,
} from "@/db/schema";
import type { Actor } from "../actor";
import type { AssessmentFact, EvidenceFact } from "../domain/gaps";
import type { FailedRoundFact } from "../domain/gaps-estimate";

/** Every live assessment of these skills by the actor; the domain picks the latest. */
export async function assessmentFacts(db: Db, actor: Actor, skillIds: string[]): Promise<AssessmentFact[]> {
  if (skillIds.length === 0) return [];
  return db
    .select({
      skillId: assessments.skillId,
      level: assessments.level,
      assessedOn: assessments.assessedOn,
      createdAt: assessments.createdAt,
    })
    .from(assessments)
    .where(
      and(
        eq(assessments.userId, actor.userId),
        inArray(assessments.skillId, skillIds),
        isNull(assessments.deletedAt),
      ),
    );
}

/**
 * Evidence on those assessments, dated by the project's end or the round's day when known, never later than
 * the assessment it backs (evidence cannot be fresher than the judgement made from it).
 */
export async function evidenceFacts(
  db: Db,
  actor: Actor,
  skillIds: string[],
  timeZone: string,
): Promise<EvidenceFact[]> {
  if (skillIds.length === 0) return [];
  const roundDay = sql`(${rounds.scheduledAt} at time zone ${timeZone})::date`;
  const rows = await db
    .select({
      skillId: assessments.skillId,
      date: sql<string>`to_char(least(coalesce(${projects.endedOn}, ${roundDay}, ${assessments.assessedOn}),
        ${assessments.assessedOn}), 'YYYY-MM-DD')`,
    })
    .from(assessmentEvidence)
    .innerJoin(
      assessments,
      and(
        eq(assessments.id, assessmentEvidence.assessmentId),
        eq(assessments.userId, actor.userId),
        isNull(assessments.deletedAt),
      ),
    )
    .leftJoin(projects, and(eq(projects.id, assessmentEvidence.projectId), eq(projects.userId, actor.userId)))
    .leftJoin(rounds, and(eq(rounds.id, assessmentEvidence.roundId), eq(rounds.userId, actor.userId)))
    .where(and(eq(assessmentEvidence.userId, actor.userId), inArray(assessments.skillId, skillIds)));
  return rows.map((row) => ({ skillId: row.skillId, date: String(row.date) }));
}

/** Live failed rounds (of live applications) that tested any of these skills. */
export async function failedRoundFacts(db: Db, actor: Actor, skillIds: string[]): Promise<FailedRoundFact[]> {
  if (skillIds.length === 0) return [];
  return db
    .select({
      roundId: rounds.id,
      skillId: roundCompetencies.skillId,
      failureReasons: rounds.failureReasons,
    })
    .from(roundCompetencies)
    .innerJoin(
      rounds,
      and(
        eq(rounds.id, roundCompetencies.roundId),
        eq(rounds.userId, actor.userId),
        eq(rounds.outcome, "failed"),
        isNull(rounds.deletedAt),
      ),
    )
    .innerJoin(
      applications,
      and(
        eq(applications.id, rounds.applicationId),
        eq(applications.userId, actor.userId),
        isNull(applications.deletedAt),
      ),
    )
    .where(and(eq(roundCompetencies.userId, actor.userId), inArray(roundCompetencies.skillId, skillIds)));
}
