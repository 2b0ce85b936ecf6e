import crypto from "node:crypto";
import { and, eq, gt, isNull, max, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import {
  applications,
  assessmentEvidence,
  assessments,
  projectOutcomes,
  projects,
  projectSkills,
  roundCompetencies,
  rounds,
  skills,
} from "@/db/schema";
import { buildDemoHistory } from "@/db/seed/history";
import { NotFound } from "@/lib/errors";
import { seedDemoHistory } from "@/db/seed/insert-history";
import { createTestDb } from "@/tests/helpers/db";
import { createOwnSkill, createProject, createUser } from "@/tests/helpers/factories";
import { errorOf } from "@/tests/helpers/integration-extra";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const TODAY = "2026-03-15";
const history = buildDemoHistory(TODAY);
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const allRounds = history.applications.flatMap((application) => application.rounds);

const EXPECTED = {
  skills: history.ownSkills.length,
  assessments: history.assessments.length,
  evidence: sum(history.assessments.map((item) => item.evidence.length)),
  projects: 12,
  projectSkills: sum(history.projects.map((project) => project.skills.length)),
  outcomes: sum(history.projects.map((project) => project.outcomes.length)),
  applications: 20,
  rounds: allRounds.length,
  competencies: sum(allRounds.map((round) => round.competencies.length)),
};

async function countsFor(db: Db, userId: string): Promise<typeof EXPECTED> {
  const n = sql<number>`count(*)::int`;
  const count = async (query: Promise<{ n: number }[]>) => Number((await query)[0]?.n ?? 0);
  return {
    skills: await count(db.select({ n }).from(skills).where(eq(skills.userId, userId))),
    assessments: await count(db.select({ n }).from(assessments).where(eq(assessments.userId, userId))),
    evidence: await count(
      db.select({ n }).from(assessmentEvidence).where(eq(assessmentEvidence.userId, userId)),
    ),
    projects: await count(db.select({ n }).from(projects).where(eq(projects.userId, userId))),
    projectSkills: await count(db.select({ n }).from(projectSkills).where(eq(projectSkills.userId, userId))),
    outcomes: await count(db.select({ n }).from(projectOutcomes).where(eq(projectOutcomes.userId, userId))),
    applications: await count(db.select({ n }).from(applications).where(eq(applications.userId, userId))),
    rounds: await count(db.select({ n }).from(rounds).where(eq(rounds.userId, userId))),
    competencies: await count(
      db.select({ n }).from(roundCompetencies).where(eq(roundCompetencies.userId, userId)),
    ),
  };
}

describe("seedDemoHistory", () => {
  it("inserts the whole history for a fresh user, once", async () => {
    const user = await createUser(handle.db);
    expect(EXPECTED.evidence).toBeGreaterThan(0);

    expect(await seedDemoHistory(handle.db, user.id, TODAY)).toBe(true);
    expect(await countsFor(handle.db, user.id)).toEqual(EXPECTED);

    expect(await seedDemoHistory(handle.db, user.id, TODAY)).toBe(false);
    expect(await seedDemoHistory(handle.db, user.id, "2026-09-01")).toBe(false);
    expect(await countsFor(handle.db, user.id)).toEqual(EXPECTED);
  });

  it("links built-in skills by slug and stores the generated values as they were", async () => {
    const user = await createUser(handle.db);
    await seedDemoHistory(handle.db, user.id, TODAY);

    const [builtin] = await handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(assessments)
      .innerJoin(skills, eq(skills.id, assessments.skillId))
      .where(and(eq(assessments.userId, user.id), isNull(skills.userId)));
    const ownKeys = new Set(history.ownSkills.map((skill) => skill.key));
    expect(Number(builtin?.n)).toBe(history.assessments.filter((item) => !ownKeys.has(item.skill)).length);

    const [latest] = await handle.db
      .select({ day: max(assessments.assessedOn) })
      .from(assessments)
      .where(eq(assessments.userId, user.id));
    expect(latest?.day).toBe(
      history.assessments
        .map((item) => item.assessedOn)
        .sort()
        .at(-1),
    );

    const accepted = await handle.db
      .select({
        company: applications.company,
        base: applications.offerBaseMinor,
        currency: applications.offerCurrency,
      })
      .from(applications)
      .where(and(eq(applications.userId, user.id), eq(applications.status, "accepted")));
    const expected = history.applications.find((application) => application.status === "accepted");
    expect(accepted).toEqual([
      { company: expected?.company, base: expected?.offerBaseMinor, currency: "USD" },
    ]);

    const failed = await handle.db
      .select({ reasons: rounds.failureReasons })
      .from(rounds)
      .where(and(eq(rounds.userId, user.id), eq(rounds.outcome, "failed")));
    expect(failed.flatMap((row) => row.reasons)).toContain("Ran out of time on the second problem");

    const upcoming = await handle.db
      .select({ at: rounds.scheduledAt })
      .from(rounds)
      .where(and(eq(rounds.userId, user.id), gt(rounds.scheduledAt, new Date(`${TODAY}T23:59:59Z`))));
    expect(upcoming.length).toBeGreaterThanOrEqual(2);
  });

  it("does nothing for a user who already has a project", async () => {
    const user = await createUser(handle.db);
    await createProject(handle.db, user, { title: "Mine", role: "Engineer", startedOn: "2025-01-01" });

    expect(await seedDemoHistory(handle.db, user.id, TODAY)).toBe(false);
    expect(await countsFor(handle.db, user.id)).toMatchObject({
      projects: 1,
      assessments: 0,
      applications: 0,
    });
  });

  it("reuses an own skill the user already named the same", async () => {
    const user = await createUser(handle.db);
    const docker = await createOwnSkill(handle.db, user, { name: "docker" });

    expect(await seedDemoHistory(handle.db, user.id, TODAY)).toBe(true);
    expect(await countsFor(handle.db, user.id)).toEqual(EXPECTED);
    const dockerAssessments = history.assessments.filter((item) => item.skill === "own:docker").length;
    const onIt = await handle.db
      .select({ id: assessments.id })
      .from(assessments)
      .where(eq(assessments.skillId, docker));
    expect(onIt).toHaveLength(dockerAssessments);
  });

  it("seeds once when two starts race", async () => {
    const user = await createUser(handle.db);
    const results = await Promise.all([
      seedDemoHistory(handle.db, user.id, TODAY),
      seedDemoHistory(handle.db, user.id, TODAY),
    ]);
    expect(results.sort()).toEqual([false, true]);
    expect(await countsFor(handle.db, user.id)).toEqual(EXPECTED);
  });

  it("keeps each user's history apart", async () => {
    const first = await createUser(handle.db);
    const second = await createUser(handle.db);
    expect(await seedDemoHistory(handle.db, first.id, TODAY)).toBe(true);
    expect(await seedDemoHistory(handle.db, second.id, TODAY)).toBe(true);
    expect(await countsFor(handle.db, first.id)).toEqual(EXPECTED);
    expect(await countsFor(handle.db, second.id)).toEqual(EXPECTED);
  });

  it("refuses a user that does not exist, writing nothing", async () => {
    const missing = crypto.randomUUID();
    expect(await errorOf(seedDemoHistory(handle.db, missing, TODAY))).toBeInstanceOf(NotFound);
    expect(await countsFor(handle.db, missing)).toMatchObject({
      projects: 0,
      assessments: 0,
      applications: 0,
    });
  });
});
