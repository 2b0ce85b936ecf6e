import { describe, expect, it } from "vitest";
import type { ZodError } from "zod";
import { fieldErrorsFromZod } from "@/lib/field-errors";
import {
  addSkillInput,
  assessInput,
  currentInput,
  driftInput,
  growthInput,
  historyInput,
  renameSkillInput,
} from "@/lib/skills/inputs";

function errorsOf(error: ZodError | undefined): Record<string, string[]> {
  if (!error) throw new Error("expected the input to be refused");
  return fieldErrorsFromZod(error);
}

const id = "0b6d5a0e-4a43-4a3c-9c6e-2f4f9b0d8e11";
const valid = { skillId: id, level: 3, assessedOn: "2025-03-01" };

describe("addSkillInput and renameSkillInput", () => {
  it("trims the name and turns an empty description into null", () => {
    expect(addSkillInput.parse({ name: "  Go ", kind: "technical", description: " " })).toEqual({
      name: "Go",
      kind: "technical",
      description: null,
    });
  });

  it("refuses an empty or 101-character name, and an unknown kind, on their fields", () => {
    expect(errorsOf(addSkillInput.safeParse({ name: " ", kind: "tool" }).error)).toEqual({
      name: ["enter a name"],
    });
    expect(errorsOf(addSkillInput.safeParse({ name: "x".repeat(101), kind: "tool" }).error)).toEqual({
      name: ["use at most 100 characters"],
    });
    expect(addSkillInput.safeParse({ name: "x".repeat(100), kind: "tool" }).success).toBe(true);
    expect(errorsOf(addSkillInput.safeParse({ name: "Go", kind: "language" }).error)).toEqual({
      kind: ["choose technical, soft or tool"],
    });
    expect(Object.keys(errorsOf(renameSkillInput.safeParse({ id: "1", name: "" }).error)).sort()).toEqual([
      "id",
      "name",
    ]);
  });
});

describe("assessInput", () => {
  it("accepts a minimal assessment and defaults to no evidence", () => {
    expect(assessInput.parse(valid)).toEqual({ ...valid, evidence: [] });
  });

  it("refuses a level off the scale on the level field", () => {
    for (const level of [0, 6, 2.5, -1]) {
      expect(errorsOf(assessInput.safeParse({ ...valid, level }).error)).toEqual({
        level: ["choose a level from 1 to 5"],
      });
    }
  });

  it("refuses absurd and future dates on assessedOn", () => {
    expect(errorsOf(assessInput.safeParse({ ...valid, assessedOn: "1969-12-31" }).error)).toEqual({
      assessedOn: ["use a date from 1970 on"],
    });
    expect(
      errorsOf(assessInput.safeParse({ ...valid, assessedOn: "9999-01-01" }).error).assessedOn,
    ).toContain("that date is too far in the future");
    const nextYear = `${new Date().getUTCFullYear() + 1}-01-01`;
    expect(errorsOf(assessInput.safeParse({ ...valid, assessedOn: nextYear }).error)).toEqual({
      assessedOn: ["use a date that is not in the future"],
    });
    expect(
      errorsOf(assessInput.safeParse({ ...valid, assessedOn: "01/03/2025" }).error).assessedOn,
    ).toContain("use the form YYYY-MM-DD");
  });

  it("refuses a 1 MB note on the note field", () => {
    expect(errorsOf(assessInput.safeParse({ ...valid, note: "x".repeat(1_000_000) }).error)).toEqual({
      note: ["use at most 10,000 characters"],
    });
  });

  it("checks each piece of evidence where it sits", () => {
    const evidence = [
      { kind: "project", projectId: id },
      { kind: "round", roundId: "nope" },
      { kind: "url", url: "ftp://example.com" },
      { kind: "project", projectId: id },
    ];
    const errors = errorsOf(assessInput.safeParse({ ...valid, evidence }).error);
    expect(Object.keys(errors).sort()).toEqual(["evidence.1.roundId", "evidence.2.url", "evidence.3"]);
    const twice = errorsOf(assessInput.safeParse({ ...valid, evidence: [evidence[0], evidence[3]] }).error);
    expect(twice).toEqual({ "evidence.1": ["this evidence is listed twice"] });
  });

  it("allows ten pieces of evidence and refuses eleven", () => {
    const links = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ kind: "url", url: `https://e.com/${i}` }));
    expect(assessInput.safeParse({ ...valid, evidence: links(10) }).success).toBe(true);
    expect(errorsOf(assessInput.safeParse({ ...valid, evidence: links(11) }).error)).toEqual({
      evidence: ["attach at most 10 pieces of evidence"],
    });
  });
});

describe("reads", () => {
  it("current takes no input or an asOf date", () => {
    expect(currentInput.parse(undefined)).toEqual({});
    expect(currentInput.parse({ asOf: "2025-01-01" })).toEqual({ asOf: "2025-01-01" });
    expect(errorsOf(currentInput.safeParse({ asOf: "2025-13-45" }).error).asOf).toBeDefined();
  });

  it("history needs a skill id and a sane page size", () => {
    expect(historyInput.parse({ skillId: id })).toEqual({ skillId: id, limit: 20 });
    expect(Object.keys(errorsOf(historyInput.safeParse({ skillId: "x", limit: 101 }).error)).sort()).toEqual([
      "limit",
      "skillId",
    ]);
  });

  it("growth needs one to nine skills and an end that does not come before the start", () => {
    expect(growthInput.safeParse({ skillIds: [id], from: "2025-01-01", to: "2025-01-01" }).success).toBe(
      true,
    );
    expect(errorsOf(growthInput.safeParse({ skillIds: [] }).error)).toEqual({
      skillIds: ["choose at least one skill"],
    });
    expect(errorsOf(growthInput.safeParse({ skillIds: Array(10).fill(id) }).error)).toEqual({
      skillIds: ["choose at most 9 skills"],
    });
    expect(
      errorsOf(growthInput.safeParse({ skillIds: [id], from: "2025-02-01", to: "2025-01-31" }).error),
    ).toEqual({
      to: ["the end comes before the start"],
    });
  });

  it("every read takes an optional mentee id, refused by name when it is not one", () => {
    expect(currentInput.parse({ menteeId: id })).toEqual({ menteeId: id });
    expect(historyInput.parse({ skillId: id, menteeId: id })).toEqual({
      skillId: id,
      menteeId: id,
      limit: 20,
    });
    expect(growthInput.parse({ skillIds: [id], menteeId: id }).menteeId).toBe(id);
    expect(driftInput.parse({ skillId: id })).toEqual({ skillId: id });
    expect(errorsOf(currentInput.safeParse({ menteeId: "bob" }).error)).toEqual({
      menteeId: ["not a valid id"],
    });
    expect(errorsOf(historyInput.safeParse({ skillId: id, menteeId: 7 }).error)).toHaveProperty("menteeId");
    expect(errorsOf(growthInput.safeParse({ skillIds: [id], menteeId: "x" }).error)).toEqual({
      menteeId: ["not a valid id"],
    });
    expect(errorsOf(driftInput.safeParse({ skillId: "x", menteeId: "y" }).error)).toEqual({
      skillId: ["not a valid id"],
      menteeId: ["not a valid id"],
    });
  });
});
