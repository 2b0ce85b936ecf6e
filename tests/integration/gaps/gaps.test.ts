import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { fieldErrorsOf } from "@/server/trpc/errors";
import { createTestDb } from "@/tests/helpers/db";
import {
  builtinSkillId,
  callerFor,
  claimsFor,
  createAssessment,
  type CreatedLadder,
  createLadder,
  createOwnSkill,
  createProject,
  createRound,
  createUser,
  dayFromToday,
} from "@/tests/helpers/factories";
import { errorOf } from "@/tests/helpers/integration-extra";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const idAt = (ladder: CreatedLadder, index: number) => {
  const level = ladder.levels[index];
  if (!level) throw new Error(`no level ${index}`);
  return level.id;
};

/** A user with an imported six-level ladder, assessed against it, with interview failures. */
async function sixLevelUser() {
  const user = await createUser(handle.db);
  const db = handle.db;
  const skill = async (name: string) => createOwnSkill(db, user, { name });
  const [ir, sd, mentoring, obs, onCall] = await Promise.all(
    ["Incident response", "System design", "Mentoring", "Observability", "On-call rotations"].map(skill),
  );
  if (!ir || !sd || !mentoring || !obs || !onCall) throw new Error("skills missing");
  const ladder = await createLadder(db, user, {
    name: "Imported six",
    levels: ["L1", "L2", "L3", "L4", "L5", "L6"],
    competencies: [
      { name: "Incident response", skillId: ir, expected: [1, 2, 3, 4, 5, 5] },
      { name: "System design", skillId: sd, expected: [1, 2, 3, 4, 4, 5] },
      { name: "Mentoring", skillId: mentoring, expected: [null, null, 2, 3, 4, 5] },
      { name: "Observability", skillId: obs, expected: [1, 1, 2, 3, 3, 4] },
      { name: "On-call rotations", skillId: onCall, optional: true, expected: [null, null, null, 3, 4, 5] },
    ],
  });
  await createAssessment(db, user, {
    skillId: ir,
    level: 2,
    assessedOn: dayFromToday(-400),
    urls: ["https://example.com/old"],
  });
  await createAssessment(db, user, {
    skillId: ir,
    level: 4,
    assessedOn: dayFromToday(-30),
    urls: ["https://example.com/a", "https://example.com/b"],
  });
  await createAssessment(db, user, {
    skillId: sd,
    level: 3,
    assessedOn: dayFromToday(-500),
    urls: ["https://example.com/c", "https://example.com/d"],
  });
  await createAssessment(db, user, { skillId: mentoring, level: 1, assessedOn: dayFromToday(-60) });
  await createAssessment(db, user, {
    skillId: mentoring,
    level: 5,
    assessedOn: dayFromToday(-10),
    deletedAt: new Date(),
  });
  const project = await createProject(db, user, {
    startedOn: dayFromToday(-900),
    endedOn: dayFromToday(-600),
  });
  await createAssessment(db, user, {
    skillId: obs,
    level: 2,
    assessedOn: dayFromToday(-5),
    projectIds: [project.id],
  });
  await createAssessment(db, user, { skillId: onCall, level: 1, assessedOn: dayFromToday(-5) });
  await createRound(db, user, {
    competencyIds: [ir, mentoring],
    outcome: "failed",
    failureReasons: ["poor-problem-solving", "unclear-communication"],
  });
  await createRound(db, user, {
    competencyIds: [mentoring],
    outcome: "failed",
    failureReasons: ["poor-problem-solving"],
  });
  await createRound(db, user, { competencyIds: [mentoring], outcome: "passed" });
  await createRound(db, user, {
    competencyIds: [mentoring],
    outcome: "failed",
    failureReasons: ["inadequate-preparation"],
    deletedAt: new Date(),
  });
  const caller = callerFor(db, claimsFor(user));
  return { user, ladder, caller };
}

const names = (items: { name: string }[] | undefined) => items?.map((item) => item.name);

