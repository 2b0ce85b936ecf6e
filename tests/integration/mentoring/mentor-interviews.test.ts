import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import type { MentorshipScope } from "@/lib/mentoring/rules";
import { fieldErrorsOf } from "@/server/trpc/errors";
import { createTestDb } from "@/tests/helpers/db";
import {
  callerFor,
  claimsFor,
  createApplication,
  createMentorship,
  createOwnSkill,
  createRound,
  createUser,
  endMentorship,
  setMentorshipScopes,
} from "@/tests/helpers/factories";
import { expectCode } from "@/tests/helpers/integration-extra";
import { interviewRowCounts, storedApplication } from "@/tests/helpers/interviews";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

type User = Awaited<ReturnType<typeof createUser>>;
const apiOf = (user: User) => callerFor(handle.db, claimsFor(user)).interviews;
const DAY = 86_400_000;
const yesterday = () => new Date(Date.now() - DAY).toISOString().slice(0, 10);

/** A mentee with two applications (rounds passed, failed, upcoming, a follow-up due) and a mentor with these scopes. */
async function setUp(scopes: MentorshipScope[]) {
  const mentee = await createUser(handle.db);
  const mentor = await createUser(handle.db);
  const kafka = await createOwnSkill(handle.db, mentee, { name: "Kafka streams" });
  const globex = await createApplication(handle.db, mentee, {
    company: "Globex",
    status: "interviewing",
    notes: "Recruiter Jane, globex.example/jobs/42",
  });
  const hooli = await createApplication(handle.db, mentee, { company: "Hooli", channel: "Referral" });
  const passed = await createRound(handle.db, mentee, {
    applicationId: globex.id,
    outcome: "passed",
    scheduledAt: new Date(Date.now() - 10 * DAY),
  });
  const failed = await createRound(handle.db, mentee, {
    applicationId: globex.id,
    stage: "onsite",
    outcome: "failed",
    scheduledAt: new Date(Date.now() - 3 * DAY),
    failureReasons: ["system design"],
    competencyIds: [kafka],
    feedback: "Struggled with partitioning",
  });
  await createRound(handle.db, mentee, {
    applicationId: hooli.id,
    scheduledAt: new Date(Date.now() + 2 * DAY),
    followUpOn: yesterday(),
  });
  const mentorship = await createMentorship(handle.db, mentee, mentor, { scopes });
  return { mentee, mentor, globex, hooli, passed, failed, mentorship, menteeId: mentee.id };
}

/** Every interviews read a mentor can make, for the mentee. */
async function readAll(user: User, menteeId: string, applicationId: string) {
  const api = apiOf(user);
  return {
    list: await api.list({ limit: 20, menteeId }),
    board: await api.board({ menteeId }),
    byId: await api.byId({ id: applicationId, menteeId }),
    analytics: await api.analytics({ menteeId }),
    agenda: await api.agenda({ menteeId }),
  };
}

