import "server-only";
import { and, desc, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { projects, projectSkills } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { type Page, toPage } from "@/lib/paging/cursor";
import { canRestore } from "@/lib/undo";
import { assertSkillsVisible } from "@/server/skills/skills";
import { Conflict, NotFound } from "@/lib/errors";
import type {
  CreateProjectInput,
  ListProjectsInput,
  UpdateProjectInput,
  ViewProjectInput,
} from "@/lib/projects/inputs";
import { afterCursor } from "@/server/paging/keyset";
import { requireReadable } from "@/server/mentoring/access";
import {
  findLiveProject,
  ownProjects,
  type ProjectDetails,
  projectsView,
  type ProjectsView,
  projectViewColumns,
  withDetails,
} from "./details";

/** The reader's (or, under the projects scope, their mentee's) live projects, newest first, a page at a time. */
export async function listProjects(
  db: Db,
  actor: Actor,
  input: ListProjectsInput,
): Promise<Page<ProjectDetails>> {
  const view = projectsView(actor, input.menteeId);
  await requireReadable(db, view.access);
  const rows = await db
    .select(projectViewColumns(view))
    .from(projects)
    .where(
      and(
        view.access(projects.userId),
        isNull(projects.deletedAt),
        afterCursor(projects.createdAt, projects.id, input.cursor),
      ),
    )
    .orderBy(desc(projects.createdAt), desc(projects.id))
    .limit(input.limit + 1);
  const page = toPage(rows, input.limit);
  return { items: await withDetails(db, view.access, page.items), nextCursor: page.nextCursor };
}

async function getProject(db: Db, view: ProjectsView, id: string): Promise<ProjectDetails> {
  const project = await findLiveProject(db, view, id);
  const [details] = await withDetails(db, view.access, [project]);
  if (!details) throw new NotFound("project");
  return details;
}

export function projectById(db: Db, actor: Actor, input: ViewProjectInput): Promise<ProjectDetails> {
  return getProject(db, projectsView(actor, input.menteeId), input.id);
}

const columnsOf = (input: CreateProjectInput) => ({
  title: input.title,
  role: input.role,
  company: input.company ?? null,
  startedOn: input.startedOn,
  endedOn: input.endedOn ?? null,
  description: input.description ?? "",
  technologies: input.technologies,
});

async function replaceSkills(tx: DbOrTx, actor: Actor, projectId: string, skillIds: readonly string[]) {
  await tx
    .delete(projectSkills)
    .where(and(eq(projectSkills.projectId, projectId), eq(projectSkills.userId, actor.userId)));
  if (skillIds.length === 0) return;
  await tx
    .insert(projectSkills)
    .values(skillIds.map((skillId) => ({ projectId, skillId, userId: actor.userId })));
}

/** The project and its skills in one transaction: either both are written or neither. */
export async function createProject(db: Db, actor: Actor, input: CreateProjectInput) {
  const id = await db.transaction(async (tx) => {
    await assertSkillsVisible(tx, actor, input.skillIds);
    const [created] = await tx
      .insert(projects)
      .values({ ...columnsOf(input), userId: actor.userId })
      .returning({ id: projects.id });
    if (!created) throw new Error("insert returned no row");
    await replaceSkills(tx, actor, created.id, input.skillIds);
    return created.id;
  });
  return getProject(db, ownProjects(actor), id);
}

export async function updateProject(db: Db, actor: Actor, input: UpdateProjectInput) {
  await db.transaction(async (tx) => {
    await findLiveProject(tx, ownProjects(actor), input.id);
    await assertSkillsVisible(tx, actor, input.skillIds);
    await tx
      .update(projects)
      .set({ ...columnsOf(input), updatedAt: new Date() })
      .where(and(eq(projects.id, input.id), eq(projects.userId, actor.userId), isNull(projects.deletedAt)));
    await replaceSkills(tx, actor, input.id, input.skillIds);
  });
  return getProject(db, ownProjects(actor), input.id);
}

/** Soft delete: the row stays for UNDO_WINDOW_MS so `restoreProject` can bring it back. */
export async function deleteProject(db: Db, actor: Actor, id: string) {
  const [deleted] = await db
    .update(projects)
    .set({ deletedAt: new Date() })
    .where(and(eq(projects.id, id), eq(projects.userId, actor.userId), isNull(projects.deletedAt)))
    .returning({ id: projects.id, deletedAt: projects.deletedAt });
  if (!deleted) throw new NotFound("project");
  return deleted;
}

export async function restoreProject(db: Db, actor: Actor, id: string) {
  const [project] = await db
    .select({ id: projects.id, deletedAt: projects.deletedAt })
    .from(projects)
    .where(and(eq(projects.id, id), eq(projects.userId, actor.userId)));
  if (!project) throw new NotFound("project");
  if (project.deletedAt === null) return getProject(db, ownProjects(actor), id);
  if (!canRestore(project.deletedAt, new Date())) {
    throw new Conflict("this project was deleted too long ago to undo");
  }
  await db
    .update(projects)
    .set({ deletedAt: null })
    .where(and(eq(projects.id, id), eq(projects.userId, actor.userId), isNotNull(projects.deletedAt)));
  return getProject(db, ownProjects(actor), id);
}
