import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { fieldErrorsOf } from "@/server/trpc/errors";
import { createTestDb } from "@/tests/helpers/db";
import {
  BUILTIN_SKILL_COUNT,
  builtinSkillId,
  createAssessment,
  createProject,
  createRound,
  newCaller as newUserCaller,
} from "@/tests/helpers/factories";
import { expectCode } from "@/tests/helpers/integration-extra";

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

const newCaller = () => newUserCaller(handle.db);

describe("current", () => {
  it("gives every catalogue skill its latest level, and the profile as it stood on a past date", async () => {
    const { api } = await newCaller();
    const other = await newCaller();
    const own = await api.skills.addSkill({ name: "Docker", kind: "tool" });
    await api.skills.assess({ skillId: testing, level: 2, assessedOn: "2025-01-15", note: "first" });
    await api.skills.assess({
      skillId: testing,
      level: 4,
      assessedOn: "2025-06-01",
      evidence: [
        { kind: "url", url: "https://example.com/a" },
        { kind: "url", url: "https://example.com/b" },
      ],
    });
    // Entered later but dated earlier: it does not displace June's level.
    await api.skills.assess({ skillId: testing, level: 3, assessedOn: "2025-03-01" });
    await api.skills.assess({ skillId: own.id, level: 1, assessedOn: "2025-05-01" });
    await other.api.skills.assess({ skillId: apis, level: 5, assessedOn: "2025-01-01" });

    const now = await api.skills.current();
    expect(now.asOf).toBeNull();
    expect(now.skills).toHaveLength(BUILTIN_SKILL_COUNT + 1);
    const byId = new Map(now.skills.map((skill) => [skill.skillId, skill]));
    expect(byId.get(testing)).toMatchObject({ level: 4, assessedOn: "2025-06-01", evidenceCount: 2 });
    expect(byId.get(own.id)).toMatchObject({ name: "Docker", level: 1, builtin: false });
    expect(byId.get(apis)).toMatchObject({ level: null, assessedOn: null, evidenceCount: 0 });

    const april = await api.skills.current({ asOf: "2025-04-30" });
    const aprilById = new Map(april.skills.map((skill) => [skill.skillId, skill]));
    expect(aprilById.get(testing)).toMatchObject({ level: 3, assessedOn: "2025-03-01", evidenceCount: 0 });
    expect(aprilById.get(own.id)?.level).toBeNull();
    const january = await api.skills.current({ asOf: "2025-01-15" });
    expect(january.skills.find((skill) => skill.skillId === testing)).toMatchObject({
      level: 2,
      note: "first",
    });
    const before = await api.skills.current({ asOf: "2024-12-31" });
    expect(before.skills.every((skill) => skill.level === null)).toBe(true);
  });

  it("never shows another user's assessments or skills", async () => {
    const { api } = await newCaller();
    const other = await newCaller();
    const theirs = await other.api.skills.addSkill({ name: "Secret tool", kind: "tool" });
    await other.api.skills.assess({ skillId: testing, level: 5, assessedOn: "2025-01-01" });
    const mine = await api.skills.current();
    expect(mine.skills.some((skill) => skill.skillId === theirs.id)).toBe(false);
    expect(mine.skills.every((skill) => skill.level === null)).toBe(true);
  });

  it("refuses a bad asOf date", async () => {
    const { api } = await newCaller();
    const error = await expectCode(api.skills.current({ asOf: "31/12/2024" }), "BAD_REQUEST");
    expect(Object.keys(fieldErrorsOf(error.cause) ?? {})).toEqual(["asOf"]);
  });
});

