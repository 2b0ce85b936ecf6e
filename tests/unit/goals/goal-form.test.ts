import { describe, expect, it } from "vitest";
import { fieldErrorsFromZod } from "@/lib/field-errors";
import { goalForm, type GoalFormValues } from "@/lib/goals/goal-form";

const LADDER = "5b3c2a1e-7f7d-4c43-9a55-0f8f6b6f2d11";
const LEVEL = "0d7b3f0c-2a59-4a3e-8e0a-3f3f7c9f1b22";
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const blank: GoalFormValues = { ladderId: LADDER, currentLevelId: "", targetLevelId: "", targetDate: "" };

const errorsOf = (values: Partial<GoalFormValues>) => {
  const parsed = goalForm.safeParse({ ...blank, ...values });
  return parsed.success ? {} : fieldErrorsFromZod(parsed.error);
};

describe("the goal form", () => {
  it("reads blank selects and an empty date as not set", () => {
    expect(goalForm.parse(blank)).toEqual({
      ladderId: LADDER,
      currentLevelId: null,
      targetLevelId: null,
      targetDate: null,
    });
  });

  it("passes chosen levels and a future date through as the setGoal input", () => {
    const values = { ladderId: LADDER, currentLevelId: LEVEL, targetLevelId: LEVEL, targetDate: day(90) };
    expect(goalForm.parse(values)).toEqual(values);
  });

  it("puts the procedure's messages on the form's fields", () => {
    expect(errorsOf({ ladderId: "" })).toEqual({ ladderId: ["not a valid id"] });
    expect(errorsOf({ targetLevelId: "senior" })).toEqual({ targetLevelId: ["not a valid id"] });
    expect(errorsOf({ targetDate: day(-10) })).toEqual({
      targetDate: ["use a date that is not in the past"],
    });
    expect(errorsOf({ targetDate: "2027-02-30" })).toEqual({ targetDate: ["not a real date"] });
  });
});
