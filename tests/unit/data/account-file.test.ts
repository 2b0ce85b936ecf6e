import { describe, expect, it } from "vitest";
import { type AccountExport, byCreation } from "@/lib/data/account-file";
import { importedId } from "@/server/data/stable-ids";
import { normalizeExport, rowIds } from "@/lib/data/normalize";
import { checkShape, lineAndColumn, parseImportText } from "@/lib/data/parse";
import { type Builtins, checkReferences } from "@/lib/data/refs";
import { importAccountInput } from "@/lib/data/inputs";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const T = "2025-01-01T00:00:00.000Z";
const builtins: Builtins = {
  skillSlugs: new Set(["programming"]),
  ladderLevels: new Map([["backend-developer-2026", new Set(["junior", "middle"])]]),
};

function sample(): AccountExport {
  return {
    format: "trajectory-account",
    version: 1,
    exportedAt: T,
    profile: { name: "Ada", email: "ada@example.com", timeZone: "UTC" },
    skills: [{ id: id(1), name: "Terraform", kind: "tool", description: null, createdAt: T }],
    assessments: [
      {
        id: id(2),
        skillId: "programming",
        level: 3,
        note: null,
        assessedOn: "2025-01-01",
        createdAt: T,
        evidence: [{ id: id(3), kind: "project", projectId: id(4), roundId: null, url: null }],
      },
    ],
    projects: [
      {
        id: id(4),
        title: "Ledger",
        role: "Lead",
        company: null,
        startedOn: "2024-01-01",
        endedOn: null,
        description: "",
        technologies: [],
        createdAt: T,
        skillIds: [id(1), "programming"],
        outcomes: [],
      },
    ],
    applications: [],
    ladders: [],
    goal: {
      ladderId: "backend-developer-2026",
      currentLevelKey: "junior",
      targetLevelKey: "middle",
      targetDate: null,
    },
    compensation: [],
    comments: [],
  };
}

describe("parseImportText", () => {
  it("names the line and column of a syntax error", () => {
    const result = parseImportText('{\n  "format": "trajectory-account",\n  "version": 1,,\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ path: "", line: 3, column: 16 });
    expect(result.errors[0]?.message).toMatch(/^not valid JSON at line 3, column 16/);
  });

  it("refuses another format or version before the schema, naming the field", () => {
    expect(checkShape({ ...sample(), version: 2 })).toEqual({
      ok: false,
      errors: [{ path: "version", message: "unsupported version 2: this installation reads version 1" }],
    });
    expect(checkShape({ format: "jsonresume" })).toMatchObject({ ok: false, errors: [{ path: "format" }] });
    expect(checkShape([])).toMatchObject({ ok: false, errors: [{ path: "" }] });
  });

  it("reports schema problems by JSON path", () => {
    const doc = sample();
    const broken = {
      ...doc,
      projects: [{ ...doc.projects[0], title: "" }],
      assessments: [{ ...doc.assessments[0], level: 9 }],
    };
    const result = checkShape(broken);
    if (result.ok) throw new Error("expected problems");
    expect(result.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(["projects[0].title", "assessments[0].level"]),
    );
    expect(checkShape({ ...doc, extra: 1 })).toMatchObject({ ok: false, errors: [{ path: "extra" }] });
    expect(checkShape(sample()).ok).toBe(true);
  });

  it("refuses what the database would refuse halfway: NUL characters, impossible dates", () => {
    const doc = sample();
    const project = doc.projects[0];
    if (!project) throw new Error("sample is incomplete");
    project.description = "before\u0000after";
    project.endedOn = "2025-02-30";
    project.createdAt = "2025-13-45T00:00:00Z";
    expect(checkShape(doc)).toEqual({
      ok: false,
      errors: [
        { path: "projects[0].endedOn", message: "not a real date" },
        { path: "projects[0].description", message: "contains a NUL character (\\u0000)" },
        { path: "projects[0].createdAt", message: "not a real date and time" },
      ],
    });
  });

  it("counts lines and columns from one", () => {
    expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});

describe("checkReferences", () => {
  it("accepts a consistent file", () => {
    expect(checkReferences(sample(), builtins)).toEqual([]);
  });

  it("names every reference to a missing row or slug", () => {
    const doc = sample();
    const project = doc.projects[0];
    const assessment = doc.assessments[0];
    const evidence = assessment?.evidence[0];
    if (!project || !assessment || !evidence || !doc.goal) throw new Error("sample is incomplete");
    project.skillIds[1] = id(99);
    assessment.skillId = "no-such-skill";
    evidence.projectId = id(98);
    doc.goal.targetLevelKey = "principal";
    expect(checkReferences(doc, builtins)).toEqual([
      { path: "assessments[0].skillId", message: 'no built-in skill with slug "no-such-skill"' },
      { path: "assessments[0].evidence[0].projectId", message: `no project with id ${id(98)} in projects` },
      { path: "projects[0].skillIds[1]", message: `no skill with id ${id(99)} in skills` },
      { path: "goal.targetLevelKey", message: 'no level "principal" in that ladder' },
    ]);
  });

  it("refuses repeated ids, repeated skill names, mismatched evidence and a project ending before it starts", () => {
    const doc = sample();
    const skill = doc.skills[0];
    const evidence = doc.assessments[0]?.evidence[0];
    const project = doc.projects[0];
    if (!skill || !evidence || !project) throw new Error("sample is incomplete");
    doc.skills.push({ ...skill, name: "TERRAFORM" });
    evidence.url = "https://example.com";
    project.endedOn = "2023-01-01";
    const paths = checkReferences(doc, builtins).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "skills[1].id",
        "skills[1].name",
        "assessments[0].evidence[0].url",
        "projects[0].endedOn",
      ]),
    );
  });
});

