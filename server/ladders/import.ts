import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import {
  ladderCompetencies,
  ladderExpectations,
  ladderLevels,
  ladders,
  ladderThemes,
  skills,
} from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import {
  ladderCounts,
  type LadderFormat,
  type LadderProblem,
  type NormalizedLadder,
  type ParseResult,
} from "@/lib/ladders/ladder";
import { parseFtYaml } from "@/lib/ladders/ft";
import { parseTrajectoryJson } from "@/lib/ladders/json";
import { parseMonzoMarkdown } from "@/lib/ladders/monzo";
import type { ImportLadderInput } from "@/lib/ladders/inputs";

/** Enough problems to fix a file without flooding the page. */
const MAX_REPORTED_PROBLEMS = 50;
/** Rows per insert statement, well under PostgreSQL's 65,535 parameters. */
const CHUNK = 1_000;

const PARSERS: Record<LadderFormat, (file: string, content: string) => ParseResult> = {
  "ft-yaml": parseFtYaml,
  "monzo-markdown": parseMonzoMarkdown,
  "trajectory-json": parseTrajectoryJson,
};

export type ImportLadderResult =
  | { ok: false; errors: LadderProblem[]; totalErrors: number }
  | {
      ok: true;
      dryRun: boolean;
      ladderId: string | null;
      name: string;
      counts: ReturnType<typeof ladderCounts> & { newSkills: number };
      levels: string[];
      themes: string[];
      competencies: string[];
    };

const chunks = <T>(rows: T[]) =>
  Array.from({ length: Math.ceil(rows.length / CHUNK) }, (_, i) => rows.slice(i * CHUNK, (i + 1) * CHUNK));

/** The actor's skills by lower-cased name, for the competencies' names. */
async function ownSkillsNamed(db: DbOrTx, actor: Actor, names: string[]) {
  const lowered = [...new Set(names.map((name) => name.toLowerCase()))];
  const found = new Map<string, string>();
  for (const part of chunks(lowered)) {
    const rows = await db
      .select({ id: skills.id, lower: sql<string>`lower(${skills.name})` })
      .from(skills)
      .where(and(eq(skills.userId, actor.userId), inArray(sql`lower(${skills.name})`, part)));
    for (const row of rows) found.set(row.lower, row.id);
  }
  return found;
}

/** Writes the whole ladder in one transaction; any failure leaves nothing behind. */
async function writeLadder(
  db: Db,
  actor: Actor,
  ladder: NormalizedLadder,
  fileName: string,
): Promise<string> {
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(ladders)
      .values({
        userId: actor.userId,
        name: ladder.name,
        summary: ladder.summary,
        source: ladder.source,
        sourceName: fileName,
      })
      .returning({ id: ladders.id });
    if (!created) throw new Error("the ladder was not created");
    const ladderId = created.id;
    const levelIds = new Map<string, string>();
    for (const part of chunks(ladder.levels.map((level, position) => ({ ...level, position, ladderId })))) {
      const rows = await tx
        .insert(ladderLevels)
        .values(part)
        .returning({ id: ladderLevels.id, key: ladderLevels.key });
      for (const row of rows) levelIds.set(row.key, row.id);
    }
    const themeIds = new Map<string, string>();
    for (const part of chunks(ladder.themes.map((theme, position) => ({ ...theme, position, ladderId })))) {
      const rows = await tx
        .insert(ladderThemes)
        .values(part)
        .returning({ id: ladderThemes.id, key: ladderThemes.key });
      for (const row of rows) themeIds.set(row.key, row.id);
    }
    const names = ladder.competencies.map((c) => c.name);
    const existing = await ownSkillsNamed(tx, actor, names);
    const missing = new Map<string, NormalizedLadder["competencies"][number]>();
    for (const c of ladder.competencies)
      if (!existing.has(c.name.toLowerCase())) missing.set(c.name.toLowerCase(), c);
    for (const part of chunks([...missing.values()])) {
      const rows = await tx
        .insert(skills)
        .values(
          part.map((c) => ({
            userId: actor.userId,
            name: c.name,
            description: c.description,
            kind: c.kind === "soft" ? ("soft" as const) : ("technical" as const),
          })),
        )
        .returning({ id: skills.id, name: skills.name });
      for (const row of rows) existing.set(row.name.toLowerCase(), row.id);
    }
    const competencyIds = new Map<string, string>();
    const competencyRows = ladder.competencies.map((c, position) => ({
      ladderId,
      key: c.key,
      name: c.name,
      description: c.description,
      kind: c.kind,
      optional: c.optional,
      position,
      themeId: c.themeKey === null ? null : (themeIds.get(c.themeKey) ?? null),
      skillId: existing.get(c.name.toLowerCase()) ?? "",
    }));
    for (const part of chunks(competencyRows)) {
      const rows = await tx
        .insert(ladderCompetencies)
        .values(part)
        .returning({ id: ladderCompetencies.id, key: ladderCompetencies.key });
      for (const row of rows) competencyIds.set(row.key, row.id);
    }
    const expectationRows = ladder.expectations.map((e) => ({
      ladderId,
      levelId: levelIds.get(e.levelKey) ?? "",
      competencyId: competencyIds.get(e.competencyKey) ?? "",
      expectedLevel: e.expectedLevel,
      text: e.text,
    }));
    for (const part of chunks(expectationRows)) await tx.insert(ladderExpectations).values(part);
    return ladderId;
  });
}

/** Parses a ladder file; on a dry run says what would be created, otherwise creates it (all or nothing). */
export async function importLadder(
  db: Db,
  actor: Actor,
  input: ImportLadderInput,
): Promise<ImportLadderResult> {
  const parsed = PARSERS[input.format](input.fileName, input.content);
  if (!parsed.ok) {
    return {
      ok: false,
      errors: parsed.errors.slice(0, MAX_REPORTED_PROBLEMS),
      totalErrors: parsed.errors.length,
    };
  }
  const { ladder } = parsed;
  const existing = await ownSkillsNamed(
    db,
    actor,
    ladder.competencies.map((c) => c.name),
  );
  const newSkills = new Set(
    ladder.competencies.map((c) => c.name.toLowerCase()).filter((name) => !existing.has(name)),
  ).size;
  const ladderId = input.dryRun ? null : await writeLadder(db, actor, ladder, input.fileName);
  return {
    ok: true,
    dryRun: input.dryRun,
    ladderId,
    name: ladder.name,
    counts: { ...ladderCounts(ladder), newSkills },
    levels: ladder.levels.map((level) => level.name),
    themes: ladder.themes.map((theme) => theme.name),
    competencies: ladder.competencies.map((c) => c.name),
  };
}
