import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { applications } from "@/db/schema";
import { fieldErrorsOf } from "@/server/trpc/errors";
import { createTestDb } from "@/tests/helpers/db";
import { callerFor, claimsFor, createApplication, createUser } from "@/tests/helpers/factories";
import { errorOf } from "@/tests/helpers/integration-extra";
import { storedApplication } from "@/tests/helpers/interviews";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

type User = Awaited<ReturnType<typeof createUser>>;
const callerOf = (user: User) => callerFor(handle.db, claimsFor(user)).interviews;

async function column(user: User, status: string): Promise<string[]> {
  const columns = await callerOf(user).board();
  return (columns.find((entry) => entry.status === status)?.items ?? []).map((item) => item.company);
}

/** Three cards in "interviewing" (A on top) and one in "applied". */
async function setup() {
  const user = await createUser(handle.db);
  const c = await createApplication(handle.db, user, { company: "C", status: "interviewing" });
  const b = await createApplication(handle.db, user, { company: "B", status: "interviewing" });
  const a = await createApplication(handle.db, user, { company: "A", status: "interviewing" });
  const x = await createApplication(handle.db, user, { company: "X" });
  return { user, a, b, c, x };
}

async function snapshot(ids: string[]) {
  return Promise.all(ids.map((id) => storedApplication(handle.db, id)));
}

describe("move", () => {
  it("without neighbours files the card at the top of the new column, writing only that row", async () => {
    const { user, a, b, c, x } = await setup();
    const others = await snapshot([a.id, b.id, c.id]);
    const moved = await callerOf(user).move({ id: x.id, status: "interviewing" });
    expect(moved.status).toBe("interviewing");
    expect(await column(user, "interviewing")).toEqual(["X", "A", "B", "C"]);
    expect(await column(user, "applied")).toEqual([]);
    expect(await snapshot([a.id, b.id, c.id])).toEqual(others);
  });

  it("places the card between two neighbours at a fractional position", async () => {
    const { user, a, b, c, x } = await setup();
    const others = await snapshot([a.id, b.id, c.id]);
    const moved = await callerOf(user).move({
      id: x.id,
      status: "interviewing",
      afterId: a.id,
      beforeId: b.id,
    });
    expect(moved.boardPosition).toBeGreaterThan(a.boardPosition);
    expect(moved.boardPosition).toBeLessThan(b.boardPosition);
    expect(await column(user, "interviewing")).toEqual(["A", "X", "B", "C"]);
    expect(await snapshot([a.id, b.id, c.id])).toEqual(others);
  });

  it("finds the missing neighbour from one of them, also inside the same column", async () => {
    const { user, a, b, c } = await setup();
    await callerOf(user).move({ id: a.id, status: "interviewing", afterId: b.id });
    expect(await column(user, "interviewing")).toEqual(["B", "A", "C"]);
    await callerOf(user).move({ id: c.id, status: "interviewing", beforeId: b.id });
    expect(await column(user, "interviewing")).toEqual(["C", "B", "A"]);
    await callerOf(user).move({ id: c.id, status: "interviewing", afterId: a.id });
    expect(await column(user, "interviewing")).toEqual(["B", "A", "C"]);
  });

  it("spaces the column out when two neighbours leave no room between them", async () => {
    const { user, a, b, c, x } = await setup();
    await handle.db.update(applications).set({ boardPosition: 1 }).where(eq(applications.id, a.id));
    await handle.db
      .update(applications)
      .set({ boardPosition: 1 + Number.EPSILON })
      .where(eq(applications.id, b.id));
    await handle.db.update(applications).set({ boardPosition: 2 }).where(eq(applications.id, c.id));
    const moved = await callerOf(user).move({
      id: x.id,
      status: "interviewing",
      afterId: a.id,
      beforeId: b.id,
    });
    expect(await column(user, "interviewing")).toEqual(["A", "X", "B", "C"]);
    expect((await snapshot([a.id, b.id, c.id])).map((row) => row?.boardPosition)).toEqual([0, 1, 2]);
    expect(moved.boardPosition).toBe(0.5);
  });

  it("refuses a neighbour from another column or out of order, on its field, and changes nothing", async () => {
    const { user, a, b, x } = await setup();
    const before = await snapshot([a.id, b.id, x.id]);
    const wrongColumn = await errorOf(callerOf(user).move({ id: a.id, status: "offer", afterId: b.id }));
    expect(wrongColumn).toBeInstanceOf(TRPCError);
    expect(fieldErrorsOf((wrongColumn as TRPCError).cause)).toEqual({
      afterId: ["that card is not in the Offer column"],
    });
    const reversed = await errorOf(
      callerOf(user).move({ id: x.id, status: "interviewing", afterId: b.id, beforeId: a.id }),
    );
    expect(fieldErrorsOf((reversed as TRPCError).cause)).toHaveProperty("beforeId");
    const self = await errorOf(callerOf(user).move({ id: a.id, status: "interviewing", afterId: a.id }));
    expect(self).toMatchObject({ code: "BAD_REQUEST" });
    expect(fieldErrorsOf((self as TRPCError).cause)).toHaveProperty("afterId");
    const badStatus = await errorOf(callerOf(user).move({ id: a.id, status: "hired" as "offer" }));
    expect(fieldErrorsOf((badStatus as TRPCError).cause)).toHaveProperty("status");
    expect(await snapshot([a.id, b.id, x.id])).toEqual(before);
  });

  it("is NOT_FOUND for another user's card or neighbour, and changes nothing", async () => {
    const { a, b } = await setup();
    const other = await createUser(handle.db);
    const theirs = await createApplication(handle.db, other, { status: "interviewing" });
    const before = await snapshot([a.id, b.id, theirs.id]);
    const foreignCard = await errorOf(callerOf(other).move({ id: a.id, status: "offer" }));
    expect(foreignCard).toMatchObject({ code: "NOT_FOUND", message: "application not found" });
    const foreignNeighbour = await errorOf(
      callerOf(other).move({ id: theirs.id, status: "interviewing", afterId: a.id }),
    );
    expect(foreignNeighbour).toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot([a.id, b.id, theirs.id])).toEqual(before);
  });

  it("is NOT_FOUND for a deleted card", async () => {
    const { user, a } = await setup();
    await callerOf(user).delete({ id: a.id });
    expect(await errorOf(callerOf(user).move({ id: a.id, status: "offer" }))).toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
