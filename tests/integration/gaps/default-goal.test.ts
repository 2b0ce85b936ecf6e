import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { ladders } from "@/db/schema";
import { DEFAULT_LADDER_SLUG } from "@/server/goals/goals";
import { createTestDb } from "@/tests/helpers/db";
import {
  builtinSkillId,
  callerFor,
  claimsFor,
  createLadder,
  createOwnSkill,
  createUser,
  softDelete,
} from "@/tests/helpers/factories";
import { builtinLadderBySlug } from "@/tests/helpers/gaps";

let handle: DbHandle;
let defaultId: string;
beforeAll(async () => {
  handle = await createTestDb();
  const testing = await builtinSkillId(handle.db, "testing");
  // Another built-in ladder first: the slug, not the age, picks the default.
  await createLadder(handle.db, null, {
    name: "Some other built-in",
    levels: ["One"],
    competencies: [{ name: "Testing", skillId: testing, expected: [1] }],
  });
  const existing = await builtinLadderBySlug(handle.db, DEFAULT_LADDER_SLUG);
  defaultId =
    existing?.id ??
    (
      await createLadder(handle.db, null, {
        slug: DEFAULT_LADDER_SLUG,
        name: "Backend Developer (test stand-in)",
        levels: ["Entry", "Mid", "Senior"],
        competencies: [{ name: "Testing", skillId: testing, expected: [2, 3, 4] }],
      })
    ).id;
});
afterAll(async () => {
  await handle.close();
});

describe("goals.gapAnalysis defaults", () => {
  it("uses the built-in backend ladder with no current or target level when there is no goal", async () => {
    const caller = callerFor(handle.db, claimsFor(await createUser(handle.db)));
    const result = await caller.goals.gapAnalysis();
    expect(result?.ladder.id).toBe(defaultId);
    expect(result).toMatchObject({ goal: null, current: null, target: null, assessedCompetencies: 0 });
    expect(result?.estimate.level).toBeNull();
    // The next step is the first level.
    expect(result?.workOnNext?.level.id).toBe(result?.levels[0]?.id);
    expect((await caller.goals.get()).defaultLadderId).toBe(defaultId);
  });

  it("follows the goal's ladder, and falls back to the default once that ladder is deleted", async () => {
    const user = await createUser(handle.db);
    const caller = callerFor(handle.db, claimsFor(user));
    const skill = await createOwnSkill(handle.db, user, { name: "Writing" });
    const own = await createLadder(handle.db, user, {
      name: "Mine",
      levels: ["A", "B"],
      competencies: [{ name: "Writing", skillId: skill, expected: [1, 2] }],
    });
    await caller.goals.set({ ladderId: own.id, targetLevelId: own.levels[1]?.id });
    const followed = await caller.goals.gapAnalysis();
    expect(followed?.ladder.id).toBe(own.id);
    expect(followed?.target?.level.name).toBe("B");
    expect(followed?.goal?.targetLevelId).toBe(own.levels[1]?.id);

    await softDelete(handle.db, ladders, own.id);
    const fallen = await caller.goals.gapAnalysis();
    expect(fallen?.ladder.id).toBe(defaultId);
    expect(fallen?.goal).toBeNull();
  });
});
