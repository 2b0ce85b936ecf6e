import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { rounds } from "@/db/schema";
import { UNDO_WINDOW_MS } from "@/lib/undo";
import { fieldErrorsOf } from "@/server/trpc/errors";
import { createTestDb } from "@/tests/helpers/db";
import {
  builtinSkillId,
  callerFor,
  claimsFor,
  createApplication,
  createOwnSkill,
  createRound,
  createUser,
  softDelete,
} from "@/tests/helpers/factories";
import { errorOf } from "@/tests/helpers/integration-extra";
import { interviewRowCounts, storedRound } from "@/tests/helpers/interviews";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

type User = Awaited<ReturnType<typeof createUser>>;
const callerOf = (user: User) => callerFor(handle.db, claimsFor(user)).interviews;

async function withApplication() {
  const user = await createUser(handle.db);
  const app = await createApplication(handle.db, user, { status: "interviewing" });
  return { user, app };
}

async function expectField(promise: Promise<unknown>, field: string): Promise<void> {
  const error = await errorOf(promise);
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe("BAD_REQUEST");
  expect(Object.keys(fieldErrorsOf((error as TRPCError).cause) ?? {})).toContain(field);
}

describe("addRound", () => {
  it("stores every field, normalises built-in names and links built-in and own competencies", async () => {
    const { user, app } = await withApplication();
    const testing = await builtinSkillId(handle.db, "testing");
    const own = await createOwnSkill(handle.db, user, { name: "Kafka" });
    const round = await callerOf(user).addRound({
      applicationId: app.id,
      stage: "System Design",
      scheduledAt: new Date("2026-02-03T15:00:00Z"),
      outcome: "failed",
      selfRating: 2,
      feedback: "  Verbatim: struggled with sharding.\n",
      feedbackRequested: true,
      failureReasons: ["Poor problem-solving", "poor-problem-solving", "Ran out of time"],
      competencyIds: [testing, own, testing],
      followUpOn: "2026-02-10",
    });
    expect(round).toMatchObject({
      stage: "system-design",
      outcome: "failed",
      selfRating: 2,
      feedback: "  Verbatim: struggled with sharding.\n",
      feedbackRequested: true,
      failureReasons: ["poor-problem-solving", "Ran out of time"],
      followUpOn: "2026-02-10",
    });
    const stored = await storedRound(handle.db, round.id);
    expect(stored?.userId).toBe(user.id);
    expect(stored?.competencyIds).toEqual([testing, own].sort());
    const detail = await callerOf(user).byId({ id: app.id });
    expect(detail.rounds[0]?.competencies.map((entry) => entry.name)).toEqual(["Kafka", "Testing"]);
  });

  it("keeps the user's own stage label as typed", async () => {
    const { user, app } = await withApplication();
    const round = await callerOf(user).addRound({ applicationId: app.id, stage: "  Pair programming " });
    expect(round).toMatchObject({ stage: "Pair programming", outcome: "pending", failureReasons: [] });
  });

  it.each([
    [{ stage: "" }, "stage"],
    [{ stage: "s".repeat(61) }, "stage"],
    [{ outcome: "passed", failureReasons: ["inadequate-preparation"] }, "failureReasons"],
    [
      { outcome: "failed", failureReasons: Array.from({ length: 11 }, (_, i) => `reason ${i}`) },
      "failureReasons",
    ],
    [{ outcome: "failed", failureReasons: ["r".repeat(101)] }, "failureReasons.0"],
    [{ selfRating: 6 }, "selfRating"],
    [{ selfRating: 0 }, "selfRating"],
    [{ scheduledAt: new Date("1960-01-01T00:00:00Z") }, "scheduledAt"],
    [{ followUpOn: "2026-13-01" }, "followUpOn"],
    [{ followUpOn: "2026-02-31" }, "followUpOn"],
    [{ feedback: "f".repeat(1_000_000) }, "feedback"],
    [{ competencyIds: ["not-a-uuid"] }, "competencyIds.0"],
  ])("refuses %j on its field and writes nothing", async (overrides, field) => {
    const { user, app } = await withApplication();
    await expectField(
      callerOf(user).addRound({ applicationId: app.id, stage: "onsite", ...overrides } as never),
      field,
    );
    expect(await interviewRowCounts(handle.db, user.id)).toEqual({
      applications: 1,
      rounds: 0,
      competencies: 0,
    });
  });

  it("is NOT_FOUND for another user's application or skill, writing nothing", async () => {
    const { user: owner, app } = await withApplication();
    const { user: other, app: theirs } = await withApplication();
    const ownersSkill = await createOwnSkill(handle.db, owner, { name: "Owner's secret skill" });
    const attempt = await errorOf(callerOf(other).addRound({ applicationId: app.id, stage: "onsite" }));
    expect(attempt).toMatchObject({ code: "NOT_FOUND", message: "application not found" });
    const foreignSkill = await errorOf(
      callerOf(other).addRound({ applicationId: theirs.id, stage: "onsite", competencyIds: [ownersSkill] }),
    );
    expect(foreignSkill).toMatchObject({ code: "NOT_FOUND", message: "skill not found" });
    const unknownSkill = await errorOf(
      callerOf(other).addRound({
        applicationId: theirs.id,
        stage: "onsite",
        competencyIds: [crypto.randomUUID()],
      }),
    );
    expect(unknownSkill).toMatchObject({ code: "NOT_FOUND", message: "skill not found" });
    expect(await interviewRowCounts(handle.db, other.id)).toEqual({
      applications: 1,
      rounds: 0,
      competencies: 0,
    });
    expect(await interviewRowCounts(handle.db, owner.id)).toEqual({
      applications: 1,
      rounds: 0,
      competencies: 0,
    });
  });

  it("is NOT_FOUND for a deleted application", async () => {
    const { user, app } = await withApplication();
    await callerOf(user).delete({ id: app.id });
    const error = await errorOf(callerOf(user).addRound({ applicationId: app.id, stage: "onsite" }));
    expect(error).toMatchObject({ code: "NOT_FOUND", message: "application not found" });
  });
});

