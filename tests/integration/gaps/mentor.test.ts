import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { gapAnalysis } from "@/server/gaps/gaps";
import { fieldErrorsOf } from "@/server/trpc/errors";
import { createTestDb } from "@/tests/helpers/db";
import {
  callerFor,
  claimsFor,
  createAssessment,
  createGoal,
  createLadder,
  createMentorship,
  createOwnSkill,
  createUser,
  dayFromToday,
  endMentorship,
} from "@/tests/helpers/factories";
import { goalRow } from "@/tests/helpers/gaps";
import { actorOf, expectCode } from "@/tests/helpers/integration-extra";
import type { MentorshipScope } from "@/lib/mentoring/rules";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

type Source = "self" | "mentor" | "lower";

/**
 * A mentee on their own two-level ladder, aiming for Mid (every competency expects 3 there):
 * A self 4 / mentor 2; B self 2 / mentor 4; C self 3 only; D mentor 3 only.
 */
async function menteeWithRatings(scopes: MentorshipScope[] = ["gaps"]) {
  const db = handle.db;
  const menteeUser = await createUser(db);
  const mentorUser = await createUser(db, { name: "Mina" });
  const mentee = callerFor(db, claimsFor(menteeUser));
  const mentor = callerFor(db, claimsFor(mentorUser));
  const [a, b, c, d] = await Promise.all(
    ["A", "B", "C", "D"].map((name) => createOwnSkill(db, menteeUser, { name })),
  );
  if (!a || !b || !c || !d) throw new Error("skills missing");
  const ladder = await createLadder(db, menteeUser, {
    name: "Mentee's ladder",
    levels: ["Junior", "Mid"],
    competencies: [a, b, c, d].map((skillId, index) => ({
      name: "ABCD"[index] ?? "",
      skillId,
      expected: [1, 3],
    })),
  });
  const [junior, mid] = ladder.levels;
  if (!junior || !mid) throw new Error("levels missing");
  await createGoal(db, menteeUser, { ladderId: ladder.id, currentLevelId: junior.id, targetLevelId: mid.id });
  const recent = dayFromToday(-20);
  await createAssessment(db, menteeUser, { skillId: a, level: 4, assessedOn: recent });
  await createAssessment(db, menteeUser, { skillId: b, level: 2, assessedOn: recent });
  await createAssessment(db, menteeUser, { skillId: c, level: 3, assessedOn: recent });
  const mentorship = await createMentorship(db, menteeUser, mentorUser, { scopes });
  const rated = { mentor: mentorUser, assessedOn: dayFromToday(-10) };
  await createAssessment(db, menteeUser, { ...rated, skillId: a, level: 2 });
  await createAssessment(db, menteeUser, { ...rated, skillId: b, level: 4 });
  await createAssessment(db, menteeUser, { ...rated, skillId: d, level: 3 });
  return { menteeUser, mentorUser, mentee, mentor, ladder, mentorship };
}

type Analysis = Awaited<ReturnType<typeof gapAnalysis>>;
/** Each competency's current level and whether it is met, at the target level. */
const metAtTarget = (analysis: Analysis) =>
  Object.fromEntries((analysis?.target?.rows ?? []).map((row) => [row.name, [row.current, row.met]]));

const EXPECTED: Record<Source, Record<string, [number, boolean]>> = {
  self: { A: [4, true], B: [2, false], C: [3, true], D: [0, false] },
  mentor: { A: [2, false], B: [4, true], C: [0, false], D: [3, true] },
  lower: { A: [2, false], B: [2, false], C: [3, true], D: [3, true] },
};

