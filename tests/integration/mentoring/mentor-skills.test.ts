import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { assessments } from "@/db/schema";
import type { MentorshipScope } from "@/lib/mentoring/rules";
import {
  BUILTIN_SKILL_COUNT,
  builtinSkillId,
  callerFor,
  claimsFor,
  createAssessment,
  createMentorship,
  createProject,
  createRound,
  createUser,
  endMentorship,
} from "@/tests/helpers/factories";
import { countOwned, expectCode } from "@/tests/helpers/integration-extra";
import { createTestDb } from "@/tests/helpers/db";

let handle: DbHandle;
let testing: string;
let apis: string;
beforeAll(async () => {
  handle = await createTestDb();
  testing = await builtinSkillId(handle.db, "testing");
  apis = await builtinSkillId(handle.db, "apis");
});
afterAll(async () => {
  await handle.close();
});

/** A mentee with self ratings, an own skill and evidence, and a mentor (named Mina) who rated Testing. */
async function mentoredMentee(scopes: MentorshipScope[] = ["skills"]) {
  const db = handle.db;
  const menteeUser = await createUser(db, { name: "Mo" });
  const mentorUser = await createUser(db, { name: "Mina" });
  const mentee = callerFor(db, claimsFor(menteeUser));
  const mentor = callerFor(db, claimsFor(mentorUser));
  const own = await mentee.skills.addSkill({ name: "Elixir", kind: "technical" });
  const { id: projectId } = await createProject(db, menteeUser, { title: "Secret merger" });
  const { id: roundId } = await createRound(db, menteeUser, {
    application: { company: "Initech" },
    stage: "coding-assessment",
  });
  await mentee.skills.assess({ skillId: testing, level: 2, assessedOn: "2025-01-10" });
  const june = await mentee.skills.assess({
    skillId: testing,
    level: 4,
    assessedOn: "2025-06-01",
    evidence: [
      { kind: "project", projectId },
      { kind: "round", roundId },
      { kind: "url", url: "https://example.com/talk" },
    ],
  });
  await mentee.skills.assess({ skillId: own.id, level: 3, assessedOn: "2025-02-01" });
  const mentorship = await createMentorship(db, menteeUser, mentorUser, { scopes });
  const rated = { skillId: testing, level: 3, assessedOn: "2025-07-01", mentor: mentorUser };
  const rating = await createAssessment(db, menteeUser, rated);
  return { menteeUser, mentorUser, mentee, mentor, own, june, rating, mentorship };
}

