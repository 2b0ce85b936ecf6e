import fs from "node:fs";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { salaryBands, salaryImports } from "@/db/schema";
import { Invalid, NotFound } from "@/lib/errors";
import { importSalaries } from "@/server/salaries/import";
import { importSalariesInput } from "@/lib/salaries/inputs";
import { createTestDb } from "@/tests/helpers/db";
import { callerFor, claimsFor, createLadder, createUser } from "@/tests/helpers/factories";
import { actorOf, errorOf } from "@/tests/helpers/integration-extra";
import { bodyOf, countSalaryRows, DEVOPS_CSV, surveyCsv } from "@/tests/helpers/salaries";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

/** Independent R-7 (numpy default): the value at 1-based fractional rank 1 + (n − 1)·p. */
function rank7(values: number[], p: number): number {
  const xs = [...values].sort((a, b) => a - b);
  const rank = 1 + (xs.length - 1) * p;
  const lo = xs[Math.floor(rank) - 1] as number;
  const hi = xs[Math.ceil(rank) - 1] as number;
  return lo + (rank - Math.floor(rank)) * (hi - lo);
}

/** The devops file read without the importer: naive split (the file has no quoted fields), pooled by level. */
function devopsGroups(levelOf: Record<string, string | undefined>): Map<string, number[]> {
  const [header = "", ...lines] = fs.readFileSync(DEVOPS_CSV, "utf8").trim().split(/\r?\n/);
  const cols = header.split(",");
  const at = (name: string) => cols.indexOf(name);
  const groups = new Map<string, number[]>();
  for (const line of lines) {
    const cells = line.split(",");
    const key = `${levelOf[cells[at("experience_level")] ?? ""]}|${cells[at("company_location")]}|${cells[at("work_year")]}`;
    groups.set(key, [...(groups.get(key) ?? []), Number(cells[at("salary_in_usd")])]);
  }
  return groups;
}

const run = (user: { id: string; email: string }, options: object, csv: string, maxBytes?: number) =>
  importSalaries(
    handle.db,
    actorOf(user),
    importSalariesInput.parse({ fileName: "s.csv", ...options }),
    bodyOf(csv),
    {
      maxBytes,
    },
  );

