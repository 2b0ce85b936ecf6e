import { describe, expect, it } from "vitest";
import {
  analyseLevel,
  freshnessOf,
  isStale,
  skillStates,
  type GapCompetency,
  type GapExpectation,
  type GapInputs,
  type GapLevel,
  type SkillState,
} from "@/lib/gaps/analysis";
import { monthsBefore } from "@/lib/dates";

const TODAY = "2026-11-30";

const level = (key: string, position: number): GapLevel => ({ id: `L-${key}`, key, name: key, position });
const competency = (key: string, position: number, optional = false): GapCompetency => ({
  id: `C-${key}`,
  key,
  name: key,
  skillId: `S-${key}`,
  optional,
  position,
});
const expect_ = (levelKey: string, competencyKey: string, expectedLevel: number): GapExpectation => ({
  levelId: `L-${levelKey}`,
  competencyId: `C-${competencyKey}`,
  expectedLevel,
  text: `${competencyKey} at ${levelKey}`,
});
const state = (current: number, lastDemonstrated: string | null = TODAY, evidenceItems = 0): SkillState => ({
  current,
  lastDemonstrated,
  evidenceItems,
  evidenceWeight: evidenceItems,
});

describe("dates and freshness", () => {
  it("goes back whole months, clamping to the month's end", () => {
    expect(monthsBefore("2026-11-30", 12)).toBe("2025-11-30");
    expect(monthsBefore("2024-02-29", 12)).toBe("2023-02-28");
    expect(monthsBefore("2026-03-31", 1)).toBe("2026-02-28");
    expect(monthsBefore("2026-01-15", 1)).toBe("2025-12-15");
  });

  it("is stale strictly before twelve months ago", () => {
    expect(isStale("2025-11-30", TODAY)).toBe(false);
    expect(isStale("2025-11-29", TODAY)).toBe(true);
    expect(freshnessOf("2026-01-01", TODAY)).toBe(1);
    expect(freshnessOf("2024-01-01", TODAY)).toBe(0.5);
    expect(freshnessOf(null, TODAY)).toBe(0.5);
  });
});

describe("skillStates", () => {
  const at = (iso: string) => new Date(iso);

  it("takes the latest assessment by day, then by when it was recorded", () => {
    const states = skillStates(
      [
        { skillId: "a", level: 2, assessedOn: "2026-05-01", createdAt: at("2026-05-01T10:00:00Z") },
        { skillId: "a", level: 4, assessedOn: "2026-06-01", createdAt: at("2026-06-01T09:00:00Z") },
        { skillId: "a", level: 3, assessedOn: "2026-06-01", createdAt: at("2026-06-01T08:00:00Z") },
        // Recorded later but about an earlier day: not the current level.
        { skillId: "a", level: 1, assessedOn: "2026-04-01", createdAt: at("2026-11-01T08:00:00Z") },
      ],
      [],
      TODAY,
    );
    expect(states.get("a")).toEqual({
      current: 4,
      lastDemonstrated: "2026-06-01",
      evidenceItems: 0,
      evidenceWeight: 0,
    });
  });

  it("counts evidence older than twelve months at half weight", () => {
    const states = skillStates(
      [{ skillId: "a", level: 3, assessedOn: "2026-10-01", createdAt: at("2026-10-01T00:00:00Z") }],
      [
        { skillId: "a", date: "2026-10-01" },
        { skillId: "a", date: "2025-12-01" },
        { skillId: "a", date: "2025-06-01" },
        { skillId: "a", date: "2023-01-01" },
      ],
      TODAY,
    );
    expect(states.get("a")).toMatchObject({
      evidenceItems: 4,
      evidenceWeight: 3,
      lastDemonstrated: "2026-10-01",
    });
  });

  it("lets evidence move last-demonstrated later than the assessments", () => {
    const states = skillStates(
      [{ skillId: "a", level: 2, assessedOn: "2024-01-01", createdAt: at("2024-01-01T00:00:00Z") }],
      [{ skillId: "a", date: "2024-03-01" }],
      TODAY,
    );
    expect(states.get("a")?.lastDemonstrated).toBe("2024-03-01");
    expect(states.get("b")).toBeUndefined();
  });
});

describe("analyseLevel", () => {
  const competencies = [competency("apis", 1), competency("testing", 0), competency("k8s", 2, true)];
  const senior = level("senior", 2);
  const expectations = [
    expect_("senior", "apis", 4),
    expect_("senior", "testing", 4),
    expect_("senior", "k8s", 5),
  ];
  const inputs = (states: Record<string, SkillState>): GapInputs => ({
    competencies,
    expectations,
    states: new Map(Object.entries(states).map(([key, value]) => [`S-${key}`, value])),
    today: TODAY,
  });

  it("never assessed means level 0 and the whole expectation as a gap", () => {
    const analysis = analyseLevel(senior, inputs({}));
    expect(analysis.rows.map((row) => row.key)).toEqual(["testing", "apis", "k8s"]);
    expect(analysis.rows[0]).toMatchObject({ current: 0, expected: 4, gap: 4, met: false, credit: 0 });
    expect(analysis).toMatchObject({ total: 2, metCount: 0, readiness: 0 });
  });

  it("gives partial credit, caps it at 1 and excludes optional competencies", () => {
    const analysis = analyseLevel(senior, inputs({ testing: state(5), apis: state(2), k8s: state(1) }));
    const [testing, apis, k8s] = analysis.rows;
    expect(testing).toMatchObject({ gap: 0, met: true, credit: 1 });
    expect(apis).toMatchObject({ gap: 2, met: false, credit: 0.5 });
    // Optional: shown, never a gap, never counted.
    expect(k8s).toMatchObject({ optional: true, gap: null, met: false });
    expect(analysis).toMatchObject({ total: 2, metCount: 1, readiness: 75 });
  });

  it("halves the credit of a competency last demonstrated over a year ago, but it still counts as met", () => {
    const analysis = analyseLevel(
      senior,
      inputs({ testing: state(4, "2025-01-01"), apis: state(4, "2026-09-01") }),
    );
    expect(analysis.rows[0]).toMatchObject({ met: true, freshness: 0.5, credit: 0.5 });
    expect(analysis).toMatchObject({ metCount: 2, total: 2, readiness: 75 });
  });

  it("rounds readiness to a whole percent", () => {
    const three = [competency("a", 0), competency("b", 1), competency("c", 2)];
    const analysis = analyseLevel(level("mid", 1), {
      competencies: three,
      expectations: [expect_("mid", "a", 3), expect_("mid", "b", 3), expect_("mid", "c", 3)],
      states: new Map([["S-a", state(1)]]),
      today: TODAY,
    });
    // (1/3) / 3 = 11.1%
    expect(analysis.readiness).toBe(11);
  });

  it("a level without non-optional expectations is fully ready", () => {
    const analysis = analyseLevel(level("entry", 0), {
      competencies,
      expectations: [expect_("entry", "k8s", 2)],
      states: new Map(),
      today: TODAY,
    });
    expect(analysis).toMatchObject({ total: 0, metCount: 0, readiness: 100 });
    expect(analysis.rows).toHaveLength(1);
  });
});
