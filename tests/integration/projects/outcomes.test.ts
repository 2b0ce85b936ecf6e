import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { projectOutcomes } from "@/db/schema";
import { UNDO_WINDOW_MS } from "@/lib/undo";
import { createTestDb } from "@/tests/helpers/db";
import {
  addOutcome,
  claimsFor,
  createProject,
  createUser,
  newCaller,
  ORDERS_OUTCOME,
  softDelete,
} from "@/tests/helpers/factories";
import { expectCode, fieldsOf } from "@/tests/helpers/integration-extra";
import { projectCounts, rawOutcome } from "@/tests/helpers/projects";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe("outcomes.add", () => {
  it("appends with increasing positions and defaults", async () => {
    const owner = await createUser(handle.db);
    const project = await createProject(handle.db, owner);
    const first = await addOutcome(handle.db, claimsFor(owner), project.id);
    const second = await addOutcome(handle.db, claimsFor(owner), project.id, {
      metric: "monthly AWS cost",
      baseline: 48_000,
      result: 31_000,
      unit: "USD",
      timeframe: "over 6 months",
      confidence: "estimated",
      confidential: true,
    });
    expect(first).toMatchObject({
      ...ORDERS_OUTCOME,
      position: 0,
      confidence: "measured",
      confidential: false,
    });
    expect(second).toMatchObject({ position: 1, timeframe: "over 6 months", confidential: true });
  });

  it.each([
    ["result", { result: Number.POSITIVE_INFINITY }],
    ["result", { result: Number.NaN }],
    ["result", { result: 1e13 }],
    ["baseline", { baseline: -1e13 }],
    ["metric", { metric: "" }],
    ["unit", { unit: "" }],
  ])("refuses a bad %s on its field and writes nothing", async (field, overrides) => {
    const owner = await createUser(handle.db);
    const project = await createProject(handle.db, owner);
    const error = await expectCode(
      addOutcome(handle.db, claimsFor(owner), project.id, overrides),
      "BAD_REQUEST",
    );
    expect(fieldsOf(error)).toEqual([field]);
    expect((await projectCounts(handle.db, owner.id)).outcomes).toBe(0);
  });

  it("another user's project is NOT_FOUND and gets nothing", async () => {
    const owner = await createUser(handle.db);
    const other = await createUser(handle.db);
    const project = await createProject(handle.db, owner);
    await expectCode(addOutcome(handle.db, claimsFor(other), project.id), "NOT_FOUND");
    await expectCode(addOutcome(handle.db, claimsFor(owner), crypto.randomUUID()), "NOT_FOUND");
    expect((await projectCounts(handle.db, owner.id)).outcomes).toBe(0);
    expect((await projectCounts(handle.db, other.id)).outcomes).toBe(0);
  });

  it("a deleted project takes no outcomes", async () => {
    const { user: owner, api: mine } = await newCaller(handle.db);
    const project = await createProject(handle.db, owner);
    await mine.projects.delete({ id: project.id });
    await expectCode(addOutcome(handle.db, claimsFor(owner), project.id), "NOT_FOUND");
  });
});

