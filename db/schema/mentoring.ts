import { sql } from "drizzle-orm";
import { check, index, jsonb, pgEnum, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { MENTORSHIP_SCOPES } from "@/lib/mentoring/rules";
import { users } from "./account";
import { createdAt, ownerId, updatedAt, stamp } from "./columns";

export const mentorshipScope = pgEnum("mentorship_scope", MENTORSHIP_SCOPES);

/** A mentee (the owner) lets a mentor read the granted sections; ended rows are kept for the audit trail. */
export const mentorships = pgTable(
  "mentorships",
  {
    id: uuid().primaryKey().defaultRandom(),
    menteeId: ownerId(),
    mentorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    scopes: mentorshipScope().array().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    endedAt: stamp(),
    endedBy: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    check("mentorships_not_self", sql`${t.menteeId} <> ${t.mentorId}`),
    uniqueIndex("mentorships_active_pair_key")
      .on(t.menteeId, t.mentorId)
      .where(sql`${t.endedAt} is null`),
    index("mentorships_mentor_idx").on(t.mentorId, t.menteeId),
  ],
);

/** A single-use link; only the SHA-256 of its token is stored. */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid().primaryKey().defaultRandom(),
    menteeId: ownerId(),
    email: text(),
    tokenHash: text().notNull(),
    scopes: mentorshipScope().array().notNull(),
    expiresAt: stamp().notNull(),
    createdAt: createdAt(),
    acceptedAt: stamp(),
    acceptedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    revokedAt: stamp(),
    mentorshipId: uuid().references(() => mentorships.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("invitations_token_hash_key").on(t.tokenHash),
    index("invitations_mentee_idx").on(t.menteeId, t.createdAt),
  ],
);

/** Who read or changed what of a mentee's, when, from which request; the mentee can read it, nobody edits it. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    menteeId: ownerId(),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    action: text().notNull(),
    detail: jsonb().$type<Record<string, unknown>>(),
    requestId: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("audit_events_mentee_idx").on(t.menteeId, t.createdAt, t.id)],
);
