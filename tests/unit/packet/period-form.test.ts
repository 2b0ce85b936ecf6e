import { describe, expect, it } from "vitest";
import { fieldErrorsFromZod } from "@/lib/field-errors";
import { periodForm } from "@/lib/packet/period-form";

const errorsOf = (from: string, to: string) => {
  const parsed = periodForm.safeParse({ from, to });
  return parsed.success ? {} : fieldErrorsFromZod(parsed.error);
};

describe("the period form", () => {
  it("leaves an empty end out, for the service to fill in", () => {
    expect(periodForm.parse({ from: "", to: " " })).toEqual({});
    expect(periodForm.parse({ from: "2025-01-01", to: "" })).toEqual({ from: "2025-01-01" });
    expect(periodForm.parse({ from: "2025-01-01", to: "2025-06-30" })).toEqual({
      from: "2025-01-01",
      to: "2025-06-30",
    });
  });

  it("puts the packet's messages on the form's fields", () => {
    expect(errorsOf("2025-07-01", "2025-06-30")).toEqual({ to: ["choose an end on or after the start"] });
    expect(errorsOf("2025-02-30", "")).toEqual({ from: ["not a real date"] });
    expect(errorsOf("", "July")).toEqual({ to: ["use the form YYYY-MM-DD"] });
  });
});