describe("updateRound", () => {
  it("replaces the fields and the competency set", async () => {
    const { user, app } = await withApplication();
    const apis = await builtinSkillId(handle.db, "apis");
    const security = await builtinSkillId(handle.db, "security");
    const round = await createRound(handle.db, user, { applicationId: app.id, competencyIds: [apis] });
    const updated = await callerOf(user).updateRound({
      id: round.id,
      stage: "onsite",
      outcome: "failed",
      failureReasons: ["unclear-communication"],
      competencyIds: [security],
    });
    expect(updated).toMatchObject({
      stage: "onsite",
      outcome: "failed",
      failureReasons: ["unclear-communication"],
    });
    expect((await storedRound(handle.db, round.id))?.competencyIds).toEqual([security]);
  });

  it("refuses failure reasons on a round that did not fail, changing nothing", async () => {
    const { user, app } = await withApplication();
    const round = await createRound(handle.db, user, { applicationId: app.id });
    const before = await storedRound(handle.db, round.id);
    await expectField(
      callerOf(user).updateRound({
        id: round.id,
        stage: "onsite",
        outcome: "pending",
        failureReasons: ["x"],
      }),
      "failureReasons",
    );
    expect(await storedRound(handle.db, round.id)).toEqual(before);
  });

  it("is NOT_FOUND for another user's round or skill, changing nothing", async () => {
    const { user: owner, app } = await withApplication();
    const { user: other, app: theirs } = await withApplication();
    const round = await createRound(handle.db, owner, { applicationId: app.id });
    const theirRound = await createRound(handle.db, other, { applicationId: theirs.id });
    const ownersSkill = await createOwnSkill(handle.db, owner, { name: "Owner only" });
    const before = await storedRound(handle.db, round.id);
    const theirBefore = await storedRound(handle.db, theirRound.id);
    expect(await errorOf(callerOf(other).updateRound({ id: round.id, stage: "onsite" }))).toMatchObject({
      code: "NOT_FOUND",
      message: "round not found",
    });
    expect(
      await errorOf(
        callerOf(other).updateRound({ id: theirRound.id, stage: "onsite", competencyIds: [ownersSkill] }),
      ),
    ).toMatchObject({ code: "NOT_FOUND", message: "skill not found" });
    expect(await storedRound(handle.db, round.id)).toEqual(before);
    expect(await storedRound(handle.db, theirRound.id)).toEqual(theirBefore);
  });
});

describe("deleteRound and restoreRound", () => {
  it("hides the round, restores it within the window and refuses after it", async () => {
    const { user, app } = await withApplication();
    const round = await createRound(handle.db, user, { applicationId: app.id });
    await callerOf(user).deleteRound({ id: round.id });
    expect((await callerOf(user).byId({ id: app.id })).rounds).toEqual([]);
    expect(await errorOf(callerOf(user).updateRound({ id: round.id, stage: "onsite" }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await callerOf(user).restoreRound({ id: round.id })).toEqual({
      id: round.id,
      applicationId: app.id,
    });
    expect((await callerOf(user).byId({ id: app.id })).rounds.map((entry) => entry.id)).toEqual([round.id]);

    await callerOf(user).deleteRound({ id: round.id });
    await softDelete(handle.db, rounds, round.id, { ago: UNDO_WINDOW_MS + 1_000 });
    expect(await errorOf(callerOf(user).restoreRound({ id: round.id }))).toMatchObject({ code: "CONFLICT" });
    expect((await storedRound(handle.db, round.id))?.deletedAt).not.toBeNull();
  });

  it("is NOT_FOUND for another user and changes nothing", async () => {
    const { user: owner, app } = await withApplication();
    const other = await createUser(handle.db);
    const round = await createRound(handle.db, owner, { applicationId: app.id });
    expect(await errorOf(callerOf(other).deleteRound({ id: round.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await storedRound(handle.db, round.id))?.deletedAt).toBeNull();
    await callerOf(owner).deleteRound({ id: round.id });
    expect(await errorOf(callerOf(other).restoreRound({ id: round.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await storedRound(handle.db, round.id))?.deletedAt).not.toBeNull();
    await expectField(callerOf(owner).deleteRound({ id: "x" }), "id");
  });
});
