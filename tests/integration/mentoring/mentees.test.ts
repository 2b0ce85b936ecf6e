import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { createTestDb } from "@/tests/helpers/db";
import {
  callerFor,
  claimsFor,
  createApplication,
  createAssessment,
  createCompensation,
  createGoal,
  createLadder,
  createMentorship,
  createOwnSkill,
  createProject,
  createReviewRequest,
  createUser,
  endMentorship,
} from "@/tests/helpers/factories";
import { auditRows, mentoringCast } from "@/tests/helpers/mentoring";

let handle: DbHandle;
let statements: string[] = [];
beforeAll(async () => {
  handle = await createTestDb({ logger: { logQuery: (query) => statements.push(query) } });
});
afterAll(async () => {
  await handle.close();
});

const at = (iso: string) => new Date(iso);

/** A mentee with a goal on their own two-level ladder and one rating towards it. */
async function menteeWithGoal(mentee: { id: string; sessionId: string }) {
  const skillId = await createOwnSkill(handle.db, mentee, { name: "Incident response" });
  const ladder = await createLadder(handle.db, mentee, {
    name: "Ops ladder",
    levels: ["Engineer", "Senior engineer"],
    competencies: [{ name: "Incident response", skillId, expected: [2, 4] }],
  });
  const asMentee = callerFor(handle.db, claimsFor(mentee));
  await createGoal(handle.db, mentee, { ladderId: ladder.id, targetLevelId: ladder.levels[1]?.id });
  const rating = { skillId, level: 3, assessedOn: "2026-01-10", createdAt: at("2026-01-10T09:00:00Z") };
  await createAssessment(handle.db, mentee, rating);
  const own = await asMentee.goals.gapAnalysis({});
  return { targetReadiness: own?.target?.readiness ?? null };
}

describe("mentoring.mentees", () => {
  it("shows readiness only with the gaps scope, and activity only from granted sections", async () => {
    const { mentee, mentor, asMentor } = await mentoringCast(handle.db);
    const { targetReadiness } = await menteeWithGoal(mentee);
    expect(targetReadiness).toEqual(expect.any(Number));
    const mentorship = await createMentorship(handle.db, mentee, mentor, { scopes: ["skills", "gaps"] });
    // Newer rows in sections the mentor was not given must not show through.
    const in2030 = at("2030-01-01T00:00:00Z");
    const in2031 = at("2031-01-01T00:00:00Z");
    await createProject(handle.db, mentee, { title: "Secret", createdAt: in2030, updatedAt: in2030 });
    const pay = { base: "100000", currency: "EUR", region: "DE", effectiveOn: "2026-01-01" };
    await createCompensation(handle.db, mentee, { ...pay, createdAt: in2031, updatedAt: in2031 });

    const [row] = await asMentor.mentoring.mentees();
    expect(row).toMatchObject({
      mentorshipId: mentorship.id,
      menteeId: mentee.id,
      name: mentee.name,
      scopes: ["skills", "gaps"],
      readiness: targetReadiness,
      targetLevel: "Senior engineer",
      openRequests: { count: 0, items: [] },
    });
    // The career goal set above (gaps) is newer than the rating (skills); the project and pay are not granted.
    expect(row?.lastActivityAt?.getTime()).toBeLessThan(at("2030-01-01T00:00:00Z").getTime());
    expect(row?.lastActivityAt?.getTime()).toBeGreaterThan(at("2026-01-10T09:00:00Z").getTime());

    const reads = await auditRows(handle.db, mentee.id, "read mentoring.mentees");
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ actorId: mentor.id, requestId: "mentor" });
  });

  it("hides readiness without the gaps scope and dates activity from the granted sections", async () => {
    const { mentee, mentor, asMentor } = await mentoringCast(handle.db);
    await menteeWithGoal(mentee);
    await createMentorship(handle.db, mentee, mentor, { scopes: ["interviews"] });
    expect((await asMentor.mentoring.mentees())[0]).toMatchObject({ readiness: null, lastActivityAt: null });
    const applied = { company: "Acme", role: "SRE", appliedOn: "2026-03-01" };
    const stamps = { createdAt: at("2026-03-01T10:00:00Z"), updatedAt: at("2026-03-02T10:00:00Z") };
    await createApplication(handle.db, mentee, { ...applied, ...stamps });
    const [row] = await asMentor.mentoring.mentees();
    expect(row).toMatchObject({ readiness: null, targetLevel: null });
    expect(row?.lastActivityAt).toEqual(at("2026-03-02T10:00:00Z"));
  });

  it("lists open review requests of this mentorship only, soonest first", async () => {
    const { mentee, mentor, asMentor } = await mentoringCast(handle.db);
    const other = await createUser(handle.db);
    const mine = await createMentorship(handle.db, mentee, mentor, { scopes: [] });
    const theirs = await createMentorship(handle.db, mentee, other, { scopes: [] });
    await createReviewRequest(handle.db, mine, { dueOn: "2026-12-20", note: "later" });
    await createReviewRequest(handle.db, mine, { dueOn: "2026-12-10", note: "sooner" });
    await createReviewRequest(handle.db, mine, { dueOn: "2026-12-01", status: "done" });
    await createReviewRequest(handle.db, theirs, { dueOn: "2026-12-05" });
    const [row] = await asMentor.mentoring.mentees();
    expect(row?.openRequests.count).toBe(2);
    expect(row?.openRequests.items.map((item) => item.note)).toEqual(["sooner", "later"]);
    expect(row?.openRequests.items[0]).toEqual({
      id: expect.any(String),
      subjectType: "profile",
      subjectId: null,
      dueOn: "2026-12-10",
      note: "sooner",
      subjectName: null,
      applicationId: null,
    });
  });

  it("lists only active mentees, none for a stranger, in a fixed number of queries", async () => {
    const mentor = await createUser(handle.db);
    const asMentor = callerFor(handle.db, claimsFor(mentor));
    const stranger = callerFor(handle.db, claimsFor(await createUser(handle.db)));
    const count = async () => {
      statements = [];
      const rows = await asMentor.mentoring.mentees();
      return { rows, queries: statements.filter((query) => !query.includes('"audit_events"')).length };
    };
    const first = await createUser(handle.db);
    await createMentorship(handle.db, first, mentor, { scopes: ["skills", "projects", "interviews"] });
    const one = await count();
    for (let index = 0; index < 3; index += 1)
      await createMentorship(handle.db, await createUser(handle.db), mentor, {
        scopes: ["skills", "projects"],
      });
    const ended = await createMentorship(handle.db, await createUser(handle.db), mentor, {
      scopes: ["skills"],
    });
    await endMentorship(handle.db, ended);
    const four = await count();
    expect(one.rows).toHaveLength(1);
    expect(four.rows).toHaveLength(4);
    expect(four.queries).toBe(one.queries);
    expect(await stranger.mentoring.mentees()).toEqual([]);
  });
});
