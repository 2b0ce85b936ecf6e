import { describe, expect, it } from "vitest";
import { dateField, dateProblem, pastDateField } from "@/lib/validation";

const messages = (value: unknown, schema = dateField) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("dateField", () => {
  it("accepts real dates in range", () => {
    expect(messages("2024-02-29")).toEqual([]);
    expect(messages("1970-01-01")).toEqual([]);
  });

  it("gives exactly one message for each kind of bad date", () => {
    expect(messages("05/01/2026")).toEqual(["use the form YYYY-MM-DD"]);
    expect(messages("2026-02-30")).toEqual(["not a real date"]);
    expect(messages("2023-02-29")).toEqual(["not a real date"]);
    expect(messages("1969-12-31")).toEqual(["use a date from 1970 on"]);
    expect(messages("9999-01-01")).toEqual(["that date is too far in the future"]);
    expect(messages(20260101)).toEqual(["enter a date"]);
  });

  it("refuses future dates where only past ones make sense", () => {
    const nextYear = `${new Date().getUTCFullYear() + 1}-06-01`;
    expect(messages(nextYear, pastDateField)).toEqual(["use a date that is not in the future"]);
    expect(messages("2099-01-01", pastDateField)).toEqual(["that date is too far in the future"]);
    expect(messages("2026-02-30", pastDateField)).toEqual(["not a real date"]);
    expect(dateProblem("2020-06-15")).toBeNull();
  });
});
