import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { projects } from "@/db/schema";
import { UNDO_WINDOW_MS } from "@/lib/undo";
import { createTestDb } from "@/tests/helpers/db";
import {
  addOutcome,
  builtinSkillId,
  claimsFor,
  createOwnSkill,
  createProject,
  createUser,
  newCaller,
  softDelete,
} from "@/tests/helpers/factories";
import { expectCode } from "@/tests/helpers/integration-extra";
import { projectCounts, rawProject } from "@/tests/helpers/projects";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe("update", () => {
  it("replaces fields and skills in one go", async () => {
    const { user: owner, api: mine } = await newCaller(handle.db);
    const a = await builtinSkillId(handle.db, "apis");
    const b = await builtinSkillId(handle.db, "database-design");
    const project = await createProject(handle.db, claimsFor(owner), { skillIds: [a] });
    const updated = await mine.projects.update({
      id: project.id,
      title: "Orders API v2",
      role: "Staff engineer",
      startedOn: "2024-02-01",
      technologies: ["Rust"],
      skillIds: [b],
    });
    expect(updated).toMatchObject({ title: "Orders API v2", company: null, endedOn: null, description: "" });
    expect(updated.skills.map((skill) => skill.id)).toEqual([b]);
    expect(updated.updatedAt.getTime()).toBeGreaterThanOrEqual(project.updatedAt.getTime());
  });

  it("another user's id is NOT_FOUND and changes nothing", async () => {
    const owner = await createUser(handle.db);
    const { user: other, api: theirs } = await newCaller(handle.db);
    const project = await createProject(handle.db, claimsFor(owner));
    const before = await rawProject(handle.db, project.id);
    await expectCode(
      theirs.projects.update({ id: project.id, title: "Hijacked", role: "x", startedOn: "2024-01-01" }),
      "NOT_FOUND",
    );
    expect(await rawProject(handle.db, project.id)).toEqual(before);
    expect(await projectCounts(handle.db, other.id)).toEqual({ projects: 0, outcomes: 0, skills: 0 });
  });

  it("a foreign skill or bad dates change nothing", async () => {
    const { user: owner, api: mine } = await newCaller(handle.db);
    const other = await createUser(handle.db);
    const a = await builtinSkillId(handle.db, "apis");
    const project = await createProject(handle.db, claimsFor(owner), { skillIds: [a] });
    const before = await mine.projects.byId({ id: project.id });
    const foreign = await createOwnSkill(handle.db, other);
    await expectCode(
      mine.projects.update({
        id: project.id,
        title: "New",
        role: "r",
        startedOn: "2024-01-01",
        skillIds: [foreign],
      }),
      "NOT_FOUND",
      "skill not found",
    );
    await expectCode(
      mine.projects.update({
        id: project.id,
        title: "New",
        role: "r",
        startedOn: "2024-01-02",
        endedOn: "2024-01-01",
      }),
      "BAD_REQUEST",
    );
    expect(await mine.projects.byId({ id: project.id })).toEqual(before);
  });

  it("a deleted project cannot be updated", async () => {
    const { user: owner, api: mine } = await newCaller(handle.db);
    const project = await createProject(handle.db, claimsFor(owner));
    await mine.projects.delete({ id: project.id });
    await expectCode(
      mine.projects.update({ id: project.id, title: "x", role: "r", startedOn: "2024-01-01" }),
      "NOT_FOUND",
    );
  });
});

describe("delete and restore", () => {
  it("soft-deletes, hides, and restores within the undo window", async () => {
    const { user: owner, api: mine } = await newCaller(handle.db);
    const project = await createProject(handle.db, claimsFor(owner));
    await addOutcome(handle.db, claimsFor(owner), project.id);
    const deleted = await mine.projects.delete({ id: project.id });
    expect(deleted.deletedAt).toBeInstanceOf(Date);
    expect((await rawProject(handle.db, project.id))?.deletedAt).not.toBeNull();
    await expectCode(mine.projects.byId({ id: project.id }), "NOT_FOUND");
    await expectCode(mine.projects.delete({ id: project.id }), "NOT_FOUND");

    const restored = await mine.projects.restore({ id: project.id });
    expect(restored.outcomes).toHaveLength(1);
    expect((await mine.projects.list({})).items.map((item) => item.id)).toEqual([project.id]);
    // Restoring a live project is harmless.
    expect((await mine.projects.restore({ id: project.id })).id).toBe(project.id);
  });

  it("refuses a restore after the undo window", async () => {
    const { user: owner, api: mine } = await newCaller(handle.db);
    const project = await createProject(handle.db, claimsFor(owner));
    await mine.projects.delete({ id: project.id });
    await softDelete(handle.db, projects, project.id, { ago: UNDO_WINDOW_MS + 1_000 });
    await expectCode(mine.projects.restore({ id: project.id }), "CONFLICT");
    expect((await rawProject(handle.db, project.id))?.deletedAt).not.toBeNull();
  });

  it("another user can neither delete nor restore", async () => {
    const { user: owner, api: mine } = await newCaller(handle.db);
    const { api: theirs } = await newCaller(handle.db);
    const project = await createProject(handle.db, claimsFor(owner));
    await expectCode(theirs.projects.delete({ id: project.id }), "NOT_FOUND");
    expect((await rawProject(handle.db, project.id))?.deletedAt).toBeNull();
    await mine.projects.delete({ id: project.id });
    await expectCode(theirs.projects.restore({ id: project.id }), "NOT_FOUND");
    expect((await rawProject(handle.db, project.id))?.deletedAt).not.toBeNull();
  });

  it("bad ids are BAD_REQUEST", async () => {
    const { api: mine } = await newCaller(handle.db);
    await expectCode(mine.projects.delete({ id: "not-a-uuid" }), "BAD_REQUEST");
    await expectCode(mine.projects.restore({ id: "not-a-uuid" }), "BAD_REQUEST");
    await expectCode(mine.projects.byId({ id: "not-a-uuid" }), "BAD_REQUEST");
  });
});
