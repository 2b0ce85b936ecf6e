import { describe, expect, it } from "vitest";
import { analyseLevel, skillStates, type AssessmentFact } from "@/lib/gaps/analysis";
import { chooseRating, counts, RATING_SOURCES } from "@/lib/gaps/ratings";

const TODAY = "2026-11-30";
const at = (iso: string) => new Date(iso);

describe("chooseRating", () => {
  it("uses one source, or the lower of both falling back to whichever exists", () => {
    expect(chooseRating(4, 2, "self")).toBe(4);
    expect(chooseRating(4, 2, "mentor")).toBe(2);
    expect(chooseRating(4, 2, "lower")).toBe(2);
    expect(chooseRating(1, 3, "lower")).toBe(1);
    expect(chooseRating(3, 3, "lower")).toBe(3);
    expect(chooseRating(null, 3, "lower")).toBe(3);
    expect(chooseRating(2, null, "lower")).toBe(2);
    expect(chooseRating(null, null, "lower")).toBeNull();
    expect(chooseRating(null, 3, "self")).toBeNull();
    expect(chooseRating(4, null, "mentor")).toBeNull();
  });

  it("counts self ratings only for self, mentor ratings only for mentor, both for lower", () => {
    expect(RATING_SOURCES).toEqual(["self", "mentor", "lower"]);
    expect(counts("self", "self")).toBe(true);
    expect(counts("mentor", "self")).toBe(false);
    expect(counts("self", "mentor")).toBe(false);
    expect(counts("mentor", "mentor")).toBe(true);
    expect(counts("self", "lower")).toBe(true);
    expect(counts("mentor", "lower")).toBe(true);
  });
});

describe("skillStates by rating source", () => {
  const facts: AssessmentFact[] = [
    // A: self 4 (latest), mentor 2. B: self 2, mentor 5 (latest of two). C: mentor only. D: self only.
    { skillId: "a", level: 3, assessedOn: "2026-01-01", createdAt: at("2026-01-01T00:00:00Z") },
    {
      skillId: "a",
      level: 4,
      assessedOn: "2026-06-01",
      createdAt: at("2026-06-01T00:00:00Z"),
      source: "self",
    },
    {
      skillId: "a",
      level: 2,
      assessedOn: "2026-07-01",
      createdAt: at("2026-07-01T00:00:00Z"),
      source: "mentor",
    },
    {
      skillId: "b",
      level: 2,
      assessedOn: "2026-02-01",
      createdAt: at("2026-02-01T00:00:00Z"),
      source: "self",
    },
    {
      skillId: "b",
      level: 3,
      assessedOn: "2026-03-01",
      createdAt: at("2026-03-01T00:00:00Z"),
      source: "mentor",
    },
    {
      skillId: "b",
      level: 5,
      assessedOn: "2026-04-01",
      createdAt: at("2026-04-01T00:00:00Z"),
      source: "mentor",
    },
    {
      skillId: "c",
      level: 3,
      assessedOn: "2026-05-01",
      createdAt: at("2026-05-01T00:00:00Z"),
      source: "mentor",
    },
    {
      skillId: "d",
      level: 1,
      assessedOn: "2023-05-01",
      createdAt: at("2023-05-01T00:00:00Z"),
      source: "self",
    },
  ];
  const current = (source: "self" | "mentor" | "lower") =>
    Object.fromEntries(
      ["a", "b", "c", "d"].map((id) => [id, skillStates(facts, [], TODAY, source).get(id)?.current ?? 0]),
    );

  it("defaults to self ratings, ignoring mentors'", () => {
    expect(skillStates(facts, [], TODAY)).toEqual(skillStates(facts, [], TODAY, "self"));
    expect(current("self")).toEqual({ a: 4, b: 2, c: 0, d: 1 });
    // The mentor's later rating does not move the self view's last-demonstrated day.
    expect(skillStates(facts, [], TODAY, "self").get("a")?.lastDemonstrated).toBe("2026-06-01");
  });

  it("measures by the latest mentor rating", () => {
    expect(current("mentor")).toEqual({ a: 2, b: 5, c: 3, d: 0 });
    expect(skillStates(facts, [], TODAY, "mentor").get("d")).toBeUndefined();
  });

  it("measures by the lower of the latest self and latest mentor rating", () => {
    expect(current("lower")).toEqual({ a: 2, b: 2, c: 3, d: 1 });
    expect(skillStates(facts, [], TODAY, "lower").get("a")?.lastDemonstrated).toBe("2026-07-01");
  });

  it("meets an expectation of 3 by self but not by mentor or lower", () => {
    const level = { id: "L", key: "mid", name: "Mid", position: 0 };
    const inputs = (source: "self" | "mentor" | "lower") => ({
      competencies: [{ id: "C", key: "a", name: "A", skillId: "a", optional: false, position: 0 }],
      expectations: [{ levelId: "L", competencyId: "C", expectedLevel: 3, text: "" }],
      states: skillStates(facts, [], TODAY, source),
      today: TODAY,
    });
    expect(analyseLevel(level, inputs("self")).rows[0]).toMatchObject({ current: 4, met: true, gap: 0 });
    expect(analyseLevel(level, inputs("mentor")).rows[0]).toMatchObject({ current: 2, met: false, gap: 1 });
    expect(analyseLevel(level, inputs("lower")).rows[0]).toMatchObject({ current: 2, met: false, gap: 1 });
  });
});
