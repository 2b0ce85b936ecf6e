import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, roundCompetencies, rounds } from "@/db/schema";
import { countOwned } from "./integration-extra";

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
