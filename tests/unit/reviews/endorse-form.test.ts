import { describe, expect, it } from "vitest";
import { fieldErrorsFromZod } from "@/lib/field-errors";
import { endorseForm } from "@/lib/reviews/endorse-form";

const menteeId = "0b6d5a0e-4a43-4a3c-9c6e-2f4f9b0d8e11";
const skillId = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f";
const typed = { menteeId, skillId, level: "3", assessedOn: "2025-03-01", note: "" };

describe("endorseForm", () => {
  it("turns the level's text into its number and an empty note into null", () => {
    expect(endorseForm.parse(typed)).toEqual({
      menteeId,
      skillId,
      level: 3,
      assessedOn: "2025-03-01",
      note: null,
    });
  });

  it("refuses a missing level and a future date at once, with endorseInput's messages", () => {
    const result = endorseForm.safeParse({ ...typed, level: "", assessedOn: "2999-01-01" });
    expect(result.error && fieldErrorsFromZod(result.error)).toEqual({
      level: ["choose a level from 1 to 5"],
      assessedOn: ["that date is too far in the future"],
    });
  });

  it("refuses a level outside the scale", () => {
    const result = endorseForm.safeParse({ ...typed, level: "6" });
    expect(result.error && fieldErrorsFromZod(result.error)).toEqual({
      level: ["choose a level from 1 to 5"],
    });
  });
});
