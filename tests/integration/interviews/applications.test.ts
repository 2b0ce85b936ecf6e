import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { applications } from "@/db/schema";
import { UNDO_WINDOW_MS } from "@/lib/undo";
import { fieldErrorsOf } from "@/server/trpc/errors";
import { createTestDb } from "@/tests/helpers/db";
import {
  APPLICATION,
  callerFor,
  claimsFor,
  createApplication,
  createRound,
  createUser,
  softDelete,
} from "@/tests/helpers/factories";
import { errorOf, expectCode } from "@/tests/helpers/integration-extra";
import { interviewRowCounts, storedApplication } from "@/tests/helpers/interviews";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

type User = Awaited<ReturnType<typeof createUser>>;
const callerOf = (user: User) => callerFor(handle.db, claimsFor(user)).interviews;

async function expectFieldError(promise: Promise<unknown>, field: string): Promise<string[]> {
  const error = await expectCode(promise, "BAD_REQUEST");
  const fields = fieldErrorsOf(error.cause) ?? {};
  expect(Object.keys(fields)).toContain(field);
  return fields[field] ?? [];
}

describe("create", () => {
  it("stores the offer in minor units with an upper-cased currency", async () => {
    const user = await createUser(handle.db);
    const created = await callerOf(user).create({
      ...APPLICATION,
      levelApplied: "Senior",
      channel: "Referral",
      status: "offer",
      offerBase: "145000.50",
      offerBonus: 20000,
      offerEquity: "",
      offerCurrency: "usd",
      levelOffered: "Staff",
      notes: "Great team",
    });
    expect(created).toMatchObject({
      company: "Acme",
      status: "offer",
      offerBaseMinor: 14500050,
      offerBonusMinor: 2000000,
      offerEquityMinor: null,
      offerCurrency: "USD",
      levelOffered: "Staff",
      notes: "Great team",
    });
    expect((await storedApplication(handle.db, created.id))?.userId).toBe(user.id);
  });

  it("files a new application at the top of its column", async () => {
    const user = await createUser(handle.db);
    const first = await createApplication(handle.db, user, { company: "First" });
    const second = await createApplication(handle.db, user, { company: "Second" });
    const columns = await callerOf(user).board();
    expect(columns.map((column) => column.status)).toEqual([
      "applied",
      "interviewing",
      "offer",
      "accepted",
      "rejected",
      "withdrawn",
      "ghosted",
    ]);
    expect(columns[0]?.items.map((item) => item.id)).toEqual([second.id, first.id]);
  });

  it.each([
    [{ company: "  " }, "company"],
    [{ appliedOn: "2999-01-01" }, "appliedOn"],
    [{ appliedOn: "2026-02-30" }, "appliedOn"],
    [{ status: "hired" }, "status"],
    [{ offerBase: "145000.50" }, "offerCurrency"],
    [{ offerBase: "-5", offerCurrency: "EUR" }, "offerBase"],
    [{ offerBase: "1,000", offerCurrency: "EUR" }, "offerBase"],
    [{ offerBonus: "100.5", offerCurrency: "JPY" }, "offerBonus"],
    [{ offerEquity: "1.123", offerCurrency: "EUR" }, "offerEquity"],
    [{ offerBase: "1", offerCurrency: "EURO" }, "offerCurrency"],
    [{ offerBase: "1", offerCurrency: "XYZ" }, "offerCurrency"],
    [{ notes: "x".repeat(1_000_000) }, "notes"],
  ])("refuses %j on its field and writes nothing", async (overrides, field) => {
    const user = await createUser(handle.db);
    await expectFieldError(callerOf(user).create({ ...APPLICATION, ...overrides } as never), field);
    expect(await interviewRowCounts(handle.db, user.id)).toEqual({
      applications: 0,
      rounds: 0,
      competencies: 0,
    });
  });
});

