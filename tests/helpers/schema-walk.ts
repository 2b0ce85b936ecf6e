import { and, count, getTableName, is, sql, type SQL } from "drizzle-orm";
import { getTableConfig, PgTable, type PgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client";
import * as schema from "../../db/schema";

/**
 * Walks db/schema instead of listing tables by hand, so a table added later is counted without anyone
 * remembering to add it here.
 */
export const schemaTables: readonly PgTable[] = Object.values(schema as Record<string, unknown>).filter(
  (value): value is PgTable => is(value, PgTable),
);

const USERS = getTableName(schema.users);
const isUsers = (table: PgTable) => getTableName(table) === USERS;

/** The columns of a table that hold a users.id: its foreign keys to users, and users.id itself. */
export function userColumns(table: PgTable): PgColumn[] {
  if (isUsers(table)) return [schema.users.id];
  return getTableConfig(table).foreignKeys.flatMap((fk) => {
    const reference = fk.reference();
    return isUsers(reference.foreignTable) ? reference.columns : [];
  });
}

/**
 * True for the rows of `table` that are the user's: a users column equals the user id, or a foreign key
 * points at a row that is the user's (an imported ladder's levels, a comment in a mentorship of theirs).
 * Undefined when no column or chain of foreign keys leads to users.
 */
function ownedBy(table: PgTable, userId: string, path: readonly PgTable[] = []): SQL | undefined {
  const conditions: SQL[] = userColumns(table).map((column) => sql`${column} = ${userId}`);
  for (const fk of getTableConfig(table).foreignKeys) {
    const { columns, foreignColumns, foreignTable } = fk.reference();
    // Users columns are covered above; a cycle back to a table on the path adds nothing new.
    if (isUsers(foreignTable) || foreignTable === table || path.includes(foreignTable)) continue;
    const parentOwned = ownedBy(foreignTable, userId, [...path, table]);
    if (!parentOwned) continue;
    conditions.push(
      sql`(${sql.join(columns, sql`, `)}) in (select ${sql.join(foreignColumns, sql`, `)} from ${foreignTable} where ${parentOwned})`,
    );
  }
  return conditions.length === 0 ? undefined : sql`(${sql.join(conditions, sql` or `)})`;
}

/** Row counts per table (by SQL name) where the condition applies; tables it returns undefined for are left out. */
async function countWhere(
  db: Db,
  condition: (table: PgTable) => SQL | undefined,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of schemaTables) {
    const where = condition(table);
    if (!where) continue;
    const [row] = await db.select({ n: count() }).from(table).where(where);
    counts[getTableName(table)] = Number(row?.n ?? 0);
  }
  return counts;
}

/** How many rows of each table are this user's, directly or through a chain of foreign keys. */
export function userRowCounts(db: Db, userId: string): Promise<Record<string, number>> {
  return countWhere(db, (table) => ownedBy(table, userId));
}

/** Rows that are `userId`'s and do not involve `otherId` at all: what deleting `otherId` must leave alone. */
export function rowCountsApartFrom(db: Db, userId: string, otherId: string): Promise<Record<string, number>> {
  return countWhere(db, (table) => {
    const own = ownedBy(table, userId);
    const other = ownedBy(table, otherId);
    return own && other ? and(own, sql`(${other}) is not true`) : own;
  });
}

/** Tables that reach users by no chain of foreign keys: shared reference data, nobody's rows. */
export const unownedTables = (): string[] =>
  schemaTables.filter((table) => !ownedBy(table, "00000000-0000-0000-0000-000000000000")).map(getTableName);
