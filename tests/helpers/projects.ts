import { type TRPCError } from "@trpc/server";
import { eq, isNull } from "drizzle-orm";

import type { Db } from "../../db/client";
import { projectOutcomes, projects, projectSkills, skills } from "../../db/schema";
import type { SessionClaims } from "@/server/auth/actor";
import { fieldErrorsOf } from "../../server/trpc/errors";
import { callerFor, claimsFor, createUser } from "./factories";
import { countOwned } from "./integration-extra";

type Caller = ReturnType<typeof callerFor>;
type CreateInput = Parameters<Caller["projects"]["create"]>[0];
type OutcomeInput = Parameters<Caller["projects"]["outcomes"]["add"]>[0];

export const ORDERS_OUTCOME = {
  metric: "p95 latency of the orders API",
  baseline: 800,
  result: 240,
  unit: "ms",
} as const;

/** A project through the router, as the form would send it. */
export function createProject(db: Db, claims: SessionClaims, overrides: Partial<CreateInput> = {}) {
  return callerFor(db, claims).projects.create({
    title: "Orders API rewrite",
    role: "Tech lead",
    company: "Acme",
    startedOn: "2024-01-15",
    endedOn: "2024-09-30",
    description: "Rewrote the orders API.",
    technologies: ["Go", "PostgreSQL"],
    ...overrides,
  });
}

export function addOutcome(
  db: Db,
  claims: SessionClaims,
  projectId: string,
  overrides: Partial<Omit<OutcomeInput, "projectId">> = {},
) {
  return callerFor(db, claims).projects.outcomes.add({ projectId, ...ORDERS_OUTCOME, ...overrides });
}

export async function builtinSkillIds(db: Db): Promise<string[]> {
  const rows = await db
    .select({ id: skills.id })
    .from(skills)
    .where(isNull(skills.userId))
    .orderBy(skills.slug);
  return rows.map((row) => row.id);
}

/** A skill of the user's own (the skills domain has its own procedures; this is only test data). */
export async function createOwnSkill(
  db: Db,
  userId: string,
  name = `Kafka ${Math.random()}`,
): Promise<string> {
  const [row] = await db.insert(skills).values({ userId, name, kind: "tool" }).returning({ id: skills.id });
  if (!row) throw new Error("no skill inserted");
  return row.id;
}

/** Row counts of everything this domain writes for one user, deleted rows included. */
export async function projectCounts(db: Db, userId: string) {
  return {
    projects: await countOwned(db, projects, userId),
    outcomes: await countOwned(db, projectOutcomes, userId),
    skills: await countOwned(db, projectSkills, userId),
  };
}

/** Ages a soft delete past the undo window. */
export async function ageDeletion(
  db: Db,
  table: typeof projects | typeof projectOutcomes,
  id: string,
  ms: number,
) {
  await db
    .update(table)
    .set({ deletedAt: new Date(Date.now() - ms) })
    .where(eq(table.id, id));
}

export async function rawProject(db: Db, id: string) {
  const [row] = await db.select().from(projects).where(eq(projects.id, id));
  return row;
}

export async function rawOutcome(db: Db, id: string) {
  const [row] = await db.select().from(projectOutcomes).where(eq(projectOutcomes.id, id));
  return row;
}

/** An owner and another user, with a caller each. */
export async function twoUsers(db: Db) {
  const owner = await createUser(db);
  const other = await createUser(db);
  return { owner, other, mine: callerFor(db, claimsFor(owner)), theirs: callerFor(db, claimsFor(other)) };
}

/** Two users, and a project of the first. */
export async function withProject(db: Db) {
  const users = await twoUsers(db);
  return { ...users, project: await createProject(db, claimsFor(users.owner)) };
}

export { expectCode } from "./integration-extra";

/** The fields a BAD_REQUEST names. */
export const fieldsOf = (error: TRPCError) => Object.keys(fieldErrorsOf(error.cause) ?? {});
