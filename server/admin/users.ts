import "server-only";
import { and, count, desc, eq, gt, ilike, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { endEverySession } from "@/server/account/sessions";
import { afterCursor } from "@/server/paging/keyset";
import { toPage } from "@/lib/paging/cursor";
import { Invalid, NotFound } from "@/lib/errors";
import type { ListUsersInput, UserIdInput } from "@/lib/admin/inputs";
import { recordAdminAction } from "./audit";

const PAGE_SIZE = 50;
const ACTIVE_WINDOW_MS = 30 * 24 * 60 * 60_000;

// LIKE's own wildcards in what the admin typed match themselves.
const containing = (query: string) => `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Every account of the instance but the demo, newest first, filtered by email or name. */
export async function listUsers(db: Db, input: ListUsersInput) {
  const query = input.query ? containing(input.query) : undefined;
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      createdAt: users.createdAt,
      lastSeenAt: users.lastSeenAt,
      mfa: isNotNull(users.mfaSecret).mapWith(Boolean),
      isAdmin: users.isAdmin,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(
      and(
        eq(users.isDemo, false),
        query ? or(ilike(users.email, query), ilike(users.name, query)) : undefined,
        afterCursor(users.createdAt, users.id, input.cursor),
      ),
    )
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(PAGE_SIZE + 1);
  return toPage(rows, PAGE_SIZE);
}

/** Disabled at once everywhere: every session and API token ends in the same transaction. */
export async function disableUser(db: Db, admin: Actor, input: UserIdInput, now = new Date()): Promise<void> {
  if (input.userId === admin.userId)
    throw new Invalid("userId", "you cannot disable your own account; ask another admin");
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ disabledAt: now })
      .where(and(eq(users.id, input.userId), eq(users.isDemo, false), isNull(users.disabledAt)))
      .returning({ id: users.id });
    if (!row) {
      await existingUser(tx, input.userId);
      return; // already disabled: nothing to end, nothing to log
    }
    await endEverySession(tx, input.userId);
    await recordAdminAction(tx, admin, "user.disabled", { targetUserId: input.userId });
  });
}

export async function enableUser(db: Db, admin: Actor, input: UserIdInput): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ disabledAt: null })
      .where(and(eq(users.id, input.userId), eq(users.isDemo, false), isNotNull(users.disabledAt)))
      .returning({ id: users.id });
    if (!row) {
      await existingUser(tx, input.userId);
      return;
    }
    await recordAdminAction(tx, admin, "user.enabled", { targetUserId: input.userId });
  });
}

async function existingUser(db: Pick<Db, "select">, userId: string): Promise<void> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.isDemo, false)));
  if (!row) throw new NotFound("user");
}

/** The instance at a glance: accounts, who used it in 30 days, and the database's size on disk. */
export async function instanceFigures(db: Db, now = new Date()) {
  const activeSince = new Date(now.getTime() - ACTIVE_WINDOW_MS);
  const [figures] = await db
    .select({
      users: count(),
      activeIn30Days: count(sql`case when ${gt(users.lastSeenAt, activeSince)} then 1 end`),
      disabled: count(users.disabledAt),
      admins: count(sql`case when ${users.isAdmin} then 1 end`),
    })
    .from(users)
    .where(eq(users.isDemo, false));
  const result: unknown = await db.execute(sql`select pg_database_size(current_database())::text as bytes`);
  // postgres-js answers with the rows, PGlite with { rows }.
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { bytes: string }[];
  const bytes = Number(rows[0]?.bytes ?? Number.NaN);
  return { ...(figures ?? { users: 0, activeIn30Days: 0, disabled: 0, admins: 0 }), databaseBytes: bytes };
}