describe("history", () => {
  it("pages one skill's live assessments newest first by date, each with labelled evidence", async () => {
    const { user, api } = await newCaller();
    const { id: projectId } = await createProject(handle.db, user, { title: "Billing API" });
    const { id: roundId } = await createRound(handle.db, user, {
      application: { company: "Globex" },
      stage: "coding-assessment",
    });
    const march = await api.skills.assess({
      skillId: testing,
      level: 3,
      assessedOn: "2025-03-01",
      evidence: [
        { kind: "project", projectId },
        { kind: "round", roundId },
        { kind: "url", url: "https://example.com/talk" },
      ],
    });
    const june = await api.skills.assess({ skillId: testing, level: 4, assessedOn: "2025-06-01" });
    const january = await api.skills.assess({ skillId: testing, level: 2, assessedOn: "2025-01-01" });
    const deleted = await api.skills.assess({ skillId: testing, level: 5, assessedOn: "2025-07-01" });
    await api.skills.deleteAssessment({ id: deleted.id });
    await api.skills.assess({ skillId: apis, level: 1, assessedOn: "2025-02-01" });

    const first = await api.skills.history({ skillId: testing, limit: 2 });
    expect(first.skill.name).toBe("Testing");
    expect(first.items.map((item) => item.id)).toEqual([june.id, march.id]);
    expect(first.items[1]?.evidence.map((e) => [e.kind, e.label])).toEqual([
      ["project", "Billing API"],
      ["round", "Coding assessment · Globex"],
      ["url", "https://example.com/talk"],
    ]);
    const second = await api.skills.history({ skillId: testing, limit: 2, cursor: first.nextCursor });
    expect(second.items.map((item) => item.id)).toEqual([january.id]);
    expect(second.nextCursor).toBeNull();
  });

  it("keeps every row across pages when rows share a timestamp to the microsecond", async () => {
    const { user, api } = await newCaller();
    const createdAt = new Date("2025-05-05T10:00:00.123Z");
    // One transaction: the rows share now(), microseconds included, as a bulk import would.
    const sameDay = { skillId: testing, assessedOn: "2025-05-05" };
    await handle.db.transaction(async (tx) => {
      for (const level of [1, 2, 3, 4]) await createAssessment(tx, user, { ...sameDay, level });
    });
    await createAssessment(handle.db, user, { ...sameDay, level: 5, createdAt });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof api.skills.history>> = await api.skills.history({
        skillId: testing,
        limit: 1,
        cursor,
      });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it("another user's skill is not found; a built-in one shows only the actor's rows", async () => {
    const { api } = await newCaller();
    const other = await newCaller();
    const theirs = await other.api.skills.addSkill({ name: "Kubernetes", kind: "tool" });
    await other.api.skills.assess({ skillId: testing, level: 4, assessedOn: "2025-01-01" });
    await expectCode(api.skills.history({ skillId: theirs.id }), "NOT_FOUND");
    await expectCode(api.skills.history({ skillId: crypto.randomUUID() }), "NOT_FOUND");
    expect((await api.skills.history({ skillId: testing })).items).toEqual([]);
  });

  it("refuses a bad skill id or limit; treats a foreign cursor as the first page", async () => {
    const { api } = await newCaller();
    await expectCode(api.skills.history({ skillId: "testing" }), "BAD_REQUEST");
    await expectCode(api.skills.history({ skillId: testing, limit: 0 }), "BAD_REQUEST");
    await api.skills.assess({ skillId: testing, level: 1, assessedOn: "2025-01-01" });
    expect((await api.skills.history({ skillId: testing, cursor: "garbage" })).items).toHaveLength(1);
  });
});

describe("growth", () => {
  it("gives each skill's level at every month's end over the range, carried forward", async () => {
    const { api } = await newCaller();
    await api.skills.assess({ skillId: testing, level: 2, assessedOn: "2025-01-31" });
    await api.skills.assess({ skillId: testing, level: 3, assessedOn: "2025-03-01" });
    await api.skills.assess({ skillId: apis, level: 4, assessedOn: "2025-02-10" });
    await api.skills.assess({ skillId: apis, level: 1, assessedOn: "2025-05-01" });

    const growth = await api.skills.growth({
      skillIds: [testing, apis],
      from: "2025-01-01",
      to: "2025-04-15",
    });
    expect(growth.months).toEqual(["2025-01", "2025-02", "2025-03", "2025-04"]);
    expect(growth.series).toEqual([
      { skillId: testing, name: "Testing", levels: [2, 2, 3, 3] },
      { skillId: apis, name: "REST/GraphQL APIs", levels: [null, 4, 4, 4] },
    ]);
    const open = await api.skills.growth({ skillIds: [apis] });
    expect(open.months[0]).toBe("2025-02");
    expect(open.series[0]?.levels.slice(0, 4)).toEqual([4, 4, 4, 1]);
  });

  it("another user's skill is not found; their assessments do not count", async () => {
    const { api } = await newCaller();
    const other = await newCaller();
    const theirs = await other.api.skills.addSkill({ name: "Go", kind: "technical" });
    await other.api.skills.assess({ skillId: testing, level: 5, assessedOn: "2025-01-01" });
    await expectCode(api.skills.growth({ skillIds: [testing, theirs.id] }), "NOT_FOUND");
    const mine = await api.skills.growth({ skillIds: [testing], from: "2025-01-01", to: "2025-02-01" });
    expect(mine.series[0]?.levels).toEqual([null, null]);
  });

  it("refuses no skills, ten skills, and an end before the start", async () => {
    const { api } = await newCaller();
    const none = await expectCode(api.skills.growth({ skillIds: [] }), "BAD_REQUEST");
    expect(fieldErrorsOf(none.cause)).toEqual({ skillIds: ["choose at least one skill"] });
    const ten = Array.from({ length: 10 }, () => crypto.randomUUID());
    await expectCode(api.skills.growth({ skillIds: ten }), "BAD_REQUEST");
    const backwards = await expectCode(
      api.skills.growth({ skillIds: [testing], from: "2025-05-01", to: "2025-01-01" }),
      "BAD_REQUEST",
    );
    expect(fieldErrorsOf(backwards.cause)).toEqual({ to: ["the end comes before the start"] });
  });
});
