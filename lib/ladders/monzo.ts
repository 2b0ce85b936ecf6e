/** Monzo progression-framework Markdown (github.com/monzo/progression-framework, MIT licence): YAML front matter. */
import {
  checkLadder,
  formatPath,
  problem,
  type LadderExpectation,
  type LadderProblem,
  type ParseResult,
  sizeProblems,
} from "./ladder";
import { spreadLevel } from "./proficiency";
import { parseYaml, type PathSegment } from "./yaml";

/** More levels than any real framework has; guards against `levels: 100000`. */
const MAX_LEVELS = 50;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const titleCase = (name: string) =>
  name
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");

/** The front matter's text and the number of file lines before it, or null when there is none. */
function frontMatter(content: string): { text: string; offset: number } | null {
  const lines = content.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (lines[0]?.trim() !== "---") return null;
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === "---");
  if (end < 0) return null;
  return { text: lines.slice(1, end).join("\n"), offset: 1 };
}

/** The criteria strings of one content entry: plain criteria, then exampleCriteria[].criteria. */
function criteriaOf(
  entry: Record<string, unknown>,
  at: (path: PathSegment[]) => LadderProblem,
  path: PathSegment[],
  errors: LadderProblem[],
): string[] {
  const texts: string[] = [];
  const criteria = entry.criteria ?? [];
  if (!Array.isArray(criteria)) errors.push(at([...path, "criteria"]));
  else
    criteria.forEach((item, i) =>
      typeof item === "string" ? texts.push(item.trim()) : errors.push(at([...path, "criteria", i])),
    );
  const examples = entry.exampleCriteria ?? [];
  if (!Array.isArray(examples)) errors.push(at([...path, "exampleCriteria"]));
  else {
    examples.forEach((example, i) => {
      const text: unknown = isRecord(example) ? example.criteria : undefined;
      if (typeof text === "string") texts.push(text.trim());
      else errors.push(at([...path, "exampleCriteria", i, "criteria"]));
    });
  }
  return texts;
}

export function parseMonzoMarkdown(file: string, content: string): ParseResult {
  const early = sizeProblems(file, content);
  if (early.length > 0) return { ok: false, errors: early };
  const front = frontMatter(content);
  if (!front)
    return {
      ok: false,
      errors: [
        problem(
          file,
          "no YAML front matter: the file must start with a line of ---, the YAML, then another ---",
          { line: 1 },
        ),
      ],
    };
  const parsed = parseYaml(file, front.text, front.offset);
  if (!parsed.ok) return parsed;
  const { value, lineOf } = parsed.source;
  const errors: LadderProblem[] = [];
  const fail = (path: PathSegment[], message: string) =>
    problem(file, message, { path: formatPath(path), line: lineOf(path) });
  if (!isRecord(value))
    return { ok: false, errors: [problem(file, "the front matter must be a YAML mapping", { line: 2 })] };

  const count = value.levels;
  if (typeof count !== "number" || !Number.isInteger(count) || count < 1 || count > MAX_LEVELS) {
    return { ok: false, errors: [fail(["levels"], `levels must be a whole number from 1 to ${MAX_LEVELS}`)] };
  }
  if (!Array.isArray(value.topics) || value.topics.length === 0) {
    return { ok: false, errors: [fail(["topics"], "topics must be a non-empty list")] };
  }
  const levels = Array.from({ length: count }, (_, i) => ({
    key: String(i + 1),
    name: `Level ${i + 1}`,
    focus: null,
    summary: null,
  }));
  const competencies: { key: string; name: string; topic: number }[] = [];
  const expectations: LadderExpectation[] = [];
  value.topics.forEach((topic: unknown, t: number) => {
    const name: unknown = isRecord(topic) ? topic.name : undefined;
    if (!isRecord(topic) || typeof name !== "string" || name.trim() === "") {
      errors.push(fail(["topics", t, "name"], "each topic needs a name"));
      return;
    }
    const title =
      typeof topic.title === "string" && topic.title.trim() !== "" ? topic.title.trim() : titleCase(name);
    competencies.push({ key: name.trim(), name: title, topic: t });
    if (!Array.isArray(topic.content)) {
      errors.push(fail(["topics", t, "content"], "content must be a list of levels"));
      return;
    }
    const byLevel = new Map<number, LadderExpectation>();
    topic.content.forEach((entry: unknown, c: number) => {
      const path: PathSegment[] = ["topics", t, "content", c];
      const level: unknown = isRecord(entry) ? entry.level : undefined;
      if (
        !isRecord(entry) ||
        typeof level !== "number" ||
        !Number.isInteger(level) ||
        level < 1 ||
        level > count
      ) {
        errors.push(
          fail(
            [...path, "level"],
            `${JSON.stringify(level ?? null)} is not a level of this file (1 to ${count})`,
          ),
        );
        return;
      }
      const texts = criteriaOf(entry, (p) => fail(p, "criteria must be text"), path, errors);
      const earlier = byLevel.get(level);
      if (earlier) earlier.text = [earlier.text, ...texts].filter(Boolean).join("\n");
      else {
        byLevel.set(level, {
          levelKey: String(level),
          competencyKey: name.trim(),
          expectedLevel: spreadLevel(level, count),
          text: texts.join("\n"),
        });
      }
    });
    expectations.push(...[...byLevel.values()].sort((a, b) => Number(a.levelKey) - Number(b.levelKey)));
  });
  competencies.forEach((competency, i) => {
    if (competencies.findIndex((other) => other.key === competency.key) < i) {
      errors.push(fail(["topics", competency.topic, "name"], `topic "${competency.key}" appears twice`));
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  const ladder = {
    name: typeof value.title === "string" && value.title.trim() !== "" ? value.title.trim() : file,
    summary: null,
    source: "monzo-markdown" as const,
    levels,
    themes: [],
    competencies: competencies.map(({ key, name }) => ({
      key,
      name,
      description: null,
      kind: "other" as const,
      themeKey: null,
      optional: false,
    })),
    expectations,
  };
  const invariant = checkLadder(file, ladder);
  return invariant.length > 0 ? { ok: false, errors: invariant } : { ok: true, ladder };
}
