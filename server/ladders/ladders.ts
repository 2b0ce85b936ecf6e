import "server-only";
import { and, asc, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { ladderCompetencies, ladderExpectations, ladderLevels, ladders, ladderThemes } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { toPage } from "@/lib/paging/cursor";
import type { NormalizedLadder } from "@/lib/ladders/ladder";
import { toTrajectoryJson } from "@/lib/ladders/json";
import { canRestore } from "@/lib/undo";
import { Conflict, NotFound } from "@/lib/errors";
import type { ListLaddersInput } from "@/lib/ladders/inputs";
import { afterCursor } from "@/server/paging/keyset";
import { ladderVisibleTo, readableLadder } from "./access";

// Spelled out: drizzle leaves columns unqualified inside a one-table select, which a correlated subquery needs.
const countOf = (table: "ladder_levels" | "ladder_competencies") =>
  sql<number>`(select count(*)::int from ${sql.identifier(table)} t where t.ladder_id = "ladders"."id")`;

/** Built-in ladders and the actor's own, newest first, with their sizes and provenance. */
export async function listLadders(db: Db, actor: Actor, input: ListLaddersInput) {
  const rows = await db
    .select({
      id: ladders.id,
      name: ladders.name,
      summary: ladders.summary,
      source: ladders.source,
      sourceName: ladders.sourceName,
      licence: ladders.licence,
      builtin: sql<boolean>`${ladders.userId} is null`,
      createdAt: ladders.createdAt,
      levels: countOf("ladder_levels"),
      competencies: countOf("ladder_competencies"),
    })
    .from(ladders)
    .where(and(ladderVisibleTo(actor), afterCursor(ladders.createdAt, ladders.id, input.cursor)))
    .orderBy(desc(ladders.createdAt), desc(ladders.id))
    .limit(input.limit + 1);
  return toPage(rows, input.limit);
}

/** One visible ladder with its levels, themes, competencies and expectations, in ladder order. */
export async function ladderById(db: Db, actor: Actor, id: string) {
  const ladder = await readableLadder(db, actor, id);
  const [levels, themes, competencies, expectations] = await Promise.all([
    db.select().from(ladderLevels).where(eq(ladderLevels.ladderId, id)).orderBy(asc(ladderLevels.position)),
    db.select().from(ladderThemes).where(eq(ladderThemes.ladderId, id)).orderBy(asc(ladderThemes.position)),
    db
      .select()
      .from(ladderCompetencies)
      .where(eq(ladderCompetencies.ladderId, id))
      .orderBy(asc(ladderCompetencies.position)),
    db
      .select({
        levelId: ladderExpectations.levelId,
        competencyId: ladderExpectations.competencyId,
        expectedLevel: ladderExpectations.expectedLevel,
        text: ladderExpectations.text,
      })
      .from(ladderExpectations)
      .where(eq(ladderExpectations.ladderId, id)),
  ]);
  const themeKey = new Map(themes.map((theme) => [theme.id, theme.key]));
  return {
    id: ladder.id,
    name: ladder.name,
    summary: ladder.summary,
    source: ladder.source,
    sourceName: ladder.sourceName,
    licence: ladder.licence,
    builtin: ladder.userId === null,
    createdAt: ladder.createdAt,
    levels: levels.map(({ id: levelId, key, name, position, focus, summary }) => ({
      id: levelId,
      key,
      name,
      position,
      focus,
      summary,
    })),
    themes: themes.map(({ id: themeId, key, name, summary }) => ({ id: themeId, key, name, summary })),
    competencies: competencies.map((c) => ({
      id: c.id,
      key: c.key,
      name: c.name,
      description: c.description,
      kind: c.kind,
      optional: c.optional,
      skillId: c.skillId,
      themeKey: c.themeId === null ? null : (themeKey.get(c.themeId) ?? null),
    })),
    expectations,
  };
}
export type LadderDetail = Awaited<ReturnType<typeof ladderById>>;

/** The detail as the normalized ladder every format shares. */
export function normalizedOf(detail: LadderDetail): NormalizedLadder {
  const levelKey = new Map(detail.levels.map((level) => [level.id, level.key]));
  const competencyKey = new Map(detail.competencies.map((c) => [c.id, c.key]));
  const levelOrder = new Map(detail.levels.map((level) => [level.id, level.position]));
  const competencyOrder = new Map(detail.competencies.map((c, index) => [c.id, index]));
  const order = (e: LadderDetail["expectations"][number]) =>
    (competencyOrder.get(e.competencyId) ?? 0) * 100_000 + (levelOrder.get(e.levelId) ?? 0);
  return {
    name: detail.name,
    summary: detail.summary,
    source: detail.source,
    levels: detail.levels.map(({ key, name, focus, summary }) => ({ key, name, focus, summary })),
    themes: detail.themes.map(({ key, name, summary }) => ({ key, name, summary })),
    competencies: detail.competencies.map(({ key, name, description, kind, themeKey, optional }) => ({
      key,
      name,
      description,
      kind,
      themeKey,
      optional,
    })),
    expectations: [...detail.expectations]
      .sort((a, b) => order(a) - order(b))
      .map((e) => ({
        levelKey: levelKey.get(e.levelId) ?? "",
        competencyKey: competencyKey.get(e.competencyId) ?? "",
        expectedLevel: e.expectedLevel,
        text: e.text,
      })),
  };
}

/** The ladder in Trajectory's JSON format, with a file name to save it under. */
export async function exportLadder(db: Db, actor: Actor, id: string) {
  const detail = await ladderById(db, actor, id);
  const slug =
    detail.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "ladder";
  return { fileName: `${slug}.ladder.json`, ladder: toTrajectoryJson(normalizedOf(detail)) };
}

/** Soft-deletes one of the actor's own ladders; built-in ones are nobody's to delete. */
export async function deleteLadder(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .update(ladders)
    .set({ deletedAt: new Date() })
    .where(and(eq(ladders.id, id), eq(ladders.userId, actor.userId), sql`${ladders.deletedAt} is null`))
    .returning({ id: ladders.id });
  if (!row) throw new NotFound("ladder");
  return row;
}

const TOO_LATE_TO_UNDO = "this ladder was deleted too long ago to undo";

export async function restoreLadder(db: Db, actor: Actor, id: string) {
  const mine = and(eq(ladders.id, id), eq(ladders.userId, actor.userId));
  const [row] = await db
    .select({ deletedAt: ladders.deletedAt })
    .from(ladders)
    .where(and(mine, isNotNull(ladders.deletedAt)));
  if (!row) throw new NotFound("ladder");
  if (!canRestore(row.deletedAt, new Date())) throw new Conflict(TOO_LATE_TO_UNDO);
  await db.update(ladders).set({ deletedAt: null }).where(mine);
  return { id };
}
