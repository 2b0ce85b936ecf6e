/** Trajectory's own JSON ladder format (docs/ladder-format.md, docs/ladder.schema.json): import and export. */
import Ajv2020 from "ajv/dist/2020";
import ladderSchema from "@/docs/ladder.schema.json";
import {
  checkLadder,
  formatPath,
  problem,
  type CompetencyKind,
  type NormalizedLadder,
  type ParseResult,
  sizeProblems,
} from "./ladder";
import { pointerToPath } from "./yaml";

export interface TrajectoryLadderJson {
  format: "trajectory-ladder";
  version: 1;
  name: string;
  summary?: string;
  source?: NormalizedLadder["source"];
  levels: { key: string; name: string; focus?: string; summary?: string }[];
  themes?: { key: string; name: string; summary?: string }[];
  competencies: {
    key: string;
    name: string;
    description?: string;
    kind?: CompetencyKind;
    themeKey?: string;
    optional?: boolean;
  }[];
  expectations: { levelKey: string; competencyKey: string; expectedLevel: number; text?: string }[];
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateLadder = ajv.compile<TrajectoryLadderJson>(ladderSchema);

/** The 1-based line of a character offset, for JSON.parse's "at position N". */
function lineAt(content: string, offset: number): number {
  return content.slice(0, offset).split("\n").length;
}

function jsonSyntaxProblem(file: string, content: string, error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  return problem(file, `not valid JSON: ${message.replace(/\s*\(line \d+ column \d+\)$/, "")}`, {
    line: position === undefined ? null : lineAt(content, Number(position)),
  });
}

const orNull = (value: string | undefined) => value ?? null;

export function parseTrajectoryJson(file: string, content: string): ParseResult {
  const early = sizeProblems(file, content);
  if (early.length > 0) return { ok: false, errors: early };
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    return { ok: false, errors: [jsonSyntaxProblem(file, content, error)] };
  }
  if (!validateLadder(value)) {
    const errors = (validateLadder.errors ?? []).map((error) => {
      const path = pointerToPath(error.instancePath);
      const missing = error.keyword === "required" ? [String(error.params.missingProperty)] : [];
      const shown = [...path, ...missing];
      return problem(file, error.message ?? "does not match the ladder schema", {
        path: shown.length > 0 ? formatPath(shown) : null,
      });
    });
    return { ok: false, errors };
  }
  const ladder: NormalizedLadder = {
    name: value.name,
    summary: orNull(value.summary),
    source: "trajectory-json",
    levels: value.levels.map((l) => ({
      key: l.key,
      name: l.name,
      focus: orNull(l.focus),
      summary: orNull(l.summary),
    })),
    themes: (value.themes ?? []).map((t) => ({ key: t.key, name: t.name, summary: orNull(t.summary) })),
    competencies: value.competencies.map((c) => ({
      key: c.key,
      name: c.name,
      description: orNull(c.description),
      kind: c.kind ?? "other",
      themeKey: orNull(c.themeKey),
      optional: c.optional ?? false,
    })),
    expectations: value.expectations.map((e) => ({ ...e, text: e.text ?? "" })),
  };
  const invariant = checkLadder(file, ladder);
  return invariant.length > 0 ? { ok: false, errors: invariant } : { ok: true, ladder };
}

/** Drops null fields so the file stays small and reads like hand-written JSON. */
function present<T extends Record<string, string | null>>(row: T): { [K in keyof T]?: string } {
  const kept: { [K in keyof T]?: string } = {};
  for (const key of Object.keys(row) as (keyof T)[]) {
    const value = row[key];
    if (value !== null && value !== undefined) kept[key] = value;
  }
  return kept;
}

export function toTrajectoryJson(ladder: NormalizedLadder): TrajectoryLadderJson {
  return {
    format: "trajectory-ladder",
    version: 1,
    name: ladder.name,
    ...(ladder.summary === null ? {} : { summary: ladder.summary }),
    source: ladder.source,
    levels: ladder.levels.map((l) => ({
      key: l.key,
      name: l.name,
      ...present({ focus: l.focus, summary: l.summary }),
    })),
    themes: ladder.themes.map((t) => ({ key: t.key, name: t.name, ...present({ summary: t.summary }) })),
    competencies: ladder.competencies.map((c) => ({
      key: c.key,
      name: c.name,
      kind: c.kind,
      optional: c.optional,
      ...present({ description: c.description, themeKey: c.themeKey }),
    })),
    expectations: ladder.expectations.map((e) => ({ ...e })),
  };
}
