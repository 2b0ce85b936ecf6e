import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  applications,
  assessmentEvidence,
  assessments,
  careerGoals,
  ladderCompetencies,
  ladderExpectations,
  ladderLevels,
  ladders,
  projects,
  roundCompetencies,
  rounds,
  skills,
} from "../../db/schema";

export interface LadderSpec {
  /** null for a built-in ladder. */
  userId: string | null;
  name?: string;
  slug?: string | null;
  levels: string[];
  /** expected[i] is the proficiency level i expects, or null for no expectation. */
  competencies: { name: string; skillId: string; optional?: boolean; expected: (number | null)[] }[];
  deletedAt?: Date | null;
}

export interface CreatedLadder {
  id: string;
  levels: { id: string; name: string }[];
  competencies: { id: string; name: string; skillId: string }[];
}

const first = <T>(rows: T[], what: string): T => {
  const [row] = rows;
  if (!row) throw new Error(`${what} insert returned nothing`);
  return row;
};

/** A ladder with levels, competencies and expectations, straight into the tables (no importer needed). */
export async function createLadder(db: Db, spec: LadderSpec): Promise<CreatedLadder> {
  return db.transaction(async (tx) => {
    const ladder = first(
      await tx
        .insert(ladders)
        .values({
          userId: spec.userId,
          name: spec.name ?? "Test ladder",
          slug: spec.slug ?? null,
          source: spec.userId ? "trajectory-json" : "builtin",
          deletedAt: spec.deletedAt ?? null,
        })
        .returning({ id: ladders.id }),
      "ladder",
    );
    const levels = await tx
      .insert(ladderLevels)
      .values(
        spec.levels.map((name, position) => ({
          ladderId: ladder.id,
          key: `level-${position}`,
          name,
          position,
        })),
      )
      .returning({ id: ladderLevels.id, name: ladderLevels.name, position: ladderLevels.position });
    levels.sort((a, b) => a.position - b.position);
    const competencies =
      spec.competencies.length === 0
        ? []
        : await tx
            .insert(ladderCompetencies)
            .values(
              spec.competencies.map((competency, position) => ({
                ladderId: ladder.id,
                key: `competency-${position}`,
                name: competency.name,
                skillId: competency.skillId,
                optional: competency.optional ?? false,
                position,
              })),
            )
            .returning({
              id: ladderCompetencies.id,
              name: ladderCompetencies.name,
              skillId: ladderCompetencies.skillId,
            });
    const expectations = spec.competencies.flatMap((competency, c) =>
      competency.expected.flatMap((expectedLevel, l) => {
        const level = levels[l];
        const row = competencies[c];
        return expectedLevel === null || !level || !row
          ? []
          : [
              {
                ladderId: ladder.id,
                levelId: level.id,
                competencyId: row.id,
                expectedLevel,
                text: `${competency.name} at ${level.name}`,
              },
            ];
      }),
    );
    if (expectations.length > 0) await tx.insert(ladderExpectations).values(expectations);
    return { id: ladder.id, levels: levels.map(({ id, name }) => ({ id, name })), competencies };
  });
}

/** A skill the user owns, as an importer would create it. */
export async function createOwnSkill(db: Db, userId: string, name: string): Promise<string> {
  return first(
    await db.insert(skills).values({ userId, name, kind: "technical" }).returning({ id: skills.id }),
    "skill",
  ).id;
}

/** An assessment straight into the table, with `urls` as its evidence. */
export async function assess(
  db: Db,
  userId: string,
  skillId: string,
  level: number,
  assessedOn: string,
  options: { urls?: string[]; projectIds?: string[]; createdAt?: Date; deletedAt?: Date | null } = {},
): Promise<string> {
  const row = first(
    await db
      .insert(assessments)
      .values({
        userId,
        skillId,
        level,
        assessedOn,
        createdAt: options.createdAt,
        deletedAt: options.deletedAt ?? null,
      })
      .returning({ id: assessments.id }),
    "assessment",
  );
  const urls = options.urls ?? [];
  if (urls.length > 0) {
    await db
      .insert(assessmentEvidence)
      .values(urls.map((url) => ({ assessmentId: row.id, userId, kind: "url" as const, url })));
  }
  for (const projectId of options.projectIds ?? []) {
    await db.insert(assessmentEvidence).values({ assessmentId: row.id, userId, kind: "project", projectId });
  }
  return row.id;
}

/** A finished project of the user's, for dated evidence. */
export async function createEndedProject(db: Db, userId: string, startedOn: string, endedOn: string) {
  return first(
    await db
      .insert(projects)
      .values({ userId, title: "Billing migration", role: "Backend engineer", startedOn, endedOn })
      .returning({ id: projects.id }),
    "project",
  ).id;
}

/** A round (of a new application) with this outcome and these reasons that tested these skills. */
export async function createTestedRound(
  db: Db,
  userId: string,
  skillIds: string[],
  options: { outcome?: "failed" | "passed" | "pending"; reasons?: string[]; deletedAt?: Date | null } = {},
): Promise<string> {
  const application = first(
    await db
      .insert(applications)
      .values({ userId, company: "Globex", role: "Backend engineer", appliedOn: "2026-01-10" })
      .returning({ id: applications.id }),
    "application",
  );
  const round = first(
    await db
      .insert(rounds)
      .values({
        userId,
        applicationId: application.id,
        stage: "technical-interview",
        outcome: options.outcome ?? "failed",
        failureReasons: options.reasons ?? [],
        deletedAt: options.deletedAt ?? null,
      })
      .returning({ id: rounds.id }),
    "round",
  );
  if (skillIds.length > 0) {
    await db
      .insert(roundCompetencies)
      .values(skillIds.map((skillId) => ({ roundId: round.id, skillId, userId })));
  }
  return round.id;
}

export async function goalRow(db: Db, userId: string) {
  const [row] = await db.select().from(careerGoals).where(eq(careerGoals.userId, userId));
  return row ?? null;
}

/** The built-in ladder with this slug, if a migration put one there. */
export async function builtinLadderBySlug(db: Db, slug: string) {
  const [row] = await db
    .select({ id: ladders.id, name: ladders.name })
    .from(ladders)
    .where(and(eq(ladders.slug, slug), isNull(ladders.userId)));
  return row ?? null;
}

/** A day `days` days from today (UTC), as YYYY-MM-DD. */
export const dayFromToday = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