describe("goals.gapAnalysis on a six-level imported ladder", () => {
  it("analyses the goal's current and target levels, readiness per level, the estimate and work on next", async () => {
    const { ladder, caller } = await sixLevelUser();
    await caller.goals.set({
      ladderId: ladder.id,
      currentLevelId: idAt(ladder, 1),
      targetLevelId: idAt(ladder, 4),
    });
    const result = await caller.goals.gapAnalysis();
    if (!result) throw new Error("no analysis");
    expect(result.ladder).toMatchObject({ id: ladder.id, name: "Imported six" });
    expect(result.assessedCompetencies).toBe(5);
    expect(result.levels.map((level) => [level.name, level.readiness, level.metCount, level.total])).toEqual([
      ["L1", 83, 3, 3],
      ["L2", 83, 3, 3],
      ["L3", 75, 3, 4],
      ["L4", 59, 1, 4],
      ["L5", 52, 0, 4],
      ["L6", 45, 0, 4],
    ]);
    expect(result.estimate.level?.name).toBe("L2");
    expect(result.estimate.explanation).toBe("3 of 4 competencies meet L3; readiness 75%.");

    expect(result.current?.level.name).toBe("L2");
    const incident = result.current?.rows.find((row) => row.name === "Incident response");
    expect(incident).toMatchObject({
      current: 4,
      expected: 2,
      gap: 0,
      met: true,
      evidenceItems: 3,
      evidenceWeight: 2.5,
      lastDemonstrated: dayFromToday(-30),
      expectationText: "Incident response at L2",
    });
    const design = result.current?.rows.find((row) => row.name === "System design");
    expect(design).toMatchObject({ current: 3, evidenceItems: 2, evidenceWeight: 1, freshness: 0.5 });
    // The project ended long ago: its evidence counts half though the assessment is fresh.
    const observability = result.current?.rows.find((row) => row.name === "Observability");
    expect(observability).toMatchObject({ evidenceItems: 1, evidenceWeight: 0.5, freshness: 1 });

    expect(result.target?.level.name).toBe("L5");
    const onCall = result.target?.rows.find((row) => row.name === "On-call rotations");
    expect(onCall).toMatchObject({ optional: true, gap: null, current: 1, expected: 4 });
    // The deleted assessment at 5 does not count.
    expect(result.target?.rows.find((row) => row.name === "Mentoring")).toMatchObject({ current: 1, gap: 3 });

    expect(result.workOnNext?.level.name).toBe("L5");
    const work = result.workOnNext?.items ?? [];
    expect(work.map((item) => [item.name, item.gap])).toEqual([
      ["Mentoring", 3],
      ["Incident response", 1],
      ["Observability", 1],
    ]);
    expect(work[0]).toMatchObject({
      failedRounds: 2,
      failureReasons: [
        { reason: "poor-problem-solving", name: "Poor problem-solving", count: 2 },
        { reason: "unclear-communication", name: "Unclear communication", count: 1 },
      ],
    });
    expect(work[1]?.failedRounds).toBe(1);
    expect(work[2]).toMatchObject({ failedRounds: 0, failureReasons: [] });
  });

  it("analyses another level when asked, and the level above the estimate without a target", async () => {
    const { ladder, caller } = await sixLevelUser();
    const top = await caller.goals.gapAnalysis({ levelId: idAt(ladder, 5), ladderId: ladder.id });
    expect(top?.target?.level.name).toBe("L6");
    expect(top?.goal).toBeNull();
    expect(top?.current).toBeNull();
    expect(names(top?.workOnNext?.items)).toEqual(["Mentoring", "Observability", "System design"]);

    const untargeted = await caller.goals.gapAnalysis({ ladderId: ladder.id });
    expect(untargeted?.target).toBeNull();
    expect(untargeted?.workOnNext?.level.name).toBe("L3");
    expect(names(untargeted?.workOnNext?.items)).toEqual(["Mentoring"]);
  });

  it("refuses another user's ladder and levels as NOT_FOUND and bad ids as BAD_REQUEST", async () => {
    const owner = await sixLevelUser();
    const intruder = callerFor(handle.db, claimsFor(await createUser(handle.db)));
    const cases: [() => Promise<unknown>, string, string][] = [
      [() => intruder.goals.gapAnalysis({ ladderId: owner.ladder.id }), "NOT_FOUND", "ladder"],
      [() => intruder.goals.gapAnalysis({ levelId: idAt(owner.ladder, 2) }), "NOT_FOUND", "level"],
      [() => owner.caller.goals.gapAnalysis({ ladderId: crypto.randomUUID() }), "NOT_FOUND", "ladder"],
      [() => owner.caller.goals.gapAnalysis({ ladderId: "nope" }), "BAD_REQUEST", "ladderId"],
      [() => owner.caller.goals.gapAnalysis({ levelId: "12" }), "BAD_REQUEST", "levelId"],
    ];
    for (const [call, code, what] of cases) {
      const error = await errorOf(call());
      expect(error).toBeInstanceOf(TRPCError);
      expect(error).toMatchObject({ code });
      if (!(error instanceof TRPCError)) continue;
      if (code === "NOT_FOUND") expect(error.message).toBe(`${what} not found`);
      else expect(Object.keys(fieldErrorsOf(error.cause) ?? {})).toEqual([what]);
    }
  });
});

describe("goals.gapAnalysis on a built-in ladder", () => {
  it("measures only the actor's own assessments", async () => {
    const testing = await builtinSkillId(handle.db, "testing");
    const ladder = await createLadder(handle.db, null, {
      name: "Isolation ladder",
      levels: ["Entry", "Mid"],
      competencies: [{ name: "Testing", skillId: testing, expected: [2, 3] }],
    });
    const busy = await createUser(handle.db);
    await createAssessment(handle.db, busy, { skillId: testing, level: 5, assessedOn: dayFromToday(-1) });
    const fresh = callerFor(handle.db, claimsFor(await createUser(handle.db)));
    const result = await fresh.goals.gapAnalysis({ ladderId: ladder.id });
    expect(result?.assessedCompetencies).toBe(0);
    expect(result?.levels.map((level) => level.readiness)).toEqual([0, 0]);
    expect(result?.estimate.level).toBeNull();
    expect(result?.estimate.explanation).toBe(
      "Not yet at Entry: 0 of 1 competency meets Entry; readiness 0%.",
    );
    const busyView = await callerFor(handle.db, claimsFor(busy)).goals.gapAnalysis({ ladderId: ladder.id });
    expect(busyView?.estimate.level?.name).toBe("Mid");
  });
});
