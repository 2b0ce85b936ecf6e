import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { createTestDb } from "@/tests/helpers/db";
import { addOutcome, claimsFor, createProject, newCaller } from "@/tests/helpers/factories";
import { expectCode, fieldsOf } from "@/tests/helpers/integration-extra";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe("outcomes.reorder", () => {
  async function threeOutcomes() {
    const { user: owner, api: mine } = await newCaller(handle.db);
    const { api: theirs } = await newCaller(handle.db);
    const project = await createProject(handle.db, owner);
    const claims = claimsFor(owner);
    const ids = [];
    for (const metric of ["a latency", "b latency", "c latency"]) {
      ids.push((await addOutcome(handle.db, claims, project.id, { metric })).id);
    }
    return { owner, mine, theirs, project, ids };
  }

  it("writes the new order, and bullets follow it", async () => {
    const { project, mine, ids } = await threeOutcomes();
    const order = [ids[2] ?? "", ids[0] ?? "", ids[1] ?? ""];
    const reordered = await mine.projects.outcomes.reorder({ projectId: project.id, ids: order });
    expect(reordered.map((outcome) => outcome.id)).toEqual(order);
    expect(reordered.map((outcome) => outcome.position)).toEqual([0, 1, 2]);
    const found = await mine.projects.byId({ id: project.id });
    expect(found.bullets.map((bullet) => bullet.text.split(" ")[1])).toEqual(["c", "a", "b"]);
  });

  it("refuses a partial, repeated or foreign list and changes nothing", async () => {
    const { owner, project, mine, theirs, ids } = await threeOutcomes();
    const positions = async () => (await mine.projects.byId({ id: project.id })).outcomes.map((o) => o.id);
    const before = await positions();
    const partial = await expectCode(
      mine.projects.outcomes.reorder({ projectId: project.id, ids: ids.slice(0, 2) }),
      "BAD_REQUEST",
    );
    expect(fieldsOf(partial)).toEqual(["ids"]);
    await expectCode(
      mine.projects.outcomes.reorder({
        projectId: project.id,
        ids: [ids[0] ?? "", ids[0] ?? "", ids[1] ?? ""],
      }),
      "BAD_REQUEST",
    );
    const elsewhere = await createProject(handle.db, claimsFor(owner));
    const stray = await addOutcome(handle.db, claimsFor(owner), elsewhere.id);
    await expectCode(
      mine.projects.outcomes.reorder({ projectId: project.id, ids: [...ids.slice(0, 2), stray.id] }),
      "NOT_FOUND",
    );
    await expectCode(
      theirs.projects.outcomes.reorder({ projectId: project.id, ids: [...ids].reverse() }),
      "NOT_FOUND",
    );
    expect(await positions()).toEqual(before);
  });

  it("leaves deleted outcomes out of the list it expects", async () => {
    const { project, mine, ids } = await threeOutcomes();
    await mine.projects.outcomes.delete({ id: ids[1] ?? "" });
    const reordered = await mine.projects.outcomes.reorder({
      projectId: project.id,
      ids: [ids[2] ?? "", ids[0] ?? ""],
    });
    expect(reordered.map((outcome) => outcome.id)).toEqual([ids[2], ids[0]]);
  });
});

describe("checkBullet", () => {
  it("flags a bullet without a number, and passes a good one", async () => {
    const { user: owner, api: mine } = await newCaller(handle.db);
    const project = await createProject(handle.db, owner);
    const weak = await mine.projects.checkBullet({
      projectId: project.id,
      text: "Reduced latency of the orders API",
    });
    expect(weak.issues.map((issue) => issue.code)).toEqual(["no-number"]);
    const good = await mine.projects.checkBullet({
      projectId: project.id,
      text: "Cut p95 latency of the orders API from 800 ms to 240 ms (−70%)",
    });
    expect(good.issues).toEqual([]);
  });

  it("flags the project's confidential figures in any formatting, but not deleted or open ones", async () => {
    const { user: owner, api: mine } = await newCaller(handle.db);
    const project = await createProject(handle.db, owner);
    const claims = claimsFor(owner);
    await addOutcome(handle.db, claims, project.id, {
      metric: "monthly AWS cost",
      baseline: 1200,
      result: 850,
      unit: "USD",
      confidential: true,
    });
    const gone = await addOutcome(handle.db, claims, project.id, {
      metric: "old",
      baseline: 4_400,
      result: 3_300,
      unit: "USD",
      confidential: true,
    });
    await addOutcome(handle.db, claims, project.id); // 800 → 240 ms, not confidential
    await mine.projects.outcomes.delete({ id: gone.id });
    const check = (text: string) => mine.projects.checkBullet({ projectId: project.id, text });
    expect((await check("Cut monthly AWS cost by 1.2k dollars")).issues.map((i) => i.code)).toEqual([
      "confidential-number",
    ]);
    expect((await check("Cut monthly AWS cost from 1200 to 850")).issues.map((i) => i.code)).toEqual([
      "confidential-number",
    ]);
    expect((await check("Cut costs from 4,400 USD to 3,300 USD")).issues).toEqual([]);
    expect((await check("Cut latency from 800 ms to 240 ms")).issues).toEqual([]);
  });

  it("another user's project is NOT_FOUND; empty text is BAD_REQUEST on text", async () => {
    const { user: owner, api: mine } = await newCaller(handle.db);
    const { api: theirs } = await newCaller(handle.db);
    const project = await createProject(handle.db, owner);
    await expectCode(
      theirs.projects.checkBullet({ projectId: project.id, text: "Cut costs by 20%" }),
      "NOT_FOUND",
    );
    const error = await expectCode(
      mine.projects.checkBullet({ projectId: project.id, text: " " }),
      "BAD_REQUEST",
    );
    expect(fieldsOf(error)).toEqual(["text"]);
  });
});
