import "server-only";
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
import type { AssessmentFact, EvidenceFact } from "@/lib/gaps/analysis";
import type { FailedRoundFact } from "@/lib/gaps/estimate";
import type { ReadAccess } from "@/server/mentoring/access";

/** Every live self and mentor rating of these skills by the owner; the domain picks by source. */
export async function assessmentFacts(
  db: Db,
  access: ReadAccess,
  skillIds: string[],
): Promise<AssessmentFact[]> {
  if (skillIds.length === 0) return [];
  return db
    .select({
      skillId: assessments.skillId,
      level: assessments.level,
      assessedOn: assessments.assessedOn,
      createdAt: assessments.createdAt,
      source: assessments.source,
    })
    .from(assessments)
    .where(
      and(access(assessments.userId), inArray(assessments.skillId, skillIds), isNull(assessments.deletedAt)),
    );
}

/**
 * Evidence on those assessments, dated by the project's end or the round's day when known, never later than
 * the assessment it backs (evidence cannot be fresher than the judgement made from it).
 */
export async function evidenceFacts(
  db: Db,
  access: ReadAccess,
  skillIds: string[],
  timeZone: string,
): Promise<EvidenceFact[]> {
  if (skillIds.length === 0) return [];
  const ownerId = access.ownerId;
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
        access(assessments.userId),
        isNull(assessments.deletedAt),
      ),
    )
    .leftJoin(projects, and(eq(projects.id, assessmentEvidence.projectId), eq(projects.userId, ownerId)))
    .leftJoin(rounds, and(eq(rounds.id, assessmentEvidence.roundId), eq(rounds.userId, ownerId)))
    .where(and(access(assessmentEvidence.userId), inArray(assessments.skillId, skillIds)));
  return rows.map((row) => ({ skillId: row.skillId, date: String(row.date) }));
}

/** Live failed rounds (of live applications) that tested any of these skills. */
export async function failedRoundFacts(
  db: Db,
  access: ReadAccess,
  skillIds: string[],
): Promise<FailedRoundFact[]> {
  if (skillIds.length === 0) return [];
  const ownerId = access.ownerId;
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
        eq(rounds.userId, ownerId),
        eq(rounds.outcome, "failed"),
        isNull(rounds.deletedAt),
      ),
    )
    .innerJoin(
      applications,
      and(
        eq(applications.id, rounds.applicationId),
        eq(applications.userId, ownerId),
        isNull(applications.deletedAt),
      ),
    )
    .where(and(access(roundCompetencies.userId), inArray(roundCompetencies.skillId, skillIds)));
}
