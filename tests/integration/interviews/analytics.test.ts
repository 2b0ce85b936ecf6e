import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { DAY_MS, dateIn } from "@/lib/dates";
import { createTestDb } from "@/tests/helpers/db";
import {
  builtinSkillId,
  callerFor,
  claimsFor,
  createApplication,
  createRound,
  createUser,
} from "@/tests/helpers/factories";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

type User = Awaited<ReturnType<typeof createUser>>;
const callerOf = (user: User) => callerFor(handle.db, claimsFor(user)).interviews;
const at = (iso: string) => new Date(iso);

describe("analytics", () => {
  it("computes every section from the user's live rounds only", async () => {
    const user = await createUser(handle.db);
    const other = await createUser(handle.db);
    const testing = await builtinSkillId(handle.db, "testing");
    const apis = await builtinSkillId(handle.db, "apis");
    const acme = await createApplication(handle.db, user, { company: "Acme", status: "interviewing" });
    const globex = await createApplication(handle.db, user, { company: "Globex", status: "rejected" });
    const gone = await createApplication(handle.db, user, { company: "Gone" });

    await createRound(handle.db, user, {
      applicationId: acme.id,
      stage: "phone-screen",
      outcome: "passed",
      scheduledAt: at("2026-01-05T10:00:00Z"),
    });
    await createRound(handle.db, user, {
      applicationId: acme.id,
      stage: "technical-interview",
      outcome: "failed",
      scheduledAt: at("2026-01-09T10:00:00Z"),
      failureReasons: ["poor-problem-solving", "Nerves"],
      competencyIds: [testing, apis],
    });
    await createRound(handle.db, user, {
      applicationId: globex.id,
      stage: "phone-screen",
      outcome: "failed",
      scheduledAt: at("2026-03-01T10:00:00Z"),
      failureReasons: ["poor-problem-solving"],
      competencyIds: [testing],
    });
    await createRound(handle.db, user, {
      applicationId: globex.id,
      stage: "phone-screen",
      outcome: "cancelled",
      scheduledAt: at("2026-03-02T10:00:00Z"),
    });
    await createRound(handle.db, user, {
      applicationId: globex.id,
      stage: "onsite",
      outcome: "pending",
      scheduledAt: at("2026-03-07T10:00:00Z"),
    });
    const deletedRound = await createRound(handle.db, user, {
      applicationId: acme.id,
      stage: "onsite",
      outcome: "failed",
      failureReasons: ["Deleted"],
    });
    await callerOf(user).deleteRound({ id: deletedRound.id });
    await createRound(handle.db, user, {
      applicationId: gone.id,
      stage: "onsite",
      outcome: "failed",
      failureReasons: ["Gone"],
    });
    await callerOf(user).delete({ id: gone.id });
    const theirs = await createApplication(handle.db, other);
    await createRound(handle.db, other, {
      applicationId: theirs.id,
      stage: "onsite",
      outcome: "failed",
      failureReasons: ["Theirs"],
    });

    const result = await callerOf(user).analytics();
    expect(result.roundCount).toBe(5);
    expect(result.passRates).toEqual([
      { stage: "phone-screen", name: "Phone screen", passed: 1, failed: 1, rate: 0.5 },
      { stage: "technical-interview", name: "Technical interview", passed: 0, failed: 1, rate: 0 },
    ]);
    // Acme: 4 days; Globex: 1 Mar → 7 Mar (the cancelled round never happened) = 6 days.
    expect(result.gaps).toEqual({ medianDays: 5, gaps: 2 });
    expect(result.byMonth).toEqual([
      { month: "2026-01", passed: 1, failed: 1 },
      { month: "2026-02", passed: 0, failed: 0 },
      { month: "2026-03", passed: 0, failed: 1 },
    ]);
    expect(result.failureReasons).toEqual([
      { reason: "poor-problem-solving", name: "Poor problem-solving", count: 2 },
      { reason: "Nerves", name: "Nerves", count: 1 },
    ]);
    expect(result.heatmap.stages.map((stage) => stage.stage)).toEqual([
      "phone-screen",
      "technical-interview",
    ]);
    expect(result.heatmap.rows).toEqual([
      { skillId: testing, name: "Testing", counts: [1, 1], total: 2 },
      { skillId: apis, name: "REST/GraphQL APIs", counts: [0, 1], total: 1 },
    ]);
    expect(result.heatmap.max).toBe(1);

    const empty = await callerOf(other).analytics();
    expect(empty.failureReasons).toEqual([{ reason: "Theirs", name: "Theirs", count: 1 }]);
  });

  it("groups months in the user's time zone", async () => {
    const user = await createUser(handle.db);
    await callerFor(handle.db, claimsFor(user)).account.updateProfile({ name: "Tz", timeZone: "Asia/Tokyo" });
    const app = await createApplication(handle.db, user);
    // 31 Jan 20:00 UTC is already 1 Feb in Tokyo.
    await createRound(handle.db, user, {
      applicationId: app.id,
      outcome: "passed",
      scheduledAt: at("2026-01-31T20:00:00Z"),
    });
    expect((await callerOf(user).analytics()).byMonth).toEqual([{ month: "2026-02", passed: 1, failed: 0 }]);
  });
});