describe("update", () => {
  it("replaces the fields and keeps the card's place while the status stays", async () => {
    const user = await createUser(handle.db);
    const app = await createApplication(handle.db, user);
    const updated = await callerOf(user).update({
      ...APPLICATION,
      id: app.id,
      role: "Staff Engineer",
      offerBase: "5000000",
      offerCurrency: "JPY",
    });
    expect(updated).toMatchObject({ role: "Staff Engineer", offerBaseMinor: 5000000, offerCurrency: "JPY" });
    expect(updated.boardPosition).toBe(app.boardPosition);
  });

  it("clears the optional fields the form leaves out", async () => {
    const user = await createUser(handle.db);
    const app = await createApplication(handle.db, user, {
      levelApplied: "Senior",
      channel: "Referral",
      notes: "Remember the recruiter's name",
      offerBase: "100",
      offerCurrency: "EUR",
    });
    const updated = await callerOf(user).update({ ...APPLICATION, id: app.id });
    expect(updated).toMatchObject({
      levelApplied: null,
      channel: null,
      notes: null,
      offerBaseMinor: null,
      offerCurrency: null,
    });
  });

  it("re-files a card at the top of its new column when the status changes", async () => {
    const user = await createUser(handle.db);
    const waiting = await createApplication(handle.db, user, { status: "interviewing" });
    const app = await createApplication(handle.db, user);
    const updated = await callerOf(user).update({ ...APPLICATION, id: app.id, status: "interviewing" });
    expect(updated.status).toBe("interviewing");
    expect(updated.boardPosition).toBeLessThan(waiting.boardPosition);
  });

  it("is NOT_FOUND for another user's application, which stays unchanged", async () => {
    const owner = await createUser(handle.db);
    const other = await createUser(handle.db);
    const app = await createApplication(handle.db, owner);
    const before = await storedApplication(handle.db, app.id);
    await expectCode(
      callerOf(other).update({ ...APPLICATION, id: app.id, company: "Hijacked" }),
      "NOT_FOUND",
    );
    expect(await storedApplication(handle.db, app.id)).toEqual(before);
  });

  it("refuses bad input and changes nothing", async () => {
    const user = await createUser(handle.db);
    const app = await createApplication(handle.db, user);
    const before = await storedApplication(handle.db, app.id);
    await expectFieldError(
      callerOf(user).update({ ...APPLICATION, id: app.id, role: "r".repeat(201) }),
      "role",
    );
    await expectFieldError(callerOf(user).update({ ...APPLICATION, id: "not-a-uuid" }), "id");
    expect(await storedApplication(handle.db, app.id)).toEqual(before);
  });
});

describe("list", () => {
  it("pages by keyset without gaps or repeats and leaves out deleted rows", async () => {
    const user = await createUser(handle.db);
    const made = [];
    for (const company of ["A", "B", "C", "D", "E"]) {
      made.push(await createApplication(handle.db, user, { company }));
      // created_at has millisecond precision: keep each row in a millisecond of its own.
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const deleted = made[2];
    if (!deleted) throw new Error("setup");
    await callerOf(user).delete({ id: deleted.id });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<ReturnType<typeof callerOf>["list"]>> = await callerOf(user).list({
        limit: 2,
        cursor,
      });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.company));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(["E", "D", "B", "A"]);
  });

  it("filters by status and shows another user nothing", async () => {
    const user = await createUser(handle.db);
    const other = await createUser(handle.db);
    await createApplication(handle.db, user, { company: "Open" });
    await createApplication(handle.db, user, { company: "Offered", status: "offer" });
    const offers = await callerOf(user).list({ status: "offer" });
    expect(offers.items.map((item) => item.company)).toEqual(["Offered"]);
    expect((await callerOf(other).list({})).items).toEqual([]);
  });

  it("treats a forged cursor as the first page and refuses a bad limit", async () => {
    const user = await createUser(handle.db);
    await createApplication(handle.db, user);
    expect((await callerOf(user).list({ cursor: "garbage" })).items).toHaveLength(1);
    await expectFieldError(callerOf(user).list({ limit: 1000 }), "limit");
  });
});

