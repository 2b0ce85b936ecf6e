import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { BUILTIN_SKILLS } from "@/lib/skills/catalogue";
import { SITUATIONAL_SKILLS } from "@/lib/ladders/builtin";
import { Conflict } from "@/lib/errors";
import { fieldErrorsOf } from "@/server/trpc/errors";
import { createTestDb } from "@/tests/helpers/db";
import {
  BUILTIN_SKILL_COUNT,
  builtinSkillId,
  callerFor,
  createProject,
  newCaller as newUserCaller,
} from "@/tests/helpers/factories";
import { skillRowCounts } from "@/tests/helpers/skills";
import { expectCode } from "@/tests/helpers/integration-extra";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const newCaller = () => newUserCaller(handle.db);

describe("catalogue", () => {
  it("lists the built-ins first (the seed's nine and six situational), then only the actor's own skills", async () => {
    const { api } = await newCaller();
    const other = await newCaller();
    await api.skills.addSkill({ name: "Docker", kind: "tool" });
    await other.api.skills.addSkill({ name: "Kubernetes", kind: "tool" });

    const catalogue = await api.skills.catalogue();
    expect(catalogue).toHaveLength(BUILTIN_SKILL_COUNT + 1);
    expect(catalogue.slice(0, BUILTIN_SKILL_COUNT).every((skill) => skill.builtin)).toBe(true);
    expect(
      catalogue
        .slice(0, BUILTIN_SKILL_COUNT)
        .map((skill) => skill.name)
        .sort(),
    ).toEqual([...BUILTIN_SKILLS, ...SITUATIONAL_SKILLS].map((skill) => skill.name).sort());
    expect(catalogue[BUILTIN_SKILL_COUNT]).toMatchObject({
      name: "Docker",
      kind: "tool",
      builtin: false,
      slug: null,
    });
  });

  it("refuses an anonymous caller", async () => {
    await expectCode(callerFor(handle.db, null).skills.catalogue(), "UNAUTHORIZED");
  });
});

describe("addSkill", () => {
  it("adds a trimmed name with its kind and description", async () => {
    const { api } = await newCaller();
    const created = await api.skills.addSkill({ name: "  Redis ", kind: "tool", description: "Caching" });
    expect(created).toMatchObject({ name: "Redis", kind: "tool", description: "Caching" });
  });

  it("refuses a duplicate name in any case, on the name field, and writes nothing", async () => {
    const { user, api } = await newCaller();
    await api.skills.addSkill({ name: "GraphQL", kind: "technical" });
    const error = await expectCode(api.skills.addSkill({ name: "graphql", kind: "tool" }), "CONFLICT");
    expect(error.cause).toBeInstanceOf(Conflict);
    expect(fieldErrorsOf(error.cause)).toEqual({ name: ["you already have a skill with this name"] });
    expect((await skillRowCounts(handle.db, user.id)).skills).toBe(1);
  });

  it("refuses the name of a built-in skill", async () => {
    const { user, api } = await newCaller();
    const error = await expectCode(api.skills.addSkill({ name: "TESTING", kind: "technical" }), "CONFLICT");
    expect(fieldErrorsOf(error.cause)).toEqual({ name: ["a built-in skill has this name"] });
    expect((await skillRowCounts(handle.db, user.id)).skills).toBe(0);
  });

  it("lets two users each have a skill of the same name", async () => {
    const first = await newCaller();
    const second = await newCaller();
    await first.api.skills.addSkill({ name: "Go", kind: "technical" });
    await expect(second.api.skills.addSkill({ name: "Go", kind: "technical" })).resolves.toMatchObject({
      name: "Go",
    });
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const { user, api } = await newCaller();
    const empty = await expectCode(api.skills.addSkill({ name: "  ", kind: "tool" }), "BAD_REQUEST");
    expect(fieldErrorsOf(empty.cause)).toEqual({ name: ["enter a name"] });
    const long = await expectCode(
      api.skills.addSkill({ name: "x".repeat(101), kind: "tool" }),
      "BAD_REQUEST",
    );
    expect(fieldErrorsOf(long.cause)).toEqual({ name: ["use at most 100 characters"] });
    const kind = await expectCode(
      api.skills.addSkill({ name: "Rust", kind: "magic" as "tool" }),
      "BAD_REQUEST",
    );
    expect(Object.keys(fieldErrorsOf(kind.cause) ?? {})).toEqual(["kind"]);
    expect((await skillRowCounts(handle.db, user.id)).skills).toBe(0);
  });
});

