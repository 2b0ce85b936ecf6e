import { and, eq, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import Ajv2020 from "ajv/dist/2020";
import type { Db } from "@/db/client";
import {
  applications,
  assessmentEvidence,
  assessments,
  careerGoals,
  compensation,
  ladders,
  projectOutcomes,
  projects,
  projectSkills,
  reviewComments,
  roundCompetencies,
  rounds,
  skills,
} from "@/db/schema";
import exportSchema from "@/docs/account-export.schema.json";
import { seedDemoHistory } from "@/db/seed/insert-history";
import {
  createCompensation,
  createGoal,
  createMentorship,
  importLadder,
  newCaller,
  softDelete,
} from "./factories";

const DEMO_TODAY = "2026-03-15";

const ajv = new Ajv2020({ allErrors: true, strict: false });
/** The shipped JSON Schema, compiled independently of the app's own copy. */
export const validateAgainstSchema = ajv.compile(exportSchema);

/**
 * A demo-sized account: eighteen months of history, an imported ladder that is also the goal, pay, a comment
 * written as mentee, an endorsement received (not exported) and a deleted project (not exported).
 */
export async function demoSizedAccount(db: Db) {
  const { user: owner, api } = await newCaller(db, { name: "Ada Export" });
  const { user: mentor, api: mentorApi } = await newCaller(db, { name: "Max Mentor" });
  await seedDemoHistory(db, owner.id, DEMO_TODAY);
  const ladder = await importLadder(db, owner, { fileName: "family.yml" });
  await createGoal(db, owner, {
    ladderId: ladder.id,
    currentLevelId: ladder.levels[0]?.id,
    targetLevelId: ladder.levels[1]?.id,
  });
  await createCompensation(db, owner, {
    base: "85000",
    currency: "EUR",
    region: "DE",
    effectiveOn: "2025-01-01",
  });
  const { id: mentorshipId } = await createMentorship(db, owner, mentor);
  const [project] = await db
    .select({ id: projects.id })
    .from(projects)
    .where(eq(projects.userId, owner.id))
    .orderBy(projects.createdAt, projects.id)
    .limit(1);
  if (!project) throw new Error("the demo has no project");
  await api.reviews.comment({
    mentorshipId,
    subjectType: "project",
    subjectId: project.id,
    body: "Numbers are in, please look.",
  });
  const [skill] = await db.select({ id: skills.id }).from(skills).where(eq(skills.userId, owner.id)).limit(1);
  if (skill)
    await mentorApi.reviews.endorse({
      menteeId: owner.id,
      skillId: skill.id,
      level: 4,
      assessedOn: "2026-01-10",
      note: null,
    });
  await softDelete(db, projects, (await lastProject(db, owner.id)) ?? "");
  return { owner, mentor, api };
}

async function lastProject(db: Db, userId: string) {
  const [row] = await db
    .select({ id: projects.id })
    .from(projects)
    .where(eq(projects.userId, userId))
    .orderBy(sql`${projects.createdAt} desc`)
    .limit(1);
  return row?.id;
}

const count = async (db: Db, table: PgTable, owner: PgColumn, userId: string) => {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(table)
    .where(and(eq(owner, userId)));
  return Number(row?.n ?? 0);
};

/** Rows the account owns in every table an import writes (soft-deleted included). */
export async function accountRowCounts(db: Db, userId: string) {
  return {
    skills: await count(db, skills, skills.userId, userId),
    assessments: await count(db, assessments, assessments.userId, userId),
    evidence: await count(db, assessmentEvidence, assessmentEvidence.userId, userId),
    projects: await count(db, projects, projects.userId, userId),
    projectSkills: await count(db, projectSkills, projectSkills.userId, userId),
    outcomes: await count(db, projectOutcomes, projectOutcomes.userId, userId),
    applications: await count(db, applications, applications.userId, userId),
    rounds: await count(db, rounds, rounds.userId, userId),
    roundCompetencies: await count(db, roundCompetencies, roundCompetencies.userId, userId),
    ladders: await count(db, ladders, ladders.userId, userId),
    goals: await count(db, careerGoals, careerGoals.userId, userId),
    compensation: await count(db, compensation, compensation.userId, userId),
    comments: await count(db, reviewComments, reviewComments.authorId, userId),
  };
}
