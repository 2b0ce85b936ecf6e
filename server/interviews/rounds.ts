import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, roundCompetencies, rounds, skills } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { canRestore } from "@/lib/undo";
import { Conflict, NotFound } from "@/lib/errors";
import type { AddRoundInput, UpdateRoundInput } from "@/lib/interviews/inputs";
import { assertSkillsVisible, visibleSkill } from "@/server/skills/skills";
import { ownApplication, ownLiveRounds, roundColumns, TOO_LATE_TO_UNDO } from "./access";
import type { ReadAccess } from "@/server/mentoring/access";

/** The application's live rounds as a timeline (unscheduled ones last), each with its competencies. */
export async function roundsOfApplication(db: Db, access: ReadAccess, applicationId: string) {
  const rows = await db
    .select(roundColumns)
    .from(rounds)
    .where(and(eq(rounds.applicationId, applicationId), access(rounds.userId), isNull(rounds.deletedAt)))
    .orderBy(sql`${rounds.scheduledAt} asc nulls last`, asc(rounds.createdAt), asc(rounds.id));
  if (rows.length === 0) return [];
  const tested = await db
    .select({ roundId: roundCompetencies.roundId, id: skills.id, name: skills.name })
    .from(roundCompetencies)
    .innerJoin(skills, eq(skills.id, roundCompetencies.skillId))
    .where(
      and(
        access(roundCompetencies.userId),
        inArray(
          roundCompetencies.roundId,
          rows.map((row) => row.id),
        ),
        visibleSkill(access),
      ),
    )
    .orderBy(asc(skills.name));
  return rows.map((row) => ({
    ...row,
    competencies: tested.filter((entry) => entry.roundId === row.id).map(({ id, name }) => ({ id, name })),
  }));
}

export async function addRound(db: Db, actor: Actor, input: AddRoundInput) {
  const { applicationId, competencyIds, ...values } = input;
  const [application] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(ownApplication(actor, applicationId));
  if (!application) throw new NotFound("application");
  await assertSkillsVisible(db, actor, competencyIds);
  return db.transaction(async (tx) => {
    const [round] = await tx
      .insert(rounds)
      .values({ ...values, applicationId, userId: actor.userId })
      .returning(roundColumns);
    if (!round) throw new NotFound("round");
    if (competencyIds.length > 0) {
      await tx
        .insert(roundCompetencies)
        .values(competencyIds.map((skillId) => ({ roundId: round.id, skillId, userId: actor.userId })));
    }
    return { ...round, competencyIds };
  });
}

export async function updateRound(db: Db, actor: Actor, input: UpdateRoundInput) {
  const { id, competencyIds, ...values } = input;
  const [existing] = await db
    .select({ id: rounds.id })
    .from(rounds)
    .innerJoin(applications, eq(applications.id, rounds.applicationId))
    .where(and(eq(rounds.id, id), ownLiveRounds(actor)));
  if (!existing) throw new NotFound("round");
  await assertSkillsVisible(db, actor, competencyIds);
  return db.transaction(async (tx) => {
    const [round] = await tx
      .update(rounds)
      .set({ ...values, updatedAt: new Date() })
      .where(and(eq(rounds.id, id), eq(rounds.userId, actor.userId), isNull(rounds.deletedAt)))
      .returning(roundColumns);
    if (!round) throw new NotFound("round");
    await tx
      .delete(roundCompetencies)
      .where(and(eq(roundCompetencies.roundId, id), eq(roundCompetencies.userId, actor.userId)));
    if (competencyIds.length > 0) {
      await tx
        .insert(roundCompetencies)
        .values(competencyIds.map((skillId) => ({ roundId: id, skillId, userId: actor.userId })));
    }
    return { ...round, competencyIds };
  });
}

export async function deleteRound(db: Db, actor: Actor, id: string) {
  const [deleted] = await db
    .update(rounds)
    .set({ deletedAt: new Date() })
    .where(and(eq(rounds.id, id), eq(rounds.userId, actor.userId), isNull(rounds.deletedAt)))
    .returning({ id: rounds.id, applicationId: rounds.applicationId, deletedAt: rounds.deletedAt });
  if (!deleted) throw new NotFound("round");
  return deleted;
}

export async function restoreRound(db: Db, actor: Actor, id: string) {
  const mine = and(eq(rounds.id, id), eq(rounds.userId, actor.userId));
  const [row] = await db
    .select({ deletedAt: rounds.deletedAt, applicationId: rounds.applicationId })
    .from(rounds)
    .where(mine);
  if (!row) throw new NotFound("round");
  if (row.deletedAt !== null) {
    if (!canRestore(row.deletedAt, new Date())) throw new Conflict(TOO_LATE_TO_UNDO);
    await db.update(rounds).set({ deletedAt: null }).where(mine);
  }
  return { id, applicationId: row.applicationId };
}
