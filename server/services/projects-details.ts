import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { projectOutcomes, projects, projectSkills, skills } from "@/db/schema";
import type { Actor } from "../actor";
import { bulletFor } from "../domain/projects-bullets";
import { NotFound } from "../errors";

/** A database or an open transaction: helpers here run inside either. */

export const projectColumns = {
  id: projects.id,
  title: projects.title,
  role: projects.role,
  company: projects.company,
  startedOn: projects.startedOn,
  endedOn: projects.endedOn,
  description: projects.description,
  technologies: projects.technologies,
  createdAt: projects.createdAt,
  updatedAt: projects.updatedAt,
};
export interface ProjectRow {
  id: string;
  title: string;
  role: string;
  company: string | null;
  startedOn: string;
  endedOn: string | null;
  description: string;
  technologies: string[];
  createdAt: Date;
  updatedAt: Date;
}

export const outcomeColumns = {
  id: projectOutcomes.id,
  projectId: projectOutcomes.projectId,
  metric: projectOutcomes.metric,
  baseline: projectOutcomes.baseline,
  result: projectOutcomes.result,
  unit: projectOutcomes.unit,
  timeframe: projectOutcomes.timeframe,
  confidence: projectOutcomes.confidence,
  confidential: projectOutcomes.confidential,
  position: projectOutcomes.position,
};

/** The actor's project, not deleted; anything else (missing, foreign, deleted) is NotFound. */
export async function findLiveProject(db: DbOrTx, actor: Actor, id: string): Promise<ProjectRow> {
  const [project] = await db
    .select(projectColumns)
    .from(projects)
    .where(and(eq(projects.id, id), eq(projects.userId, actor.userId), isNull(projects.deletedAt)));
  if (!project) throw new NotFound("project");
  return project;
}

/** The live outcomes of these projects, in their order. */
export async function liveOutcomes(db: DbOrTx, actor: Actor, projectIds: readonly string[]) {
  if (projectIds.length === 0) return [];
  return db
    .select(outcomeColumns)
    .from(projectOutcomes)
    .where(
      and(
        inArray(projectOutcomes.projectId, [...projectIds]),
        eq(projectOutcomes.userId, actor.userId),
        isNull(projectOutcomes.deletedAt),
      ),
    )
    .orderBy(asc(projectOutcomes.position), asc(projectOutcomes.createdAt), asc(projectOutcomes.id));
}

/** Projects with their skills, outcomes and generated bullets: three queries for a whole page. */
export async function withDetails(db: DbOrTx, actor: Actor, rows: readonly ProjectRow[]) {
  const ids = rows.map((row) => row.id);
  const [skillRows, outcomeRows] = await Promise.all([
    ids.length === 0
      ? []
      : db
          .select({ projectId: projectSkills.projectId, id: skills.id, name: skills.name })
          .from(projectSkills)
          .innerJoin(skills, eq(skills.id, projectSkills.skillId))
          .where(and(inArray(projectSkills.projectId, ids), eq(projectSkills.userId, actor.userId)))
          .orderBy(asc(skills.name)),
    liveOutcomes(db, actor, ids),
  ]);
  return rows.map((row) => {
    const outcomes = outcomeRows.filter((outcome) => outcome.projectId === row.id);
    return {
      ...row,
      skills: skillRows
        .filter((skill) => skill.projectId === row.id)
        .map((skill) => ({ id: skill.id, name: skill.name })),
      outcomes,
      bullets: outcomes.map((outcome) => ({ outcomeId: outcome.id, text: bulletFor(outcome) })),
    };
  });
}
export type ProjectDetails = Awaited<ReturnType<typeof withDetails>>[number];
