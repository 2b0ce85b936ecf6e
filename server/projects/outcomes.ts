import "server-only";
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { projectOutcomes, projects } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { isSameIdSet, OUTCOMES_PER_PROJECT_MAX, uniqueIds } from "@/lib/projects/rules";
import { canRestore } from "@/lib/undo";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import type {
  AddOutcomeInput,
  OutcomeFields,
  ReorderOutcomesInput,
  UpdateOutcomeInput,
} from "@/lib/projects/inputs";
import { findLiveProject, liveOutcomes, ownProjects, outcomeColumns } from "./details";

const columnsOf = (input: OutcomeFields) => ({
  metric: input.metric,
  baseline: input.baseline ?? null,
  result: input.result,
  unit: input.unit,
  timeframe: input.timeframe ?? null,
  confidence: input.confidence,
  confidential: input.confidential,
});

/** The actor's outcome whose project is live; `deleted` picks live or soft-deleted outcomes. */
async function findOutcome(db: DbOrTx, actor: Actor, id: string, deleted: boolean) {
  const [outcome] = await db
    .select({ ...outcomeColumns, deletedAt: projectOutcomes.deletedAt })
    .from(projectOutcomes)
    .innerJoin(projects, eq(projects.id, projectOutcomes.projectId))
    .where(
      and(
        eq(projectOutcomes.id, id),
        eq(projectOutcomes.userId, actor.userId),
        eq(projects.userId, actor.userId),
        isNull(projects.deletedAt),
        deleted ? isNotNull(projectOutcomes.deletedAt) : isNull(projectOutcomes.deletedAt),
      ),
    );
  if (!outcome) throw new NotFound("outcome");
  return outcome;
}

/** Appends an outcome after the project's last one. */
export async function addOutcome(db: Db, actor: Actor, input: AddOutcomeInput) {
  return db.transaction(async (tx) => {
    await findLiveProject(tx, ownProjects(actor), input.projectId);
    const current = await liveOutcomes(tx, ownProjects(actor).access, [input.projectId]);
    if (current.length >= OUTCOMES_PER_PROJECT_MAX) {
      throw new Conflict(`a project holds at most ${OUTCOMES_PER_PROJECT_MAX} outcomes`);
    }
    const position = Math.max(-1, ...current.map((outcome) => outcome.position)) + 1;
    const [created] = await tx
      .insert(projectOutcomes)
      .values({ ...columnsOf(input), projectId: input.projectId, userId: actor.userId, position })
      .returning(outcomeColumns);
    if (!created) throw new Error("insert returned no row");
    return created;
  });
}

export async function updateOutcome(db: Db, actor: Actor, input: UpdateOutcomeInput) {
  await findOutcome(db, actor, input.id, false);
  const [updated] = await db
    .update(projectOutcomes)
    .set(columnsOf(input))
    .where(
      and(
        eq(projectOutcomes.id, input.id),
        eq(projectOutcomes.userId, actor.userId),
        isNull(projectOutcomes.deletedAt),
      ),
    )
    .returning(outcomeColumns);
  if (!updated) throw new NotFound("outcome");
  return updated;
}

export async function deleteOutcome(db: Db, actor: Actor, id: string) {
  await findOutcome(db, actor, id, false);
  const [deleted] = await db
    .update(projectOutcomes)
    .set({ deletedAt: new Date() })
    .where(
      and(
        eq(projectOutcomes.id, id),
        eq(projectOutcomes.userId, actor.userId),
        isNull(projectOutcomes.deletedAt),
      ),
    )
    .returning({ id: projectOutcomes.id, projectId: projectOutcomes.projectId });
  if (!deleted) throw new NotFound("outcome");
  return deleted;
}

/** Brings a deleted outcome back at its old position, within the undo window. */
export async function restoreOutcome(db: Db, actor: Actor, id: string) {
  const outcome = await findOutcome(db, actor, id, true);
  if (!canRestore(outcome.deletedAt, new Date())) {
    throw new Conflict("this outcome was deleted too long ago to undo");
  }
  const [restored] = await db
    .update(projectOutcomes)
    .set({ deletedAt: null })
    .where(and(eq(projectOutcomes.id, id), eq(projectOutcomes.userId, actor.userId)))
    .returning(outcomeColumns);
  if (!restored) throw new NotFound("outcome");
  return restored;
}

/** Rewrites every position in one statement, inside one transaction with the check. */
export async function reorderOutcomes(db: Db, actor: Actor, input: ReorderOutcomesInput) {
  return db.transaction(async (tx) => {
    await findLiveProject(tx, ownProjects(actor), input.projectId);
    const current = (await liveOutcomes(tx, ownProjects(actor).access, [input.projectId])).map(
      (outcome) => outcome.id,
    );
    const order = uniqueIds(input.ids);
    if (order.some((id) => !current.includes(id))) throw new NotFound("outcome");
    if (order.length !== input.ids.length || !isSameIdSet(order, current)) {
      throw new Invalid("ids", "list every outcome of this project exactly once");
    }
    const positions = sql.join(
      order.map((id, index) => sql`when ${id}::uuid then ${index}::int`),
      sql` `,
    );
    await tx
      .update(projectOutcomes)
      .set({ position: sql`case ${projectOutcomes.id} ${positions} end` })
      .where(
        and(
          eq(projectOutcomes.projectId, input.projectId),
          eq(projectOutcomes.userId, actor.userId),
          isNull(projectOutcomes.deletedAt),
        ),
      );
    return liveOutcomes(tx, ownProjects(actor).access, [input.projectId]);
  });
}
