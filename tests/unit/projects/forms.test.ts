import { describe, expect, it } from "vitest";
import { fieldErrorsFromZod } from "@/lib/field-errors";
import { outcomeForm } from "@/lib/projects/outcome-form";
import { projectForm } from "@/lib/projects/project-form";

const skillId = "0b6d5a0e-4a43-4a3c-9c6e-2f4f9b0d8e11";

function errorsOf(result: { error?: Parameters<typeof fieldErrorsFromZod>[0] | undefined }) {
  if (!result.error) throw new Error("expected the form to be refused");
  return fieldErrorsFromZod(result.error);
}

describe("projectForm", () => {
  const typed = {
    title: " Billing ",
    role: "Engineer",
    company: "",
    startedOn: "2024-05-01",
    endedOn: "",
    description: "",
    technologies: "Go, PostgreSQL, go,",
    skillIds: [skillId, skillId],
  };

  it("splits the technologies, reads empty fields as none and keeps each skill once", () => {
    expect(projectForm.parse(typed)).toEqual({
      title: "Billing",
      role: "Engineer",
      company: null,
      startedOn: "2024-05-01",
      endedOn: null,
      description: null,
      technologies: ["Go", "PostgreSQL"],
      skillIds: [skillId],
    });
  });

  it("refuses every field at once, by its name, with the procedure's messages", () => {
    expect(
      errorsOf(
        projectForm.safeParse({ ...typed, title: " ", startedOn: "2024-05-01", endedOn: "2024-04-01" }),
      ),
    ).toEqual({ title: ["enter a title"], endedOn: ["the end date is before the start date"] });
    expect(errorsOf(projectForm.safeParse({ ...typed, skillIds: ["nope"] }))).toEqual({
      "skillIds.0": ["not a valid id"],
    });
  });
});

describe("outcomeForm", () => {
  const typed = {
    metric: "p95 latency",
    baseline: "1,200",
    result: " 240 ",
    unit: "ms",
    timeframe: "",
    confidence: "measured" as const,
    confidential: false,
  };

  it("reads the figures as numbers (separators and a minus sign allowed), an empty baseline as none", () => {
    expect(outcomeForm.parse(typed)).toEqual({ ...typed, baseline: 1200, result: 240, timeframe: null });
    expect(outcomeForm.parse({ ...typed, baseline: "", result: "\u22125.5" })).toMatchObject({
      baseline: null,
      result: -5.5,
    });
  });

  it("refuses text for a figure, a missing result and a missing unit together", () => {
    expect(errorsOf(outcomeForm.safeParse({ ...typed, baseline: "lots", result: "", unit: "" }))).toEqual({
      baseline: ["enter the baseline as a finite number"],
      result: ["enter the result as a finite number"],
      unit: ["enter a unit (ms, %, req/s, USD, hours…)"],
    });
  });

  it("refuses a figure beyond the sane range", () => {
    expect(errorsOf(outcomeForm.safeParse({ ...typed, result: "1e13" }))).toEqual({
      result: ["enter the result between −1,000,000,000,000 and 1,000,000,000,000"],
    });
  });
});
