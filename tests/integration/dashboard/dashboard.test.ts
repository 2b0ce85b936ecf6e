import { isNull } from "drizzle-orm";
import type { Logger } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { skills } from "@/db/schema";
import { getDashboard } from "@/server/dashboard/dashboard";
import { createTestDb } from "@/tests/helpers/db";
import {
  BUILTIN_SKILL_COUNT,
  callerFor,
  claimsFor,
  createApplication,
  createAssessment,
  createProject,
  createRound,
  createUser,
  type TestUser,
} from "@/tests/helpers/factories";

const queries: string[] = [];
const countingLogger: Logger = { logQuery: (query) => queries.push(query) };

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb({ logger: countingLogger });
});
afterAll(async () => {
  await handle.close();
});

const day = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * day).toISOString().slice(0, 10);

/** Three years of history: monthly assessments of every built-in skill, projects, applications, rounds. */
async function seedHistory(user: TestUser) {
  const db = handle.db;
  const builtins = await db.select({ id: skills.id }).from(skills).where(isNull(skills.userId));
  // The 324 assessments in one transaction, as a bulk import writes them.
  await db.transaction(async (tx) => {
    for (const [index, skill] of builtins.entries())
      for (let month = 0; month < 36; month += 1) {
        const level = Math.min(5, 1 + Math.floor((month + index) / 9));
        await createAssessment(tx, user, {
          skillId: skill.id,
          level,
          assessedOn: isoDay(-(36 - month) * 30),
        });
      }
  });
  for (let i = 0; i < 40; i += 1)
    await createProject(db, user, { title: `Project ${i}`, role: "Engineer", startedOn: isoDay(-i * 25) });
  for (let i = 0; i < 60; i += 1) {
    const status = i === 0 ? "interviewing" : i === 1 ? "rejected" : "applied";
    const app = await createApplication(db, user, {
      company: `Company ${i}`,
      appliedOn: isoDay(-i * 18),
      status,
    });
    const past = new Date(Date.now() - (i + 1) * 20 * day);
    await createRound(db, user, { applicationId: app.id, outcome: "passed", scheduledAt: past });
    const next = {
      stage: "system-design",
      scheduledAt: new Date(Date.now() + (i + 1) * day),
      followUpOn: isoDay(i - 2),
    };
    await createRound(db, user, { applicationId: app.id, ...next });
  }
}

describe("dashboard", () => {
  it("loads a three-year history in at most three database round trips", async () => {
    const user = await createUser(handle.db);
    await seedHistory(user);
    const actor = { userId: user.id, email: user.email };

    queries.length = 0;
    const data = await getDashboard(handle.db, actor);
    expect(queries.length).toBeGreaterThan(0);
    expect(queries.length).toBeLessThanOrEqual(3);

    expect(data.skills).toHaveLength(BUILTIN_SKILL_COUNT);
    expect(data.skills.every((skill) => skill.level !== null && skill.assessedOn !== null)).toBe(true);
    expect(data.sparkline).toHaveLength(12);
    expect(data.sparkline.at(-1)?.average).toBeGreaterThanOrEqual(data.sparkline[0]?.average ?? 0);
    expect(data.activity).toHaveLength(8);
    expect(data.upcoming.length).toBeGreaterThan(0);
    expect(data.upcoming.every((round) => round.scheduledAt.getTime() > Date.now())).toBe(true);
    expect(data.upcoming.every((round) => round.scheduledAt.getTime() < Date.now() + 30 * day)).toBe(true);
    // Application 1 is rejected: its follow-up is not due any more.
    expect(data.followUps.map((f) => f.company)).not.toContain("Company 1");
    expect(data.followUps.map((f) => f.company)).toContain("Company 0");
  });

  it("shows the latest assessment of each skill and nothing of other users", async () => {
    const owner = await createUser(handle.db);
    const stranger = await createUser(handle.db);
    await seedHistory(stranger);
    const [skill] = await handle.db
      .select({ id: skills.id })
      .from(skills)
      .where(isNull(skills.userId))
      .limit(1);
    if (!skill) throw new Error("no built-in skill");
    await createAssessment(handle.db, owner, { skillId: skill.id, level: 2, assessedOn: isoDay(-100) });
    await createAssessment(handle.db, owner, { skillId: skill.id, level: 4, assessedOn: isoDay(-10) });
    const deletedAt = new Date();
    await createAssessment(handle.db, owner, {
      skillId: skill.id,
      level: 5,
      assessedOn: isoDay(-5),
      deletedAt,
    });

    const data = await callerFor(handle.db, claimsFor(owner)).dashboard.summary();
    const current = data.skills.find((row) => row.skillId === skill.id);
    expect(current).toMatchObject({ level: 4, assessedOn: isoDay(-10) });
    expect(data.skills.filter((row) => row.level !== null)).toHaveLength(1);
    expect(data.activity.map((item) => item.kind)).toEqual(["assessment", "assessment"]);
    expect(data.upcoming).toEqual([]);
    expect(data.followUps).toEqual([]);
  });

  it("refuses anonymous callers", async () => {
    await expect(callerFor(handle.db, null).dashboard.summary()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});
