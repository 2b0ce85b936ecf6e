import crypto from "node:crypto";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import {
  applications,
  assessmentEvidence,
  assessments,
  projectOutcomes,
  projects,
  projectSkills,
  roundCompetencies,
  rounds,
  skills,
  users,
} from "@/db/schema";
import { BUILTIN_SKILLS } from "@/lib/skills/catalogue";
import { buildDemoHistory, type DemoHistory } from "./history";
import { NotFound } from "@/lib/errors";

type Ids = Map<string, string>;

function idOf(ids: Ids, key: string): string {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`demo history refers to an unknown ${key}`);
  return id;
}

/** Lists page by created_at, so each row is dated when it happened, never later than today. */
const createdOn = (day: string, today: string) => new Date(`${day < today ? day : today}T00:00:00Z`);

/**
 * Gives a user the demo's eighteen months of history in one transaction; does nothing (false) once the
 * user has any assessment, project or application, so it is safe on every start.
 */
export async function seedDemoHistory(db: Db, userId: string, today: string): Promise<boolean> {
  const history = buildDemoHistory(today);
  return db.transaction(async (tx) => {
    // The row lock makes two concurrent starts seed once.
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
    if (!user) throw new NotFound("user");
    if (await hasHistory(tx, userId)) return false;
    const skillIds = await resolveSkills(tx, userId, history, today);
    const projectIds = await insertProjects(tx, userId, history, skillIds, today);
    await insertAssessments(tx, userId, history, skillIds, projectIds, today);
    await insertApplications(tx, userId, history, skillIds, today);
    return true;
  });
}

async function hasHistory(tx: Tx, userId: string): Promise<boolean> {
  const owned = await Promise.all([
    tx.select({ id: assessments.id }).from(assessments).where(eq(assessments.userId, userId)).limit(1),
    tx.select({ id: projects.id }).from(projects).where(eq(projects.userId, userId)).limit(1),
    tx.select({ id: applications.id }).from(applications).where(eq(applications.userId, userId)).limit(1),
  ]);
  return owned.some((rows) => rows.length > 0);
}

/** Built-in skills by slug; the demo's own skills by key, reusing ones the user already named the same. */
async function resolveSkills(tx: Tx, userId: string, history: DemoHistory, today: string): Promise<Ids> {
  const slugs = BUILTIN_SKILLS.map((skill) => skill.slug);
  const builtins = await tx
    .select({ id: skills.id, slug: skills.slug })
    .from(skills)
    .where(and(isNull(skills.userId), inArray(skills.slug, slugs)));
  const ids: Ids = new Map(
    builtins.flatMap((row) => (row.slug === null ? [] : [[row.slug, row.id] as const])),
  );
  const names = history.ownSkills.map((skill) => skill.name.toLowerCase());
  const existing = await tx
    .select({ id: skills.id, name: skills.name })
    .from(skills)
    .where(and(eq(skills.userId, userId), inArray(sql`lower(${skills.name})`, names)));
  const created = history.ownSkills.flatMap((skill) => {
    const found = existing.find((row) => row.name.toLowerCase() === skill.name.toLowerCase());
    ids.set(skill.key, found?.id ?? crypto.randomUUID());
    if (found) return [];
    const firstOn = history.assessments.find((item) => item.skill === skill.key)?.assessedOn ?? today;
    const { name, kind, description } = skill;
    return [
      { id: idOf(ids, skill.key), userId, name, kind, description, createdAt: createdOn(firstOn, today) },
    ];
  });
  if (created.length > 0) await tx.insert(skills).values(created);
  return ids;
}

async function insertProjects(tx: Tx, userId: string, history: DemoHistory, skillIds: Ids, today: string) {
  const ids: Ids = new Map(history.projects.map((project) => [project.key, crypto.randomUUID()]));
  await tx.insert(projects).values(
    history.projects.map(({ key, skills: _skills, outcomes: _outcomes, ...project }) => ({
      ...project,
      id: idOf(ids, key),
      userId,
      createdAt: createdOn(project.startedOn, today),
    })),
  );
  const links = history.projects.flatMap((project) =>
    project.skills.map((skill) => ({
      projectId: idOf(ids, project.key),
      skillId: idOf(skillIds, skill),
      userId,
    })),
  );
  if (links.length > 0) await tx.insert(projectSkills).values(links);
  const outcomes = history.projects.flatMap((project) =>
    project.outcomes.map((outcome, position) => ({
      ...outcome,
      projectId: idOf(ids, project.key),
      userId,
      position,
      createdAt: createdOn(project.endedOn ?? project.startedOn, today),
    })),
  );
  if (outcomes.length > 0) await tx.insert(projectOutcomes).values(outcomes);
  return ids;
}

async function insertAssessments(
  tx: Tx,
  userId: string,
  history: DemoHistory,
  skillIds: Ids,
  projectIds: Ids,
  today: string,
) {
  const rows = history.assessments.map((item) => ({ id: crypto.randomUUID(), item }));
  await tx.insert(assessments).values(
    rows.map(({ id, item }) => ({
      id,
      userId,
      skillId: idOf(skillIds, item.skill),
      level: item.level,
      note: item.note,
      source: "self" as const,
      assessedOn: item.assessedOn,
      createdAt: createdOn(item.assessedOn, today),
    })),
  );
  const evidence = rows.flatMap(({ id, item }) =>
    item.evidence.map((proof) => ({
      assessmentId: id,
      userId,
      kind: proof.kind,
      projectId: proof.kind === "project" ? idOf(projectIds, proof.projectKey) : null,
      url: proof.kind === "url" ? proof.url : null,
    })),
  );
  if (evidence.length > 0) await tx.insert(assessmentEvidence).values(evidence);
}

async function insertApplications(
  tx: Tx,
  userId: string,
  history: DemoHistory,
  skillIds: Ids,
  today: string,
) {
  const rows = history.applications.map((item) => ({ id: crypto.randomUUID(), item }));
  // Newest first within each board column (the history lists them oldest first).
  const later = (index: number, status: string) =>
    history.applications.filter((item, other) => other > index && item.status === status).length;
  await tx.insert(applications).values(
    rows.map(({ id, item: { key: _key, rounds: _rounds, ...application } }, index) => ({
      ...application,
      id,
      userId,
      boardPosition: later(index, application.status),
      createdAt: createdOn(application.appliedOn, today),
    })),
  );
  const roundRows = rows.flatMap(({ id, item }) =>
    item.rounds.map((round) => ({ id: crypto.randomUUID(), applicationId: id, round })),
  );
  if (roundRows.length === 0) return;
  await tx.insert(rounds).values(
    roundRows.map(({ id, applicationId, round: { competencies: _competencies, ...round } }) => ({
      ...round,
      id,
      applicationId,
      userId,
      scheduledAt: new Date(round.scheduledAt),
      createdAt: createdOn(round.scheduledAt.slice(0, 10), today),
    })),
  );
  const tested = roundRows.flatMap(({ id, round }) =>
    round.competencies.map((slug) => ({ roundId: id, skillId: idOf(skillIds, slug), userId })),
  );
  if (tested.length > 0) await tx.insert(roundCompetencies).values(tested);
}
