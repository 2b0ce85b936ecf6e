import { and, eq, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { mentorships, users } from "@/db/schema";
import type { Actor } from "../actor";
import type { MentorshipScope } from "../domain/mentoring";
import { NotFound } from "../errors";

/** A condition on an owner column: the actor's own rows, or a mentee's under an active mentorship with the scope. */
export interface ReadAccess {
  (ownerColumn: AnyColumn): SQL;
  /** Whose rows the query reads. */
  ownerId: string;
  /** True when the actor reads a mentee's rows, not their own. */
  asMentor: boolean;
  /** The bare grant (true for the owner), for CASE expressions that mask a column. */
  granted: SQL;
}

/** Evaluated by the database on every query, so an ended mentorship or a removed scope takes effect at once. */
export function grantedTo(mentorId: string, menteeId: string, scope: MentorshipScope): SQL {
  return sql`exists (select 1 from ${mentorships}
    where ${mentorships.menteeId} = ${menteeId} and ${mentorships.mentorId} = ${mentorId}
      and ${mentorships.endedAt} is null and ${scope}::mentorship_scope = any(${mentorships.scopes}))`;
}

export function canRead(actor: Actor, scope: MentorshipScope, menteeId?: string | null): ReadAccess {
  const ownerId = menteeId ?? actor.userId;
  const asMentor = ownerId !== actor.userId;
  const granted = asMentor ? grantedTo(actor.userId, ownerId, scope) : sql`true`;
  const visible = (ownerColumn: AnyColumn) =>
    asMentor ? sql`(${ownerColumn} = ${ownerId} and ${granted})` : sql`${ownerColumn} = ${ownerId}`;
  return Object.assign(visible, { ownerId, asMentor, granted });
}

/**
 * Lists would come back empty for a mentor without the scope; this makes them NOT_FOUND instead, like a row.
 * It runs the same condition as the data queries, which keep theirs.
 */
export async function requireReadable(db: DbOrTx, access: ReadAccess): Promise<void> {
  if (!access.asMentor) return;
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, access.ownerId), access(users.id)));
  if (!row) throw new NotFound("mentee");
}
