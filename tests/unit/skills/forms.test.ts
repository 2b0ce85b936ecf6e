import { describe, expect, it } from "vitest";
import { fieldErrorsFromZod } from "@/lib/field-errors";
import { asOfForm } from "@/lib/skills/as-of-form";
import { assessForm, evidencePickForm } from "@/lib/skills/assess-form";

const id = "0b6d5a0e-4a43-4a3c-9c6e-2f4f9b0d8e11";
const typed = { skillId: id, level: "3", assessedOn: "2025-03-01", note: "", evidence: [] };

function errorsOf(result: { error?: Parameters<typeof fieldErrorsFromZod>[0] | undefined }) {
  if (!result.error) throw new Error("expected the form to be refused");
  return fieldErrorsFromZod(result.error);
}

describe("assessForm", () => {
  it("turns the level's text into its number and drops the evidence labels", () => {
    const link = {
      item: { kind: "url" as const, url: "https://example.com/kata" },
      label: "https://example.com/kata",
    };
    expect(assessForm.parse({ ...typed, note: "  ", evidence: [link] })).toEqual({
      skillId: id,
      level: 3,
      assessedOn: "2025-03-01",
      note: null,
      evidence: [{ kind: "url", url: "https://example.com/kata" }],
    });
  });

  it("refuses every field at once, with the procedure's messages on the fields' names", () => {
    expect(
      errorsOf(assessForm.safeParse({ ...typed, skillId: "", level: "", assessedOn: "2025-02-30" })),
    ).toEqual({
      skillId: ["not a valid id"],
      level: ["choose a level from 1 to 5"],
      assessedOn: ["not a real date"],
    });
  });

  it("refuses the same evidence twice at the repeated item", () => {
    const project = { item: { kind: "project" as const, projectId: id }, label: "Billing" };
    expect(errorsOf(assessForm.safeParse({ ...typed, evidence: [project, project] }))).toEqual({
      "evidence.1": ["this evidence is listed twice"],
    });
  });
});

describe("evidencePickForm", () => {
  it("makes a link, a project or a round into an evidence item", () => {
    expect(evidencePickForm.parse({ kind: "url", url: " https://example.com/a ", choice: "" })).toEqual({
      kind: "url",
      url: "https://example.com/a",
    });
    expect(evidencePickForm.parse({ kind: "project", url: "", choice: id })).toEqual({
      kind: "project",
      projectId: id,
    });
    expect(evidencePickForm.parse({ kind: "round", url: "x", choice: id })).toEqual({
      kind: "round",
      roundId: id,
    });
  });

  it("refuses a link that is not http(s), and a missing choice, on the field shown", () => {
    expect(
      errorsOf(evidencePickForm.safeParse({ kind: "url", url: "ftp://example.com", choice: "" })),
    ).toEqual({
      url: ["enter an http(s) URL"],
    });
    expect(errorsOf(evidencePickForm.safeParse({ kind: "project", url: "", choice: "" }))).toEqual({
      choice: ["choose a project"],
    });
    expect(errorsOf(evidencePickForm.safeParse({ kind: "round", url: "", choice: "" }))).toEqual({
      choice: ["choose an interview round"],
    });
  });
});

describe("asOfForm", () => {
  it("reads an empty field as today (null) and a date as itself", () => {
    expect(asOfForm.parse({ asOf: "" })).toEqual({ asOf: null });
    expect(asOfForm.parse({ asOf: "2025-03-01" })).toEqual({ asOf: "2025-03-01" });
  });

  it("refuses a date dateField refuses, with its message", () => {
    expect(errorsOf(asOfForm.safeParse({ asOf: "1969-12-31" }))).toEqual({
      asOf: ["use a date from 1970 on"],
    });
  });
});
