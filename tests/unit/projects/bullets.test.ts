import { describe, expect, it } from "vitest";
import {
  type BulletOutcome,
  bulletFor,
  bulletsFor,
  CONFIDENTIAL_NOTE,
  directionOf,
  lowerIsBetter,
  timeframePhrase,
  verbFor,
} from "@/lib/projects/bullets";

const outcome = (overrides: Partial<BulletOutcome> = {}): BulletOutcome => ({
  metric: "p95 latency of the orders API",
  baseline: 800,
  result: 240,
  unit: "ms",
  timeframe: null,
  confidence: "measured",
  confidential: false,
  ...overrides,
});

describe("bulletFor", () => {
  it("builds the issue's example exactly, with a U+2212 minus", () => {
    const bullet = bulletFor(outcome());
    expect(bullet).toBe("Cut p95 latency of the orders API from 800 ms to 240 ms (\u221270%)");
    expect(bullet).not.toContain("-70%");
  });

  it("says Increased with a plus sign when more is better", () => {
    expect(
      bulletFor(outcome({ metric: "checkout throughput", baseline: 1200, result: 3000, unit: "req/s" })),
    ).toBe("Increased checkout throughput from 1,200 req/s to 3,000 req/s (+150%)");
  });

  it("gives a multiple once the result is ten times the baseline", () => {
    expect(
      bulletFor(outcome({ metric: "weekly active users", baseline: 150, result: 4500, unit: "users" })),
    ).toBe("Increased weekly active users from 150 users to 4,500 users (30×)");
  });

  it("says percentage points, not a percent of a percent, for % metrics", () => {
    expect(bulletFor(outcome({ metric: "test coverage", baseline: 40, result: 85, unit: "%" }))).toBe(
      "Increased test coverage from 40% to 85% (+45 percentage points)",
    );
    expect(bulletFor(outcome({ metric: "error rate", baseline: 2.5, result: 1.5, unit: "%" }))).toBe(
      "Cut error rate from 2.5% to 1.5% (\u22121 percentage point)",
    );
  });

  it("says Achieved with the level when there is no baseline", () => {
    expect(bulletFor(outcome({ metric: "availability", baseline: null, result: 99.95, unit: "%" }))).toBe(
      "Achieved 99.95% availability",
    );
  });

  it("marks estimated numbers with ~ and (est.)", () => {
    expect(bulletFor(outcome({ confidence: "estimated" }))).toBe(
      "Cut p95 latency of the orders API from ~800 ms to ~240 ms (\u221270%, est.)",
    );
    expect(
      bulletFor(
        outcome({ metric: "availability", baseline: null, result: 99.9, unit: "%", confidence: "estimated" }),
      ),
    ).toBe("Achieved ~99.9% availability (est.)");
  });

  it("never quotes a confidential outcome's numbers", () => {
    const bullet = bulletFor(
      outcome({
        confidential: true,
        metric: "monthly AWS cost",
        baseline: 48_000,
        result: 31_000,
        unit: "USD",
      }),
    );
    expect(bullet).toBe(`Cut monthly AWS cost ${CONFIDENTIAL_NOTE}`);
    expect(bullet).not.toMatch(/\d/);
    expect(
      bulletFor(outcome({ confidential: true, baseline: null, result: 99.99, metric: "uptime", unit: "%" })),
    ).toBe(`Achieved uptime ${CONFIDENTIAL_NOTE}`);
    expect(
      bulletFor(outcome({ confidential: true, baseline: 5, result: 5, timeframe: "over 2 years" })),
    ).toBe(`Held p95 latency of the orders API steady over 2 years ${CONFIDENTIAL_NOTE}`);
  });

  it("formats thousands and currencies", () => {
    expect(
      bulletFor(
        outcome({ metric: "monthly cloud cost", baseline: 1_250_000, result: 980_500.5, unit: "USD" }),
      ),
    ).toBe("Cut monthly cloud cost from $1,250,000 to $980,500.5 (\u221222%)");
    expect(
      bulletFor(outcome({ metric: "annual revenue", baseline: 2_000_000, result: 2_300_000, unit: "EUR" })),
    ).toBe("Increased annual revenue from €2,000,000 to €2,300,000 (+15%)");
  });

  it("adds the timeframe before the change", () => {
    expect(bulletFor(outcome({ timeframe: "over 3 months" }))).toBe(
      "Cut p95 latency of the orders API from 800 ms to 240 ms over 3 months (\u221270%)",
    );
    expect(bulletFor(outcome({ timeframe: "Q3 2024" }))).toBe(
      "Cut p95 latency of the orders API from 800 ms to 240 ms in Q3 2024 (\u221270%)",
    );
  });

  it("rounds percentages sensibly", () => {
    expect(bulletFor(outcome({ baseline: 300, result: 289.6 }))).toBe(
      "Cut p95 latency of the orders API from 300 ms to 289.6 ms (\u22123.5%)",
    );
    expect(bulletFor(outcome({ baseline: 1000, result: 999.5 }))).toBe(
      "Cut p95 latency of the orders API from 1,000 ms to 999.5 ms (\u22120.05%)",
    );
    expect(bulletFor(outcome({ baseline: 3, result: 2 }))).toBe(
      "Cut p95 latency of the orders API from 3 ms to 2 ms (\u221233%)",
    );
  });

  it("leaves the change out when the baseline is zero or nothing moved", () => {
    expect(
      bulletFor(outcome({ metric: "paying customers", baseline: 0, result: 40, unit: "customers" })),
    ).toBe("Increased paying customers from 0 customers to 40 customers");
    expect(bulletFor(outcome({ baseline: 240, result: 240 }))).toBe(
      "Held p95 latency of the orders API at 240 ms",
    );
  });

  it("describes a worsening honestly rather than as a win", () => {
    expect(bulletFor(outcome({ baseline: 240, result: 800 }))).toBe(
      "Raised p95 latency of the orders API from 240 ms to 800 ms (+233%)",
    );
    expect(bulletFor(outcome({ metric: "conversion rate", baseline: 3.2, result: 2.9, unit: "%" }))).toBe(
      "Reduced conversion rate from 3.2% to 2.9% (\u22120.3 percentage points)",
    );
  });

  it("keeps only recorded outcomes, in order", () => {
    expect(bulletsFor([])).toEqual([]);
    expect(
      bulletsFor([outcome(), outcome({ metric: "availability", baseline: null, result: 99.95, unit: "%" })]),
    ).toEqual([
      "Cut p95 latency of the orders API from 800 ms to 240 ms (\u221270%)",
      "Achieved 99.95% availability",
    ]);
  });
});