describe("agenda", () => {
  it("lists the next 30 days' rounds and follow-ups due on open applications", async () => {
    const user = await createUser(handle.db);
    const other = await createUser(handle.db);
    const now = Date.now();
    const open = await createApplication(handle.db, user, { company: "Open", status: "interviewing" });
    const closed = await createApplication(handle.db, user, { company: "Closed", status: "rejected" });
    const today = dateIn(new Date(), "UTC");
    const yesterday = dateIn(new Date(now - DAY_MS), "UTC");
    const later = dateIn(new Date(now + 3 * DAY_MS), "UTC");

    const soon = await createRound(handle.db, user, {
      applicationId: open.id,
      stage: "onsite",
      scheduledAt: new Date(now + 2 * DAY_MS),
      followUpOn: today,
    });
    const sooner = await createRound(handle.db, user, {
      applicationId: open.id,
      stage: "phone-screen",
      scheduledAt: new Date(now + DAY_MS),
      followUpOn: yesterday,
    });
    await createRound(handle.db, user, {
      applicationId: open.id,
      scheduledAt: new Date(now + 40 * DAY_MS),
      followUpOn: later,
    });
    await createRound(handle.db, user, { applicationId: open.id, scheduledAt: new Date(now - DAY_MS) });
    await createRound(handle.db, user, {
      applicationId: open.id,
      scheduledAt: new Date(now + DAY_MS),
      outcome: "cancelled",
    });
    await createRound(handle.db, user, {
      applicationId: closed.id,
      scheduledAt: new Date(now + 3 * DAY_MS),
      followUpOn: yesterday,
    });
    const theirs = await createApplication(handle.db, other, { status: "interviewing" });
    await createRound(handle.db, other, {
      applicationId: theirs.id,
      scheduledAt: new Date(now + DAY_MS),
      followUpOn: yesterday,
    });

    const agenda = await callerOf(user).agenda();
    expect(agenda.today).toBe(today);
    expect(agenda.upcoming.map((round) => round.id)).toEqual([sooner.id, soon.id, expect.any(String)]);
    expect(agenda.upcoming[2]?.company).toBe("Closed");
    expect(agenda.followUps.map((round) => round.id)).toEqual([sooner.id, soon.id]);
    expect(agenda.followUps[0]).toMatchObject({
      company: "Open",
      role: "Backend Engineer",
      followUpOn: yesterday,
    });

    await callerOf(user).delete({ id: open.id });
    const afterDelete = await callerOf(user).agenda();
    expect(afterDelete.followUps).toEqual([]);
    expect(afterDelete.upcoming.map((round) => round.company)).toEqual(["Closed"]);
  });
});
