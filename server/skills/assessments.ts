import "server-only";
import { and, desc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { applications, assessmentEvidence, assessments, projects, rounds, skills } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { toPage } from "@/lib/paging/cursor";
import { roundLabel } from "@/lib/skills/growth";
import { canRestore } from "@/lib/undo";
import { Conflict, NotFound } from "@/lib/errors";
import type { AssessParsed, EvidenceOptionsInput } from "@/lib/skills/inputs";
import { afterCursor } from "@/server/paging/keyset";
import { visibleSkill } from "./skills";

/** A round of the actor's whose application is live too: deleting an application hides its rounds. */
const liveRoundOf = (actor: Actor) =>
  and(
    eq(rounds.userId, actor.userId),
    eq(applications.userId, actor.userId),
    isNull(rounds.deletedAt),
    isNull(applications.deletedAt),
  );

/** Every id must be one of the actor's live rows; one missing (or someone else's) is NotFound. */
async function requireOwnLive(tx: Tx, actor: Actor, kind: "project" | "round", ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const found =
    kind === "project"
      ? await tx
          .select({ id: projects.id })
          .from(projects)
          .where(
            and(inArray(projects.id, ids), eq(projects.userId, actor.userId), isNull(projects.deletedAt)),
          )
      : await tx
          .select({ id: rounds.id })
          .from(rounds)
          .innerJoin(applications, eq(applications.id, rounds.applicationId))
          .where(and(inArray(rounds.id, ids), liveRoundOf(actor)));
  if (found.length !== new Set(ids).size) throw new NotFound(kind);
}

/** Records a dated level with its evidence; earlier assessments are never touched. */
export async function assess(db: Db, actor: Actor, input: AssessParsed) {
  return db.transaction(async (tx) => {
    const [skill] = await tx
      .select({ id: skills.id })
      .from(skills)
      .where(and(eq(skills.id, input.skillId), visibleSkill(actor)));
    if (!skill) throw new NotFound("skill");
    const projectIds = input.evidence.flatMap((item) => (item.kind === "project" ? [item.projectId] : []));
    const roundIds = input.evidence.flatMap((item) => (item.kind === "round" ? [item.roundId] : []));
    await requireOwnLive(tx, actor, "project", projectIds);
    await requireOwnLive(tx, actor, "round", roundIds);

    const [created] = await tx
      .insert(assessments)
      .values({
        userId: actor.userId,
        skillId: skill.id,
        level: input.level,
        note: input.note ?? null,
        source: "self",
        assessedOn: input.assessedOn,
      })
      .returning({
        id: assessments.id,
        skillId: assessments.skillId,
        level: assessments.level,
        assessedOn: assessments.assessedOn,
        note: assessments.note,
        createdAt: assessments.createdAt,
      });
    if (!created) throw new Error("insert returned no row");
    if (input.evidence.length > 0) {
      await tx.insert(assessmentEvidence).values(
        input.evidence.map((item) => ({
          assessmentId: created.id,
          userId: actor.userId,
          kind: item.kind,
          projectId: item.kind === "project" ? item.projectId : null,
          roundId: item.kind === "round" ? item.roundId : null,
          url: item.kind === "url" ? item.url : null,
        })),
      );
    }
    return { ...created, evidenceCount: input.evidence.length };
  });
}

export async function deleteAssessment(db: Db, actor: Actor, input: { id: string }) {
  const [deleted] = await db
    .update(assessments)
    .set({ deletedAt: new Date() })
    .where(
      and(
        eq(assessments.id, input.id),
        eq(assessments.userId, actor.userId),
        // A mentor's rating is theirs to give: the mentee cannot delete it.
        eq(assessments.source, "self"),
        isNull(assessments.deletedAt),
      ),
    )
    .returning({ id: assessments.id, skillId: assessments.skillId, deletedAt: assessments.deletedAt });
  if (!deleted) throw new NotFound("assessment");
  return deleted;
}

export async function restoreAssessment(db: Db, actor: Actor, input: { id: string }) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: assessments.id, deletedAt: assessments.deletedAt })
      .from(assessments)
      .where(
        and(
          eq(assessments.id, input.id),
          eq(assessments.userId, actor.userId),
          eq(assessments.source, "self"),
          isNotNull(assessments.deletedAt),
        ),
      )
      .for("update");
    if (!row) throw new NotFound("assessment");
    if (!canRestore(row.deletedAt, new Date())) throw new Conflict("it is too late to undo this delete");
    const [restored] = await tx
      .update(assessments)
      .set({ deletedAt: null })
      .where(and(eq(assessments.id, row.id), eq(assessments.userId, actor.userId)))
      .returning({ id: assessments.id, skillId: assessments.skillId });
    if (!restored) throw new NotFound("assessment");
    return restored;
  });
}

/** The actor's live projects or interview rounds, newest first, to attach as evidence. */
export async function evidenceOptions(db: Db, actor: Actor, input: EvidenceOptionsInput) {
  if (input.kind === "project") {
    const rows = await db
      .select({ id: projects.id, label: projects.title, createdAt: projects.createdAt })
      .from(projects)
      .where(
        and(
          eq(projects.userId, actor.userId),
          isNull(projects.deletedAt),
          afterCursor(projects.createdAt, projects.id, input.cursor),
        ),
      )
      .orderBy(desc(projects.createdAt), desc(projects.id))
      .limit(input.limit + 1);
    return toPage(rows, input.limit);
  }
  const rows = await db
    .select({
      id: rounds.id,
      stage: rounds.stage,
      company: applications.company,
      createdAt: rounds.createdAt,
    })
    .from(rounds)
    .innerJoin(applications, eq(applications.id, rounds.applicationId))
    .where(and(liveRoundOf(actor), afterCursor(rounds.createdAt, rounds.id, input.cursor)))
    .orderBy(desc(rounds.createdAt), desc(rounds.id))
    .limit(input.limit + 1);
  return toPage(
    rows.map((row) => ({ id: row.id, label: roundLabel(row.stage, row.company), createdAt: row.createdAt })),
    input.limit,
  );
}
