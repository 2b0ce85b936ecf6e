import { describe, expect, it } from "vitest";
import {
  isSameIdSet,
  isValidPeriod,
  moveItem,
  normalizeTechnologies,
  splitList,
  uniqueIds,
} from "@/lib/projects/rules";
import { fieldErrorsFromZod } from "@/lib/field-errors";
import {
  addOutcomeInput,
  checkBulletInput,
  createProjectInput,
  reorderOutcomesInput,
  updateOutcomeInput,
  updateProjectInput,
} from "@/lib/projects/inputs";

const ID = "0b6f1c1e-6a57-4a4e-9a52-1f5b8c7d2e10";
const project = { title: "Orders API", role: "Tech lead", startedOn: "2024-01-15" };
const outcome = { projectId: ID, metric: "p95 latency", baseline: 800, result: 240, unit: "ms" };

function errorsOf(result: { success: boolean; error?: Parameters<typeof fieldErrorsFromZod>[0] }) {
  expect(result.success).toBe(false);
  return result.error ? fieldErrorsFromZod(result.error) : {};
}

describe("normalizeTechnologies", () => {
  it("trims, drops blanks and de-duplicates case-insensitively, keeping the first spelling", () => {
    expect(
      normalizeTechnologies([" PostgreSQL ", "postgresql", "", "  ", "Node.js", "node.JS", "Go"]),
    ).toEqual(["PostgreSQL", "Node.js", "Go"]);
    expect(normalizeTechnologies(["Spring   Boot", "spring boot"])).toEqual(["Spring Boot"]);
  });

  it("splits a typed list on commas and newlines", () => {
    expect(splitList("Go, Redis\nKafka")).toEqual(["Go", " Redis", "Kafka"]);
  });
});

describe("small rules", () => {
  it("periods: an open end is fine, an end before the start is not", () => {
    expect(isValidPeriod("2024-01-01", null)).toBe(true);
    expect(isValidPeriod("2024-01-01", "2024-01-01")).toBe(true);
    expect(isValidPeriod("2024-01-02", "2024-01-01")).toBe(false);
  });

  it("ids and order", () => {
    expect(uniqueIds(["A", "a", "b"])).toEqual(["a", "b"]);
    expect(isSameIdSet(["b", "a"], ["a", "b"])).toBe(true);
    expect(isSameIdSet(["a", "a"], ["a", "b"])).toBe(false);
    expect(isSameIdSet(["a"], ["a", "b"])).toBe(false);
    expect(moveItem(["a", "b", "c"], 1, "up")).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], 1, "down")).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b"], 0, "up")).toEqual(["a", "b"]);
    expect(moveItem(["a", "b"], 1, "down")).toEqual(["a", "b"]);
  });
});

