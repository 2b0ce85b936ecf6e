import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { ladders } from "@/db/schema";
import { UNDO_WINDOW_MS } from "@/lib/undo";
import { createTestDb } from "@/tests/helpers/db";
import { callerFor, newCaller as newUserCaller, softDelete } from "@/tests/helpers/factories";
import { errorOf } from "@/tests/helpers/integration-extra";
import { ftYaml, ladderRowCounts, monzoMarkdown } from "@/tests/helpers/ladders";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const newCaller = () => newUserCaller(handle.db);
type Api = Awaited<ReturnType<typeof newCaller>>["api"];

async function expectCode(promise: Promise<unknown>, code: TRPCError["code"]) {
  const error = await errorOf(promise);
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
}

async function importSmall(api: Api, fileName = "small.md") {
  const result = await api.ladders.import({
    format: "monzo-markdown",
    fileName,
    content: monzoMarkdown(),
    dryRun: false,
  });
  if (!result.ok || !result.ladderId) throw new Error("expected the import to succeed");
  return result.ladderId;
}

describe("list and byId", () => {
  it("list shows the built-in ladder and the actor's own, never another user's, with counts and provenance", async () => {
    const me = await newCaller();
    const other = await newCaller();
    const mine = await importSmall(me.api, "mine.md");
    const theirs = await importSmall(other.api, "theirs.md");
    const page = await me.api.ladders.list({});
    const ids = page.items.map((ladder) => ladder.id);
    expect(ids).toContain(mine);
    expect(ids).not.toContain(theirs);
    expect(page.items.find((ladder) => ladder.id === mine)).toMatchObject({
      name: "Test Framework",
      source: "monzo-markdown",
      sourceName: "mine.md",
      builtin: false,
      levels: 4,
      competencies: 2,
    });
    expect(page.items.filter((ladder) => ladder.builtin)).toHaveLength(1);
  });

  it("pages by keyset without repeating a ladder", async () => {
    const { api } = await newCaller();
    for (const name of ["a.md", "b.md", "c.md"]) await importSmall(api, name);
    const first = await api.ladders.list({ limit: 2 });
    expect(first.nextCursor).not.toBeNull();
    const second = await api.ladders.list({ limit: 2, cursor: first.nextCursor });
    const all = [...first.items, ...second.items].map((ladder) => ladder.id);
    expect(new Set(all).size).toBe(4);
    expect(second.nextCursor).toBeNull();
  });

  it("byId and export answer NOT_FOUND for another user's ladder, BAD_REQUEST for a malformed id", async () => {
    const me = await newCaller();
    const other = await newCaller();
    const theirs = await importSmall(other.api);
    await expectCode(me.api.ladders.byId({ id: theirs }), "NOT_FOUND");
    await expectCode(me.api.ladders.export({ id: theirs }), "NOT_FOUND");
    await expectCode(me.api.ladders.byId({ id: "not-a-uuid" }), "BAD_REQUEST");
    await expectCode(callerFor(handle.db, null).ladders.list({}), "UNAUTHORIZED");
  });
});

describe("import input", () => {
  it("refuses an unknown format or a missing file name with BAD_REQUEST and writes nothing", async () => {
    const { api } = await newCaller();
    const before = await ladderRowCounts(handle.db);
    const bad = { format: "csv", fileName: "x", content: ftYaml(), dryRun: false } as unknown as Parameters<
      Api["ladders"]["import"]
    >[0];
    await expectCode(api.ladders.import(bad), "BAD_REQUEST");
    await expectCode(
      api.ladders.import({ format: "ft-yaml", fileName: " ", content: ftYaml(), dryRun: false }),
      "BAD_REQUEST",
    );
    expect(await ladderRowCounts(handle.db)).toEqual(before);
  });

  it("a dry run lists what would be created and writes nothing", async () => {
    const { api } = await newCaller();
    const before = await ladderRowCounts(handle.db);
    const preview = await api.ladders.import({
      format: "ft-yaml",
      fileName: "t.yml",
      content: ftYaml(),
      dryRun: true,
    });
    expect(preview).toEqual({
      ok: true,
      dryRun: true,
      ladderId: null,
      name: "Test family",
      counts: { levels: 3, themes: 2, competencies: 2, expectations: 6, newSkills: 2 },
      levels: ["APPRENTICE level", "JOURNEYMAN level", "MASTER level"],
      themes: ["craft theme", "people theme"],
      competencies: ["craft theme", "people theme"],
    });
    expect(await ladderRowCounts(handle.db)).toEqual(before);
  });
});

describe("delete and restore", () => {
  it("deletes and restores the actor's own ladder", async () => {
    const { api } = await newCaller();
    const id = await importSmall(api);
    await api.ladders.delete({ id });
    expect((await api.ladders.list({})).items.map((ladder) => ladder.id)).not.toContain(id);
    await expectCode(api.ladders.byId({ id }), "NOT_FOUND");
    await api.ladders.restore({ id });
    expect((await api.ladders.byId({ id })).id).toBe(id);
  });

  it("refuses the built-in ladder and another user's ladder with NOT_FOUND, changing nothing", async () => {
    const me = await newCaller();
    const other = await newCaller();
    const theirs = await importSmall(other.api);
    const builtin = (await me.api.ladders.list({})).items.find((ladder) => ladder.builtin)?.id ?? "";
    await expectCode(me.api.ladders.delete({ id: builtin }), "NOT_FOUND");
    await expectCode(me.api.ladders.delete({ id: theirs }), "NOT_FOUND");
    expect((await other.api.ladders.byId({ id: theirs })).id).toBe(theirs);
    await other.api.ladders.delete({ id: theirs });
    await expectCode(me.api.ladders.restore({ id: theirs }), "NOT_FOUND");
    await expectCode(me.api.ladders.restore({ id: builtin }), "NOT_FOUND");
    await expectCode(other.api.ladders.byId({ id: theirs }), "NOT_FOUND");
  });

  it("refuses to restore after the undo window", async () => {
    const { api } = await newCaller();
    const id = await importSmall(api);
    await api.ladders.delete({ id });
    await softDelete(handle.db, ladders, id, { ago: UNDO_WINDOW_MS + 1_000 });
    await expectCode(api.ladders.restore({ id }), "CONFLICT");
  });
});
