import { and, count, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  applications,
  assessmentEvidence,
  assessments,
  mentorships,
  projects,
  rounds,
  skills,
} from "../../db/schema";
import { BUILTIN_SKILLS } from "@/lib/skills/catalogue";
import type { MentorshipScope } from "@/lib/mentoring/rules";

/** The id of a built-in skill by its seed slug ("testing", "apis", …). */
export async function builtinSkillId(db: Db, slug: string): Promise<string> {
  const [skill] = await db
    .select({ id: skills.id })
    .from(skills)
    .where(and(eq(skills.slug, slug), isNull(skills.userId)));
  if (!skill)
    throw new Error(`no built-in skill ${slug}; known: ${BUILTIN_SKILLS.map((s) => s.slug).join(", ")}`);
  return skill.id;
}

/** A project row owned by the user, straight into the table (the projects domain is not needed). */
export async function createProject(
  db: Db,
  userId: string,
  overrides: { title?: string; deletedAt?: Date | null; createdAt?: Date } = {},
): Promise<string> {
  const [project] = await db
    .insert(projects)
    .values({
      userId,
      title: overrides.title ?? "Checkout rewrite",
      role: "Backend engineer",
      startedOn: "2025-01-01",
      deletedAt: overrides.deletedAt ?? null,
      createdAt: overrides.createdAt,
    })
    .returning({ id: projects.id });
  if (!project) throw new Error("project insert returned nothing");
  return project.id;
}

/** An application with one round owned by the user; returns the round id. */
export async function createRound(
  db: Db,
  userId: string,
  overrides: {
    company?: string;
    stage?: string;
    deletedAt?: Date | null;
    applicationDeletedAt?: Date | null;
  } = {},
): Promise<string> {
  const [application] = await db
    .insert(applications)
    .values({
      userId,
      company: overrides.company ?? "Acme",
      role: "Backend engineer",
      appliedOn: "2025-02-01",
      deletedAt: overrides.applicationDeletedAt ?? null,
    })
    .returning({ id: applications.id });
  if (!application) throw new Error("application insert returned nothing");
  const [round] = await db
    .insert(rounds)
    .values({
      userId,
      applicationId: application.id,
      stage: overrides.stage ?? "technical-interview",
      deletedAt: overrides.deletedAt ?? null,
    })
    .returning({ id: rounds.id });
  if (!round) throw new Error("round insert returned nothing");
  return round.id;
}

/** How many assessments (live and deleted) and evidence rows the user has. */
export async function skillRowCounts(db: Db, userId: string) {
  const [a] = await db.select({ n: count() }).from(assessments).where(eq(assessments.userId, userId));
  const [e] = await db
    .select({ n: count() })
    .from(assessmentEvidence)
    .where(eq(assessmentEvidence.userId, userId));
  const [s] = await db.select({ n: count() }).from(skills).where(eq(skills.userId, userId));
  return { assessments: a?.n ?? 0, evidence: e?.n ?? 0, skills: s?.n ?? 0 };
}

/** Moves an assessment's deletion into the past, to test the end of the undo window. */
export async function backdateDeletion(db: Db, assessmentId: string, deletedAt: Date): Promise<void> {
  await db.update(assessments).set({ deletedAt }).where(eq(assessments.id, assessmentId));
}

/** An active mentorship straight into the table (the invitation flow is not needed); returns its id. */
export async function mentorship(
  db: Db,
  menteeId: string,
  mentorId: string,
  scopes: MentorshipScope[],
): Promise<string> {
  const [row] = await db
    .insert(mentorships)
    .values({ menteeId, mentorId, scopes })
    .returning({ id: mentorships.id });
  if (!row) throw new Error("mentorship insert returned nothing");
  return row.id;
}

export async function endMentorship(db: Db, mentorshipId: string): Promise<void> {
  await db.update(mentorships).set({ endedAt: new Date() }).where(eq(mentorships.id, mentorshipId));
}

/** A mentor's rating of the mentee's skill, as reviews.endorse stores it; returns its id. */
export async function mentorRating(
  db: Db,
  menteeId: string,
  mentorId: string,
  skillId: string,
  level: number,
  assessedOn: string,
): Promise<string> {
  const [row] = await db
    .insert(assessments)
    .values({ userId: menteeId, skillId, level, assessedOn, source: "mentor", assessorId: mentorId })
    .returning({ id: assessments.id });
  if (!row) throw new Error("assessment insert returned nothing");
  return row.id;
}
