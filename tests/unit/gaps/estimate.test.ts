import { describe, expect, it } from "vitest";
import type { GapCompetency, GapExpectation, GapInputs, GapLevel, SkillState } from "@/lib/gaps/analysis";
import { analyseLadder, estimateLevel, workOnNext } from "@/lib/gaps/estimate";

const TODAY = "2026-11-30";
const LEVEL_KEYS = ["l1", "l2", "l3", "l4", "l5", "l6"];
const levels: GapLevel[] = LEVEL_KEYS.map((key, position) => ({
  id: `L-${key}`,
  key,
  name: key.toUpperCase(),
  position,
}));
// Deliberately out of order: positions decide, not array order.
const shuffled = [levels[3], levels[0], levels[5], levels[1], levels[4], levels[2]].filter(
  (level): level is GapLevel => level !== undefined,
);
const NAMES = ["Testing", "APIs", "Databases", "Security", "Mentoring"];
const competencies: GapCompetency[] = [
  ...NAMES.map((name, position) => ({
    id: `C-${name}`,
    key: name,
    name,
    skillId: `S-${name}`,
    optional: false,
    position,
  })),
  {
    id: "C-Kubernetes",
    key: "Kubernetes",
    name: "Kubernetes",
    skillId: "S-Kubernetes",
    optional: true,
    position: 9,
  },
];
/** Level n (1-based) expects min(n, 5) of every competency; Mentoring only from l3 on. */
const expectations: GapExpectation[] = levels.flatMap((level, index) =>
  competencies
    .filter((competency) => competency.name !== "Mentoring" || index >= 2)
    .map((competency) => ({
      levelId: level.id,
      competencyId: competency.id,
      expectedLevel: Math.min(index + 1, 5),
      text: "",
    })),
);
const inputsWith = (levelsBySkill: Record<string, number>): GapInputs => ({
  competencies,
  expectations,
  states: new Map(
    Object.entries(levelsBySkill).map(([name, current]): [string, SkillState] => [
      `S-${name}`,
      { current, lastDemonstrated: TODAY, evidenceItems: 1, evidenceWeight: 1 },
    ]),
  ),
  today: TODAY,
});

describe("a six-level ladder", () => {
  it("analyses levels lowest first and estimates the highest level climbed", () => {
    const analyses = analyseLadder(
      shuffled,
      inputsWith({ Testing: 3, APIs: 3, Databases: 4, Security: 3, Mentoring: 2 }),
    );
    expect(analyses.map((analysis) => analysis.level.key)).toEqual(LEVEL_KEYS);
    expect(analyses.map((analysis) => analysis.readiness)).toEqual([100, 100, 93, 75, 60, 60]);
    const estimate = estimateLevel(analyses);
    expect(estimate.level?.key).toBe("l2");
    expect(estimate.next?.key).toBe("l3");
    expect(estimate).toMatchObject({ nextMetCount: 4, nextTotal: 5, nextReadiness: 93 });
    expect(estimate.explanation).toBe("4 of 5 competencies meet L3; readiness 93%.");
  });

  it("ignores optional competencies when deciding a level is met", () => {
    const all = { Testing: 5, APIs: 5, Databases: 5, Security: 5, Mentoring: 5, Kubernetes: 1 };
    const estimate = estimateLevel(analyseLadder(levels, inputsWith(all)));
    expect(estimate.level?.key).toBe("l6");
    expect(estimate.next).toBeNull();
    expect(estimate.explanation).toBe("Every expectation is met up to L6, the top level.");
  });

  it("is below the first level when nothing is assessed", () => {
    const estimate = estimateLevel(analyseLadder(levels, inputsWith({})));
    expect(estimate.level).toBeNull();
    expect(estimate.next?.key).toBe("l1");
    expect(estimate.explanation).toBe("Not yet at L1: 0 of 4 competencies meet L1; readiness 0%.");
  });

  it("does not jump over an unmet level to a higher one with fewer expectations", () => {
    const sparse: GapExpectation[] = [
      { levelId: "L-l1", competencyId: "C-Testing", expectedLevel: 2, text: "" },
      { levelId: "L-l2", competencyId: "C-Testing", expectedLevel: 3, text: "" },
      { levelId: "L-l2", competencyId: "C-APIs", expectedLevel: 3, text: "" },
      { levelId: "L-l3", competencyId: "C-Testing", expectedLevel: 3, text: "" },
    ];
    const analyses = analyseLadder(levels.slice(0, 3), {
      ...inputsWith({ Testing: 3 }),
      expectations: sparse,
    });
    expect(analyses.map((analysis) => analysis.metCount === analysis.total)).toEqual([true, false, true]);
    expect(estimateLevel(analyses).level?.key).toBe("l1");
    expect(estimateLevel(analyses).explanation).toBe("1 of 2 competencies meet L2; readiness 50%.");
  });

  it("handles a ladder without levels", () => {
    expect(estimateLevel([])).toMatchObject({
      level: null,
      next: null,
      explanation: "This ladder has no levels.",
    });
  });

  it("says competency in the singular", () => {
    const one = [{ levelId: "L-l1", competencyId: "C-Testing", expectedLevel: 2, text: "" }];
    const analyses = analyseLadder(levels.slice(0, 1), { ...inputsWith({}), expectations: one });
    expect(estimateLevel(analyses).explanation).toBe(
      "Not yet at L1: 0 of 1 competency meets L1; readiness 0%.",
    );
  });
});

