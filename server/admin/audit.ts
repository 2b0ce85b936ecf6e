import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db, DbOrTx } from "@/db/client";
import { adminAuditEvents, users } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { afterCursor } from "@/server/paging/keyset";
import { toPage } from "@/lib/paging/cursor";
import type { AdminAction } from "@/lib/admin/actions";

/** Written in the same transaction as the action, so the log never misses one that happened. */
export async function recordAdminAction(
  db: DbOrTx,
  admin: Actor,
  action: AdminAction,
  about: { targetUserId?: string; detail?: Record<string, string | number | boolean> } = {},
): Promise<void> {
  await db.insert(adminAuditEvents).values({
    actorId: admin.userId,
    action,
    targetUserId: about.targetUserId ?? null,
    detail: { ...about.detail, ...(admin.requestId ? { requestId: admin.requestId } : {}) },
  });
}

const PAGE_SIZE = 50;
const actorUser = alias(users, "actor_user");
const targetUser = alias(users, "target_user");

/** Newest first; a deleted account shows as null, since the log keeps references rather than copies. */
export async function adminAuditLog(db: Db, input: { cursor?: string | null }) {
  const rows = await db
    .select({
      id: adminAuditEvents.id,
      createdAt: adminAuditEvents.createdAt,
      action: adminAuditEvents.action,
      detail: adminAuditEvents.detail,
      actorEmail: actorUser.email,
      targetEmail: targetUser.email,
    })
    .from(adminAuditEvents)
    .leftJoin(actorUser, eq(actorUser.id, adminAuditEvents.actorId))
    .leftJoin(targetUser, eq(targetUser.id, adminAuditEvents.targetUserId))
    .where(and(afterCursor(adminAuditEvents.createdAt, adminAuditEvents.id, input.cursor)))
    .orderBy(desc(adminAuditEvents.createdAt), desc(adminAuditEvents.id))
    .limit(PAGE_SIZE + 1);
  return toPage(rows, PAGE_SIZE);
}
