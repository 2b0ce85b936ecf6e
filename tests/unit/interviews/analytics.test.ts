import { describe, expect, it } from "vitest";
import type { RoundOutcome } from "@/lib/interviews/rules";
import {
  failureHeatmap,
  failureReasonsRanked,
  median,
  medianDaysBetweenRounds,
  outcomesByMonth,
  passRateByStage,
  type AnalyticsRound,
} from "@/lib/interviews/analytics";

let sequence = 0;
function round(
  outcome: RoundOutcome,
  overrides: Partial<Omit<AnalyticsRound, "outcome">> = {},
): AnalyticsRound {
  sequence += 1;
  return {
    id: `r${sequence}`,
    applicationId: "a1",
    stage: "phone-screen",
    scheduledAt: null,
    failureReasons: [],
    ...overrides,
    outcome,
  };
}
const at = (iso: string) => new Date(iso);

describe("passRateByStage", () => {
  it("is passed / (passed + failed), ignoring pending and cancelled rounds", () => {
    const rates = passRateByStage([
      round("passed"),
      round("passed"),
      round("failed"),
      round("pending"),
      round("cancelled"),
    ]);
    expect(rates).toEqual([
      { stage: "phone-screen", name: "Phone screen", passed: 2, failed: 1, rate: 2 / 3 },
    ]);
  });

  it("leaves out stages with no decided round and orders built-ins first, own labels by name", () => {
    const rates = passRateByStage([
      round("failed", { stage: "Pairing" }),
      round("passed", { stage: "onsite" }),
      round("pending", { stage: "behavioral" }),
      round("passed", { stage: "Culture chat" }),
      round("failed", { stage: "phone-screen" }),
    ]);
    expect(rates.map((rate) => [rate.stage, rate.name, rate.rate])).toEqual([
      ["phone-screen", "Phone screen", 0],
      ["onsite", "Onsite", 1],
      ["Culture chat", "Culture chat", 1],
      ["Pairing", "Pairing", 0],
    ]);
  });

  it("is empty without rounds", () => {
    expect(passRateByStage([])).toEqual([]);
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe("medianDaysBetweenRounds", () => {
  it("measures gaps between consecutive scheduled rounds of the same application only", () => {
    const gaps = medianDaysBetweenRounds([
      round("passed", { applicationId: "a", scheduledAt: at("2026-01-10T10:00:00Z") }),
      round("passed", { applicationId: "a", scheduledAt: at("2026-01-01T10:00:00Z") }),
      round("pending", { applicationId: "a", scheduledAt: at("2026-01-12T10:00:00Z") }),
      round("passed", { applicationId: "b", scheduledAt: at("2026-01-11T10:00:00Z") }),
      round("passed", { applicationId: "b", scheduledAt: null }),
    ]);
    // a: 9 days then 2 days; b has a single scheduled round, so no gap across applications.
    expect(gaps).toEqual({ medianDays: 5.5, gaps: 2 });
  });

  it("skips cancelled rounds and rounds to a tenth of a day", () => {
    const gaps = medianDaysBetweenRounds([
      round("passed", { scheduledAt: at("2026-01-01T00:00:00Z") }),
      round("cancelled", { scheduledAt: at("2026-01-02T00:00:00Z") }),
      round("failed", { scheduledAt: at("2026-01-04T08:00:00Z") }),
    ]);
    expect(gaps).toEqual({ medianDays: 3.3, gaps: 1 });
  });

  it("is null without a pair of scheduled rounds", () => {
    expect(medianDaysBetweenRounds([round("passed", { scheduledAt: at("2026-01-01T00:00:00Z") })])).toEqual({
      medianDays: null,
      gaps: 0,
    });
  });
});

describe("outcomesByMonth", () => {
  it("counts passed and failed per month, fills empty months between and skips the rest", () => {
    const months = outcomesByMonth(
      [
        round("passed", { scheduledAt: at("2025-11-03T10:00:00Z") }),
        round("failed", { scheduledAt: at("2025-11-20T10:00:00Z") }),
        round("failed", { scheduledAt: at("2026-01-02T10:00:00Z") }),
        round("pending", { scheduledAt: at("2026-03-02T10:00:00Z") }),
        round("cancelled", { scheduledAt: at("2026-04-02T10:00:00Z") }),
        round("passed", { scheduledAt: null }),
      ],
      "UTC",
    );
    expect(months).toEqual([
      { month: "2025-11", passed: 1, failed: 1 },
      { month: "2025-12", passed: 0, failed: 0 },
      { month: "2026-01", passed: 0, failed: 1 },
    ]);
  });

  it("uses the month in the user's time zone", () => {
    const rounds = [round("passed", { scheduledAt: at("2026-03-01T02:00:00Z") })];
    expect(outcomesByMonth(rounds, "America/Los_Angeles")).toEqual([
      { month: "2026-02", passed: 1, failed: 0 },
    ]);
    expect(outcomesByMonth(rounds, "Europe/Berlin")).toEqual([{ month: "2026-03", passed: 1, failed: 0 }]);
  });

  it("is empty without decided, scheduled rounds", () => {
    expect(outcomesByMonth([round("pending", { scheduledAt: at("2026-01-01T00:00:00Z") })], "UTC")).toEqual(
      [],
    );
  });
});

describe("failureReasonsRanked", () => {
  it("counts reasons of failed rounds, most frequent first, ties by name", () => {
    const ranked = failureReasonsRanked([
      round("failed", { failureReasons: ["unclear-communication", "Nerves"] }),
      round("failed", { failureReasons: ["inadequate-preparation", "Nerves"] }),
      round("failed", { failureReasons: ["Ambiguous brief"] }),
      round("failed", { failureReasons: ["Nerves", "Nerves"] }),
    ]);
    expect(ranked).toEqual([
      { reason: "Nerves", name: "Nerves", count: 3 },
      { reason: "Ambiguous brief", name: "Ambiguous brief", count: 1 },
      { reason: "inadequate-preparation", name: "Inadequate preparation", count: 1 },
      { reason: "unclear-communication", name: "Unclear communication", count: 1 },
    ]);
  });

  it("ignores reasons stored on rounds that did not fail", () => {
    expect(failureReasonsRanked([round("passed", { failureReasons: ["stale"] })])).toEqual([]);
  });
});

describe("failureHeatmap", () => {
  const entry = (roundId: string, stage: string, skillId: string, skillName: string) => ({
    roundId,
    stage,
    skillId,
    skillName,
  });

  it("counts failed rounds by competency × stage, rows by total then name, stages in catalogue order", () => {
    const heatmap = failureHeatmap([
      entry("r1", "system-design", "s1", "Database Design"),
      entry("r1", "system-design", "s2", "APIs"),
      entry("r2", "phone-screen", "s1", "Database Design"),
      entry("r3", "system-design", "s1", "Database Design"),
      entry("r3", "system-design", "s1", "Database Design"),
      entry("r4", "Whiteboard", "s3", "Communication"),
    ]);
    expect(heatmap.stages).toEqual([
      { stage: "phone-screen", name: "Phone screen" },
      { stage: "system-design", name: "System design" },
      { stage: "Whiteboard", name: "Whiteboard" },
    ]);
    expect(heatmap.rows).toEqual([
      { skillId: "s1", name: "Database Design", counts: [1, 2, 0], total: 3 },
      { skillId: "s2", name: "APIs", counts: [0, 1, 0], total: 1 },
      { skillId: "s3", name: "Communication", counts: [0, 0, 1], total: 1 },
    ]);
    expect(heatmap.max).toBe(2);
  });

  it("is empty without failed competencies", () => {
    expect(failureHeatmap([])).toEqual({ stages: [], rows: [], max: 0 });
  });
});