describe("renameSkill", () => {
  it("renames an own skill, also just its case", async () => {
    const { api } = await newCaller();
    const skill = await api.skills.addSkill({ name: "postgres", kind: "tool" });
    await expect(api.skills.renameSkill({ id: skill.id, name: "PostgreSQL" })).resolves.toMatchObject({
      name: "PostgreSQL",
    });
    await expect(api.skills.renameSkill({ id: skill.id, name: "postgresql" })).resolves.toMatchObject({
      name: "postgresql",
    });
  });

  it("refuses a name another own skill or a built-in has", async () => {
    const { api } = await newCaller();
    const a = await api.skills.addSkill({ name: "Flask", kind: "technical" });
    await api.skills.addSkill({ name: "Django", kind: "technical" });
    const clash = await expectCode(api.skills.renameSkill({ id: a.id, name: "DJANGO" }), "CONFLICT");
    expect(fieldErrorsOf(clash.cause)).toEqual({ name: ["you already have a skill with this name"] });
    await expectCode(api.skills.renameSkill({ id: a.id, name: "Version Control" }), "CONFLICT");
    expect((await api.skills.catalogue()).find((skill) => skill.id === a.id)?.name).toBe("Flask");
  });

  it("cannot rename a built-in skill, another user's skill or a missing one", async () => {
    const { api } = await newCaller();
    const other = await newCaller();
    const theirs = await other.api.skills.addSkill({ name: "Nginx", kind: "tool" });
    const testing = await builtinSkillId(handle.db, "testing");
    await expectCode(api.skills.renameSkill({ id: testing, name: "Tests" }), "NOT_FOUND");
    await expectCode(api.skills.renameSkill({ id: theirs.id, name: "Mine now" }), "NOT_FOUND");
    await expectCode(api.skills.renameSkill({ id: crypto.randomUUID(), name: "Ghost" }), "NOT_FOUND");
    expect((await other.api.skills.catalogue()).find((skill) => skill.id === theirs.id)?.name).toBe("Nginx");
    expect((await api.skills.catalogue()).find((skill) => skill.id === testing)?.name).toBe("Testing");
  });

  it("refuses a bad id or name", async () => {
    const { api } = await newCaller();
    const error = await expectCode(api.skills.renameSkill({ id: "nope", name: "" }), "BAD_REQUEST");
    expect(Object.keys(fieldErrorsOf(error.cause) ?? {}).sort()).toEqual(["id", "name"]);
  });
});

describe("deleteSkill", () => {
  it("deletes an unused own skill", async () => {
    const { user, api } = await newCaller();
    const skill = await api.skills.addSkill({ name: "Jenkins", kind: "tool" });
    await expect(api.skills.deleteSkill({ id: skill.id })).resolves.toMatchObject({
      name: "Jenkins",
      kind: "tool",
    });
    expect((await skillRowCounts(handle.db, user.id)).skills).toBe(0);
    await expectCode(api.skills.deleteSkill({ id: skill.id }), "NOT_FOUND");
  });

  it("refuses while a live assessment uses the skill, and allows it once that is deleted", async () => {
    const { user, api } = await newCaller();
    const skill = await api.skills.addSkill({ name: "RabbitMQ", kind: "tool" });
    const assessment = await api.skills.assess({ skillId: skill.id, level: 2, assessedOn: "2025-03-01" });
    const error = await expectCode(api.skills.deleteSkill({ id: skill.id }), "CONFLICT");
    expect(error.message).toMatch(/1 assessment/);
    expect((await skillRowCounts(handle.db, user.id)).skills).toBe(1);
    await api.skills.deleteAssessment({ id: assessment.id });
    await api.skills.deleteSkill({ id: skill.id });
    expect(await skillRowCounts(handle.db, user.id)).toMatchObject({ skills: 0, assessments: 0 });
  });

  it("cannot delete a built-in or another user's skill", async () => {
    const { api } = await newCaller();
    const other = await newCaller();
    const theirs = await other.api.skills.addSkill({ name: "Azure", kind: "tool" });
    await createProject(handle.db, other.user);
    await expectCode(api.skills.deleteSkill({ id: await builtinSkillId(handle.db, "apis") }), "NOT_FOUND");
    await expectCode(api.skills.deleteSkill({ id: theirs.id }), "NOT_FOUND");
    expect((await skillRowCounts(handle.db, other.user.id)).skills).toBe(1);
    expect(await api.skills.catalogue()).toHaveLength(BUILTIN_SKILL_COUNT);
  });

  it("refuses a bad id", async () => {
    const { api } = await newCaller();
    await expectCode(api.skills.deleteSkill({ id: "1" }), "BAD_REQUEST");
  });
});
