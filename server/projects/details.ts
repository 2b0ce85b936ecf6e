import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { projectOutcomes, projects, projectSkills, skills } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { bulletFor } from "@/lib/projects/bullets";
import { NotFound } from "@/lib/errors";
import { canRead, type ReadAccess } from "@/server/mentoring/access";

/** Whose projects a read covers, and whether company names show (the `companies` grant). */
export interface ProjectsView {
  access: ReadAccess;
  companies: ReadAccess;
}

export function projectsView(actor: Actor, menteeId?: string | null): ProjectsView {
  return { access: canRead(actor, "projects", menteeId), companies: canRead(actor, "companies", menteeId) };
}

/** Writes and the owner's own reads: no menteeId, so only the actor's rows. */
export const ownProjects = (actor: Actor): ProjectsView => projectsView(actor);

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

/**
 * The project's columns for this reader. The employer is a company name like an application's, so a mentor
 * without the `companies` grant gets null (and `companyHidden`), decided in the query.
 */
export function projectViewColumns({ companies }: ProjectsView) {
  return {
    ...projectColumns,
    company: sql<string | null>`case when ${companies.granted} then ${projects.company} end`,
    companyHidden: sql<boolean>`(${projects.company} is not null and not ${companies.granted})`,
  };
}

/** A live project the reader may see (their own, or their mentee's under the grant); else NotFound. */
export async function findLiveProject(db: DbOrTx, view: ProjectsView, id: string) {
  const [project] = await db
    .select(projectViewColumns(view))
    .from(projects)
    .where(and(eq(projects.id, id), view.access(projects.userId), isNull(projects.deletedAt)));
  if (!project) throw new NotFound("project");
  return project;
}

/** The live outcomes of these projects, in their order. */
export async function liveOutcomes(db: DbOrTx, access: ReadAccess, projectIds: readonly string[]) {
  if (projectIds.length === 0) return [];
  return db
    .select(outcomeColumns)
    .from(projectOutcomes)
    .where(
      and(
        inArray(projectOutcomes.projectId, [...projectIds]),
        access(projectOutcomes.userId),
        isNull(projectOutcomes.deletedAt),
      ),
    )
    .orderBy(asc(projectOutcomes.position), asc(projectOutcomes.createdAt), asc(projectOutcomes.id));
}

/** Projects with their skills, outcomes and generated bullets: three queries for a whole page. */
export async function withDetails<Row extends ProjectRow>(
  db: DbOrTx,
  access: ReadAccess,
  rows: readonly Row[],
) {
  const ids = rows.map((row) => row.id);
  const [skillRows, outcomeRows] = await Promise.all([
    ids.length === 0
      ? []
      : db
          .select({ projectId: projectSkills.projectId, id: skills.id, name: skills.name })
          .from(projectSkills)
          .innerJoin(skills, eq(skills.id, projectSkills.skillId))
          .where(and(inArray(projectSkills.projectId, ids), access(projectSkills.userId)))
          .orderBy(asc(skills.name)),
    liveOutcomes(db, access, ids),
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
export type ProjectDetails = Awaited<ReturnType<typeof withDetails<ProjectViewRow>>>[number];
type ProjectViewRow = Awaited<ReturnType<typeof findLiveProject>>;
