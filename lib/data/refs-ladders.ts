/** Reference checks inside ladders and the goal (see refs.ts). */
import type { AccountExport, ImportProblem } from "./account-file";
import { isUuid } from "./account-file";
import type { Builtins } from "./refs";

export type Problems = ImportProblem[];

export function realDate(value: string): boolean {
  const parsed = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value.slice(0, 10);
}

/** Ids of one kind of row; a second row with the same id is a problem. */
export function idIndex(problems: Problems, rows: { id: string; path: string }[]): Set<string> {
  const first = new Map<string, string>();
  for (const row of rows) {
    const key = row.id.toLowerCase();
    const earlier = first.get(key);
    if (earlier)
      problems.push({ path: `${row.path}.id`, message: `id ${row.id} is used twice (also ${earlier})` });
    else first.set(key, row.path);
  }
  return new Set(first.keys());
}

export type At = (path: string, message: string) => void;

/** Keys, positions and links inside each ladder; returns the level keys of the file's ladders by id. */
export function checkLadders(doc: AccountExport, at: At, skillRef: At): Map<string, Set<string>> {
  const problems: Problems = [];
  const levelsByLadder = new Map<string, Set<string>>();
  doc.ladders.forEach((ladder, i) => {
    const base = `ladders[${i}]`;
    const levelIds = idIndex(
      problems,
      ladder.levels.map((l, j) => ({ id: l.id, path: `${base}.levels[${j}]` })),
    );
    const themeIds = idIndex(
      problems,
      ladder.themes.map((t, j) => ({ id: t.id, path: `${base}.themes[${j}]` })),
    );
    const competencyIds = idIndex(
      problems,
      ladder.competencies.map((c, j) => ({ id: c.id, path: `${base}.competencies[${j}]` })),
    );
    const unique = (list: string, values: (string | number)[], field: string) => {
      const seen = new Set<string | number>();
      values.forEach((value, j) => {
        if (seen.has(value))
          at(`${base}.${list}[${j}].${field}`, `${field} ${value} is used twice in this ladder`);
        seen.add(value);
      });
    };
    unique(
      "levels",
      ladder.levels.map((l) => l.key),
      "key",
    );
    unique(
      "levels",
      ladder.levels.map((l) => l.position),
      "position",
    );
    unique(
      "themes",
      ladder.themes.map((t) => t.key),
      "key",
    );
    unique(
      "competencies",
      ladder.competencies.map((c) => c.key),
      "key",
    );
    unique(
      "expectations",
      ladder.expectations.map((e) => `${e.levelId}/${e.competencyId}`),
      "pair",
    );
    ladder.competencies.forEach((c, j) => {
      if (c.themeId !== null && !themeIds.has(c.themeId.toLowerCase()))
        at(`${base}.competencies[${j}].themeId`, `no theme with id ${c.themeId} in this ladder`);
      skillRef(`${base}.competencies[${j}].skillId`, c.skillId);
    });
    ladder.expectations.forEach((e, j) => {
      if (!levelIds.has(e.levelId.toLowerCase()))
        at(`${base}.expectations[${j}].levelId`, `no level with id ${e.levelId} in this ladder`);
      if (!competencyIds.has(e.competencyId.toLowerCase()))
        at(
          `${base}.expectations[${j}].competencyId`,
          `no competency with id ${e.competencyId} in this ladder`,
        );
    });
    levelsByLadder.set(ladder.id.toLowerCase(), new Set(ladder.levels.map((l) => l.key)));
  });
  idIndex(
    problems,
    doc.ladders.map((l, i) => ({ id: l.id, path: `ladders[${i}]` })),
  );
  for (const problem of problems) at(problem.path, problem.message);
  return levelsByLadder;
}

export function checkGoal(
  goal: NonNullable<AccountExport["goal"]>,
  builtins: Builtins,
  fileLadders: Map<string, Set<string>>,
  at: At,
) {
  const keys = isUuid(goal.ladderId)
    ? fileLadders.get(goal.ladderId.toLowerCase())
    : builtins.ladderLevels.get(goal.ladderId);
  if (!keys) {
    at(
      "goal.ladderId",
      isUuid(goal.ladderId)
        ? `no ladder with id ${goal.ladderId} in ladders`
        : `no built-in ladder "${goal.ladderId}"`,
    );
    return;
  }
  for (const field of ["currentLevelKey", "targetLevelKey"] as const) {
    const key = goal[field];
    if (key !== null && !keys.has(key)) at(`goal.${field}`, `no level "${key}" in that ladder`);
  }
  if (goal.targetDate !== null && !realDate(goal.targetDate)) at("goal.targetDate", "not a real date");
}
