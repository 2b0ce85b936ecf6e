import "server-only";
import { and, asc, eq, gte, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  applications,
  assessmentEvidence,
  assessments,
  ladderCompetencies,
  ladderExpectations,
  projectOutcomes,
  projects,
  projectSkills,
  rounds,
  skills,
  users,
} from "@/db/schema";
import type {
  PacketAssessment,
  PacketCompetency,
  PacketEvidenceFact,
  PacketProjectFact,
} from "@/lib/packet/packet";
import { roundLabel } from "@/lib/skills/growth";
import { assessorName } from "@/server/skills/reads";

type Period = { from: string; to: string };

/** The ladder's competencies in order, with what the target level (if any) expects of each. */
export async function competenciesOf(
  db: Db,
  ladderId: string,
  levelId: string | null,
): Promise<PacketCompetency[]> {
  const rows = await db
    .select({
      key: ladderCompetencies.key,
      name: ladderCompetencies.name,
      skillId: ladderCompetencies.skillId,
      expectedLevel: ladderExpectations.expectedLevel,
      expectation: ladderExpectations.text,
    })
    .from(ladderCompetencies)
    .leftJoin(
      ladderExpectations,
      and(
        eq(ladderExpectations.competencyId, ladderCompetencies.id),
        levelId ? eq(ladderExpectations.levelId, levelId) : sql`false`,
      ),
    )
    .where(eq(ladderCompetencies.ladderId, ladderId))
    .orderBy(asc(ladderCompetencies.position));
  return rows.map((row) => ({
    ...row,
    expectedLevel: row.expectedLevel ?? null,
    expectation: row.expectation ?? null,
  }));
}

/** The owner's live self and mentor ratings dated in the period, with the skill's and the mentor's names. */
export async function assessmentsIn(db: Db, ownerId: string, period: Period): Promise<PacketAssessment[]> {
  return db
    .select({
      id: assessments.id,
      skillId: assessments.skillId,
      skillName: skills.name,
      level: assessments.level,
      source: assessments.source,
      assessedOn: assessments.assessedOn,
      createdAt: assessments.createdAt,
      note: assessments.note,
      assessorName,
    })
    .from(assessments)
    .innerJoin(skills, eq(skills.id, assessments.skillId))
    .leftJoin(users, eq(users.id, assessments.assessorId))
    .where(
      and(
        eq(assessments.userId, ownerId),
        isNull(assessments.deletedAt),
        gte(assessments.assessedOn, period.from),
        lte(assessments.assessedOn, period.to),
      ),
    );
}

/** Evidence on those assessments that points at something still there (deleted projects and rounds drop out). */
export async function evidenceOn(
  db: Db,
  ownerId: string,
  assessmentIds: string[],
): Promise<PacketEvidenceFact[]> {
  if (assessmentIds.length === 0) return [];
  const rows = await db
    .select({
      assessmentId: assessmentEvidence.assessmentId,
      kind: assessmentEvidence.kind,
      projectId: projects.id,
      projectTitle: projects.title,
      roundId: rounds.id,
      stage: rounds.stage,
      company: applications.company,
      url: assessmentEvidence.url,
    })
    .from(assessmentEvidence)
    .leftJoin(
      projects,
      and(
        eq(projects.id, assessmentEvidence.projectId),
        eq(projects.userId, ownerId),
        isNull(projects.deletedAt),
      ),
    )
    .leftJoin(
      rounds,
      and(eq(rounds.id, assessmentEvidence.roundId), eq(rounds.userId, ownerId), isNull(rounds.deletedAt)),
    )
    .leftJoin(
      applications,
      and(
        eq(applications.id, rounds.applicationId),
        eq(applications.userId, ownerId),
        isNull(applications.deletedAt),
      ),
    )
    .where(
      and(eq(assessmentEvidence.userId, ownerId), inArray(assessmentEvidence.assessmentId, assessmentIds)),
    )
    .orderBy(asc(assessmentEvidence.id));
  return rows.flatMap((row): PacketEvidenceFact[] => {
    if (row.kind === "project" && row.projectId && row.projectTitle !== null)
      return [
        { ...base(row), target: row.projectId, projectId: row.projectId, label: row.projectTitle, url: null },
      ];
    if (row.kind === "round" && row.roundId && row.stage !== null && row.company !== null)
      return [
        {
          ...base(row),
          target: row.roundId,
          projectId: null,
          label: roundLabel(row.stage, row.company),
          url: null,
        },
      ];
    if (row.kind === "url" && row.url)
      return [{ ...base(row), target: row.url, projectId: null, label: row.url, url: row.url }];
    return [];
  });
}
const base = (row: { assessmentId: string; kind: PacketEvidenceFact["kind"] }) => ({
  assessmentId: row.assessmentId,
  kind: row.kind,
});

/** Live projects running during the period, or cited as evidence in it, with their skills and live outcomes. */
export async function projectsIn(
  db: Db,
  ownerId: string,
  period: Period,
  citedIds: string[],
): Promise<PacketProjectFact[]> {
  const overlaps = and(
    lte(projects.startedOn, period.to),
    or(isNull(projects.endedOn), gte(projects.endedOn, period.from)),
  );
  const found = await db
    .select({
      id: projects.id,
      title: projects.title,
      role: projects.role,
      company: projects.company,
      startedOn: projects.startedOn,
      endedOn: projects.endedOn,
    })
    .from(projects)
    .where(
      and(
        eq(projects.userId, ownerId),
        isNull(projects.deletedAt),
        citedIds.length > 0 ? or(overlaps, inArray(projects.id, citedIds)) : overlaps,
      ),
    );
  if (found.length === 0) return [];
  const ids = found.map((project) => project.id);
  const [links, outcomes] = await Promise.all([
    db
      .select({ projectId: projectSkills.projectId, skillId: projectSkills.skillId })
      .from(projectSkills)
      .where(and(eq(projectSkills.userId, ownerId), inArray(projectSkills.projectId, ids))),
    db
      .select({
        projectId: projectOutcomes.projectId,
        metric: projectOutcomes.metric,
        baseline: projectOutcomes.baseline,
        result: projectOutcomes.result,
        unit: projectOutcomes.unit,
        timeframe: projectOutcomes.timeframe,
        confidence: projectOutcomes.confidence,
        confidential: projectOutcomes.confidential,
      })
      .from(projectOutcomes)
      .where(
        and(
          eq(projectOutcomes.userId, ownerId),
          inArray(projectOutcomes.projectId, ids),
          isNull(projectOutcomes.deletedAt),
        ),
      )
      .orderBy(asc(projectOutcomes.position), asc(projectOutcomes.createdAt)),
  ]);
  return found.map((project) => ({
    ...project,
    skillIds: links.filter((link) => link.projectId === project.id).map((link) => link.skillId),
    outcomes: outcomes
      .filter((outcome) => outcome.projectId === project.id)
      .map(({ projectId: _projectId, ...outcome }) => outcome),
  }));
}
