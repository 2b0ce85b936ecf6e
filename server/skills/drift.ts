import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessments, users } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { splitDrift } from "@/lib/skills/drift";
import type { DriftInput } from "@/lib/skills/inputs";
import { assessorName, requireVisibleSkill, skillsAccess } from "./reads";

/** Every live self and mentor rating of one skill, oldest first, split by source. */
export async function skillDrift(db: Db, actor: Actor, input: DriftInput) {
  const access = await skillsAccess(db, actor, input.menteeId);
  const skill = await requireVisibleSkill(db, access, input.skillId);
  const ratings = await db
    .select({
      on: assessments.assessedOn,
      level: assessments.level,
      source: assessments.source,
      assessorName,
    })
    .from(assessments)
    .leftJoin(users, eq(users.id, assessments.assessorId))
    .where(and(access(assessments.userId), eq(assessments.skillId, skill.id), isNull(assessments.deletedAt)))
    .orderBy(asc(assessments.assessedOn), asc(assessments.createdAt), asc(assessments.id));
  return { skill, ...splitDrift(ratings) };
}
