import "server-only";
import { and, eq, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import { mentorships, users } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import type { MentorshipScope } from "@/lib/mentoring/rules";
import { NotFound } from "@/lib/errors";

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

// Aliased so that a query which itself joins mentorships can pass its own column as the mentee.
const granting = alias(mentorships, "granting");

/**
 * Evaluated by the database on every query, so an ended mentorship or a removed scope takes effect at once.
 * The mentee is an id, or a column of the outer query when one query spans several mentees.
 */
function grantedTo(mentorId: string, menteeId: string | AnyColumn, scope: MentorshipScope): SQL {
  return sql`exists (select 1 from ${mentorships} as ${sql.identifier("granting")}
    where ${granting.menteeId} = ${menteeId} and ${granting.mentorId} = ${mentorId}
      and ${granting.endedAt} is null and ${scope}::mentorship_scope = any(${granting.scopes}))`;
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
 * canRead for one query over rows of several owners (a reader's notifications, a mentor's dashboard): per row,
 * the owner column is the actor, or a mentee who granted the actor this scope in an active mentorship.
 */
export function canReadEach(actor: Actor, scope: MentorshipScope): (ownerColumn: AnyColumn) => SQL {
  return (ownerColumn) =>
    sql`(${ownerColumn} = ${actor.userId} or ${grantedTo(actor.userId, ownerColumn, scope)})`;
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
