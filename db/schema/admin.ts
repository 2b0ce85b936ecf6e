import { index, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./account";
import { createdAt, stamp } from "./columns";

/**
 * What admins did, newest first on the Admin page. People are referenced, not copied: a deleted account
 * leaves the entry with a null reference and no email behind.
 */
export const adminAuditEvents = pgTable(
  "admin_audit_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    action: text().notNull(),
    targetUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    detail: jsonb().$type<Record<string, string | number | boolean>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index("admin_audit_events_created_idx").on(t.createdAt)],
);

/** An admin's invitation to join an instance whose sign-up is by invitation; the emailed link carries the token. */
export const instanceInvitations = pgTable(
  "instance_invitations",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    tokenHash: text().notNull(),
    invitedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    expiresAt: stamp().notNull(),
    acceptedAt: stamp(),
    revokedAt: stamp(),
  },
  (t) => [
    uniqueIndex("instance_invitations_token_key").on(t.tokenHash),
    index("instance_invitations_email_idx").on(t.email),
  ],
);