describe("a mentor with the skills scope", () => {
  it("reads the mentee's profile with the self level and the mentor's rating beside it", async () => {
    const { menteeUser, mentor, own } = await mentoredMentee();
    const menteeId = menteeUser.id;
    const profile = await mentor.skills.current({ menteeId });
    expect(profile.skills).toHaveLength(BUILTIN_SKILL_COUNT + 1);
    const byId = new Map(profile.skills.map((skill) => [skill.skillId, skill]));
    expect(byId.get(testing)).toMatchObject({
      level: 4,
      assessedOn: "2025-06-01",
      evidenceCount: 3,
      mentorLevel: 3,
      mentorAssessedOn: "2025-07-01",
    });
    expect(byId.get(own.id)).toMatchObject({ name: "Elixir", level: 3, mentorLevel: null });
    expect(byId.get(apis)).toMatchObject({ level: null, mentorLevel: null });
    const past = await mentor.skills.current({ menteeId, asOf: "2025-03-01" });
    expect(past.skills.find((skill) => skill.skillId === testing)).toMatchObject({
      level: 2,
      mentorLevel: null,
    });

    const catalogue = await mentor.skills.catalogue({ menteeId });
    expect(catalogue.map((skill) => skill.name)).toContain("Elixir");
    // The mentor's own catalogue is theirs, not the mentee's.
    expect((await mentor.skills.catalogue()).map((skill) => skill.name)).not.toContain("Elixir");
  });

  it("reads history with mentor entries marked, evidence labels limited to granted scopes", async () => {
    const { menteeUser, mentor, own, rating } = await mentoredMentee();
    const history = await mentor.skills.history({ menteeId: menteeUser.id, skillId: testing });
    expect(history.items.map((item) => [item.level, item.source, item.assessorName])).toEqual([
      [3, "mentor", "Mina"],
      [4, "self", null],
      [2, "self", null],
    ]);
    expect(history.items[0]?.id).toBe(rating);
    // Only the mentor's own rating is marked theirs, so only it offers "Withdraw".
    expect(history.items.map((item) => item.byYou)).toEqual([true, false, false]);
    // Without projects, interviews or companies granted: no title, stage or company.
    expect(history.items[1]?.evidence.map((e) => [e.label, e.projectId, e.roundId])).toEqual([
      ["Project", null, null],
      ["Interview round", null, null],
      ["https://example.com/talk", null, null],
    ]);
    expect((await mentor.skills.history({ menteeId: menteeUser.id, skillId: own.id })).items).toHaveLength(1);
  });

  it("sees project titles and round names only when those scopes are granted too", async () => {
    const { menteeUser, mentor } = await mentoredMentee(["skills", "projects", "interviews"]);
    const history = await mentor.skills.history({ menteeId: menteeUser.id, skillId: testing });
    expect(history.items[1]?.evidence.map((e) => e.label)).toEqual([
      "Secret merger",
      "Coding assessment",
      "https://example.com/talk",
    ]);
    const withCompanies = await mentoredMentee(["skills", "projects", "interviews", "companies"]);
    const full = await withCompanies.mentor.skills.history({
      menteeId: withCompanies.menteeUser.id,
      skillId: testing,
    });
    expect(full.items[1]?.evidence[1]?.label).toBe("Coding assessment · Initech");
  });

  it("reads drift and growth of the mentee's ratings", async () => {
    const { menteeUser, mentor } = await mentoredMentee();
    const drift = await mentor.skills.drift({ menteeId: menteeUser.id, skillId: testing });
    expect(drift.self).toEqual([
      { on: "2025-01-10", level: 2 },
      { on: "2025-06-01", level: 4 },
    ]);
    expect(drift.mentor).toEqual([{ on: "2025-07-01", level: 3, assessorName: "Mina" }]);
    const growth = await mentor.skills.growth({
      menteeId: menteeUser.id,
      skillIds: [testing],
      from: "2025-05-01",
      to: "2025-08-31",
    });
    // Self ratings only: the mentor's 3 in July does not move the line.
    expect(growth.series[0]?.levels).toEqual([2, 4, 4, 4]);
  });

  it("cannot write to the mentee's skills: a menteeId on a write is ignored", async () => {
    const { menteeUser, mentor, mentorUser, june } = await mentoredMentee();
    const before = await countOwned(handle.db, assessments, menteeUser.id);
    const call = mentor.skills.assess as (input: unknown) => Promise<unknown>;
    await call({ skillId: testing, level: 5, assessedOn: "2025-08-01", menteeId: menteeUser.id });
    expect(await countOwned(handle.db, assessments, menteeUser.id)).toBe(before);
    expect(await countOwned(handle.db, assessments, mentorUser.id)).toBe(1);
    await expectCode(mentor.skills.deleteAssessment({ id: june.id }), "NOT_FOUND");
  });
});

