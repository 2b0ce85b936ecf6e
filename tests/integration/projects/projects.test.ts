import crypto from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { projects } from "@/db/schema";
import { fieldErrorsOf } from "@/server/trpc/errors";
import { createTestDb } from "@/tests/helpers/db";
import {
  addOutcome,
  builtinSkillId,
  callerFor,
  claimsFor,
  createOwnSkill,
  createProject,
  createUser,
  newCaller,
} from "@/tests/helpers/factories";
import { expectCode } from "@/tests/helpers/integration-extra";
import { projectCounts } from "@/tests/helpers/projects";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe("create and byId", () => {
  it("stores every field, normalised technologies and built-in plus own skills", async () => {
    const { user: owner, api: mine } = await newCaller(handle.db);
    const builtin = await builtinSkillId(handle.db, "apis");
    const own = await createOwnSkill(handle.db, owner, { name: "Kafka" });
    const created = await createProject(handle.db, claimsFor(owner), {
      technologies: [" Go", "go", "Redis ", ""],
      skillIds: [builtin, own],
      company: "",
      endedOn: "",
    });
    expect(created).toMatchObject({
      title: "Orders API rewrite",
      role: "Tech lead",
      company: null,
      startedOn: "2024-01-15",
      endedOn: null,
      technologies: ["Go", "Redis"],
      outcomes: [],
      bullets: [],
    });
    expect(created.skills.map((skill) => skill.id).sort()).toEqual([builtin, own].sort());
    expect(await mine.projects.byId({ id: created.id })).toEqual(created);
  });

  it("byId includes outcomes in order and their bullets", async () => {
    const { user: owner, api: mine } = await newCaller(handle.db);
    const project = await createProject(handle.db, claimsFor(owner));
    await addOutcome(handle.db, claimsFor(owner), project.id);
    await addOutcome(handle.db, claimsFor(owner), project.id, {
      metric: "availability",
      baseline: null,
      result: 99.95,
      unit: "%",
    });
    const found = await mine.projects.byId({ id: project.id });
    expect(found.outcomes.map((outcome) => outcome.position)).toEqual([0, 1]);
    expect(found.bullets.map((bullet) => bullet.text)).toEqual([
      "Cut p95 latency of the orders API from 800 ms to 240 ms (\u221270%)",
      "Achieved 99.95% availability",
    ]);
  });

  it("refuses another user's skill and an unknown skill with NOT_FOUND, writing nothing", async () => {
    const owner = await createUser(handle.db);
    const other = await createUser(handle.db);
    const foreign = await createOwnSkill(handle.db, other);
    for (const skillId of [foreign, crypto.randomUUID()]) {
      await expectCode(
        createProject(handle.db, claimsFor(owner), { skillIds: [skillId] }),
        "NOT_FOUND",
        "skill not found",
      );
    }
    expect(await projectCounts(handle.db, owner.id)).toEqual({ projects: 0, outcomes: 0, skills: 0 });
  });

  it("bad input is BAD_REQUEST on the right field and writes nothing", async () => {
    const owner = await createUser(handle.db);
    const endBeforeStart = await expectCode(
      createProject(handle.db, claimsFor(owner), { startedOn: "2024-05-01", endedOn: "2024-04-30" }),
      "BAD_REQUEST",
    );
    expect(fieldErrorsOf(endBeforeStart.cause)).toEqual({
      endedOn: ["the end date is before the start date"],
    });
    const huge = await expectCode(
      createProject(handle.db, claimsFor(owner), { description: "x".repeat(1_000_000) }),
      "BAD_REQUEST",
    );
    expect(Object.keys(fieldErrorsOf(huge.cause) ?? {})).toEqual(["description"]);
    const untitled = await expectCode(
      createProject(handle.db, claimsFor(owner), { title: "" }),
      "BAD_REQUEST",
    );
    expect(Object.keys(fieldErrorsOf(untitled.cause) ?? {})).toEqual(["title"]);
    const tooMany = await expectCode(
      createProject(handle.db, claimsFor(owner), {
        technologies: Array.from({ length: 31 }, (_, i) => `t${i}`),
      }),
      "BAD_REQUEST",
    );
    expect(Object.keys(fieldErrorsOf(tooMany.cause) ?? {})).toEqual(["technologies"]);
    expect(await projectCounts(handle.db, owner.id)).toEqual({ projects: 0, outcomes: 0, skills: 0 });
  });

  it("another user gets NOT_FOUND for byId", async () => {
    const owner = await createUser(handle.db);
    const { api: theirs } = await newCaller(handle.db);
    const project = await createProject(handle.db, claimsFor(owner));
    await expectCode(theirs.projects.byId({ id: project.id }), "NOT_FOUND", "project not found");
  });

  it("needs a session", async () => {
    await expectCode(callerFor(handle.db, null).projects.list({}), "UNAUTHORIZED");
  });
});

describe("list", () => {
  it("pages newest first by keyset and leaves out deleted projects and other users' projects", async () => {
    const { user: owner, api: mine } = await newCaller(handle.db);
    const other = await createUser(handle.db);
    const titles = ["one", "two", "three", "four", "five"];
    const created = [];
    for (const title of titles) {
      created.push(await createProject(handle.db, claimsFor(owner), { title }));
      // created_at has millisecond precision: keep each project in a millisecond of its own.
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await createProject(handle.db, claimsFor(other), { title: "someone else's" });
    await mine.projects.delete({ id: created[2]?.id ?? "" });

    const first = await mine.projects.list({ limit: 2 });
    expect(first.items.map((item) => item.title)).toEqual(["five", "four"]);
    const second = await mine.projects.list({ limit: 2, cursor: first.nextCursor });
    expect(second.items.map((item) => item.title)).toEqual(["two", "one"]);
    expect(second.nextCursor).toBeNull();
    // A cursor that is not ours reads as the first page.
    expect((await mine.projects.list({ limit: 1, cursor: "garbage" })).items[0]?.title).toBe("five");
  });

  it("stores created_at to the millisecond, so a cursor never skips a row created in the same millisecond", async () => {
    const { user: owner, api: mine } = await newCaller(handle.db);
    const project = await createProject(handle.db, claimsFor(owner));
    const [row] = await handle.db
      .select({ micros: sql<number>`(extract(microseconds from ${projects.createdAt}))::int % 1000` })
      .from(projects)
      .where(eq(projects.id, project.id));
    expect(Number(row?.micros)).toBe(0);
    // Three rows in one millisecond: the id breaks the tie and every page boundary holds.
    const at = new Date("2024-03-01T12:00:00.123Z");
    for (const title of ["x", "y", "z"]) await createProject(handle.db, owner, { title, createdAt: at });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof mine.projects.list>> = await mine.projects.list({
        limit: 1,
        cursor,
      });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
  });

  it("says there is nothing for a new user", async () => {
    const { api: mine } = await newCaller(handle.db);
    expect(await mine.projects.list({})).toEqual({ items: [], nextCursor: null });
  });

  it("refuses a page size off the scale", async () => {
    const { api: mine } = await newCaller(handle.db);
    await expectCode(mine.projects.list({ limit: 1_000 }), "BAD_REQUEST");
  });
});
