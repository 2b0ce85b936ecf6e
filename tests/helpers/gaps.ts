import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { careerGoals, ladders } from "@/db/schema";

export async function goalRow(db: Db, userId: string) {
  const [row] = await db.select().from(careerGoals).where(eq(careerGoals.userId, userId));
  return row ?? null;
}

/** The built-in ladder with this slug, if a migration put one there. */
export async function builtinLadderBySlug(db: Db, slug: string) {
  const [row] = await db
    .select({ id: ladders.id, name: ladders.name })
    .from(ladders)
    .where(and(eq(ladders.slug, slug), isNull(ladders.userId)));
  return row ?? null;
}
