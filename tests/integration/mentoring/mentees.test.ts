import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { applications, compensation, projects, reviewRequests } from "@/db/schema";
import { createTestDb } from "@/tests/helpers/db";
import { callerFor, claimsFor, createUser } from "@/tests/helpers/factories";
import { assess, createLadder, createOwnSkill } from "@/tests/helpers/gaps";
import { auditRows, createMentorship, endMentorship, mentoringCast } from "@/tests/helpers/mentoring";

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
async function menteeWithGoal(mentee: { id: string; sessionVersion: number }) {
  const skillId = await createOwnSkill(handle.db, mentee.id, "Incident response");
  const ladder = await createLadder(handle.db, {
    userId: mentee.id,
    name: "Ops ladder",
    levels: ["Engineer", "Senior engineer"],
    competencies: [{ name: "Incident response", skillId, expected: [2, 4] }],
  });
  const asMentee = callerFor(handle.db, claimsFor(mentee));
  await asMentee.goals.set({ ladderId: ladder.id, targetLevelId: ladder.levels[1]?.id });
  await assess(handle.db, mentee.id, skillId, 3, "2026-01-10", { createdAt: at("2026-01-10T09:00:00Z") });
  const own = await asMentee.goals.gapAnalysis({});
  return { targetReadiness: own?.target?.readiness ?? null };
}

describe("mentoring.mentees", () => {
  it("shows readiness only with the gaps scope, and activity only from granted sections", async () => {
    const { mentee, mentor, asMentor } = await mentoringCast(handle.db);
    const { targetReadiness } = await menteeWithGoal(mentee);
    expect(targetReadiness).toEqual(expect.any(Number));
    const mentorship = await createMentorship(handle.db, mentee, mentor, ["skills", "gaps"]);
    // Newer rows in sections the mentor was not given must not show through.
    await handle.db.insert(projects).values({
      userId: mentee.id,
      title: "Secret",
      role: "Lead",
      startedOn: "2026-02-01",
      createdAt: at("2030-01-01T00:00:00Z"),
      updatedAt: at("2030-01-01T00:00:00Z"),
    });
    await handle.db.insert(compensation).values({
      userId: mentee.id,
      baseMinor: 100_000_00,
      currency: "EUR",
      region: "DE",
      effectiveOn: "2026-01-01",
      createdAt: at("2031-01-01T00:00:00Z"),
      updatedAt: at("2031-01-01T00:00:00Z"),
    });

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
    await createMentorship(handle.db, mentee, mentor, ["interviews"]);
    expect((await asMentor.mentoring.mentees())[0]).toMatchObject({ readiness: null, lastActivityAt: null });
    await handle.db.insert(applications).values({
      userId: mentee.id,
      company: "Acme",
      role: "SRE",
      appliedOn: "2026-03-01",
      createdAt: at("2026-03-01T10:00:00Z"),
      updatedAt: at("2026-03-02T10:00:00Z"),
    });
    const [row] = await asMentor.mentoring.mentees();
    expect(row).toMatchObject({ readiness: null, targetLevel: null });
    expect(row?.lastActivityAt).toEqual(at("2026-03-02T10:00:00Z"));
  });

  it("lists open review requests of this mentorship only, soonest first", async () => {
    const { mentee, mentor, asMentor } = await mentoringCast(handle.db);
    const other = await createUser(handle.db);
    const mine = await createMentorship(handle.db, mentee, mentor, []);
    const theirs = await createMentorship(handle.db, mentee, other, []);
    await handle.db.insert(reviewRequests).values([
      {
        mentorshipId: mine.id,
        menteeId: mentee.id,
        subjectType: "profile",
        dueOn: "2026-12-20",
        note: "later",
      },
      {
        mentorshipId: mine.id,
        menteeId: mentee.id,
        subjectType: "profile",
        dueOn: "2026-12-10",
        note: "sooner",
      },
      {
        mentorshipId: mine.id,
        menteeId: mentee.id,
        subjectType: "profile",
        dueOn: "2026-12-01",
        status: "done",
      },
      { mentorshipId: theirs.id, menteeId: mentee.id, subjectType: "profile", dueOn: "2026-12-05" },
    ]);
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
    await createMentorship(handle.db, first, mentor, ["skills", "projects", "interviews"]);
    const one = await count();
    for (let index = 0; index < 3; index += 1)
      await createMentorship(handle.db, await createUser(handle.db), mentor, ["skills", "projects"]);
    const ended = await createMentorship(handle.db, await createUser(handle.db), mentor, ["skills"]);
    await endMentorship(handle.db, ended);
    const four = await count();
    expect(one.rows).toHaveLength(1);
    expect(four.rows).toHaveLength(4);
    expect(four.queries).toBe(one.queries);
    expect(await stranger.mentoring.mentees()).toEqual([]);
  });
});