describe("survey import", () => {
  it("imports the devops survey with percentiles equal to an independent computation", async () => {
    const user = await createUser(handle.db);
    const { ladder, levels } = await createLadder(handle.db, user, {
      levels: ["junior", "mid", "senior", "staff", "principal"],
    });
    const csv = fs.readFileSync(DEVOPS_CSV, "utf8");
    const result = await run(user, { ladderId: ladder.id, source: "devops-jobs.net", licence: "CC0" }, csv);

    expect(result.rowCount).toBe(728);
    const codeOf = { EN: levels[0]?.id, MI: levels[2]?.id, SE: levels[2]?.id, EX: levels[4]?.id };
    expect(result.levelMapping).toEqual(codeOf);
    const expected = devopsGroups(codeOf);
    expect(result.bands).toHaveLength(expected.size);

    const rows = await handle.db
      .select()
      .from(salaryBands)
      .where(eq(salaryBands.importId, result.importId ?? ""));
    expect(rows).toHaveLength(expected.size);
    for (const band of result.bands) {
      const values = expected.get(`${band.levelId}|${band.region}|${band.year}`) ?? [];
      expect(band.sampleSize).toBe(values.length);
      for (const code of band.experienceLevels) expect(codeOf[code]).toBe(band.levelId);
      for (const p of [10, 25, 50, 75, 90] as const) {
        expect(band[`p${p}Minor`]).toBe(Math.round(rank7(values, p / 100) * 100));
      }
      expect(band.warning === null).toBe(values.length >= 30);
      const row = rows.find(
        (r) => r.region === band.region && r.year === band.year && r.levelId === band.levelId,
      );
      expect(row).toMatchObject({
        p50Minor: band.p50Minor,
        currency: "USD",
        userId: user.id,
        source: "devops-jobs.net",
        licence: "CC0",
      });
    }
    // MI and SE both map to "senior" on a five-level ladder, so their salaries are pooled in one band.
    const usSenior = result.bands.find(
      (b) => b.levelId === levels[2]?.id && b.region === "US" && b.year === 2021,
    );
    expect(usSenior?.experienceLevels).toEqual(["MI", "SE"]);
    expect(usSenior?.sampleSize).toBeGreaterThanOrEqual(30);

    const [saved] = await handle.db
      .select()
      .from(salaryImports)
      .where(eq(salaryImports.id, result.importId ?? ""));
    expect(saved).toMatchObject({ userId: user.id, ladderId: ladder.id, rowCount: 728, fileName: "s.csv" });
  });

  it("dry run computes the same bands and writes nothing; a mapping override applies", async () => {
    const user = await createUser(handle.db);
    const { ladder, levels } = await createLadder(handle.db, user, { levels: ["a", "b", "c"] });
    const before = await countSalaryRows(handle.db);
    const csv = surveyCsv([
      [2025, "EN", 50_000, "DE"],
      [2025, "EN", 70_000, "DE"],
      [2025, "EX", 300_000, "DE"],
    ]);
    const first = levels[0]?.id ?? "";
    const result = await run(user, { ladderId: ladder.id, dryRun: true, levelMapping: { EX: first } }, csv);
    expect(result).toMatchObject({ dryRun: true, importId: null, rowCount: 3 });
    expect(result.levelMapping.EX).toBe(first);
    expect(result.bands.map((b) => [b.experienceLevels, b.levelId, b.sampleSize, b.p50Minor])).toEqual([
      [["EN", "EX"], first, 3, 7_000_000],
    ]);
    expect(result.bands[0]?.warning).toMatch(/fewer than 30/);
    expect(await countSalaryRows(handle.db)).toEqual(before);
  });

  it("refuses each malformed file with its place, and changes nothing", async () => {
    const user = await createUser(handle.db);
    const { ladder } = await createLadder(handle.db, user);
    const good = surveyCsv([[2025, "SE", 100_000, "US"]]);
    const cases: [string, string, number | undefined, RegExp][] = [
      [
        "missing column",
        "work_year,experience_level,company_location\n2025,SE,US\n",
        undefined,
        /no column "salary_in_usd"/,
      ],
      [
        "salary not a number",
        surveyCsv([
          [2025, "SE", 1, "US"],
          [2025, "SE", "lots", "US"],
        ]),
        undefined,
        /line 3, column salary_in_usd: "lots"/,
      ],
      ["empty", "", undefined, /the file is empty/],
      ["over the limit", good, 100, /larger than/],
      [
        "unknown level",
        surveyCsv([
          [2025, "SE", 1, "US"],
          [2025, "XX", 2, "US"],
        ]),
        undefined,
        /line 3, column experience_level: unknown experience level "XX"/,
      ],
      ["bad CSV", `${good}2025,"SE,1\n`, undefined, /not valid CSV/],
    ];
    for (const [name, csv, maxBytes, message] of cases) {
      const before = await countSalaryRows(handle.db);
      const error = await errorOf(run(user, { ladderId: ladder.id }, csv, maxBytes));
      expect(error, name).toBeInstanceOf(Invalid);
      expect(error, name).toMatchObject({ field: "file", message: expect.stringMatching(message) });
      expect(await countSalaryRows(handle.db), name).toEqual(before);
    }
  });

  it("refuses a mapping to another ladder's level", async () => {
    const user = await createUser(handle.db);
    const { ladder } = await createLadder(handle.db, user);
    const other = await createLadder(handle.db, user);
    const error = await errorOf(
      run(
        user,
        { ladderId: ladder.id, levelMapping: { SE: other.levels[0]?.id } },
        surveyCsv([[2025, "SE", 1, "US"]]),
      ),
    );
    expect(error).toMatchObject({ field: "levelMapping.SE" });
  });

  it("another user's ladder is NotFound and nothing is written; built-in ladders are open to all", async () => {
    const owner = await createUser(handle.db);
    const intruder = await createUser(handle.db);
    const { ladder } = await createLadder(handle.db, owner);
    const before = await countSalaryRows(handle.db);
    const csv = surveyCsv([[2025, "SE", 1, "US"]]);
    expect(await errorOf(run(intruder, { ladderId: ladder.id }, csv))).toBeInstanceOf(NotFound);
    expect(await countSalaryRows(handle.db)).toEqual(before);

    const builtin = await createLadder(handle.db, null, { levels: ["l1", "l2"], source: "trajectory-json" });
    const result = await run(intruder, { ladderId: builtin.ladder.id }, csv);
    expect(result.bands).toHaveLength(1);
    // The intruder's import is theirs: the owner does not see it in the built-in ladder's bands.
    const ownerView = await callerFor(handle.db, claimsFor(owner)).salaries.bands({
      ladderId: builtin.ladder.id,
    });
    expect(ownerView.bands).toHaveLength(0);
    const mine = await handle.db
      .select()
      .from(salaryBands)
      .where(and(eq(salaryBands.ladderId, builtin.ladder.id), eq(salaryBands.userId, intruder.id)));
    expect(mine).toHaveLength(1);
    const err = await errorOf(
      callerFor(handle.db, claimsFor(intruder)).salaries.bands({ ladderId: ladder.id }),
    );
    expect(err).toBeInstanceOf(TRPCError);
    expect(err).toMatchObject({ code: "NOT_FOUND" });
  });
});
