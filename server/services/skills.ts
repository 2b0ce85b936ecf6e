import { asc, eq, isNull, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { skills } from "@/db/schema";
import type { Actor } from "../actor";

/** The skills this user can assess: the built-in ones, then their own, by name. */
export async function listCatalogue(db: Db, actor: Actor) {
  return db
    .select({
      id: skills.id,
      name: skills.name,
      kind: skills.kind,
      description: skills.description,
      slug: skills.slug,
    })
    .from(skills)
    .where(or(isNull(skills.userId), eq(skills.userId, actor.userId)))
    .orderBy(asc(skills.userId), asc(skills.name));
}
