/**
 * FT job-family YAML (github.com/Financial-Times/engineering-progression, MIT licence,
 * © 2019 Financial Times): ft-job-family.schema.json is their test/schema/job-family.json, copied
 * (reformatted only) so the server does not depend on files outside the app.
 */
import Ajv2020 from "ajv/dist/2020";
import ftSchema from "./ft-job-family.schema.json";
import {
  checkLadder,
  formatPath,
  problem,
  type LadderExpectation,
  type LadderProblem,
  type NormalizedLadder,
  type ParseResult,
  repeatedKeys,
  sizeProblems,
} from "./ladder";
import { ftProficiency } from "./proficiency";
import { parseYaml, pointerToPath, type YamlSource } from "./yaml";

interface FtFile {
  name: string;
  summary: string;
  levels: { id: string; name: string }[];
  themes: { id: string; name: string; summary?: string }[];
  competencies: { level: string; theme: string; summary: string; proficiency: string }[];
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateFt = ajv.compile<FtFile>(ftSchema);

function schemaProblems(file: string, source: YamlSource): LadderProblem[] {
  return (validateFt.errors ?? []).map((error) => {
    const path = pointerToPath(error.instancePath);
    const missing = error.keyword === "required" ? String(error.params.missingProperty) : null;
    const shown = missing ? [...path, missing] : path;
    const allowed: unknown = error.keyword === "enum" ? error.params.allowedValues : null;
    const message = Array.isArray(allowed)
      ? `must be one of ${allowed.map((value) => JSON.stringify(value)).join(", ")}`
      : (error.message ?? "does not match the job-family schema");
    return problem(file, message, {
      line: source.lineOf(path),
      path: shown.length > 0 ? formatPath(shown) : null,
    });
  });
}

const clean = (text: string | undefined) => (text === undefined ? null : text.trim() || null);

export function parseFtYaml(file: string, content: string): ParseResult {
  const early = sizeProblems(file, content);
  if (early.length > 0) return { ok: false, errors: early };
  const parsed = parseYaml(file, content);
  if (!parsed.ok) return parsed;
  const { source } = parsed;
  if (!validateFt(source.value)) return { ok: false, errors: schemaProblems(file, source) };
  const ft = source.value;

  const errors: LadderProblem[] = [];
  const at = (path: (string | number)[]) => ({ path: formatPath(path), line: source.lineOf(path) });
  for (const [list, items] of [
    ["levels", ft.levels],
    ["themes", ft.themes],
  ] as const) {
    for (const i of repeatedKeys(items, (item) => item.id)) {
      errors.push(problem(file, `id "${items[i]?.id}" is used twice`, at([list, i, "id"])));
    }
  }
  const levelIds = new Set(ft.levels.map((level) => level.id));
  const themeIds = new Set(ft.themes.map((theme) => theme.id));
  const byPair = new Map<string, LadderExpectation>();
  ft.competencies.forEach((entry, i) => {
    if (!levelIds.has(entry.level)) {
      errors.push(
        problem(file, `"${entry.level}" is not a level of this file`, at(["competencies", i, "level"])),
      );
    }
    if (!themeIds.has(entry.theme)) {
      errors.push(
        problem(file, `"${entry.theme}" is not a theme of this file`, at(["competencies", i, "theme"])),
      );
    }
    const expectedLevel = ftProficiency(entry.proficiency);
    if (expectedLevel === null) {
      errors.push(
        problem(
          file,
          `"${entry.proficiency}" is not a known proficiency`,
          at(["competencies", i, "proficiency"]),
        ),
      );
      return;
    }
    const key = `${entry.level}\u0000${entry.theme}`;
    const text = entry.summary.trim();
    const earlier = byPair.get(key);
    // Several entries for one level and theme read as one expectation; the highest proficiency wins.
    if (earlier) {
      earlier.text = `${earlier.text}\n${text}`;
      earlier.expectedLevel = Math.max(earlier.expectedLevel, expectedLevel);
    } else {
      byPair.set(key, { levelKey: entry.level, competencyKey: entry.theme, expectedLevel, text });
    }
  });
  if (errors.length > 0) return { ok: false, errors };

  const ladder: NormalizedLadder = {
    name: ft.name.trim(),
    summary: clean(ft.summary),
    source: "ft-yaml",
    levels: ft.levels.map((level) => ({ key: level.id, name: level.name, focus: null, summary: null })),
    themes: ft.themes.map((theme) => ({ key: theme.id, name: theme.name, summary: clean(theme.summary) })),
    competencies: ft.themes.map((theme) => ({
      key: theme.id,
      name: theme.name,
      description: clean(theme.summary),
      kind: "other",
      themeKey: theme.id,
      optional: false,
    })),
    expectations: [...byPair.values()],
  };
  const invariant = checkLadder(file, ladder);
  return invariant.length > 0 ? { ok: false, errors: invariant } : { ok: true, ladder };
}
