import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import {
  PROJECTS_HEADER,
  projectsCsv,
  type ProjectRecord,
  safeText,
  SKILLS_HEADER,
  skillsCsv,
  toCsv,
} from "@/lib/data/csv";

const rowsOf = (csv: string): string[][] => parse(csv, { bom: true });

const TRICKY = 'Café "crème", naïve\r\nsecond line, and a comma';

describe("safeText", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+33 6 12", "'+33 6 12"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "'\rcmd"],
    ["\uFF1D1+1", "'\uFF1D1+1"],
    ["a=1", "a=1"],
    ["Zoë", "Zoë"],
    ["", ""],
  ])("makes %j inert as %j", (value, expected) => {
    expect(safeText(value)).toBe(expected);
  });

  it("turns none into an empty cell", () => {
    expect(safeText(null)).toBe("");
    expect(safeText(undefined)).toBe("");
  });
});

describe("toCsv", () => {
  it("writes a BOM, CRLF line ends, and quotes only the fields that need it", () => {
    const csv = toCsv(
      ["a", "b"],
      [
        ["x", 'say "hi"'],
        [1.5, true],
        [null, "a,b"],
        ["line\nbreak", false],
      ],
    );
    expect(csv).toBe('\uFEFFa,b\r\nx,"say ""hi"""\r\n1.5,yes\r\n,"a,b"\r\n"line\nbreak",no\r\n');
  });

  it("round-trips accents, quotes, commas and newlines through an independent parser", () => {
    expect(rowsOf(toCsv(["note"], [[TRICKY]]))).toEqual([["note"], [TRICKY]]);
  });

  it("keeps negative numbers as numbers but escapes text that looks like one", () => {
    expect(rowsOf(toCsv(["n", "t"], [[-3, safeText("-3")]]))).toEqual([
      ["n", "t"],
      ["-3", "'-3"],
    ]);
  });
});

describe("skillsCsv", () => {
  it("writes one row per rating with the level's name and the mentor's name", () => {
    const csv = skillsCsv([
      {
        skill: "Résumé writing",
        kind: "soft",
        level: 4,
        assessedOn: "2026-01-02",
        source: "mentor",
        assessor: "Ana Núñez",
        note: TRICKY,
      },
      {
        skill: "=cmd",
        kind: "tool",
        level: 1,
        assessedOn: "2026-01-03",
        source: "self",
        assessor: null,
        note: null,
      },
    ]);
    expect(rowsOf(csv)).toEqual([
      [...SKILLS_HEADER],
      ["Résumé writing", "soft", "4", "Practitioner", "2026-01-02", "mentor", "Ana Núñez", TRICKY],
      ["'=cmd", "tool", "1", "Awareness", "2026-01-03", "self", "", ""],
    ]);
  });
});

describe("projectsCsv", () => {
  const project: ProjectRecord = {
    title: "Ledger, v2",
    role: "Tech lead",
    company: "Société Générale",
    startedOn: "2025-01-01",
    endedOn: null,
    description: "Line one\nline two",
    technologies: ["Go", "PostgreSQL"],
    skills: ["APIs", "Testing"],
    outcomes: [],
  };

  it("writes one row per outcome and one row for a project without outcomes", () => {
    const csv = projectsCsv([
      project,
      {
        ...project,
        title: "Cost cut",
        outcomes: [
          {
            metric: "Cost",
            baseline: -1.5,
            result: 2,
            unit: "USD",
            timeframe: "Q1",
            confidence: "estimated",
            confidential: true,
          },
          {
            metric: "Errors",
            baseline: null,
            result: 0.25,
            unit: "%",
            timeframe: null,
            confidence: "measured",
            confidential: false,
          },
        ],
      },
    ]);
    const base = [
      "Tech lead",
      "Société Générale",
      "2025-01-01",
      "",
      "Line one\nline two",
      "Go; PostgreSQL",
      "APIs; Testing",
    ];
    expect(rowsOf(csv)).toEqual([
      [...PROJECTS_HEADER],
      ["Ledger, v2", ...base, "", "", "", "", "", "", ""],
      ["Cost cut", ...base, "Cost", "-1.5", "2", "USD", "Q1", "estimated", "yes"],
      ["Cost cut", ...base, "Errors", "", "0.25", "%", "", "measured", "no"],
    ]);
  });
});
