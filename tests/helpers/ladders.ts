import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  ladderCompetencies,
  ladderExpectations,
  ladderLevels,
  ladders,
  ladderThemes,
  skills,
} from "../../db/schema";

export const FT_FILE = path.resolve(
  process.cwd(),
  "../shared/data/ft-engineering-progression/engineering.yml",
);
export const MONZO_FILE = path.resolve(process.cwd(), "../shared/data/monzo-progression-framework/web.md");
export const readShared = (file: string) => fs.readFileSync(file, "utf8");

/** Rows in every ladder table and in skills: an import that fails must leave all of them unchanged. */
export async function ladderRowCounts(db: Db) {
  const count = async (
    table:
      | typeof ladders
      | typeof ladderLevels
      | typeof ladderThemes
      | typeof ladderCompetencies
      | typeof ladderExpectations
      | typeof skills,
  ) => {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
    return Number(row?.n ?? 0);
  };
  return {
    ladders: await count(ladders),
    levels: await count(ladderLevels),
    themes: await count(ladderThemes),
    competencies: await count(ladderCompetencies),
    expectations: await count(ladderExpectations),
    skills: await count(skills),
  };
}

/** A small FT job family: `levels` × `themes` with one competency entry each. */
export function ftYaml(options: { levels?: string[]; themes?: string[]; extra?: string } = {}): string {
  const levels = options.levels ?? ["apprentice", "journeyman", "master"];
  const themes = options.themes ?? ["craft", "people"];
  const words = ["Awareness", "Foundational", "Working knowledge", "Practitioner", "Expert"];
  let id = 0;
  const uuid = () => `00000000-0000-4000-8000-${String((id += 1)).padStart(12, "0")}`;
  return [
    "name: Test family",
    "summary: A family for tests.",
    "googleSheetId: sheet",
    "levels:",
    ...levels.flatMap((level) => [`  - id: ${level}`, `    name: ${level.toUpperCase()} level`]),
    "themes:",
    ...themes.flatMap((theme) => [
      `  - id: ${theme}`,
      `    name: ${theme} theme`,
      `    summary: About ${theme}.`,
    ]),
    "competencies:",
    ...levels.flatMap((level, l) =>
      themes.flatMap((theme) => [
        `  - id: ${uuid()}`,
        `    level: ${level}`,
        `    theme: ${theme}`,
        `    summary: ${theme} at ${level}.`,
        `    proficiency: ${words[Math.min(l, 4)]}`,
      ]),
    ),
    options.extra ?? "",
  ].join("\n");
}

/** A small Monzo framework with `levels` levels and the given topics, each with every level. */
export function monzoMarkdown(
  options: { levels?: number; topics?: string[]; badLevel?: number } = {},
): string {
  const count = options.levels ?? 4;
  const topics = options.topics ?? ["delivery", "craft"];
  return [
    "---",
    'title: "Test Framework"',
    `levels: ${count}`,
    "topics:",
    ...topics.flatMap((topic) => [
      `  - name: "${topic}"`,
      "    title:",
      "    content:",
      ...Array.from({ length: count }, (_, i) => [
        `      - level: ${i === 0 && options.badLevel !== undefined ? options.badLevel : i + 1}`,
        "        criteria:",
        `          - "${topic} criterion ${i + 1}"`,
      ]).flat(),
    ]),
    "---",
    "# Body",
  ].join("\n");
}
