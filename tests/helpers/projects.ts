import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { projectOutcomes, projects, projectSkills } from "@/db/schema";
import { countOwned } from "./integration-extra";

/** Row counts of everything this domain writes for one user, deleted rows included. */
export async function projectCounts(db: Db, userId: string) {
  return {
    projects: await countOwned(db, projects, userId),
    outcomes: await countOwned(db, projectOutcomes, userId),
    skills: await countOwned(db, projectSkills, userId),
  };
}

export async function rawProject(db: Db, id: string) {
  const [row] = await db.select().from(projects).where(eq(projects.id, id));
  return row;
}

export async function rawOutcome(db: Db, id: string) {
  const [row] = await db.select().from(projectOutcomes).where(eq(projectOutcomes.id, id));
  return row;
}
