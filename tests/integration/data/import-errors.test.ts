import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { projects } from "@/db/schema";
import type { AccountExport } from "@/lib/data/account-file";
import { createTestDb } from "@/tests/helpers/db";
import { callerFor, claimsFor, createUser } from "@/tests/helpers/factories";
import { expectCode, fieldsOf } from "@/tests/helpers/integration-extra";
import { accountRowCounts, demoSizedAccount } from "@/tests/helpers/data";

let handle: DbHandle;
let world: Awaited<ReturnType<typeof demoSizedAccount>>;
let exported: AccountExport;
beforeAll(async () => {
  handle = await createTestDb();
  world = await demoSizedAccount(handle.db);
  exported = await world.api.data.export();
}, 120_000);
afterAll(async () => {
  await handle.close();
});

const copy = (): AccountExport => structuredClone(exported);

async function refusedFor(document: string | Record<string, unknown>) {
  const user = await createUser(handle.db);
  const api = callerFor(handle.db, claimsFor(user));
  const before = await accountRowCounts(handle.db, user.id);
  const result = await api.data.import({ document, dryRun: false });
  expect(await accountRowCounts(handle.db, user.id)).toEqual(before);
  if (result.ok) throw new Error("expected the import to be refused");
  return result.errors;
}

describe("a broken import file changes nothing and names the place", () => {
  it("bad JSON: line and column", async () => {
    const text = JSON.stringify(exported, null, 2).replace('"version": 1,', '"version": 1,,');
    const [error] = await refusedFor(text);
    expect(error).toMatchObject({ path: "", line: 3 });
    expect(error?.message).toMatch(/^not valid JSON at line 3, column \d+/);
  });

  it("wrong version names version", async () => {
    const errors = await refusedFor({ ...copy(), version: 2 });
    expect(errors).toEqual([
      { path: "version", message: expect.stringMatching(/unsupported version 2.*version 1/) },
    ]);
  });

  it("wrong format names format", async () => {
    const errors = await refusedFor({ ...copy(), format: "something-else" });
    expect(errors[0]?.path).toBe("format");
  });

  it("a project's skill pointing at a missing id", async () => {
    const doc = copy();
    const index = doc.projects.findIndex((p) => p.skillIds.length >= 2);
    const missing = crypto.randomUUID();
    const project = doc.projects[index];
    if (!project) throw new Error("no project with two skills");
    project.skillIds[1] = missing;
    const errors = await refusedFor({ ...doc });
    expect(errors).toEqual([
      { path: `projects[${index}].skillIds[1]`, message: `no skill with id ${missing} in skills` },
    ]);
  });

  it("evidence pointing at a missing project, an unknown built-in slug, a goal on a missing ladder", async () => {
    const doc = copy();
    const i = doc.assessments.findIndex((a) => a.evidence.some((e) => e.kind === "project"));
    const assessment = doc.assessments[i];
    const j = assessment?.evidence.findIndex((e) => e.kind === "project") ?? -1;
    const evidence = assessment?.evidence[j];
    if (!evidence) throw new Error("no project evidence");
    evidence.projectId = crypto.randomUUID();
    const first = doc.assessments[0];
    if (first) first.skillId = "no-such-skill";
    doc.goal = {
      ladderId: crypto.randomUUID(),
      currentLevelKey: null,
      targetLevelKey: null,
      targetDate: null,
    };
    const paths = (await refusedFor({ ...doc })).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        `assessments[${i}].evidence[${j}].projectId`,
        "assessments[0].skillId",
        "goal.ladderId",
      ]),
    );
  });

  it("a shape error names its JSON path", async () => {
    const doc = copy();
    const errors = await refusedFor({ ...doc, applications: [{ ...doc.applications[0], status: "hired" }] });
    expect(errors).toContainEqual({
      path: "applications[0].status",
      message: expect.stringContaining('"applied"'),
    });
  });

  it("the same id twice is refused", async () => {
    const doc = copy();
    const [first] = doc.compensation;
    if (!first) throw new Error("no compensation");
    const errors = await refusedFor({ ...doc, compensation: [first, { ...first }] });
    expect(errors[0]?.path).toBe("compensation[1].id");
  });
});

describe("two imports of one file into one account at once", () => {
  it("both succeed; the second finds the first one's rows as duplicates and nothing is doubled", async () => {
    const user = await createUser(handle.db);
    const api = callerFor(handle.db, claimsFor(user));
    const results = await Promise.all([
      api.data.import({ document: copy(), dryRun: false }),
      api.data.import({ document: copy(), dryRun: false }),
    ]);
    const reports = results.map((result) => {
      if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
      return result.counts;
    });
    const created = (counts: (typeof reports)[number]) =>
      Object.values(counts).reduce((sum, count) => sum + count.create, 0);
    const [first, second] = [...reports].sort((a, b) => created(b) - created(a));
    expect(created(first ?? {})).toBeGreaterThan(100);
    expect(created(second ?? {})).toBe(0);
    const once = await accountRowCounts(handle.db, user.id);
    expect(once.projects).toBe(exported.projects.length);
    await api.data.import({ document: copy(), dryRun: false });
    expect(await accountRowCounts(handle.db, user.id)).toEqual(once);
  });
});

describe("another user's rows", () => {
  it("are never overwritten or linked: the import gets new ids and the owner's rows stay as they were", async () => {
    const [before] = await handle.db
      .select()
      .from(projects)
      .where(eq(projects.id, exported.projects[0]?.id ?? ""));
    const stranger = await createUser(handle.db);
    const api = callerFor(handle.db, claimsFor(stranger));
    const doc = copy();
    const first = doc.projects[0];
    if (first) first.title = "Overwritten?";
    const result = await api.data.import({ document: { ...doc }, dryRun: false });
    expect(result.ok).toBe(true);
    const [after] = await handle.db
      .select()
      .from(projects)
      .where(eq(projects.id, exported.projects[0]?.id ?? ""));
    expect(after).toEqual(before);
    const theirs = await api.data.export();
    expect(theirs.projects.map((p) => p.id)).not.toContain(exported.projects[0]?.id);
    expect(theirs.projects.map((p) => p.title)).toContain("Overwritten?");
    const ownerView = await world.api.data.export();
    expect(ownerView.projects.map((p) => p.title)).not.toContain("Overwritten?");
  });

  it("export shows only the caller's own rows; signed out is refused", async () => {
    const stranger = await createUser(handle.db);
    const mine = await callerFor(handle.db, claimsFor(stranger)).data.export();
    expect(mine).toMatchObject({
      skills: [],
      assessments: [],
      projects: [],
      applications: [],
      ladders: [],
      comments: [],
    });
    await expectCode(callerFor(handle.db, null).data.export(), "UNAUTHORIZED");
    await expectCode(callerFor(handle.db, null).data.import({ document: "{}" }), "UNAUTHORIZED");
  });
});

describe("import input", () => {
  it("names the field of bad input", async () => {
    const error = await expectCode(
      world.api.data.import({ document: 42 as unknown as string }),
      "BAD_REQUEST",
    );
    expect(fieldsOf(error)).toContain("document");
    const dry = await expectCode(
      world.api.data.import({ document: "{}", dryRun: "yes" as unknown as boolean }),
      "BAD_REQUEST",
    );
    expect(fieldsOf(dry)).toContain("dryRun");
  });

  it("refuses a file over the size limit before parsing it", async () => {
    const error = await expectCode(
      world.api.data.import({ document: " ".repeat(10 * 1024 * 1024 + 1) }),
      "BAD_REQUEST",
    );
    expect(fieldsOf(error)).toContain("document");
  });
});
