import { describe, expect, it } from "vitest";
import {
  defaultLevelMapping,
  matchLevel,
  offerDirection,
  percentile,
  percentilesMinor,
  positionInBand,
} from "@/lib/salaries/bands";
import { BUILTIN_BANDS } from "@/lib/salaries/builtin";
import { SurveyAggregator } from "@/lib/salaries/survey-csv";
import { compensationInput, importSalariesInput, marketPositionInput } from "@/lib/salaries/inputs";

/** Independent R-7: the value at fractional rank 1 + (n − 1)·p among 1-based ranks. */
function rank7(values: number[], p: number): number {
  const xs = [...values].sort((a, b) => a - b);
  const rank = 1 + (xs.length - 1) * p;
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  const xBelow = xs[below - 1] as number;
  const xAbove = xs[above - 1] as number;
  return xBelow + (rank - below) * (xAbove - xBelow);
}

const levels = (keys: string[]) =>
  keys.map((key, position) => ({ id: `id-${key}`, key, name: key, position }));

describe("percentiles (R-7)", () => {
  it("matches numpy's default on a known sample", () => {
    // numpy.percentile([15, 20, 35, 40, 50], [10, 25, 50, 75, 90]) → 17, 20, 35, 40, 46
    expect(percentilesMinor([40, 15, 50, 35, 20])).toEqual({
      p10: 1700,
      p25: 2000,
      p50: 3500,
      p75: 4000,
      p90: 4600,
    });
  });

  it("agrees with an independent computation on random samples", () => {
    let seed = 7;
    const next = () => ((seed = (seed * 48271) % 2147483647), seed);
    for (let round = 0; round < 50; round += 1) {
      const values = Array.from({ length: 1 + (next() % 80) }, () => 10_000 + (next() % 200_000));
      const got = percentilesMinor(values);
      for (const p of [10, 25, 50, 75, 90] as const) {
        expect(got[`p${p}`]).toBe(Math.round(rank7(values, p / 100) * 100));
      }
    }
  });

  it("gives the single value for a sample of one and refuses an empty one", () => {
    expect(percentile([42], 0.9)).toBe(42);
    expect(() => percentile([], 0.5)).toThrow();
  });
});

describe("defaultLevelMapping", () => {
  it("maps EN first, MI middle, SE to the senior level, EX last", () => {
    expect(defaultLevelMapping(levels(["junior", "mid", "senior", "staff", "principal"]))).toEqual({
      EN: "id-junior",
      MI: "id-senior",
      SE: "id-senior",
      EX: "id-principal",
    });
    expect(defaultLevelMapping(levels(["entry", "mid", "senior"]))).toMatchObject({
      MI: "id-mid",
      SE: "id-senior",
    });
  });

  it("uses the second to last level without a senior one, and null without levels", () => {
    expect(defaultLevelMapping(levels(["e1", "e2", "e3", "e4"]))).toEqual({
      EN: "id-e1",
      MI: "id-e2",
      SE: "id-e3",
      EX: "id-e4",
    });
    expect(defaultLevelMapping([])).toBeNull();
  });
});

describe("positionInBand", () => {
  const band = { p10: 100, p25: 200, p50: 300, p75: 400, p90: 500 };
  it("interpolates between percentile points", () => {
    expect(positionInBand(250, band)).toEqual({ kind: "percentiles", percentile: 37.5, outside: null });
    expect(positionInBand(300, band)).toEqual({ kind: "percentiles", percentile: 50, outside: null });
    expect(positionInBand(50, band)).toEqual({ kind: "percentiles", percentile: 10, outside: "below" });
    expect(positionInBand(900, band)).toEqual({ kind: "percentiles", percentile: 90, outside: "above" });
  });

  it("positions within a min–max range, and says when a band is open above", () => {
    expect(positionInBand(7_250_000, { min: 6_000_000, max: 8_500_000 })).toEqual({
      kind: "range",
      percentile: 50,
      outside: null,
    });
    expect(positionInBand(15_000_000, { min: 12_500_000, max: null })).toMatchObject({
      kind: "open-range",
      outside: "above",
    });
  });
});

describe("offers against the ladder", () => {
  const ladder = levels(["junior", "mid", "senior"]);
  it("matches by key or name, case-insensitively, else unknown", () => {
    expect(matchLevel(ladder, " SENIOR ")?.key).toBe("senior");
    expect(matchLevel(ladder, "L5")).toBeNull();
    expect(matchLevel(ladder, null)).toBeNull();
  });
  it("compares positions with the current level", () => {
    const mid = ladder[1] ?? null;
    expect(offerDirection(ladder[2] ?? null, mid)).toBe("up");
    expect(offerDirection(mid, mid)).toBe("lateral");
    expect(offerDirection(ladder[0] ?? null, mid)).toBe("down");
    expect(offerDirection(null, mid)).toBe("unknown-level");
    expect(offerDirection(mid, null)).toBe("no-current-level");
  });
});

