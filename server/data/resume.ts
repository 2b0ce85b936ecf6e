import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  assessments,
  careerGoals,
  ladderLevels,
  ladders,
  projects,
  projectSkills,
  skills,
  users,
} from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { buildResume, type Resume, type ResumeProjectSource } from "@/lib/data/resume";
import { NotFound } from "@/lib/errors";
import { canRead } from "@/server/mentoring/access";
import { liveOutcomes, projectColumns } from "@/server/projects/details";

/** The actor's own live projects with their skill ids and outcomes, for the resume. */
async function resumeProjects(db: Db, actor: Actor): Promise<ResumeProjectSource[]> {
  const rows = await db
    .select(projectColumns)
    .from(projects)
    .where(and(eq(projects.userId, actor.userId), isNull(projects.deletedAt)));
  const ids = rows.map((row) => row.id);
  const [outcomes, tags] = await Promise.all([
    liveOutcomes(db, canRead(actor, "projects"), ids),
    db
      .select({ projectId: projectSkills.projectId, skillId: projectSkills.skillId })
      .from(projectSkills)
      .where(eq(projectSkills.userId, actor.userId)),
  ]);
  return rows.map((row) => ({
    ...row,
    skillIds: tags.filter((tag) => tag.projectId === row.id).map((tag) => tag.skillId),
    outcomes: outcomes.filter((outcome) => outcome.projectId === row.id),
  }));
}

/** Each skill's latest live self rating: DISTINCT ON picks the newest by (assessed_on, created_at, id). */
function latestSelfRatings(db: Db, actor: Actor) {
  return db
    .selectDistinctOn([assessments.skillId], { id: skills.id, name: skills.name, level: assessments.level })
    .from(assessments)
    .innerJoin(skills, eq(skills.id, assessments.skillId))
    .where(
      and(
        eq(assessments.userId, actor.userId),
        eq(assessments.source, "self"),
        isNull(assessments.deletedAt),
      ),
    )
    .orderBy(
      assessments.skillId,
      desc(assessments.assessedOn),
      desc(assessments.createdAt),
      desc(assessments.id),
    );
}

async function currentLevel(db: Db, actor: Actor) {
  const [goal] = await db
    .select({ level: ladderLevels.name, ladder: ladders.name })
    .from(careerGoals)
    .innerJoin(ladderLevels, eq(ladderLevels.id, careerGoals.currentLevelId))
    .innerJoin(ladders, eq(ladders.id, careerGoals.ladderId))
    .where(and(eq(careerGoals.userId, actor.userId), isNull(ladders.deletedAt)));
  return goal ?? null;
}

/** The actor's own history as a JSON Resume document (see server/domain/resume.ts for what goes where). */
export async function exportResume(db: Db, actor: Actor, now: Date = new Date()): Promise<Resume> {
  const [user] = await db
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, actor.userId));
  if (!user) throw new NotFound("user");
  const [projectRows, skillRows, level] = await Promise.all([
    resumeProjects(db, actor),
    latestSelfRatings(db, actor),
    currentLevel(db, actor),
  ]);
  return buildResume({
    name: user.name,
    email: user.email,
    currentLevel: level,
    projects: projectRows,
    skills: skillRows,
    generatedAt: now,
  });
}
