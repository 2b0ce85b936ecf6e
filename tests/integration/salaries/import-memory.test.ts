import { Readable } from "node:stream";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { salaryBands } from "@/db/schema";
import { importSalaries } from "@/server/salaries/import";
import { importSalariesInput } from "@/lib/salaries/inputs";
import { createTestDb } from "@/tests/helpers/db";
import { createLadder, createUser } from "@/tests/helpers/factories";
import { actorOf } from "@/tests/helpers/integration-extra";
import { countSalaryRows, SURVEY_HEADER } from "@/tests/helpers/salaries";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const LEVELS = ["EN", "MI", "SE", "EX"] as const;
const REGIONS = ["US", "DE"] as const;
const GROUPS = LEVELS.length * REGIONS.length;
const PER_GROUP = 25_000;
const BASE = 40_000;

/**
 * 200,000 rows generated as the body streams (never a string in memory): group g = i mod 8 holds the
 * salaries BASE + 1000·g + 0…24,999 in a scrambled order (7919 is coprime with 25,000).
 */
function generatedSurvey(): Readable {
  return Readable.from(
    (function* () {
      yield Buffer.from(`${SURVEY_HEADER}\n`);
      for (let start = 0; start < GROUPS * PER_GROUP; start += 1_000) {
        const lines: string[] = [];
        for (let i = start; i < start + 1_000; i += 1) {
          const group = i % GROUPS;
          const usd = BASE + 1_000 * group + ((Math.floor(i / GROUPS) * 7919) % PER_GROUP);
          const level = LEVELS[group % LEVELS.length] ?? "SE";
          const region = REGIONS[Math.floor(group / LEVELS.length)] ?? "US";
          lines.push(`2025,${level},FT,Engineer,${usd},USD,${usd},${region},0,${region},M`);
        }
        yield Buffer.from(`${lines.join("\n")}\n`);
      }
    })(),
  );
}

describe("survey import of a large file", () => {
  it("streams 200,000 generated rows and writes the exact R-7 bands; a dry run writes nothing", async () => {
    const user = await createUser(handle.db);
    const { ladder, levels } = await createLadder(handle.db, user, {
      levels: ["junior", "mid", "senior", "staff"],
    });
    const levelOf = { EN: levels[0]?.id, MI: levels[1]?.id, SE: levels[2]?.id, EX: levels[3]?.id };
    const run = (dryRun: boolean) =>
      importSalaries(
        handle.db,
        actorOf(user),
        importSalariesInput.parse({ ladderId: ladder.id, fileName: "big.csv", dryRun }),
        generatedSurvey(),
      );

    const before = await countSalaryRows(handle.db);
    const dry = await run(true);
    expect(dry).toMatchObject({ dryRun: true, importId: null, rowCount: GROUPS * PER_GROUP });
    expect(await countSalaryRows(handle.db)).toEqual(before);

    const result = await run(false);
    expect(result.rowCount).toBe(GROUPS * PER_GROUP);
    expect(result.bands).toHaveLength(GROUPS);
    expect(result.bands).toEqual(dry.bands);
    for (let group = 0; group < GROUPS; group += 1) {
      const code = LEVELS[group % LEVELS.length] ?? "SE";
      const region = REGIONS[Math.floor(group / LEVELS.length)];
      const band = result.bands.find((b) => b.levelId === levelOf[code] && b.region === region);
      // An arithmetic sequence a, a+1, …, a+n−1: the R-7 percentile p is a + (n − 1)·p.
      const at = (p: number) => Math.round((BASE + 1_000 * group + (PER_GROUP - 1) * p) * 100);
      expect(band, `${code} ${region}`).toMatchObject({
        experienceLevels: [code],
        year: 2025,
        sampleSize: PER_GROUP,
        warning: null,
        p10Minor: at(0.1),
        p25Minor: at(0.25),
        p50Minor: at(0.5),
        p75Minor: at(0.75),
        p90Minor: at(0.9),
      });
    }
    const saved = await handle.db
      .select()
      .from(salaryBands)
      .where(eq(salaryBands.importId, result.importId ?? ""));
    expect(saved).toHaveLength(GROUPS);
  }, 180_000);
});