describe("workOnNext", () => {
  const atL5 = (states: Record<string, number>) => {
    const analysis = analyseLadder(levels, inputsWith(states))[4];
    if (!analysis) throw new Error("no fifth level");
    return analysis;
  };

  it("lists the three biggest gaps, ties by name, never an optional one", () => {
    const analysis = atL5({ Testing: 4, APIs: 2, Databases: 2, Security: 2, Mentoring: 1, Kubernetes: 0 });
    const items = workOnNext(analysis, []);
    // Mentoring has the biggest gap (4); APIs, Databases and Security tie at 3: APIs and Databases by name.
    expect(items.map((item) => [item.name, item.gap])).toEqual([
      ["Mentoring", 4],
      ["APIs", 3],
      ["Databases", 3],
    ]);
    expect(items[0]).toMatchObject({ current: 1, expected: 5, failedRounds: 0, failureReasons: [] });
  });

  it("returns fewer items when fewer gaps remain, none when all are met", () => {
    expect(
      workOnNext(atL5({ Testing: 5, APIs: 5, Databases: 5, Security: 5, Mentoring: 4 }), []),
    ).toHaveLength(1);
    expect(workOnNext(atL5({ Testing: 5, APIs: 5, Databases: 5, Security: 5, Mentoring: 5 }), [])).toEqual(
      [],
    );
  });

  it("counts failure reasons of failed rounds that tested the competency's skill", () => {
    const analysis = atL5({ Testing: 5, APIs: 1, Databases: 5, Security: 5, Mentoring: 5 });
    const [apis] = workOnNext(analysis, [
      {
        roundId: "r1",
        skillId: "S-APIs",
        failureReasons: ["poor-problem-solving", "inadequate-preparation"],
      },
      // The same reason twice on one round counts once.
      { roundId: "r2", skillId: "S-APIs", failureReasons: ["poor-problem-solving", "poor-problem-solving"] },
      { roundId: "r3", skillId: "S-APIs", failureReasons: ["nerves"] },
      { roundId: "r4", skillId: "S-Testing", failureReasons: ["unclear-communication"] },
    ]);
    expect(apis?.failedRounds).toBe(3);
    expect(apis?.failureReasons).toEqual([
      { reason: "poor-problem-solving", name: "Poor problem-solving", count: 2 },
      { reason: "inadequate-preparation", name: "Inadequate preparation", count: 1 },
      { reason: "nerves", name: "nerves", count: 1 },
    ]);
  });
});
