import "server-only";
import { and, eq, isNull, or, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { ladders } from "@/db/schema";
import { NotFound } from "@/lib/errors";
import type { Actor } from "@/server/auth/actor";
import type { ReadAccess } from "@/server/mentoring/access";

/** Who reads ladders: an actor reads their own, a ReadAccess a mentee's under the mentor's scope. */
export type LadderReader = Pick<Actor, "userId"> | ReadAccess;

/**
 * The one ladder-visibility rule, inside every query that reads ladders: built in (no owner) or the reader's own
 * (a mentee's, checked against the live grant), and never a deleted one.
 */
export function ladderVisibleTo(reader: LadderReader): SQL {
  const owned = typeof reader === "function" ? reader(ladders.userId) : eq(ladders.userId, reader.userId);
  return and(isNull(ladders.deletedAt), or(isNull(ladders.userId), owned)) as SQL;
}

/** One ladder the reader can see; another user's is NotFound, like a missing one. */
export async function readableLadder(db: DbOrTx, reader: LadderReader, id: string) {
  const [row] = await db
    .select()
    .from(ladders)
    .where(and(eq(ladders.id, id), ladderVisibleTo(reader)));
  if (!row) throw new NotFound("ladder");
  return row;
}