describe("built-in bands", () => {
  it("are the seed's US figures exactly, in cents", () => {
    expect(
      BUILTIN_BANDS.map(({ levelKey, minMinor, maxMinor, region, currency, year }) => [
        levelKey,
        minMinor,
        maxMinor,
        region,
        currency,
        year,
      ]),
    ).toEqual([
      ["entry", 6_000_000, 8_500_000, "US", "USD", 2026],
      ["mid", 8_500_000, 12_500_000, "US", "USD", 2026],
      ["senior", 12_500_000, null, "US", "USD", 2026],
    ]);
    expect(BUILTIN_BANDS[2]?.typicalMaxMinor).toBe(18_000_000);
  });
});

describe("SurveyAggregator", () => {
  const header = ["salary_in_usd", "company_location", "extra", "experience_level", "work_year"];
  it("reads columns in any order and groups by level, country and year", () => {
    const agg = new SurveyAggregator();
    agg.add(header, 1);
    agg.add(["100", "us", "x", "se", "2024"], 2);
    agg.add(["200", "US", "x", "SE", "2024"], 3);
    agg.add(["300", "DE", "x", "SE", "2024"], 4);
    expect(agg.finish()).toEqual([
      { level: "SE", region: "US", year: 2024, values: [100, 200] },
      { level: "SE", region: "DE", year: 2024, values: [300] },
    ]);
  });
  it("names the line and column of a bad value", () => {
    const agg = new SurveyAggregator();
    agg.add(header, 1);
    expect(() => agg.add(["12k", "US", "", "SE", "2024"], 7)).toThrow(
      'line 7, column salary_in_usd: "12k" is not a number',
    );
    expect(() => agg.add(["1", "US", "", "XX", "2024"], 8)).toThrow(
      /line 8, column experience_level: unknown/,
    );
    expect(() => agg.add(["1", "USA", "", "SE", "2024"], 9)).toThrow(/line 9, column company_location/);
    expect(() => agg.add(["1", "US", "", "SE", "24"], 10)).toThrow(/line 10, column work_year/);
  });
  it("names a missing column, and refuses an empty file", () => {
    expect(() =>
      new SurveyAggregator().add(["work_year", "experience_level", "company_location"], 1),
    ).toThrow('line 1: the header has no column "salary_in_usd"');
    expect(() => new SurveyAggregator().finish()).toThrow("the file is empty");
    const headerOnly = new SurveyAggregator();
    headerOnly.add(header, 1);
    expect(() => headerOnly.finish()).toThrow(/no data rows/);
  });
});

describe("validators", () => {
  it("compensation: errors on the right field", () => {
    const base = { base: "95000", currency: "USD", region: "us", effectiveOn: "2026-01-01" };
    expect(compensationInput.parse(base)).toMatchObject({ region: "US", bonus: "", equity: "" });
    const fieldsOf = (value: object) =>
      compensationInput.safeParse(value).error?.issues.map((issue) => issue.path.join("."));
    expect(fieldsOf({ ...base, base: "" })).toEqual(["base"]);
    expect(fieldsOf({ ...base, base: "-5" })).toEqual(["base"]);
    expect(fieldsOf({ ...base, bonus: "10.123" })).toEqual(["bonus"]);
    expect(fieldsOf({ ...base, currency: "JPY", equity: "10.5" })).toEqual(["equity"]);
    expect(fieldsOf({ ...base, currency: "XYZ" })).toEqual(["currency"]);
    expect(fieldsOf({ ...base, region: "USA" })).toEqual(["region"]);
    expect(fieldsOf({ ...base, effectiveOn: "2026-02-30" })).toEqual(["effectiveOn"]);
    expect(fieldsOf({ ...base, effectiveOn: "2999-01-01" })).toEqual(["effectiveOn"]);
  });
  it("import options and market position: bad ids and codes", () => {
    const fieldsOf = (value: object) =>
      importSalariesInput.safeParse(value).error?.issues.map((issue) => issue.path.join("."));
    const ok = { ladderId: crypto.randomUUID(), fileName: "s.csv" };
    expect(importSalariesInput.parse(ok)).toMatchObject({ dryRun: false, levelMapping: {} });
    expect(fieldsOf({ ...ok, ladderId: "x" })).toEqual(["ladderId"]);
    expect(fieldsOf({ ...ok, fileName: "" })).toEqual(["fileName"]);
    expect(fieldsOf({ ...ok, levelMapping: { EN: "nope" } })).toEqual(["levelMapping.EN"]);
    expect(fieldsOf({ ...ok, levelMapping: { ZZ: crypto.randomUUID() } })?.[0]).toMatch(/levelMapping/);
    expect(marketPositionInput.safeParse({ region: "Germany" }).success).toBe(false);
    expect(marketPositionInput.parse({ region: "de" }).region).toBe("DE");
  });
});
