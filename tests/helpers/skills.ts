import { count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessmentEvidence, assessments, skills } from "@/db/schema";

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
