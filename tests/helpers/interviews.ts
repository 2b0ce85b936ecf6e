import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import { applications, mentorships, roundCompetencies, rounds, skills } from "../../db/schema";
import type { MentorshipScope } from "@/lib/mentoring/rules";
import { createApplication } from "@/server/interviews/applications";
import { addRound } from "@/server/interviews/rounds";
import {
  addRoundInput,
  createApplicationInput,
  type ApplicationFormInput,
  type RoundFormInput,
} from "@/lib/interviews/inputs";
import { actorOf, countOwned } from "./integration-extra";

type Owner = { id: string; email: string };

export const APPLICATION = { company: "Acme", role: "Backend Engineer", appliedOn: "2026-01-05" } as const;

/** An application of this user through the service, with sensible defaults. */
export function createApplicationFor(db: Db, user: Owner, overrides: Partial<ApplicationFormInput> = {}) {
  return createApplication(db, actorOf(user), createApplicationInput.parse({ ...APPLICATION, ...overrides }));
}

/** A round of that application, pending at the phone screen unless told otherwise. */
export function createRoundFor(
  db: Db,
  user: Owner,
  applicationId: string,
  overrides: Partial<Omit<RoundFormInput, "applicationId">> = {},
) {
  return addRound(
    db,
    actorOf(user),
    addRoundInput.parse({ stage: "phone-screen", ...overrides, applicationId }),
  );
}

/** The built-in skill with this slug (from the seed migration). */
export async function builtinSkillId(db: Db, slug: string): Promise<string> {
  const [row] = await db
    .select({ id: skills.id })
    .from(skills)
    .where(and(eq(skills.slug, slug), isNull(skills.userId)));
  if (!row) throw new Error(`no built-in skill ${slug}`);
  return row.id;
}

/** A skill of the user's own, inserted directly: the skills domain's service is not ours to call. */
export async function ownSkillId(db: Db, user: Owner, name: string): Promise<string> {
  const [row] = await db
    .insert(skills)
    .values({ userId: user.id, name, kind: "tool" })
    .returning({ id: skills.id });
  if (!row) throw new Error("skill not created");
  return row.id;
}

/** Row counts of the three interview tables for this user, deleted rows included: "nothing written" checks. */
export async function interviewRowCounts(db: Db, userId: string) {
  return {
    applications: await countOwned(db, applications, userId),
    rounds: await countOwned(db, rounds, userId),
    competencies: await countOwned(db, roundCompetencies, userId),
  };
}

/** The stored row, deleted or not, for before/after comparisons. */
export async function storedApplication(db: Db, id: string) {
  const [row] = await db.select().from(applications).where(eq(applications.id, id));
  return row;
}

export async function storedRound(db: Db, id: string) {
  const [row] = await db.select().from(rounds).where(eq(rounds.id, id));
  const competencyIds = (
    await db
      .select({ id: roundCompetencies.skillId })
      .from(roundCompetencies)
      .where(eq(roundCompetencies.roundId, id))
  )
    .map((entry) => entry.id)
    .sort();
  return row && { ...row, competencyIds };
}

/** Moves a row's deletedAt into the past, to test the undo window without waiting. */
export async function backdateDeletion(
  db: Db,
  table: typeof applications | typeof rounds,
  id: string,
  ms: number,
) {
  await db
    .update(table)
    .set({ deletedAt: new Date(Date.now() - ms) })
    .where(eq(table.id, id));
}

/** An active mentorship, inserted directly (the mentoring domain's invitations are not ours to drive). */
export async function mentorshipOf(
  db: Db,
  mentee: Owner & { id: string },
  mentor: Owner,
  scopes: MentorshipScope[],
) {
  const [row] = await db
    .insert(mentorships)
    .values({ menteeId: mentee.id, mentorId: mentor.id, scopes })
    .returning({ id: mentorships.id });
  if (!row) throw new Error("mentorship not created");
  return {
    id: row.id,
    setScopes: (next: MentorshipScope[]) =>
      db.update(mentorships).set({ scopes: next }).where(eq(mentorships.id, row.id)),
    end: () =>
      db
        .update(mentorships)
        .set({ endedAt: new Date(), endedBy: mentee.id })
        .where(eq(mentorships.id, row.id)),
  };
}
