import { describe, expect, it } from "vitest";
import { fieldErrorsFromZod } from "@/lib/field-errors";
import { surveyImportForm, surveyImportQuery } from "@/lib/salaries/import-form";

const ladderId = "0b6d5a0e-4a43-4a3c-9c6e-2f4f9b0d8e11";
const levelId = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f";
const file = new File(["work_year\n"], "survey.csv", { type: "text/csv" });
const typed = { ladderId, file, source: "", licence: " CC0 ", levelMapping: { EN: levelId, MI: "" } };

function errorsOf(result: { error?: Parameters<typeof fieldErrorsFromZod>[0] | undefined }) {
  if (!result.error) throw new Error("expected the form to be refused");
  return fieldErrorsFromZod(result.error);
}

describe("surveyImportForm", () => {
  it("takes the file's name, trims the options and leaves unset levels to the default mapping", () => {
    expect(surveyImportForm.parse(typed)).toEqual({
      ladderId,
      fileName: "survey.csv",
      source: null,
      licence: "CC0",
      dryRun: false,
      levelMapping: { EN: levelId },
    });
  });

  it("asks for a file when none, or an empty one, is chosen", () => {
    expect(errorsOf(surveyImportForm.safeParse({ ...typed, file: null }))).toEqual({
      file: ["choose a CSV file"],
    });
    expect(errorsOf(surveyImportForm.safeParse({ ...typed, file: new File([], "empty.csv") }))).toEqual({
      file: ["choose a CSV file"],
    });
  });

  it("refuses a level that is not an id and a licence too long, at their fields", () => {
    expect(
      errorsOf(
        surveyImportForm.safeParse({ ...typed, licence: "x".repeat(101), levelMapping: { SE: "senior" } }),
      ),
    ).toEqual({ licence: ["use at most 100 characters"], "levelMapping.SE": ["not a valid id"] });
  });
});

describe("surveyImportQuery", () => {
  it("writes the options as the route reads them, leaving out what is empty", () => {
    const input = surveyImportForm.parse(typed);
    expect(Object.fromEntries(surveyImportQuery({ ...input, dryRun: true }))).toEqual({
      ladderId,
      fileName: "survey.csv",
      dryRun: "1",
      licence: "CC0",
      mapEN: levelId,
    });
  });
});
