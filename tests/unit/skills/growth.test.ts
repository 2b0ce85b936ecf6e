import { describe, expect, it } from "vitest";
import { SKILL_SUGGESTIONS } from "@/lib/skills/catalogue";
import {
  type AssessmentPoint,
  chartRows,
  growthSeries,
  levelLabel,
  pendingSuggestions,
  roundLabel,
  sameSkillName,
} from "@/lib/skills/growth";
import { decodeHistoryCursor, encodeHistoryCursor, toHistoryPage } from "@/lib/skills/history-cursor";
import { formatMonth, monthEnd, monthsBetween, nextMonth, todayIn } from "@/lib/dates";

const at = (skillId: string, level: number, assessedOn: string, createdAt = `${assessedOn}T12:00:00Z`) =>
  ({ skillId, level, assessedOn, createdAt: new Date(createdAt) }) satisfies AssessmentPoint;

describe("months", () => {
  it("steps across a year end and lists a range inclusively", () => {
    expect(nextMonth("2024-12")).toBe("2025-01");
    expect(nextMonth("2025-09")).toBe("2025-10");
    expect(monthsBetween("2024-11", "2025-02")).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
    expect(monthsBetween("2025-03", "2025-03")).toEqual(["2025-03"]);
    expect(monthsBetween("2025-03", "2025-02")).toEqual([]);
  });

  it("knows each month's last day, leap years included", () => {
    expect(monthEnd("2024-02")).toBe("2024-02-29");
    expect(monthEnd("2025-02")).toBe("2025-02-28");
    expect(monthEnd("2025-04")).toBe("2025-04-30");
    expect(monthEnd("2025-12")).toBe("2025-12-31");
  });

  it("labels months and levels for people", () => {
    expect(formatMonth("2025-01")).toBe("Jan 2025");
    expect(levelLabel(3)).toBe("3 · Working knowledge");
    expect(levelLabel(5)).toBe("5 · Expert");
  });

  it("finds today in the user's time zone", () => {
    const now = new Date("2025-06-30T23:30:00Z");
    expect(todayIn("UTC", now)).toBe("2025-06-30");
    expect(todayIn("Europe/Berlin", now)).toBe("2025-07-01");
    expect(todayIn("America/Los_Angeles", now)).toBe("2025-06-30");
  });
});

describe("growthSeries", () => {
  const today = "2025-06-15";

  it("carries the last level forward and leaves months before the first assessment empty", () => {
    const rows = [at("a", 2, "2025-02-10"), at("a", 4, "2025-04-30"), at("b", 3, "2025-03-01")];
    const growth = growthSeries(rows, ["a", "b"], { from: "2025-01-01", to: "2025-05-31", today });
    expect(growth.months).toEqual(["2025-01", "2025-02", "2025-03", "2025-04", "2025-05"]);
    expect(growth.series).toEqual([
      { skillId: "a", levels: [null, 2, 2, 4, 4] },
      { skillId: "b", levels: [null, null, 3, 3, 3] },
    ]);
  });

  it("counts the level in force at month end: the latest date, then the latest entry that day", () => {
    const rows = [
      at("a", 5, "2025-03-31", "2025-04-02T00:00:00Z"),
      at("a", 1, "2025-03-02"),
      at("a", 3, "2025-03-31", "2025-03-31T08:00:00Z"),
      at("a", 2, "2025-04-01"),
    ];
    const growth = growthSeries(rows, ["a"], { from: "2025-03-01", to: "2025-04-30", today });
    expect(growth.series[0]?.levels).toEqual([5, 2]);
  });

  it("uses assessments from before the range to fill its first month", () => {
    const growth = growthSeries([at("a", 3, "2024-06-01")], ["a"], {
      from: "2025-01-01",
      to: "2025-02-01",
      today,
    });
    expect(growth.series[0]?.levels).toEqual([3, 3]);
  });

  it("defaults to the first assessment's month through today's month", () => {
    const growth = growthSeries([at("b", 1, "2025-05-20"), at("a", 2, "2025-03-05")], ["a", "b"], { today });
    expect(growth.months).toEqual(["2025-03", "2025-04", "2025-05", "2025-06"]);
    expect(growth.series.map((s) => s.levels)).toEqual([
      [2, 2, 2, 2],
      [null, null, 1, 1],
    ]);
  });

  it("has one month and no values when nothing was assessed", () => {
    const growth = growthSeries([], ["a"], { today });
    expect(growth).toEqual({ months: ["2025-06"], series: [{ skillId: "a", levels: [null] }] });
  });

  it("turns into one chart row per month keyed by skill id", () => {
    const growth = growthSeries([at("a", 2, "2025-05-01")], ["a", "b"], { from: "2025-04-01", today });
    expect(chartRows(growth)).toEqual([
      { month: "2025-04", label: "Apr 2025", a: null, b: null },
      { month: "2025-05", label: "May 2025", a: 2, b: null },
      { month: "2025-06", label: "Jun 2025", a: 2, b: null },
    ]);
  });
});

describe("names and suggestions", () => {
  it("compares names without case or surrounding space", () => {
    expect(sameSkillName(" Docker ", "docker")).toBe(true);
    expect(sameSkillName("Go", "Golang")).toBe(false);
  });

  it("offers the seed's suggestions the user has not added yet", () => {
    const pending = pendingSuggestions(["python", "Testing", "DOCKER"]);
    expect(pending).not.toContain("Python");
    expect(pending).not.toContain("Docker");
    expect(pending).toContain("Go");
    expect(pending).toHaveLength(SKILL_SUGGESTIONS.length - 2);
  });

  it("labels a round by stage and company", () => {
    expect(roundLabel("system-design", "Acme")).toBe("System design · Acme");
    expect(roundLabel("Pairing session", null)).toBe("Pairing session");
  });
});

describe("history cursor", () => {
  const cursor = {
    assessedOn: "2025-03-01",
    createdAt: new Date("2025-03-02T10:00:00.123Z"),
    id: "0b6d5a0e-4a43-4a3c-9c6e-2f4f9b0d8e11",
  };

  it("round-trips and refuses anything that is not one of ours", () => {
    expect(decodeHistoryCursor(encodeHistoryCursor(cursor))).toEqual(cursor);
    expect(decodeHistoryCursor(null)).toBeNull();
    expect(decodeHistoryCursor("garbage")).toBeNull();
    expect(decodeHistoryCursor(Buffer.from("2025-03-01|nope|x").toString("base64url"))).toBeNull();
    expect(
      decodeHistoryCursor(
        Buffer.from(`x|${cursor.createdAt.toISOString()}|${cursor.id}`).toString("base64url"),
      ),
    ).toBeNull();
  });

  it("uses the extra row only to say another page exists", () => {
    const rows = [cursor, { ...cursor, id: "1b6d5a0e-4a43-4a3c-9c6e-2f4f9b0d8e11" }];
    expect(toHistoryPage(rows, 2).nextCursor).toBeNull();
    const page = toHistoryPage(rows, 1);
    expect(page.items).toEqual([cursor]);
    expect(decodeHistoryCursor(page.nextCursor)).toEqual(cursor);
  });
});
