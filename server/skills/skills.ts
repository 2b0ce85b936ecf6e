import "server-only";
import { and, asc, count, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { assessments, projectSkills, roundCompetencies, skills } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { Conflict, NotFound } from "@/lib/errors";
import type { ViewInput } from "@/lib/validation";
import type { AddSkillInput, RenameSkillInput } from "@/lib/skills/inputs";
import { canRead, requireReadable, type ReadAccess } from "@/server/mentoring/access";

/**
 * Built-in (no owner) or owned by the reader: the actor's own, or with a ReadAccess, `access.ownerId`'s
 * under a live grant (checked in the same query).
 */
export const visibleSkill = (reader: Actor | ReadAccess) =>
  or(
    isNull(skills.userId),
    typeof reader === "function" ? reader(skills.userId) : eq(skills.userId, reader.userId),
  );

/** The skills this user (or their mentee) can assess: the built-in ones, then their own, by name. */
export async function listCatalogue(db: Db, actor: Actor, input: ViewInput = {}) {
  const access = canRead(actor, "skills", input.menteeId);
  await requireReadable(db, access);
  return (
    db
      .select({
        id: skills.id,
        name: skills.name,
        kind: skills.kind,
        description: skills.description,
        slug: skills.slug,
        builtin: sql<boolean>`${skills.userId} is null`,
      })
      .from(skills)
      .where(visibleSkill(access))
      // userId ascending would put nulls (built-ins) last in PostgreSQL.
      .orderBy(sql`${skills.userId} is not null`, asc(skills.name))
  );
}

const nameTaken = "you already have a skill with this name";
const sameName = (name: string) => eq(sql`lower(${skills.name})`, name.toLowerCase());

/** A name already in the catalogue this actor sees (a built-in or one of their own), other than `exceptId`. */
async function refuseTakenName(db: Db, actor: Actor, name: string, exceptId?: string): Promise<void> {
  const [clash] = await db
    .select({ builtin: sql<boolean>`${skills.userId} is null` })
    .from(skills)
    .where(and(visibleSkill(actor), sameName(name), exceptId ? ne(skills.id, exceptId) : undefined))
    .limit(1);
  if (clash) throw new Conflict(clash.builtin ? "a built-in skill has this name" : nameTaken, "name");
}

/** PostgreSQL's unique_violation, seen through drizzle's wrapper or directly. */
function isUniqueViolation(error: unknown): boolean {
  const codeOf = (value: unknown) =>
    typeof value === "object" && value !== null && "code" in value ? value.code : undefined;
  const cause = error instanceof Error ? error.cause : undefined;
  return codeOf(error) === "23505" || codeOf(cause) === "23505";
}

const skillColumns = { id: skills.id, name: skills.name, kind: skills.kind, description: skills.description };

export async function addSkill(db: Db, actor: Actor, input: AddSkillInput) {
  await refuseTakenName(db, actor, input.name);
  const [created] = await db
    .insert(skills)
    .values({
      userId: actor.userId,
      name: input.name,
      kind: input.kind,
      description: input.description ?? null,
    })
    // A concurrent add of the same name loses here, on the unique index.
    .onConflictDoNothing()
    .returning(skillColumns);
  if (!created) throw new Conflict(nameTaken, "name");
  return created;
}

export async function renameSkill(db: Db, actor: Actor, input: RenameSkillInput) {
  await refuseTakenName(db, actor, input.name, input.id);
  try {
    const [updated] = await db
      .update(skills)
      .set({ name: input.name })
      .where(and(eq(skills.id, input.id), eq(skills.userId, actor.userId)))
      .returning(skillColumns);
    if (!updated) throw new NotFound("skill");
    return updated;
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict(nameTaken, "name");
    throw error;
  }
}

/**
 * Deletes one of the actor's own skills. The skills table has no deleted_at, so this is a real delete;
 * it is refused while live assessments, projects or interview rounds still use the skill, so nothing is lost.
 */
export async function deleteSkill(db: Db, actor: Actor, input: { id: string }) {
  return db.transaction(async (tx) => {
    const [skill] = await tx
      .select({ id: skills.id, name: skills.name, kind: skills.kind, description: skills.description })
      .from(skills)
      .where(and(eq(skills.id, input.id), eq(skills.userId, actor.userId)))
      .for("update");
    if (!skill) throw new NotFound("skill");
    const [live] = await tx
      .select({ n: count() })
      .from(assessments)
      .where(
        and(
          eq(assessments.skillId, skill.id),
          eq(assessments.userId, actor.userId),
          // Only self ratings can be deleted first; mentors' ratings of the skill go with it.
          eq(assessments.source, "self"),
          isNull(assessments.deletedAt),
        ),
      );
    if (live && live.n > 0)
      throw new Conflict(`this skill has ${live.n} assessment(s); delete them first`, "id");
    const [inProjects] = await tx
      .select({ n: count() })
      .from(projectSkills)
      .where(eq(projectSkills.skillId, skill.id));
    const [inRounds] = await tx
      .select({ n: count() })
      .from(roundCompetencies)
      .where(eq(roundCompetencies.skillId, skill.id));
    if ((inProjects?.n ?? 0) + (inRounds?.n ?? 0) > 0) {
      throw new Conflict("projects or interview rounds still name this skill; remove it there first", "id");
    }
    await tx.delete(skills).where(and(eq(skills.id, skill.id), eq(skills.userId, actor.userId)));
    return skill;
  });
}

/** Every id names a built-in skill or one of the actor's own; otherwise NotFound("skill"). */
export async function assertSkillsVisible(
  db: DbOrTx,
  actor: Actor,
  skillIds: readonly string[],
): Promise<void> {
  const unique = [...new Set(skillIds)];
  if (unique.length === 0) return;
  const visible = await db
    .select({ id: skills.id })
    .from(skills)
    .where(and(inArray(skills.id, unique), visibleSkill(actor)));
  if (visible.length !== unique.length) throw new NotFound("skill");
}
