import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import type { BulletOutcome } from "@/lib/projects/bullets";
import { buildResume, type ResumeProjectSource, type ResumeSource, uniqueWords } from "@/lib/data/resume";

type Validate = (doc: unknown, done: (errors: unknown, result?: { valid: boolean }) => void) => void;
const { validate } = createRequire(import.meta.url)("resume-schema") as { validate: Validate };

/** The official package's verdict: null when valid, else its list of errors. */
const schemaErrors = (doc: unknown) =>
  new Promise<unknown>((resolve) => validate(doc, (errors) => resolve(errors ?? null)));

const outcome = (extra: Partial<BulletOutcome> = {}): BulletOutcome => ({
  metric: "p95 latency",
  baseline: 800,
  result: 240,
  unit: "ms",
  timeframe: null,
  confidence: "measured",
  confidential: false,
  ...extra,
});

const project = (extra: Partial<ResumeProjectSource>): ResumeProjectSource => ({
  title: "A project",
  role: "Backend developer",
  company: null,
  startedOn: "2025-01-01",
  endedOn: "2025-02-01",
  description: "What it was.",
  technologies: [],
  skillIds: [],
  outcomes: [],
  ...extra,
});

const source = (extra: Partial<ResumeSource> = {}): ResumeSource => ({
  name: "Zoë O'Brien",
  email: "zoe@example.com",
  currentLevel: null,
  projects: [],
  skills: [],
  generatedAt: new Date("2026-03-15T10:20:30.456Z"),
  ...extra,
});

describe("buildResume", () => {
  it("gives an empty account a valid resume with only its basics", async () => {
    const resume = buildResume(source({ name: null }));
    expect(resume.basics).toEqual({ email: "zoe@example.com" });
    expect(resume.work).toEqual([]);
    expect(resume.projects).toEqual([]);
    expect(resume.skills).toEqual([]);
    expect(resume.meta.lastModified).toBe("2026-03-15T10:20:30");
    expect(await schemaErrors(resume)).toBeNull();
  });

  it("labels the person with the goal's current level and ladder", () => {
    const resume = buildResume(source({ currentLevel: { level: "Mid", ladder: "Backend Developer" } }));
    expect(resume.basics).toEqual({
      name: "Zoë O'Brien",
      label: "Mid — Backend Developer",
      email: "zoe@example.com",
    });
  });

  it("groups projects by employer into work, newest role as position, open-ended while one is ongoing", async () => {
    const projects = [
      project({
        title: "Old",
        company: "Acme",
        role: "Engineer",
        startedOn: "2024-01-10",
        endedOn: "2024-05-01",
      }),
      project({
        title: "New",
        company: " acme ",
        role: "Tech lead",
        startedOn: "2024-06-01",
        endedOn: null,
        outcomes: [outcome()],
      }),
      project({ title: "Done", company: "Beta", startedOn: "2023-02-01", endedOn: "2023-09-30" }),
      project({ title: "Side", company: null, startedOn: "2025-01-01" }),
    ];
    const resume = buildResume(source({ projects }));
    expect(resume.work).toEqual([
      {
        name: "acme",
        position: "Tech lead",
        startDate: "2024-01-10",
        summary: "Projects: New; Old.",
        highlights: ["Cut p95 latency from 800 ms to 240 ms (−70%)"],
      },
      {
        name: "Beta",
        position: "Backend developer",
        startDate: "2023-02-01",
        endDate: "2023-09-30",
        summary: "Projects: Done.",
        highlights: [],
      },
    ]);
    expect(resume.projects.map((p) => p.name)).toEqual(["Side", "New", "Old", "Done"]);
    expect(resume.projects[1]).toEqual({
      name: "New",
      description: "What it was.",
      startDate: "2024-06-01",
      roles: ["Tech lead"],
      entity: "acme",
      keywords: [],
      highlights: ["Cut p95 latency from 800 ms to 240 ms (−70%)"],
    });
    expect(resume.projects[0]).not.toHaveProperty("entity");
    expect(await schemaErrors(resume)).toBeNull();
  });

  it("never quotes a confidential outcome's figures", () => {
    const secret = outcome({
      metric: "Infra cost",
      baseline: 14200,
      result: 9800,
      unit: "USD",
      confidential: true,
    });
    const resume = buildResume(source({ projects: [project({ company: "Acme", outcomes: [secret] })] }));
    const bullets = [...(resume.projects[0]?.highlights ?? []), ...(resume.work[0]?.highlights ?? [])];
    expect(bullets).toEqual([
      "Cut infra cost (figures confidential)",
      "Cut infra cost (figures confidential)",
    ]);
    expect(JSON.stringify(resume)).not.toMatch(/14,?200|9,?800/);
  });

  it("names each skill's level and lists the technologies of the projects tagged with it", () => {
    const projects = [
      project({ technologies: ["PostgreSQL", "Redis"], skillIds: ["db"] }),
      project({ technologies: ["postgresql", "SQL"], skillIds: ["db", "api"] }),
    ];
    const skills = [
      { id: "api", name: "APIs", level: 3 },
      { id: "db", name: "Database design", level: 4 },
      { id: "git", name: "Git", level: 4 },
    ];
    expect(buildResume(source({ projects, skills })).skills).toEqual([
      { name: "Database design", level: "Practitioner", keywords: ["PostgreSQL", "Redis", "SQL"] },
      { name: "Git", level: "Practitioner", keywords: [] },
      { name: "APIs", level: "Working knowledge", keywords: ["postgresql", "SQL"] },
    ]);
  });

  it("is refused by the schema when a date is not ISO, so the check above means something", async () => {
    const resume = buildResume(source({ projects: [project({ startedOn: "15/03/2025" })] }));
    expect(JSON.stringify(await schemaErrors(resume))).toContain("#/projects/0/startDate");
  });
});

describe("uniqueWords", () => {
  it("keeps the first spelling of each word, case-insensitively, sorted, blanks dropped", () => {
    expect(uniqueWords(["Redis", " redis", "", "Go", "AWS"])).toEqual(["AWS", "Go", "Redis"]);
  });
});
