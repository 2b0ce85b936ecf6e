import { describe, expect, it } from "vitest";
import { checkBullet, firstWord } from "@/lib/projects/bullet-check";
import { findNumbers, formatNumber, formatValue, mentionStates } from "@/lib/projects/numbers";

const codes = (text: string, confidential: Parameters<typeof checkBullet>[1] = []) =>
  checkBullet(text, confidential).map((issue) => issue.code);

describe("checkBullet", () => {
  it("passes a strong bullet", () => {
    expect(checkBullet("Cut p95 latency of the orders API from 800 ms to 240 ms (−70%)")).toEqual([]);
    expect(codes("• Reduced build time by 40% across 12 services")).toEqual([]);
  });

  it("flags a bullet without a number, with a message", () => {
    const issues = checkBullet("Reduced latency of the orders API");
    expect(issues).toEqual([{ code: "no-number", message: expect.stringContaining("No number") }]);
  });

  it("does not count digits glued to words (p95, v2) as numbers", () => {
    expect(codes("Reduced p95 latency of the v2 API")).toEqual(["no-number"]);
  });

  it("flags a weak or missing opening verb", () => {
    expect(codes("Worked on reducing latency by 30%")).toEqual(["no-action-verb"]);
    expect(codes("Responsible for the 3 payment services")).toEqual(["no-action-verb", "no-outcome"]);
    expect(codes("- the API got 30% faster")).toEqual(["no-action-verb"]);
  });

  it("flags a bullet that states an activity, not an outcome", () => {
    expect(codes("Built 3 microservices in Go")).toEqual(["no-outcome"]);
    expect(codes("Migrated 40 services from Heroku to Kubernetes")).toEqual([]);
    expect(codes("Led a team of 5 engineers, resulting in 2 launches")).toEqual([]);
  });

  it("flags everything at once for an empty-sounding bullet", () => {
    expect(codes("was in charge of stuff")).toEqual(["no-number", "no-action-verb", "no-outcome"]);
  });

  describe("confidential figures", () => {
    const cost = { metric: "monthly AWS cost", baseline: 1200, result: 850 };

    it.each(["1,200", "1200", "1.2k", "1.2K", "$1,200", "1.2 thousand", "USD 1200.0"])(
      "finds 1200 written as %s",
      (written) => {
        expect(codes(`Cut monthly AWS cost from ${written} to less by 29%`, [cost])).toContain(
          "confidential-number",
        );
      },
    );

    it("finds the result as well as the baseline, and names the metric", () => {
      const issues = checkBullet("Cut monthly AWS cost to $850 (−29%)", [cost]);
      expect(issues).toEqual([
        {
          code: "confidential-number",
          message: expect.stringContaining("850 from “monthly AWS cost”"),
        },
      ]);
    });

    it("finds millions written short", () => {
      const revenue = { metric: "ARR", baseline: null, result: 3_400_000 };
      expect(codes("Grew ARR to $3.4M", [revenue])).toContain("confidential-number");
      expect(codes("Grew ARR to 3.4 million dollars", [revenue])).toContain("confidential-number");
      expect(codes("Grew ARR to 3,400,000 USD", [revenue])).toContain("confidential-number");
    });

    it("leaves other numbers and relative changes alone", () => {
      expect(codes("Cut monthly AWS cost by 29% in 3 months", [cost])).toEqual([]);
      expect(codes("Cut monthly AWS cost by 1,000 dollars", [cost])).toEqual([]);
      expect(codes("Cut monthly AWS cost for 12 teams by 29%", [{ ...cost, baseline: 12.4 }])).toContain(
        "confidential-number",
      );
      expect(codes("Cut costs for 1 team by 29%", [{ ...cost, baseline: 1.4, result: 0.9 }])).toEqual([]);
    });

    it("ignores outcomes that are not confidential (the caller passes only confidential ones)", () => {
      expect(codes("Cut monthly AWS cost from $1,200 to $850", [])).toEqual([]);
    });
  });
});

describe("firstWord", () => {
  it("skips list markers and punctuation", () => {
    expect(firstWord("  • Cut costs")).toBe("cut");
    expect(firstWord("- “Led” the team")).toBe("led");
    expect(firstWord("")).toBe("");
  });
});

describe("numbers", () => {
  it("formats with thousands separators and a real minus", () => {
    expect(formatNumber(1234567.891)).toBe("1,234,567.89");
    expect(formatNumber(-5)).toBe("\u22125");
    expect(formatNumber(0.000123)).toBe("0.000123");
    expect(formatValue(240, "ms")).toBe("240 ms");
    expect(formatValue(99.95, "%")).toBe("99.95%");
    expect(formatValue(12000, "usd")).toBe("$12,000");
    expect(formatValue(-3, "$")).toBe("\u2212$3");
    expect(formatValue(3, "x")).toBe("3x");
  });

  it("reads numbers the way a reader does", () => {
    expect(findNumbers("from 1,200 to 1.2k and 3M over p95, v2 and 5 ms").map((m) => m.value)).toEqual([
      1200, 1200, 3_000_000, 5,
    ]);
    expect(findNumbers("no figures here")).toEqual([]);
  });

  it("counts a rounded mention only with two significant digits", () => {
    const [k] = findNumbers("1.2k");
    const [one] = findNumbers("1");
    expect(k && mentionStates(k, 1234)).toBe(true);
    expect(k && mentionStates(k, 1260)).toBe(false);
    expect(one && mentionStates(one, 1.4)).toBe(false);
    expect(one && mentionStates(one, 1)).toBe(true);
  });
});