describe("outcomes.update", () => {
  it("changes the figures, and the bullet follows", async () => {
    const { user: owner, api: mine } = await newCaller(handle.db);
    const project = await createProject(handle.db, owner);
    const outcome = await addOutcome(handle.db, claimsFor(owner), project.id);
    const updated = await mine.projects.outcomes.update({ id: outcome.id, ...ORDERS_OUTCOME, result: 400 });
    expect(updated.result).toBe(400);
    expect((await mine.projects.byId({ id: project.id })).bullets[0]?.text).toBe(
      "Cut p95 latency of the orders API from 800 ms to 400 ms (\u221250%)",
    );
  });

  it("another user's outcome is NOT_FOUND and unchanged; bad numbers are BAD_REQUEST", async () => {
    const { user: owner, api: mine } = await newCaller(handle.db);
    const { api: theirs } = await newCaller(handle.db);
    const project = await createProject(handle.db, owner);
    const outcome = await addOutcome(handle.db, claimsFor(owner), project.id);
    const before = await rawOutcome(handle.db, outcome.id);
    await expectCode(
      theirs.projects.outcomes.update({ id: outcome.id, ...ORDERS_OUTCOME, result: 1 }),
      "NOT_FOUND",
    );
    const error = await expectCode(
      mine.projects.outcomes.update({
        id: outcome.id,
        ...ORDERS_OUTCOME,
        baseline: Number.NEGATIVE_INFINITY,
      }),
      "BAD_REQUEST",
    );
    expect(fieldsOf(error)).toEqual(["baseline"]);
    expect(await rawOutcome(handle.db, outcome.id)).toEqual(before);
  });

  it("a deleted outcome cannot be edited", async () => {
    const { user: owner, api: mine } = await newCaller(handle.db);
    const project = await createProject(handle.db, owner);
    const outcome = await addOutcome(handle.db, claimsFor(owner), project.id);
    await mine.projects.outcomes.delete({ id: outcome.id });
    await expectCode(mine.projects.outcomes.update({ id: outcome.id, ...ORDERS_OUTCOME }), "NOT_FOUND");
  });
});

describe("outcomes.delete and restore", () => {
  it("hides the outcome and its bullet, and brings both back", async () => {
    const { user: owner, api: mine } = await newCaller(handle.db);
    const project = await createProject(handle.db, owner);
    const outcome = await addOutcome(handle.db, claimsFor(owner), project.id);
    expect(await mine.projects.outcomes.delete({ id: outcome.id })).toEqual({
      id: outcome.id,
      projectId: project.id,
    });
    const hidden = await mine.projects.byId({ id: project.id });
    expect(hidden.outcomes).toEqual([]);
    expect(hidden.bullets).toEqual([]);
    await expectCode(mine.projects.outcomes.delete({ id: outcome.id }), "NOT_FOUND");

    expect((await mine.projects.outcomes.restore({ id: outcome.id })).id).toBe(outcome.id);
    expect((await mine.projects.byId({ id: project.id })).bullets).toHaveLength(1);
    await expectCode(mine.projects.outcomes.restore({ id: outcome.id }), "NOT_FOUND");
  });

  it("refuses a restore after the undo window", async () => {
    const { user: owner, api: mine } = await newCaller(handle.db);
    const project = await createProject(handle.db, owner);
    const outcome = await addOutcome(handle.db, claimsFor(owner), project.id);
    await mine.projects.outcomes.delete({ id: outcome.id });
    await softDelete(handle.db, projectOutcomes, outcome.id, { ago: UNDO_WINDOW_MS + 1_000 });
    await expectCode(mine.projects.outcomes.restore({ id: outcome.id }), "CONFLICT");
    expect((await rawOutcome(handle.db, outcome.id))?.deletedAt).not.toBeNull();
  });

  it("another user can neither delete nor restore", async () => {
    const { user: owner, api: mine } = await newCaller(handle.db);
    const { api: theirs } = await newCaller(handle.db);
    const project = await createProject(handle.db, owner);
    const outcome = await addOutcome(handle.db, claimsFor(owner), project.id);
    await expectCode(theirs.projects.outcomes.delete({ id: outcome.id }), "NOT_FOUND");
    expect((await rawOutcome(handle.db, outcome.id))?.deletedAt).toBeNull();
    await mine.projects.outcomes.delete({ id: outcome.id });
    await expectCode(theirs.projects.outcomes.restore({ id: outcome.id }), "NOT_FOUND");
    expect((await rawOutcome(handle.db, outcome.id))?.deletedAt).not.toBeNull();
    await expectCode(mine.projects.outcomes.delete({ id: "nope" }), "BAD_REQUEST");
    await expectCode(mine.projects.outcomes.restore({ id: "nope" }), "BAD_REQUEST");
    await expectCode(mine.projects.outcomes.update({ id: "nope", ...ORDERS_OUTCOME }), "BAD_REQUEST");
  });
});
