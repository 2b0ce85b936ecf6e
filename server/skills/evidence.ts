import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, assessmentEvidence, projects, rounds } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { roundLabel } from "@/lib/skills/growth";
import { canRead, type ReadAccess } from "@/server/mentoring/access";

/**
 * Evidence of these assessments, each with a readable label: project title, round stage and company, or URL.
 * A mentor sees a project's title only with `projects`, a round's stage only with `interviews`, and its
 * company only with `companies` too; otherwise the label is generic.
 */
export async function evidenceOf(db: Db, actor: Actor, access: ReadAccess, assessmentIds: string[]) {
  if (assessmentIds.length === 0) return [];
  const ownerId = access.ownerId;
  const projectsGrant = canRead(actor, "projects", ownerId).granted;
  const roundsGrant = canRead(actor, "interviews", ownerId).granted;
  const companiesGrant = canRead(actor, "companies", ownerId).granted;
  const rows = await db
    .select({
      id: assessmentEvidence.id,
      assessmentId: assessmentEvidence.assessmentId,
      kind: assessmentEvidence.kind,
      url: assessmentEvidence.url,
      projectId: sql<string | null>`case when ${projectsGrant} then ${assessmentEvidence.projectId} end`,
      projectTitle: sql<string | null>`case when ${projectsGrant} then ${projects.title} end`,
      roundId: sql<string | null>`case when ${roundsGrant} then ${assessmentEvidence.roundId} end`,
      roundStage: sql<string | null>`case when ${roundsGrant} then ${rounds.stage} end`,
      company: sql<
        string | null
      >`case when ${roundsGrant} and ${companiesGrant} then ${applications.company} end`,
    })
    .from(assessmentEvidence)
    .leftJoin(projects, and(eq(projects.id, assessmentEvidence.projectId), eq(projects.userId, ownerId)))
    .leftJoin(rounds, and(eq(rounds.id, assessmentEvidence.roundId), eq(rounds.userId, ownerId)))
    .leftJoin(applications, and(eq(applications.id, rounds.applicationId), eq(applications.userId, ownerId)))
    .where(and(access(assessmentEvidence.userId), inArray(assessmentEvidence.assessmentId, assessmentIds)))
    .orderBy(asc(assessmentEvidence.kind), asc(assessmentEvidence.id));
  return rows.map((row) => ({
    id: row.id,
    assessmentId: row.assessmentId,
    kind: row.kind,
    url: row.url,
    projectId: row.projectId,
    roundId: row.roundId,
    label:
      row.kind === "project"
        ? (row.projectTitle ?? "Project")
        : row.kind === "round"
          ? roundLabel(row.roundStage ?? "Interview round", row.company)
          : (row.url ?? ""),
  }));
}
