import { isNull } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { skills } from "@/db/schema";
import { BUILTIN_SKILLS } from "@/lib/skills/catalogue";
import { SITUATIONAL_SKILLS } from "@/lib/ladders/builtin";
import { createTestDb } from "@/tests/helpers/db";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

it("the migrations install the seed's nine skills and six situational ones exactly as the domain states them", async () => {
  const rows = await handle.db
    .select({ slug: skills.slug, name: skills.name, kind: skills.kind, description: skills.description })
    .from(skills)
    .where(isNull(skills.userId));
  const bySlug = (a: { slug: string | null }, b: { slug: string | null }) =>
    (a.slug ?? "").localeCompare(b.slug ?? "");
  const situational = SITUATIONAL_SKILLS.map(({ slug, name, kind, description }) => ({
    slug,
    name,
    kind,
    description,
  }));
  expect(rows.sort(bySlug)).toEqual([...BUILTIN_SKILLS, ...situational].sort(bySlug));
  const core = rows.filter((row) => !row.slug?.startsWith("situational-"));
  expect(core.filter((row) => row.kind === "technical")).toHaveLength(7);
  expect(core.filter((row) => row.kind === "soft")).toHaveLength(2);
});