describe("board and byId", () => {
  it("counts live rounds per card and hides deleted applications", async () => {
    const user = await createUser(handle.db);
    const app = await createApplication(handle.db, user, { status: "interviewing" });
    const gone = await createApplication(handle.db, user, { company: "Gone" });
    await createRound(handle.db, user, { applicationId: app.id });
    const deletedRound = await createRound(handle.db, user, { applicationId: app.id });
    await callerOf(user).deleteRound({ id: deletedRound.id });
    await callerOf(user).delete({ id: gone.id });
    const columns = await callerOf(user).board();
    expect(columns.find((column) => column.status === "interviewing")?.items).toEqual([
      expect.objectContaining({ id: app.id, roundCount: 1 }),
    ]);
    expect(columns.flatMap((column) => column.items).map((item) => item.id)).toEqual([app.id]);
  });

  it("returns the rounds as a timeline by scheduledAt, unscheduled last, with competencies", async () => {
    const user = await createUser(handle.db);
    const app = await createApplication(handle.db, user);
    const unscheduled = await createRound(handle.db, user, { applicationId: app.id, stage: "Team lunch" });
    const later = await createRound(handle.db, user, {
      applicationId: app.id,
      stage: "onsite",
      scheduledAt: new Date("2026-03-10T09:00:00Z"),
    });
    const earlier = await createRound(handle.db, user, {
      applicationId: app.id,
      stage: "phone-screen",
      scheduledAt: new Date("2026-02-01T09:00:00Z"),
    });
    const detail = await callerOf(user).byId({ id: app.id });
    expect(detail.rounds.map((round) => round.id)).toEqual([earlier.id, later.id, unscheduled.id]);
    expect(detail.rounds[2]?.stage).toBe("Team lunch");
    expect(detail.rounds[0]?.competencies).toEqual([]);
  });

  it("is NOT_FOUND for another user's or a deleted application", async () => {
    const owner = await createUser(handle.db);
    const other = await createUser(handle.db);
    const app = await createApplication(handle.db, owner);
    await expectCode(callerOf(other).byId({ id: app.id }), "NOT_FOUND");
    expect((await callerOf(other).board()).flatMap((column) => column.items)).toEqual([]);
    await callerOf(owner).delete({ id: app.id });
    await expectCode(callerOf(owner).byId({ id: app.id }), "NOT_FOUND");
    await expectFieldError(callerOf(owner).byId({ id: "42" }), "id");
  });
});

describe("delete and restore", () => {
  it("soft-deletes, restores within the undo window and refuses after it", async () => {
    const user = await createUser(handle.db);
    const app = await createApplication(handle.db, user);
    const deleted = await callerOf(user).delete({ id: app.id });
    expect(deleted.deletedAt).toBeInstanceOf(Date);
    expect((await storedApplication(handle.db, app.id))?.deletedAt).not.toBeNull();
    await expectCode(callerOf(user).delete({ id: app.id }), "NOT_FOUND");

    await callerOf(user).restore({ id: app.id });
    expect((await callerOf(user).byId({ id: app.id })).id).toBe(app.id);

    await callerOf(user).delete({ id: app.id });
    await softDelete(handle.db, applications, app.id, { ago: UNDO_WINDOW_MS + 1_000 });
    const late = await expectCode(callerOf(user).restore({ id: app.id }), "CONFLICT");
    expect(late.message).toMatch(/too late to undo/);
    expect((await storedApplication(handle.db, app.id))?.deletedAt).not.toBeNull();
  });

  it("is NOT_FOUND for another user, whose calls change nothing", async () => {
    const owner = await createUser(handle.db);
    const other = await createUser(handle.db);
    const app = await createApplication(handle.db, owner);
    await expectCode(callerOf(other).delete({ id: app.id }), "NOT_FOUND");
    expect((await storedApplication(handle.db, app.id))?.deletedAt).toBeNull();
    await callerOf(owner).delete({ id: app.id });
    await expectCode(callerOf(other).restore({ id: app.id }), "NOT_FOUND");
    expect((await storedApplication(handle.db, app.id))?.deletedAt).not.toBeNull();
    await expectFieldError(callerOf(owner).restore({ id: "nope" }), "id");
  });

  it("needs a session", async () => {
    const error = await errorOf(callerFor(handle.db, null).interviews.board());
    expect(error).toMatchObject({ code: "UNAUTHORIZED" });
    expect(await handle.db.select().from(applications).where(eq(applications.company, "never"))).toEqual([]);
  });
});