describe("a mentor with the interviews scope", () => {
  it("reads applications, the board, rounds, analytics and the agenda", async () => {
    const { mentor, globex, failed, menteeId } = await setUp(["interviews", "companies"]);
    const seen = await readAll(mentor, menteeId, globex.id);
    expect(seen.list.items.map((item) => item.company).sort()).toEqual(["Globex", "Hooli"]);
    expect(seen.board.flatMap((column) => column.items)).toHaveLength(2);
    expect(seen.byId).toMatchObject({ company: "Globex", companyHidden: false, notes: globex.notes });
    expect(seen.byId.rounds.map((round) => round.id)).toContain(failed.id);
    const onsite = seen.byId.rounds.find((round) => round.id === failed.id);
    expect(onsite).toMatchObject({
      feedback: "Struggled with partitioning",
      competencies: [{ name: "Kafka streams" }],
    });
    expect(seen.analytics.roundCount).toBe(3);
    expect(seen.analytics.heatmap.rows.map((row) => row.name)).toEqual(["Kafka streams"]);
    expect(seen.analytics.failureReasons).toHaveLength(1);
    expect(seen.agenda.upcoming).toMatchObject([{ company: "Hooli" }]);
    expect(seen.agenda.followUps).toMatchObject([{ company: "Hooli" }]);
  });

  it("without companies sees stable placeholders and no notes, everywhere", async () => {
    const { mentee, mentor, globex, hooli, menteeId } = await setUp(["interviews"]);
    const seen = await readAll(mentor, menteeId, hooli.id);
    expect(JSON.stringify(seen)).not.toMatch(/Globex|Hooli|globex|Recruiter Jane/);
    const names = new Map(seen.list.items.map((item) => [item.id, item.company]));
    expect([...names.values()].sort()).toEqual(["Company A", "Company B"]);
    expect(seen.list.items.every((item) => item.companyHidden && item.notes === null)).toBe(true);
    const cards = seen.board.flatMap((column) => column.items);
    for (const card of cards) expect(card.company).toBe(names.get(card.id));
    expect(seen.byId.company).toBe(names.get(hooli.id));
    expect(seen.agenda.upcoming[0]?.company).toBe(names.get(hooli.id));
    expect(seen.agenda.followUps[0]?.companyHidden).toBe(true);
    // Deleting an application does not rename the others.
    await apiOf(mentee).delete({ id: globex.id });
    expect((await apiOf(mentor).byId({ id: hooli.id, menteeId })).company).toBe(names.get(hooli.id));
  });

  it("cannot write: every mutation on the mentee's rows is NOT_FOUND and nothing changes", async () => {
    const { mentee, mentor, globex, failed } = await setUp(["interviews", "companies", "compensation"]);
    const before = await storedApplication(handle.db, globex.id);
    const counts = await interviewRowCounts(handle.db, mentee.id);
    const api = apiOf(mentor);
    await expectCode(
      api.update({ id: globex.id, company: "Changed", role: "x", appliedOn: "2026-01-05" }),
      "NOT_FOUND",
    );
    await expectCode(api.move({ id: globex.id, status: "rejected" }), "NOT_FOUND");
    await expectCode(api.delete({ id: globex.id }), "NOT_FOUND");
    await expectCode(api.addRound({ applicationId: globex.id, stage: "phone-screen" }), "NOT_FOUND");
    await expectCode(api.updateRound({ id: failed.id, stage: "onsite" }), "NOT_FOUND");
    await expectCode(api.deleteRound({ id: failed.id }), "NOT_FOUND");
    expect(await storedApplication(handle.db, globex.id)).toEqual(before);
    expect(await interviewRowCounts(handle.db, mentee.id)).toEqual(counts);
  });
});

describe("refused reads", () => {
  it("each read is NOT_FOUND without the scope, after the mentorship ends, and for a stranger", async () => {
    const { mentor, globex, mentorship, menteeId } = await setUp(["projects", "companies", "compensation"]);
    const stranger = await createUser(handle.db);
    const refused = async (user: User) => {
      const api = apiOf(user);
      await expectCode(api.list({ limit: 20, menteeId }), "NOT_FOUND");
      await expectCode(api.board({ menteeId }), "NOT_FOUND");
      await expectCode(api.byId({ id: globex.id, menteeId }), "NOT_FOUND");
      await expectCode(api.analytics({ menteeId }), "NOT_FOUND");
      await expectCode(api.agenda({ menteeId }), "NOT_FOUND");
    };
    await refused(mentor);
    await refused(stranger);
    await setMentorshipScopes(handle.db, mentorship, ["interviews"]);
    await readAll(mentor, menteeId, globex.id);
    await endMentorship(handle.db, mentorship);
    await refused(mentor);
  });

  it("a bad menteeId is a BAD_REQUEST naming the field", async () => {
    const { mentor } = await setUp(["interviews"]);
    for (const call of [apiOf(mentor).board({ menteeId: "x" }), apiOf(mentor).agenda({ menteeId: "x" })]) {
      const error = await expectCode(call, "BAD_REQUEST");
      expect(Object.keys(fieldErrorsOf(error.cause) ?? {})).toEqual(["menteeId"]);
    }
  });
});

describe("the mentee's own reads", () => {
  it("are unchanged: real companies, notes, and no placeholder flag", async () => {
    const { mentee, globex } = await setUp(["interviews"]);
    const own = await readAll(mentee, mentee.id, globex.id);
    expect(own.byId).toMatchObject({ company: "Globex", companyHidden: false, notes: globex.notes });
    expect(await apiOf(mentee).byId({ id: globex.id })).toEqual(own.byId);
    expect(await apiOf(mentee).board()).toEqual(own.board);
    expect(own.agenda.upcoming).toMatchObject([{ company: "Hooli", companyHidden: false }]);
  });
});