describe("refused", () => {
  // Thunks, so each call starts only when it is awaited.
  const reads = (api: ReturnType<typeof callerFor>, menteeId: string, skillId: string) => [
    () => api.skills.current({ menteeId }),
    () => api.skills.catalogue({ menteeId }),
    () => api.skills.history({ menteeId, skillId }),
    () => api.skills.growth({ menteeId, skillIds: [skillId] }),
    () => api.skills.drift({ menteeId, skillId }),
  ];
  const allNotFound = async (calls: (() => Promise<unknown>)[]) => {
    for (const call of calls) await expectCode(call(), "NOT_FOUND");
  };

  it("a mentor without the skills scope gets NOT_FOUND for every read", async () => {
    const { menteeUser, mentor } = await mentoredMentee(["projects", "interviews", "gaps"]);
    await allNotFound(reads(mentor, menteeUser.id, testing));
  });

  it("after the mentorship ends, the next read is NOT_FOUND", async () => {
    const { menteeUser, mentor, own, mentorship } = await mentoredMentee();
    expect((await mentor.skills.drift({ menteeId: menteeUser.id, skillId: own.id })).self).toHaveLength(1);
    await endMentorship(handle.db, mentorship);
    await allNotFound(reads(mentor, menteeUser.id, own.id));
  });

  it("a random user, and a mentor naming someone else, get NOT_FOUND", async () => {
    const { menteeUser, mentor, own } = await mentoredMentee();
    const stranger = callerFor(handle.db, claimsFor(await createUser(handle.db)));
    await allNotFound(reads(stranger, menteeUser.id, testing));
    const other = await createUser(handle.db);
    await allNotFound(reads(mentor, other.id, testing));
    await allNotFound(reads(mentor, crypto.randomUUID(), testing));
    // The mentee's own skill is not the stranger's to read by id either.
    await expectCode(stranger.skills.history({ skillId: own.id }), "NOT_FOUND");
    await expectCode(stranger.skills.drift({ skillId: own.id }), "NOT_FOUND");
  });
});

describe("the mentee", () => {
  it("keeps their self level; sees the mentor's rating beside it, in history and in drift", async () => {
    const { mentee, rating } = await mentoredMentee();
    const profile = await mentee.skills.current();
    expect(profile.skills.find((skill) => skill.skillId === testing)).toMatchObject({
      level: 4,
      assessedOn: "2025-06-01",
      mentorLevel: 3,
    });
    const history = await mentee.skills.history({ skillId: testing });
    expect(history.items[0]).toMatchObject({
      id: rating,
      source: "mentor",
      assessorName: "Mina",
      byYou: false,
    });
    const drift = await mentee.skills.drift({ skillId: testing });
    expect(drift.mentor).toHaveLength(1);
    expect(drift.self).toHaveLength(2);
    const growth = await mentee.skills.growth({ skillIds: [testing], from: "2025-07-01", to: "2025-07-31" });
    expect(growth.series[0]?.levels).toEqual([4]);
    const dashboard = await mentee.dashboard.summary();
    expect(dashboard.skills.find((skill) => skill.skillId === testing)?.level).toBe(4);
  });

  it("cannot delete or restore a mentor's rating; their own rows still can be", async () => {
    const { mentee, rating, june } = await mentoredMentee();
    await expectCode(mentee.skills.deleteAssessment({ id: rating }), "NOT_FOUND");
    await expectCode(mentee.skills.restoreAssessment({ id: rating }), "NOT_FOUND");
    await mentee.skills.deleteAssessment({ id: june.id });
    const after = await mentee.skills.current();
    expect(after.skills.find((skill) => skill.skillId === testing)).toMatchObject({
      level: 2,
      mentorLevel: 3,
    });
    await mentee.skills.restoreAssessment({ id: june.id });
  });

  it("can still delete an own skill only a mentor has rated", async () => {
    const { menteeUser, mentorUser, mentee } = await mentoredMentee();
    const go = await mentee.skills.addSkill({ name: "Go", kind: "technical" });
    await createAssessment(handle.db, menteeUser, {
      skillId: go.id,
      level: 2,
      assessedOn: "2025-07-01",
      mentor: mentorUser,
    });
    await expect(mentee.skills.deleteSkill({ id: go.id })).resolves.toMatchObject({ name: "Go" });
  });
});
