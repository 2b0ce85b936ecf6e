import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { ladders } from "@/db/schema";
import { fieldErrorsOf } from "@/server/trpc/errors";
import { createTestDb } from "@/tests/helpers/db";
import {
  builtinSkillId,
  callerFor,
  claimsFor,
  type CreatedLadder,
  createLadder,
  createOwnSkill,
  createUser,
  dayFromToday,
  softDelete,
} from "@/tests/helpers/factories";
import { goalRow } from "@/tests/helpers/gaps";
import { errorOf } from "@/tests/helpers/integration-extra";

let handle: DbHandle;
let builtin: CreatedLadder;
beforeAll(async () => {
  handle = await createTestDb();
  const testing = await builtinSkillId(handle.db, "testing");
  builtin = await createLadder(handle.db, null, {
    name: "Goals test built-in",
    levels: ["Entry", "Mid", "Senior"],
    competencies: [{ name: "Testing", skillId: testing, expected: [2, 3, 4] }],
  });
});
afterAll(async () => {
  await handle.close();
});

async function userWithLadder() {
  const user = await createUser(handle.db);
  const skill = await createOwnSkill(handle.db, user, { name: "Incident response" });
  const ladder = await createLadder(handle.db, user, {
    name: "Imported six",
    levels: ["L1", "L2", "L3", "L4", "L5", "L6"],
    competencies: [{ name: "Incident response", skillId: skill, expected: [1, 2, 3, 4, 5, 5] }],
  });
  return { user, ladder, caller: callerFor(handle.db, claimsFor(user)) };
}

const level = (ladder: CreatedLadder, index: number) => {
  const found = ladder.levels[index];
  if (!found) throw new Error(`no level ${index}`);
  return found.id;
};

async function expectCode(promise: Promise<unknown>, code: string, field?: string) {
  const error = await errorOf(promise);
  expect(error).toBeInstanceOf(TRPCError);
  expect(error).toMatchObject({ code });
  if (field && error instanceof TRPCError)
    expect(Object.keys(fieldErrorsOf(error.cause) ?? {})).toEqual([field]);
  return error;
}

describe("goals.get", () => {
  it("offers built-in ladders and the user's own with their levels, but no goal yet", async () => {
    const { user, ladder, caller } = await userWithLadder();
    const other = await userWithLadder();
    await createLadder(handle.db, user, {
      name: "Deleted",
      levels: ["A"],
      competencies: [],
      deletedAt: new Date(),
    });
    const result = await caller.goals.get();
    expect(result.goal).toBeNull();
    const ids = result.ladders.map((entry) => entry.id);
    expect(ids).toContain(builtin.id);
    expect(ids).toContain(ladder.id);
    expect(ids).not.toContain(other.ladder.id);
    expect(result.ladders.map((entry) => entry.name)).not.toContain("Deleted");
    // Built-in first.
    expect(result.ladders[0]?.builtin).toBe(true);
    const mine = result.ladders.find((entry) => entry.id === ladder.id);
    expect(mine?.levels.map((entry) => entry.name)).toEqual(["L1", "L2", "L3", "L4", "L5", "L6"]);
    expect(result.defaultLadderId).not.toBeNull();
  });
});

describe("goals.set", () => {
  it("creates, then replaces the goal", async () => {
    const { user, ladder, caller } = await userWithLadder();
    const targetDate = dayFromToday(200);
    const goal = await caller.goals.set({
      ladderId: ladder.id,
      currentLevelId: level(ladder, 1),
      targetLevelId: level(ladder, 4),
      targetDate,
    });
    expect(goal).toMatchObject({
      ladderId: ladder.id,
      ladderName: "Imported six",
      currentLevelId: level(ladder, 1),
      targetLevelId: level(ladder, 4),
      targetDate,
    });
    await caller.goals.set({ ladderId: builtin.id, targetLevelId: level(builtin, 2) });
    expect((await caller.goals.get()).goal).toMatchObject({
      ladderId: builtin.id,
      currentLevelId: null,
      targetLevelId: level(builtin, 2),
      targetDate: null,
    });
    expect(await goalRow(handle.db, user.id)).toMatchObject({ ladderId: builtin.id });
  });

  it("refuses a target not above the current level, on the target field, and writes nothing", async () => {
    const { user, ladder, caller } = await userWithLadder();
    await caller.goals.set({ ladderId: ladder.id });
    for (const [current, target] of [
      [3, 3],
      [4, 2],
    ] as const) {
      await expectCode(
        caller.goals.set({
          ladderId: ladder.id,
          currentLevelId: level(ladder, current),
          targetLevelId: level(ladder, target),
        }),
        "BAD_REQUEST",
        "targetLevelId",
      );
    }
    expect(await goalRow(handle.db, user.id)).toMatchObject({ currentLevelId: null, targetLevelId: null });
  });

  it("refuses levels of another ladder as NOT_FOUND level", async () => {
    const { user, ladder, caller } = await userWithLadder();
    const error = await expectCode(
      caller.goals.set({ ladderId: ladder.id, targetLevelId: level(builtin, 2) }),
      "NOT_FOUND",
    );
    expect(error).toMatchObject({ message: "level not found" });
    await expectCode(
      caller.goals.set({ ladderId: ladder.id, currentLevelId: crypto.randomUUID() }),
      "NOT_FOUND",
    );
    expect(await goalRow(handle.db, user.id)).toBeNull();
  });

  it("treats another user's ladder and a deleted ladder as missing, and changes nothing", async () => {
    const owner = await userWithLadder();
    await owner.caller.goals.set({ ladderId: owner.ladder.id, targetLevelId: level(owner.ladder, 5) });
    const intruder = await userWithLadder();
    const error = await expectCode(
      intruder.caller.goals.set({ ladderId: owner.ladder.id, targetLevelId: level(owner.ladder, 2) }),
      "NOT_FOUND",
    );
    expect(error).toMatchObject({ message: "ladder not found" });
    expect(await goalRow(handle.db, intruder.user.id)).toBeNull();
    expect(await goalRow(handle.db, owner.user.id)).toMatchObject({ targetLevelId: level(owner.ladder, 5) });

    const gone = await createLadder(handle.db, owner.user, {
      levels: ["A", "B"],
      competencies: [],
      deletedAt: new Date(),
    });
    await expectCode(owner.caller.goals.set({ ladderId: gone.id }), "NOT_FOUND");
  });

  it("rejects bad input with the field named and writes nothing", async () => {
    const { user, ladder, caller } = await userWithLadder();
    await expectCode(
      caller.goals.set({ ladderId: ladder.id, targetDate: dayFromToday(-5) }),
      "BAD_REQUEST",
      "targetDate",
    );
    await expectCode(
      caller.goals.set({ ladderId: ladder.id, targetDate: "2026-13-01" }),
      "BAD_REQUEST",
      "targetDate",
    );
    await expectCode(caller.goals.set({ ladderId: "not-an-id" }), "BAD_REQUEST", "ladderId");
    expect(await goalRow(handle.db, user.id)).toBeNull();
  });

  it("hides a goal whose ladder was deleted", async () => {
    const { user, caller } = await userWithLadder();
    const doomed = await createLadder(handle.db, user, { levels: ["A", "B"], competencies: [] });
    await caller.goals.set({ ladderId: doomed.id });
    expect((await caller.goals.get()).goal?.ladderId).toBe(doomed.id);
    await softDelete(handle.db, ladders, doomed.id);
    expect((await caller.goals.get()).goal).toBeNull();
  });

  it("requires a session", async () => {
    await expectCode(callerFor(handle.db, null).goals.get(), "UNAUTHORIZED");
  });
});
