/** The normalized ladder every importer produces and every export starts from; pure, no I/O. */

export const LADDER_FORMATS = ["ft-yaml", "monzo-markdown", "trajectory-json"] as const;
export type LadderFormat = (typeof LADDER_FORMATS)[number];
type LadderSource = "builtin" | LadderFormat;
export type CompetencyKind = "technical" | "soft" | "other";

/** Largest file an import accepts, checked before any parsing. */
export const LADDER_FILE_MAX_BYTES = 10 * 1024 * 1024;

interface LadderLevel {
  key: string;
  name: string;
  focus: string | null;
  summary: string | null;
}
interface LadderTheme {
  key: string;
  name: string;
  summary: string | null;
}
interface LadderCompetency {
  key: string;
  name: string;
  description: string | null;
  kind: CompetencyKind;
  themeKey: string | null;
  optional: boolean;
}
export interface LadderExpectation {
  levelKey: string;
  competencyKey: string;
  expectedLevel: number;
  text: string;
}
export interface NormalizedLadder {
  name: string;
  summary: string | null;
  source: LadderSource;
  levels: LadderLevel[];
  themes: LadderTheme[];
  competencies: LadderCompetency[];
  expectations: LadderExpectation[];
}

/** One problem in an imported file: where (line and/or path) and what. */
export interface LadderProblem {
  file: string;
  line: number | null;
  path: string | null;
  message: string;
}

export type ParseResult = { ok: true; ladder: NormalizedLadder } | { ok: false; errors: LadderProblem[] };

export function problem(
  file: string,
  message: string,
  at: { line?: number | null; path?: string | null } = {},
) {
  return { file, line: at.line ?? null, path: at.path ?? null, message } satisfies LadderProblem;
}

/** "file:line: path: message", the way errors are shown next to the form. */
export function describeProblem(p: LadderProblem): string {
  const where = [p.file, p.line === null ? null : `line ${p.line}`].filter(Boolean).join(", ");
  return `${where}: ${p.path ? `${p.path}: ` : ""}${p.message}`;
}

/** JSON-path style: ["competencies", 12, "level"] → competencies[12].level */
export function formatPath(segments: readonly (string | number)[]): string {
  return segments
    .map((segment, index) =>
      typeof segment === "number" ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join("");
}

/** Problems a file's size or emptiness makes certain, before any parsing. */
export function sizeProblems(file: string, content: string): LadderProblem[] {
  const bytes = new TextEncoder().encode(content).length;
  if (bytes > LADDER_FILE_MAX_BYTES) {
    return [problem(file, `the file is ${bytes} bytes; the limit is ${LADDER_FILE_MAX_BYTES} bytes (10 MB)`)];
  }
  if (content.trim() === "") return [problem(file, "the file is empty")];
  // PostgreSQL text cannot hold NUL, and no ladder file needs one: it is a binary file.
  const nul = content.indexOf("\u0000");
  if (nul >= 0) {
    return [
      problem(file, "the file contains a NUL character; is it a text file?", {
        line: content.slice(0, nul).split("\n").length,
      }),
    ];
  }
  return [];
}

/** Indices of items whose key was already used earlier in the list. */
export function repeatedKeys<T>(items: readonly T[], keyOf: (item: T) => string): number[] {
  const seen = new Set<string>();
  const repeated: number[] = [];
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (seen.has(key)) repeated.push(index);
    seen.add(key);
  });
  return repeated;
}

/** Rules every ladder obeys whatever its format: unique keys, references that resolve, levels 1–5. */
export function checkLadder(file: string, ladder: NormalizedLadder): LadderProblem[] {
  const errors: LadderProblem[] = [];
  const dup = (list: string, items: readonly { key: string }[]) => {
    for (const i of repeatedKeys(items, (item) => item.key)) {
      errors.push(problem(file, `key "${items[i]?.key}" is used twice`, { path: `${list}[${i}].key` }));
    }
  };
  if (ladder.levels.length === 0) errors.push(problem(file, "the ladder has no levels", { path: "levels" }));
  dup("levels", ladder.levels);
  dup("themes", ladder.themes);
  dup("competencies", ladder.competencies);
  const levelKeys = new Set(ladder.levels.map((l) => l.key));
  const themeKeys = new Set(ladder.themes.map((t) => t.key));
  const competencyKeys = new Set(ladder.competencies.map((c) => c.key));
  ladder.competencies.forEach((c, i) => {
    if (c.themeKey !== null && !themeKeys.has(c.themeKey)) {
      errors.push(
        problem(file, `"${c.themeKey}" is not a theme of this file`, { path: `competencies[${i}].themeKey` }),
      );
    }
  });
  ladder.expectations.forEach((e, i) => {
    const at = (field: string) => ({ path: `expectations[${i}].${field}` });
    if (!levelKeys.has(e.levelKey))
      errors.push(problem(file, `"${e.levelKey}" is not a level of this file`, at("levelKey")));
    if (!competencyKeys.has(e.competencyKey)) {
      errors.push(
        problem(file, `"${e.competencyKey}" is not a competency of this file`, at("competencyKey")),
      );
    }
    if (!Number.isInteger(e.expectedLevel) || e.expectedLevel < 1 || e.expectedLevel > 5) {
      errors.push(problem(file, "expected level must be a whole number from 1 to 5", at("expectedLevel")));
    }
  });
  for (const i of repeatedKeys(ladder.expectations, (e) => `${e.levelKey}\u0000${e.competencyKey}`)) {
    errors.push(
      problem(file, "this level and competency already have an expectation", { path: `expectations[${i}]` }),
    );
  }
  return errors;
}

export function ladderCounts(ladder: NormalizedLadder) {
  return {
    levels: ladder.levels.length,
    themes: ladder.themes.length,
    competencies: ladder.competencies.length,
    expectations: ladder.expectations.length,
  };
}
