import { describe, expect, it } from "vitest";
import { fieldErrorsFromZod } from "@/lib/field-errors";
import { gapAnalysisInput, setGoalInput } from "@/lib/goals/inputs";

const LADDER = "5b3c2a1e-7f7d-4c43-9a55-0f8f6b6f2d11";
const LEVEL = "0d7b3f0c-2a59-4a3e-8e0a-3f3f7c9f1b22";
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

const errorsOf = (input: unknown) => {
  const parsed = setGoalInput.safeParse(input);
  return parsed.success ? {} : fieldErrorsFromZod(parsed.error);
};

describe("setGoalInput", () => {
  it("accepts a ladder alone, or with levels and a future date", () => {
    expect(setGoalInput.parse({ ladderId: LADDER })).toEqual({ ladderId: LADDER });
    const full = { ladderId: LADDER, currentLevelId: LEVEL, targetLevelId: LEVEL, targetDate: day(90) };
    expect(setGoalInput.parse(full)).toEqual(full);
    expect(setGoalInput.parse({ ladderId: LADDER, targetDate: day(0) }).targetDate).toBe(day(0));
    expect(setGoalInput.parse({ ladderId: LADDER, targetDate: null }).targetDate).toBeNull();
  });

  it("puts each problem on its field", () => {
    expect(errorsOf({})).toEqual({ ladderId: ["not a valid id"] });
    expect(errorsOf({ ladderId: "nope" })).toEqual({ ladderId: ["not a valid id"] });
    expect(errorsOf({ ladderId: LADDER, targetLevelId: "x" })).toEqual({ targetLevelId: ["not a valid id"] });
    expect(errorsOf({ ladderId: LADDER, currentLevelId: 7 })).toHaveProperty("currentLevelId");
  });

  it("refuses a target date in the past, unreal or absurd", () => {
    expect(errorsOf({ ladderId: LADDER, targetDate: day(-3) })).toEqual({
      targetDate: ["use a date that is not in the past"],
    });
    expect(errorsOf({ ladderId: LADDER, targetDate: "2027-02-30" })).toEqual({
      targetDate: ["not a real date"],
    });
    expect(errorsOf({ ladderId: LADDER, targetDate: "3000-01-01" })).toEqual({
      targetDate: ["that date is too far in the future"],
    });
    expect(errorsOf({ ladderId: LADDER, targetDate: "next year" })).toEqual({
      targetDate: ["use the form YYYY-MM-DD"],
    });
  });
});

describe("gapAnalysisInput", () => {
  it("defaults to the goal and checks ids", () => {
    expect(gapAnalysisInput.parse(undefined)).toEqual({});
    expect(gapAnalysisInput.parse({ ladderId: LADDER, levelId: null })).toEqual({
      ladderId: LADDER,
      levelId: null,
    });
    expect(gapAnalysisInput.safeParse({ levelId: "1" }).success).toBe(false);
  });

  it("takes a rating source and a mentee id, each refused by name when wrong", () => {
    expect(gapAnalysisInput.parse({ ratingSource: "lower", menteeId: LADDER })).toEqual({
      ratingSource: "lower",
      menteeId: LADDER,
    });
    // Left out, the service measures by self ratings.
    expect(gapAnalysisInput.parse({}).ratingSource).toBeUndefined();
    const bad = gapAnalysisInput.safeParse({ ratingSource: "peer", menteeId: "nope" });
    expect(bad.success ? {} : fieldErrorsFromZod(bad.error)).toEqual({
      ratingSource: ["choose self, mentor or lower"],
      menteeId: ["not a valid id"],
    });
  });
});
