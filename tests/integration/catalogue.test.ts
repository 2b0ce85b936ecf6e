import { isNull } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import { skills } from "../../db/schema";
import { BUILTIN_SKILLS } from "../../server/domain/catalogue";
import { createTestDb } from "../helpers/db";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

it("the migrations install the seed's nine skills exactly as the catalogue states them", async () => {
  const rows = await handle.db
    .select({ slug: skills.slug, name: skills.name, kind: skills.kind, description: skills.description })
    .from(skills)
    .where(isNull(skills.userId));
  const bySlug = (a: { slug: string | null }, b: { slug: string | null }) =>
    (a.slug ?? "").localeCompare(b.slug ?? "");
  expect(rows.sort(bySlug)).toEqual([...BUILTIN_SKILLS].sort(bySlug));
  expect(rows.filter((row) => row.kind === "technical")).toHaveLength(7);
  expect(rows.filter((row) => row.kind === "soft")).toHaveLength(2);
});