describe("rating source", () => {
  it("measures by self (the default), mentor or the lower rating, with the expected met and unmet", async () => {
    const { mentee } = await menteeWithRatings();
    const byDefault = await mentee.goals.gapAnalysis();
    expect(byDefault?.ratingSource).toBe("self");
    expect(metAtTarget(byDefault)).toEqual(EXPECTED.self);
    for (const ratingSource of ["self", "mentor", "lower"] as const) {
      const analysis = await mentee.goals.gapAnalysis({ ratingSource });
      expect(analysis?.ratingSource).toBe(ratingSource);
      expect(metAtTarget(analysis)).toEqual(EXPECTED[ratingSource]);
    }
    const lower = await mentee.goals.gapAnalysis({ ratingSource: "lower" });
    expect(lower?.target).toMatchObject({ metCount: 2, total: 4 });
    expect(lower?.assessedCompetencies).toBe(4);
    expect((await mentee.goals.gapAnalysis({ ratingSource: "mentor" }))?.assessedCompetencies).toBe(3);
  });

  it("refuses an unknown rating source by name", async () => {
    const { mentee } = await menteeWithRatings();
    const call = mentee.goals.gapAnalysis as (input: unknown) => Promise<unknown>;
    const error = await expectCode(call({ ratingSource: "peer" }), "BAD_REQUEST");
    expect(fieldErrorsOf(error.cause)).toEqual({ ratingSource: ["choose self, mentor or lower"] });
  });
});

describe("a mentor with the gaps scope", () => {
  it("reads the mentee's goal and gap analysis on the mentee's own ladder, by any source", async () => {
    const { menteeUser, mentorUser, mentor, ladder } = await menteeWithRatings();
    const menteeId = menteeUser.id;
    const goal = await mentor.goals.get({ menteeId });
    expect(goal.goal).toMatchObject({ ladderId: ladder.id, ladderName: "Mentee's ladder" });
    expect(goal.ladders.map((entry) => entry.id)).toContain(ladder.id);
    for (const ratingSource of ["self", "mentor", "lower"] as const) {
      const analysis = await mentor.goals.gapAnalysis({ menteeId, ratingSource });
      expect(analysis?.ladder.id).toBe(ladder.id);
      expect(metAtTarget(analysis)).toEqual(EXPECTED[ratingSource]);
    }
    // The mentoring dashboard's call shape.
    const direct = await gapAnalysis(handle.db, actorOf(mentorUser), { menteeId });
    expect(metAtTarget(direct)).toEqual(EXPECTED.self);
    // Their own page is still their own: no goal, the mentee's ladder out of sight.
    expect((await mentor.goals.get()).goal).toBeNull();
    await expectCode(mentor.goals.gapAnalysis({ ladderId: ladder.id }), "NOT_FOUND");
  });

  it("cannot set the mentee's goal: a menteeId on the write is ignored", async () => {
    const { menteeUser, mentor, ladder } = await menteeWithRatings();
    const before = await goalRow(handle.db, menteeUser.id);
    const call = mentor.goals.set as (input: unknown) => Promise<unknown>;
    await expectCode(call({ ladderId: ladder.id, menteeId: menteeUser.id }), "NOT_FOUND");
    expect(await goalRow(handle.db, menteeUser.id)).toEqual(before);
  });
});

describe("refused", () => {
  const reads = (api: ReturnType<typeof callerFor>, menteeId: string) => [
    () => api.goals.get({ menteeId }),
    () => api.goals.gapAnalysis({ menteeId }),
    () => api.goals.gapAnalysis({ menteeId, ratingSource: "lower" }),
  ];
  const allNotFound = async (calls: (() => Promise<unknown>)[]) => {
    for (const call of calls) await expectCode(call(), "NOT_FOUND");
  };

  it("a mentor with skills but not gaps gets NOT_FOUND", async () => {
    const { menteeUser, mentor } = await menteeWithRatings(["skills", "projects"]);
    await allNotFound(reads(mentor, menteeUser.id));
  });

  it("after the mentorship ends, the next read is NOT_FOUND", async () => {
    const { menteeUser, mentor, mentorship } = await menteeWithRatings();
    expect(await mentor.goals.gapAnalysis({ menteeId: menteeUser.id })).not.toBeNull();
    await endMentorship(handle.db, mentorship);
    await allNotFound(reads(mentor, menteeUser.id));
  });

  it("a random user gets NOT_FOUND", async () => {
    const { menteeUser } = await menteeWithRatings();
    const stranger = callerFor(handle.db, claimsFor(await createUser(handle.db)));
    await allNotFound(reads(stranger, menteeUser.id));
  });
});
