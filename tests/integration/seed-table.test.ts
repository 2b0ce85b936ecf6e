import fs from "node:fs";
import path from "node:path";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import { ladders } from "../../db/schema";
import { createTestDb } from "../helpers/db";
import { callerFor, claimsFor, createUser } from "../helpers/factories";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

/** The seed's "Skill Expectations by Experience Level" table rows, read from the seed file itself. */
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
      return { level: level.replace(" Level", ""), focus, expectations };
    });
}

it("rebuilds the seed's table from the built-in ladder: levels, competencies and bands", async () => {
  const user = await createUser(handle.db);
  const api = callerFor(handle.db, claimsFor(user));
  const [builtin] = await handle.db
    .select({ id: ladders.id })
    .from(ladders)
    .where(and(isNull(ladders.userId), eq(ladders.source, "builtin")));
  if (!builtin) throw new Error("no built-in ladder");

  const ladder = await api.ladders.byId({ id: builtin.id });
  const table = seedTable();
  expect(table).toHaveLength(3);
  expect(
    ladder.levels.map(({ name, focus, summary }) => ({ level: name, focus, expectations: summary })),
  ).toEqual(table);

  const core = ladder.competencies.filter((competency) => !competency.optional);
  expect(core).toHaveLength(9);
  expect(core.filter((competency) => competency.kind === "technical")).toHaveLength(7);
  expect(core.filter((competency) => competency.kind === "soft")).toHaveLength(2);

  const { bands } = await api.salaries.bands({ ladderId: builtin.id });
  const byLevel = (name: string) => {
    const level = ladder.levels.find((candidate) => candidate.name === name);
    return bands.find((band) => band.levelId === level?.id);
  };
  const usd = { currency: "USD", region: "US" };
  expect(byLevel("Entry")).toMatchObject({ ...usd, minMinor: 60_000_00, maxMinor: 85_000_00 });
  expect(byLevel("Mid")).toMatchObject({ ...usd, minMinor: 85_000_00, maxMinor: 125_000_00 });
  // The seed's "$125,000-$180,000+": open above.
  expect(byLevel("Senior")).toMatchObject({
    ...usd,
    minMinor: 125_000_00,
    maxMinor: null,
    typicalMaxMinor: 180_000_00,
  });
});