describe("lowerIsBetter", () => {
  it.each([
    ["p95 latency of the orders API", "ms", true],
    ["build time", "minutes", true],
    ["deploy duration", "s", true],
    ["monthly AWS cost", "USD", true],
    ["production incidents per quarter", "incidents", true],
    ["5xx errors", "per day", true],
    ["MTTR", "hours", true],
    ["on-call toil", "hours", true],
    ["engineering hours saved per week", "hours", false],
    ["annual revenue", "USD", false],
    ["throughput", "req/s", false],
    ["test coverage", "%", false],
    ["availability", "%", false],
    ["page load", "s", true],
  ])("%s in %s ⇒ %s", (metric, unit, expected) => {
    expect(lowerIsBetter(metric, unit)).toBe(expected);
  });
});

describe("verbs and timeframes", () => {
  it("picks the verb from direction and whether lower is better", () => {
    expect(verbFor(directionOf(800, 240), true)).toBe("Cut");
    expect(verbFor(directionOf(800, 240), false)).toBe("Reduced");
    expect(verbFor(directionOf(240, 800), false)).toBe("Increased");
    expect(verbFor(directionOf(240, 800), true)).toBe("Raised");
    expect(verbFor(directionOf(null, 1), true)).toBe("Achieved");
    expect(verbFor(directionOf(5, 5), true)).toBe("Held");
  });

  it("adds 'in' only when the timeframe has no preposition", () => {
    expect(timeframePhrase(null)).toBe("");
    expect(timeframePhrase("  ")).toBe("");
    expect(timeframePhrase("within 6 weeks")).toBe(" within 6 weeks");
    expect(timeframePhrase("2024")).toBe(" in 2024");
  });
});

describe("metric wording inside a sentence", () => {
  it("lower-cases a capitalised word but keeps acronyms", async () => {
    const { bulletFor } = await import("@/lib/projects/bullets");
    const base = {
      baseline: 55,
      result: 78,
      unit: "%",
      timeframe: null,
      confidence: "measured",
      confidential: false,
    } as const;
    expect(bulletFor({ ...base, metric: "Test coverage" })).toContain("Increased test coverage");
    expect(bulletFor({ ...base, metric: "API availability" })).toContain("API availability");
  });
});
