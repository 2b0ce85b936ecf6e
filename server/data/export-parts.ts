import "server-only";
import { and, asc, eq, inArray, isNull, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { ladderVisibleTo } from "@/server/ladders/access";
import {
  careerGoals,
  ladderCompetencies,
  ladderExpectations,
  ladderLevels,
  ladders,
  ladderThemes,
  mentorships,
  reviewComments,
  users,
} from "@/db/schema";
import {
  type AccountExport,
  byCreation,
  compare,
  type ExportComment,
  type ExportLadder,
} from "@/lib/data/account-file";

/** Ladders, the goal and comments of the export: the parts that name other rows by slug, key or email. */

export const iso = (value: Date) => value.toISOString();
export const group = <T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> => {
  const map = new Map<K, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
};
export async function exportLadders(
  db: DbOrTx,
  me: string,
  ref: (id: string) => string,
): Promise<ExportLadder[]> {
  const own = await db
    .select()
    .from(ladders)
    .where(and(eq(ladders.userId, me), isNull(ladders.deletedAt)));
  if (own.length === 0) return [];
  const ids = own.map((l) => l.id);
  const levels = group(
    await db
      .select()
      .from(ladderLevels)
      .where(inArray(ladderLevels.ladderId, ids))
      .orderBy(asc(ladderLevels.position)),
    (l) => l.ladderId,
  );
  const themes = group(
    await db
      .select()
      .from(ladderThemes)
      .where(inArray(ladderThemes.ladderId, ids))
      .orderBy(asc(ladderThemes.position), asc(ladderThemes.id)),
    (t) => t.ladderId,
  );
  const competencies = group(
    await db
      .select()
      .from(ladderCompetencies)
      .where(inArray(ladderCompetencies.ladderId, ids))
      .orderBy(asc(ladderCompetencies.position), asc(ladderCompetencies.id)),
    (c) => c.ladderId,
  );
  const expectations = group(
    await db.select().from(ladderExpectations).where(inArray(ladderExpectations.ladderId, ids)),
    (e) => e.ladderId,
  );
  return byCreation(
    own.map((l) => ({
      id: l.id,
      name: l.name,
      summary: l.summary,
      source: l.source === "builtin" ? "trajectory-json" : l.source,
      sourceName: l.sourceName,
      licence: l.licence,
      createdAt: iso(l.createdAt),
      levels: (levels.get(l.id) ?? []).map(({ id, key, name, position, focus, summary }) => ({
        id,
        key,
        name,
        position,
        focus,
        summary,
      })),
      themes: (themes.get(l.id) ?? []).map(({ id, key, name, summary, position }) => ({
        id,
        key,
        name,
        summary,
        position,
      })),
      competencies: (competencies.get(l.id) ?? []).map((c) => ({
        id: c.id,
        themeId: c.themeId,
        key: c.key,
        name: c.name,
        description: c.description,
        kind: c.kind,
        optional: c.optional,
        skillId: ref(c.skillId),
        position: c.position,
      })),
      expectations: (expectations.get(l.id) ?? [])
        .map(({ levelId, competencyId, expectedLevel, text }) => ({
          levelId,
          competencyId,
          expectedLevel,
          text,
        }))
        .sort((a, b) => compare(a.levelId, b.levelId) || compare(a.competencyId, b.competencyId)),
    })),
  );
}

export async function exportGoal(db: DbOrTx, me: string): Promise<AccountExport["goal"]> {
  const [goal] = await db
    .select({ goal: careerGoals, ladder: { id: ladders.id, userId: ladders.userId, slug: ladders.slug } })
    .from(careerGoals)
    .innerJoin(ladders, eq(ladders.id, careerGoals.ladderId))
    .where(and(eq(careerGoals.userId, me), ladderVisibleTo({ userId: me })));
  if (!goal || (goal.ladder.userId === null && !goal.ladder.slug)) return null;
  const keys = new Map(
    (
      await db
        .select({ id: ladderLevels.id, key: ladderLevels.key })
        .from(ladderLevels)
        .where(eq(ladderLevels.ladderId, goal.ladder.id))
    ).map((l) => [l.id, l.key]),
  );
  const keyOf = (id: string | null) => (id === null ? null : (keys.get(id) ?? null));
  return {
    ladderId: goal.ladder.userId === null ? (goal.ladder.slug ?? goal.ladder.id) : goal.ladder.id,
    currentLevelKey: keyOf(goal.goal.currentLevelId),
    targetLevelKey: keyOf(goal.goal.targetLevelId),
    targetDate: goal.goal.targetDate,
  };
}

/** Comments the user wrote, as mentee or mentor; the other party is named by email only. */
export async function exportComments(
  db: DbOrTx,
  me: string,
  ref: (id: string) => string,
  exported: Set<string>,
): Promise<ExportComment[]> {
  const rows = await db
    .select({
      comment: reviewComments,
      mentorId: mentorships.mentorId,
      menteeId: mentorships.menteeId,
      email: users.email,
    })
    .from(reviewComments)
    .innerJoin(mentorships, eq(mentorships.id, reviewComments.mentorshipId))
    .innerJoin(
      users,
      or(
        and(eq(mentorships.menteeId, me), eq(users.id, mentorships.mentorId)),
        and(eq(mentorships.mentorId, me), eq(users.id, mentorships.menteeId)),
      ),
    )
    .where(and(eq(reviewComments.authorId, me), isNull(reviewComments.deletedAt)));
  return byCreation(
    rows
      .map(({ comment, menteeId, email }) => {
        const role = menteeId === me ? ("mentee" as const) : ("mentor" as const);
        const subjectId =
          comment.subjectId === null
            ? null
            : role === "mentee" && comment.subjectType === "skill"
              ? ref(comment.subjectId)
              : comment.subjectId;
        return {
          id: comment.id,
          role,
          counterpartEmail: email,
          subjectType: comment.subjectType,
          subjectId,
          body: comment.body,
          createdAt: iso(comment.createdAt),
        };
      })
      // A mentee's comment on a deleted row would point at nothing in the file.
      .filter(
        (c) =>
          c.role === "mentor" ||
          c.subjectId === null ||
          exported.has(c.subjectId) ||
          (c.subjectType === "skill" && c.subjectId !== null),
      ),
  );
}
