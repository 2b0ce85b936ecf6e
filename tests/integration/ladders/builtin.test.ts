import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { BUILTIN_LADDER } from "@/lib/ladders/builtin";
import { normalizedOf } from "@/server/ladders/ladders";
import { createTestDb } from "@/tests/helpers/db";
import { callerFor, claimsFor, createUser } from "@/tests/helpers/factories";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

/** The seed's "Skill Expectations by Experience Level" rows, read from the seed itself. */
function seedTable(): { level: string; focus: string; expectations: string }[] {
  const seed = fs.readFileSync(
    path.resolve(process.cwd(), "../shared/seed/000_aa806d2299f069f1.txt"),
    "utf8",
  );
  return seed
    .split("\n")
    .filter((line) => /^\| (Entry|Mid|Senior) Level \|/.test(line))
    .map((line) => {
      const [level = "", focus = "", expectations = ""] = line
        .split("|")
        .slice(1, 4)
        .map((cell) => cell.trim());
      return { level, focus, expectations };
    });
}

it("rebuilds the seed's table from the built-in ladder: levels, competencies and the three bands", async () => {
  const user = await createUser(handle.db);
  const api = callerFor(handle.db, claimsFor(user));
  const page = await api.ladders.list({});
  const builtin = page.items.find((ladder) => ladder.builtin);
  expect(builtin).toMatchObject({
    name: "Backend Developer (2026 guide)",
    source: "builtin",
    levels: 3,
    competencies: 15,
  });
  const ladder = await api.ladders.byId({ id: builtin?.id ?? "" });

  const table = seedTable();
  expect(table).toHaveLength(3);
  expect(
    ladder.levels.map((level) => [level.key, `${level.name} Level`, level.focus, level.summary]),
  ).toEqual(table.map((row, i) => [["entry", "mid", "senior"][i], row.level, row.focus, row.expectations]));
  const core = ladder.competencies.filter((c) => !c.optional);
  expect(core).toHaveLength(9);
  expect(core.filter((c) => c.kind === "technical")).toHaveLength(7);
  expect(core.filter((c) => c.kind === "soft")).toHaveLength(2);
  expect(ladder.competencies.filter((c) => c.optional)).toHaveLength(6);
  expect(ladder.themes.map((theme) => theme.name)).toEqual(["Technical skills", "Soft skills"]);
  // Every core competency is expected at every level; the migration's data is the domain's data.
  expect(ladder.expectations.filter((e) => core.some((c) => c.id === e.competencyId))).toHaveLength(27);
  expect(normalizedOf(ladder)).toEqual(BUILTIN_LADDER);

  const { bands } = await api.salaries.bands({ ladderId: ladder.id });
  const bandOf = (key: string) =>
    bands.find((band) => band.levelId === ladder.levels.find((l) => l.key === key)?.id);
  const usd = { currency: "USD", region: "US", year: 2026 };
  expect(bandOf("entry")).toMatchObject({ ...usd, minMinor: 60_000_00, maxMinor: 85_000_00 });
  expect(bandOf("mid")).toMatchObject({ ...usd, minMinor: 85_000_00, maxMinor: 125_000_00 });
  // The seed's "$125,000-$180,000+": open above, 180,000 kept as the typical top.
  expect(bandOf("senior")).toMatchObject({
    ...usd,
    minMinor: 125_000_00,
    maxMinor: null,
    typicalMaxMinor: 180_000_00,
  });
});
