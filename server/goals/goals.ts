import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { careerGoals, ladderLevels, ladders } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { Invalid, NotFound } from "@/lib/errors";
import type { ViewInput } from "@/lib/validation";
import type { SetGoalInput } from "@/lib/goals/inputs";
import { BUILTIN_LADDER_SLUG } from "@/lib/ladders/builtin";
import { ladderVisibleTo, type LadderReader } from "@/server/ladders/access";
import { canRead, requireReadable, type ReadAccess } from "@/server/mentoring/access";

const ownGoal = (reader: LadderReader) =>
  typeof reader === "function" ? reader(careerGoals.userId) : eq(careerGoals.userId, reader.userId);

/** The built-in ladder (migration 0003) a user without a goal is measured against. */
export const DEFAULT_LADDER_SLUG = BUILTIN_LADDER_SLUG;

const ladderColumns = { id: ladders.id, name: ladders.name, source: ladders.source, slug: ladders.slug };

export async function findVisibleLadder(db: Db, reader: LadderReader, ladderId: string) {
  const [ladder] = await db
    .select(ladderColumns)
    .from(ladders)
    .where(and(eq(ladders.id, ladderId), ladderVisibleTo(reader)));
  return ladder ?? null;
}

/** The built-in backend ladder, else the oldest built-in one; null before any exists. */
export async function defaultLadder(db: Db) {
  const [ladder] = await db
    .select(ladderColumns)
    .from(ladders)
    .where(and(isNull(ladders.userId), isNull(ladders.deletedAt)))
    .orderBy(
      sql`${ladders.slug} is distinct from ${DEFAULT_LADDER_SLUG}`,
      asc(ladders.createdAt),
      asc(ladders.id),
    )
    .limit(1);
  return ladder ?? null;
}

/** Every ladder the reader can pick, built-in first, each with its levels lowest first: two queries. */
async function ladderChoices(db: Db, reader: LadderReader) {
  const visible = await db
    .select({ id: ladders.id, name: ladders.name, builtin: sql<boolean>`${ladders.userId} is null` })
    .from(ladders)
    .where(ladderVisibleTo(reader))
    .orderBy(sql`${ladders.userId} is not null`, asc(ladders.name), asc(ladders.id));
  if (visible.length === 0) return [];
  const levels = await db
    .select({
      id: ladderLevels.id,
      ladderId: ladderLevels.ladderId,
      name: ladderLevels.name,
      position: ladderLevels.position,
    })
    .from(ladderLevels)
    .where(
      inArray(
        ladderLevels.ladderId,
        visible.map((ladder) => ladder.id),
      ),
    )
    .orderBy(asc(ladderLevels.position));
  return visible.map((ladder) => ({
    ...ladder,
    levels: levels
      .filter((level) => level.ladderId === ladder.id)
      .map(({ id, name, position }) => ({ id, name, position })),
  }));
}

/** The owner's goals and ladders, or a mentee's under `gaps`; a mentor without it gets NotFound. */
export async function gapsAccess(db: Db, actor: Actor, menteeId: string | undefined): Promise<ReadAccess> {
  const access = canRead(actor, "gaps", menteeId);
  await requireReadable(db, access);
  return access;
}

/** The goal with what the form offers: the visible ladders and their levels. */
export async function goalWithChoices(db: Db, actor: Actor, input: ViewInput = {}) {
  const access = await gapsAccess(db, actor, input.menteeId);
  const [goal, ladderList, fallback] = await Promise.all([
    getGoal(db, access),
    ladderChoices(db, access),
    defaultLadder(db),
  ]);
  return { goal, ladders: ladderList, defaultLadderId: fallback?.id ?? null };
}

/** The reader's goal, or null when none is set or its ladder is gone. */
export async function getGoal(db: Db, reader: LadderReader) {
  const [goal] = await db
    .select({
      ladderId: careerGoals.ladderId,
      ladderName: ladders.name,
      currentLevelId: careerGoals.currentLevelId,
      targetLevelId: careerGoals.targetLevelId,
      targetDate: careerGoals.targetDate,
      updatedAt: careerGoals.updatedAt,
    })
    .from(careerGoals)
    .innerJoin(ladders, and(eq(ladders.id, careerGoals.ladderId), ladderVisibleTo(reader)))
    .where(ownGoal(reader));
  return goal ?? null;
}

/** Creates or replaces the actor's goal after checking the ladder, its levels and their order. */
export async function setGoal(db: Db, actor: Actor, input: SetGoalInput) {
  const ladder = await findVisibleLadder(db, actor, input.ladderId);
  if (!ladder) throw new NotFound("ladder");
  const wanted = [input.currentLevelId, input.targetLevelId].filter((id): id is string => Boolean(id));
  const levels =
    wanted.length === 0
      ? []
      : await db
          .select({ id: ladderLevels.id, position: ladderLevels.position })
          .from(ladderLevels)
          .where(and(eq(ladderLevels.ladderId, ladder.id), inArray(ladderLevels.id, wanted)));
  const positionOf = (id: string | null | undefined) => levels.find((level) => level.id === id)?.position;
  const current = positionOf(input.currentLevelId);
  const target = positionOf(input.targetLevelId);
  if (input.currentLevelId && current === undefined) throw new NotFound("level");
  if (input.targetLevelId && target === undefined) throw new NotFound("level");
  if (current !== undefined && target !== undefined && target <= current) {
    throw new Invalid("targetLevelId", "choose a level above your current one");
  }
  const values = {
    ladderId: ladder.id,
    currentLevelId: input.currentLevelId ?? null,
    targetLevelId: input.targetLevelId ?? null,
    targetDate: input.targetDate ?? null,
    updatedAt: new Date(),
  };
  await db
    .insert(careerGoals)
    .values({ userId: actor.userId, ...values })
    .onConflictDoUpdate({ target: careerGoals.userId, set: values });
  return getGoal(db, actor);
}
