import "server-only";
import { and, eq, isNull, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { ladders } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { NotFound } from "@/lib/errors";

/** Built-in ladders and the actor's own, live ones: what this actor may read. */
export const visibleLadders = (actor: Actor) =>
  and(or(isNull(ladders.userId), eq(ladders.userId, actor.userId)), isNull(ladders.deletedAt));

export async function visibleLadder(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select()
    .from(ladders)
    .where(and(eq(ladders.id, id), visibleLadders(actor)));
  if (!row) throw new NotFound("ladder");
  return row;
}
