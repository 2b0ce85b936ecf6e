import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import type { AccountExport } from "@/lib/data/account-file";
import { importedId } from "@/server/data/stable-ids";
import { normalizeExport, rowIds } from "@/lib/data/normalize";
import { createTestDb } from "@/tests/helpers/db";
import { callerFor, claimsFor, createMentorship, createUser } from "@/tests/helpers/factories";
import { accountRowCounts, demoSizedAccount, validateAgainstSchema } from "@/tests/helpers/data";

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

describe("account export", () => {
  it("holds the whole account, valid by the shipped JSON Schema", () => {
    expect(validateAgainstSchema(exported), JSON.stringify(validateAgainstSchema.errors)).toBe(true);
    expect(exported.format).toBe("trajectory-account");
    expect(exported.version).toBe(1);
    expect(exported.skills.length).toBeGreaterThan(0);
    expect(exported.assessments.length).toBeGreaterThan(50);
    expect(exported.projects.length).toBe(11);
    expect(exported.applications.length).toBe(20);
    expect(exported.ladders).toHaveLength(1);
    expect(exported.goal?.ladderId).toBe(exported.ladders[0]?.id);
    expect(exported.compensation).toHaveLength(1);
    expect(exported.comments).toMatchObject([{ role: "mentee", counterpartEmail: world.mentor.email }]);
    // Endorsements are the mentor's judgement and stay out.
    expect(JSON.stringify(exported)).not.toContain(world.mentor.id);
    expect(exported.assessments.some((a) => !/^[0-9a-f-]{36}$/.test(a.skillId))).toBe(true);
  });

  it("is byte-identical apart from exportedAt when nothing changed", async () => {
    const again = await world.api.data.export();
    expect(JSON.stringify({ ...again, exportedAt: "" })).toBe(
      JSON.stringify({ ...exported, exportedAt: "" }),
    );
  });
});

describe("round trip", () => {
  it("export → import into a fresh account → export gives the same JSON; a second import creates nothing", async () => {
    const fresh = await createUser(handle.db, { name: "Bea Import" });
    await createMentorship(handle.db, fresh, world.mentor);
    const api = callerFor(handle.db, claimsFor(fresh));
    const before = await accountRowCounts(handle.db, fresh.id);

    const dry = await api.data.import({ document: JSON.stringify(exported), dryRun: true });
    expect(dry.ok).toBe(true);
    expect(await accountRowCounts(handle.db, fresh.id)).toEqual(before);
    if (!dry.ok) return;
    expect(dry.counts.projects).toEqual({ create: 11, skip: 0 });
    expect(dry.counts.comments).toEqual({ create: 1, skip: 0 });

    const done = await api.data.import({ document: exported, dryRun: false });
    expect(done).toMatchObject({ ok: true, dryRun: false, notes: [] });
    const roundTripped = await api.data.export();
    expect(validateAgainstSchema(roundTripped)).toBe(true);

    const ids = rowIds(exported);
    const placed = (id: string) => (ids.has(id) ? importedId(fresh.id, id) : id);
    expect(normalizeExport(roundTripped)).toEqual(normalizeExport(exported, placed));

    const counts = await accountRowCounts(handle.db, fresh.id);
    const second = await api.data.import({ document: exported, dryRun: false });
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    for (const [table, count] of Object.entries(second.counts))
      expect({ table, create: count.create }).toEqual({ table, create: 0 });
    expect(second.counts.assessments?.skip).toBe(exported.assessments.length);
    expect(await accountRowCounts(handle.db, fresh.id)).toEqual(counts);
  }, 120_000);

  it("importing your own export again is all duplicates, ids kept", async () => {
    const result = await world.api.data.import({ document: exported, dryRun: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.values(result.counts).every((count) => count.create === 0)).toBe(true);
    expect(result.counts.projects).toEqual({ create: 0, skip: 11 });
  });
});