describe("ids and order", () => {
  it("importedId is a stable version-5-shaped UUID per account", () => {
    const a = importedId(id(1), id(2));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(importedId(id(1), id(2))).toBe(a);
    expect(importedId(id(3), id(2))).not.toBe(a);
  });

  it("byCreation sorts by creation time, then id", () => {
    const rows = [
      { id: "b", createdAt: T },
      { id: "a", createdAt: T },
      { id: "c", createdAt: "2024-01-01T00:00:00.000Z" },
    ];
    expect(byCreation(rows).map((r) => r.id)).toEqual(["c", "a", "b"]);
  });

  it("normalizeExport renames ids, drops exportedAt and the email, and sorts what renaming reorders", () => {
    const doc = sample();
    const renamed = sample();
    renamed.exportedAt = "2030-01-01T00:00:00.000Z";
    renamed.profile.email = "other@example.com";
    const ids = rowIds(doc);
    const rename = (value: string) => (ids.has(value) ? importedId(id(7), value) : value);
    const project = renamed.projects[0];
    const assessment = renamed.assessments[0];
    const evidence = assessment?.evidence[0];
    if (!project || !assessment || !evidence || !renamed.skills[0]) throw new Error("sample is incomplete");
    renamed.skills[0].id = rename(id(1));
    assessment.id = rename(id(2));
    evidence.id = rename(id(3));
    evidence.projectId = rename(id(4));
    project.id = rename(id(4));
    project.skillIds = ["programming", rename(id(1))];
    expect(normalizeExport(renamed)).toEqual(normalizeExport(doc, rename));
    expect(normalizeExport(renamed)).not.toEqual(normalizeExport(doc));
    expect(rowIds(doc)).toEqual(new Set([id(1), id(2), id(3), id(4)]));
  });
});

describe("importAccountInput", () => {
  it("names the field of bad input", () => {
    const missing = importAccountInput.safeParse({});
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.path).toEqual(["document"]);
    const dry = importAccountInput.safeParse({ document: "{}", dryRun: "no" });
    expect(dry.error?.issues[0]?.path).toEqual(["dryRun"]);
    expect(importAccountInput.parse({ document: "{}" }).dryRun).toBe(true);
  });
});
