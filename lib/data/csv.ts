import { stringify } from "csv-stringify/sync";
import { proficiencyName } from "@/lib/skills/catalogue";
import type { BulletOutcome } from "@/lib/projects/bullets";

/**
 * Spreadsheet exports, RFC 4180: CRLF line ends, fields with a comma, quote, CR or LF quoted, quotes doubled.
 * UTF-8 WITH a byte-order mark: without it Excel reads the file as the local code page and garbles accents;
 * LibreOffice, Numbers, Google Sheets and csv-parse (`bom: true`) all skip it.
 * Formula injection (OWASP "CSV Injection"): a text cell starting with = + - @ tab or CR (or a full-width
 * = + - @) gets a leading single quote, so no spreadsheet runs it. Numbers, dates and yes/no we format
 * ourselves are never prefixed, so a negative baseline stays a number.
 */
export const CSV_KINDS = ["skills", "projects", "interviews"] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

export const CSV_FILE_NAMES: Record<CsvKind, string> = {
  skills: "skills-history.csv",
  projects: "projects.csv",
  interviews: "applications-and-rounds.csv",
};

/** Separator inside one cell for lists (technologies, skills, reasons). */
const LIST_SEPARATOR = "; ";

// The full-width forms too: Apple Numbers normalises them to the ASCII ones.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

/** Text from the user, made inert for spreadsheets. */
export function safeText(value: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export type Cell = string | number | boolean | null;

/** Our own values: numbers in plain notation, yes/no, empty for none. Text goes through safeText first. */
function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "boolean") return cell ? "yes" : "no";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  return cell;
}

/** The whole file: BOM, header, rows, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return stringify([header.map(safeText), ...rows.map((row) => row.map(cellText))], {
    bom: true,
    record_delimiter: "\r\n",
    // Off by default once record_delimiter is set; a bare LF inside a cell must be quoted too.
    quote_record_delimiter: true,
  });
}

export const list = (values: readonly string[]) => safeText(values.join(LIST_SEPARATOR));

export interface SkillHistoryRecord {
  skill: string;
  kind: string;
  level: number;
  assessedOn: string;
  source: "self" | "mentor";
  /** The mentor's name for a mentor rating; null for a self rating. */
  assessor: string | null;
  note: string | null;
}

export const SKILLS_HEADER = [
  "skill",
  "kind",
  "level",
  "level label",
  "assessed on",
  "source",
  "assessor",
  "note",
] as const;

export function skillsCsv(records: readonly SkillHistoryRecord[]): string {
  return toCsv(
    SKILLS_HEADER,
    records.map((r) => [
      safeText(r.skill),
      r.kind,
      r.level,
      proficiencyName(r.level),
      r.assessedOn,
      r.source,
      safeText(r.assessor),
      safeText(r.note),
    ]),
  );
}

export interface ProjectRecord {
  title: string;
  role: string;
  company: string | null;
  startedOn: string;
  endedOn: string | null;
  description: string;
  technologies: readonly string[];
  skills: readonly string[];
  outcomes: readonly BulletOutcome[];
}

export const PROJECTS_HEADER = [
  "title",
  "role",
  "company",
  "start",
  "end",
  "description",
  "technologies",
  "skills",
  "outcome metric",
  "outcome baseline",
  "outcome result",
  "outcome unit",
  "outcome timeframe",
  "outcome confidence",
  "outcome confidential",
] as const;

/** One row per outcome, the project's columns repeated; a project without outcomes gets one row. */
export function projectsCsv(records: readonly ProjectRecord[]): string {
  return toCsv(
    PROJECTS_HEADER,
    records.flatMap((p) => {
      const project: Cell[] = [
        safeText(p.title),
        safeText(p.role),
        safeText(p.company),
        p.startedOn,
        p.endedOn,
        safeText(p.description),
        list(p.technologies),
        list(p.skills),
      ];
      if (p.outcomes.length === 0) return [[...project, null, null, null, null, null, null, null]];
      return p.outcomes.map((o) => [
        ...project,
        safeText(o.metric),
        o.baseline,
        o.result,
        safeText(o.unit),
        safeText(o.timeframe),
        o.confidence,
        o.confidential,
      ]);
    }),
  );
}