describe("project validators", () => {
  it("accepts a minimal project and fills defaults", () => {
    expect(createProjectInput.parse({ ...project, endedOn: "", description: "  " })).toEqual({
      ...project,
      endedOn: null,
      description: null,
      technologies: [],
      skillIds: [],
    });
  });

  it("puts an end before the start on endedOn", () => {
    expect(errorsOf(createProjectInput.safeParse({ ...project, endedOn: "2024-01-14" }))).toEqual({
      endedOn: ["the end date is before the start date"],
    });
  });

  it("rejects absurd dates on their field", () => {
    expect(errorsOf(createProjectInput.safeParse({ ...project, startedOn: "1901-01-01" }))).toHaveProperty(
      "startedOn",
    );
    expect(errorsOf(createProjectInput.safeParse({ ...project, startedOn: "2024-02-30x" }))).toHaveProperty(
      "startedOn",
    );
    expect(errorsOf(createProjectInput.safeParse({ ...project, endedOn: "9999-01-01" }))).toHaveProperty(
      "endedOn",
    );
  });

  it("requires a title and a role", () => {
    const errors = errorsOf(createProjectInput.safeParse({ ...project, title: "  ", role: "" }));
    expect(errors.title).toEqual(["enter a title"]);
    expect(errors.role).toEqual(["enter your role"]);
  });

  it("refuses a 1 MB description on its field", () => {
    const errors = errorsOf(createProjectInput.safeParse({ ...project, description: "x".repeat(1_000_000) }));
    expect(errors.description).toEqual(["use at most 10,000 characters"]);
  });

  it("limits technologies after de-duplication, and their length", () => {
    const thirty = Array.from({ length: 30 }, (_, i) => `tech ${i}`);
    expect(
      createProjectInput.parse({ ...project, technologies: [...thirty, "TECH 0"] }).technologies,
    ).toHaveLength(30);
    expect(
      errorsOf(createProjectInput.safeParse({ ...project, technologies: [...thirty, "one more"] })),
    ).toEqual({
      technologies: ["use at most 30 technologies"],
    });
    expect(
      errorsOf(createProjectInput.safeParse({ ...project, technologies: ["x".repeat(51)] })).technologies,
    ).toHaveLength(1);
  });

  it("checks and de-duplicates skill ids", () => {
    expect(createProjectInput.parse({ ...project, skillIds: [ID, ID.toUpperCase()] }).skillIds).toEqual([ID]);
    expect(errorsOf(createProjectInput.safeParse({ ...project, skillIds: ["nope"] }))).toHaveProperty([
      "skillIds.0",
    ]);
  });

  it("update needs an id and keeps the period rule", () => {
    expect(errorsOf(updateProjectInput.safeParse(project))).toHaveProperty("id");
    expect(errorsOf(updateProjectInput.safeParse({ ...project, id: ID, endedOn: "2023-12-31" }))).toEqual({
      endedOn: ["the end date is before the start date"],
    });
  });
});

describe("outcome validators", () => {
  it("accepts a metric with defaults", () => {
    expect(addOutcomeInput.parse(outcome)).toMatchObject({ confidence: "measured", confidential: false });
    expect(addOutcomeInput.parse({ ...outcome, baseline: null, timeframe: "" })).toMatchObject({
      baseline: null,
      timeframe: null,
    });
  });

  it.each([Infinity, -Infinity, NaN, 1e12 + 1, -2e15])("refuses result %s on its field", (result) => {
    expect(Object.keys(errorsOf(addOutcomeInput.safeParse({ ...outcome, result })))).toEqual(["result"]);
  });

  it("refuses an absurd baseline on its field, and text where a number goes", () => {
    expect(Object.keys(errorsOf(addOutcomeInput.safeParse({ ...outcome, baseline: 5e12 })))).toEqual([
      "baseline",
    ]);
    expect(Object.keys(errorsOf(addOutcomeInput.safeParse({ ...outcome, result: "240" })))).toEqual([
      "result",
    ]);
  });

  it("accepts the edges of the range", () => {
    expect(addOutcomeInput.safeParse({ ...outcome, result: 1e12, baseline: -1e12 }).success).toBe(true);
  });

  it("requires a metric and a unit, and a known confidence", () => {
    const errors = errorsOf(
      updateOutcomeInput.safeParse({ ...outcome, id: ID, metric: "", unit: " ", confidence: "guessed" }),
    );
    expect(Object.keys(errors).sort()).toEqual(["confidence", "metric", "unit"]);
  });

  it("reorder needs at least one valid id", () => {
    expect(errorsOf(reorderOutcomesInput.safeParse({ projectId: ID, ids: [] }))).toHaveProperty("ids");
    expect(errorsOf(reorderOutcomesInput.safeParse({ projectId: ID, ids: ["x"] }))).toHaveProperty(["ids.0"]);
  });

  it("checkBullet needs text, and not too much of it", () => {
    expect(errorsOf(checkBulletInput.safeParse({ projectId: ID, text: "   " }))).toEqual({
      text: ["write a bullet to check"],
    });
    expect(errorsOf(checkBulletInput.safeParse({ projectId: ID, text: "x".repeat(1_001) }))).toEqual({
      text: ["use at most 1,000 characters"],
    });
  });
});
