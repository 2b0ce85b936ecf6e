import "server-only";
import { and, eq, isNull, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessments, mentorships, skills } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { NotFound } from "@/lib/errors";
import type { EndorseParsed } from "@/lib/reviews/inputs";
import { recordAudit } from "@/server/mentoring/audit";
import { canRead } from "@/server/mentoring/access";

/**
 * A mentor's rating of a mentee's skill: an assessment owned by the mentee with source "mentor" and the mentor
 * as assessor. The skill (built-in or the mentee's own) is read under the skills scope in the same query.
 */
export async function endorse(db: Db, actor: Actor, input: EndorseParsed) {
  // canRead treats one's own id as the owner; nobody endorses themselves.
  if (input.menteeId === actor.userId) throw new NotFound("mentee");
  const access = canRead(actor, "skills", input.menteeId);
  return db.transaction(async (tx) => {
    const [skill] = await tx
      .select({ id: skills.id })
      .from(skills)
      .where(
        and(
          eq(skills.id, input.skillId),
          or(and(isNull(skills.userId), access.granted), access(skills.userId)),
        ),
      );
    if (!skill) throw new NotFound("skill");
    const [created] = await tx
      .insert(assessments)
      .values({
        userId: input.menteeId,
        skillId: skill.id,
        level: input.level,
        note: input.note ?? null,
        source: "mentor",
        assessorId: actor.userId,
        assessedOn: input.assessedOn,
      })
      .returning({
        id: assessments.id,
        skillId: assessments.skillId,
        level: assessments.level,
        assessedOn: assessments.assessedOn,
        note: assessments.note,
        source: assessments.source,
        createdAt: assessments.createdAt,
      });
    if (!created) throw new Error("insert returned no row");
    return created;
  });
}

/** The mentor who wrote an endorsement withdraws it while they still hold the skills scope. */
export async function deleteEndorsement(db: Db, actor: Actor, input: { id: string }) {
  return db.transaction(async (tx) => {
    const [deleted] = await tx
      .update(assessments)
      .set({ deletedAt: new Date() })
      .where(
        and(
          eq(assessments.id, input.id),
          eq(assessments.source, "mentor"),
          eq(assessments.assessorId, actor.userId),
          isNull(assessments.deletedAt),
          sql`exists (select 1 from ${mentorships}
            where ${mentorships.menteeId} = ${assessments.userId} and ${mentorships.mentorId} = ${actor.userId}
              and ${mentorships.endedAt} is null and 'skills'::mentorship_scope = any(${mentorships.scopes}))`,
        ),
      )
      .returning({ id: assessments.id, skillId: assessments.skillId, menteeId: assessments.userId });
    if (!deleted) throw new NotFound("endorsement");
    // The input names no mentee, so the audit middleware cannot see this change to the mentee's skills.
    await recordAudit(tx, actor.requestId ?? "internal", [
      { menteeId: deleted.menteeId, actorId: actor.userId, action: "write reviews.deleteEndorsement" },
    ]);
    return { id: deleted.id, skillId: deleted.skillId };
  });
}
