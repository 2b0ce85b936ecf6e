import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  MENTORSHIP_SCOPES,
  NOTIFICATION_KINDS,
  REVIEW_REQUEST_STATUSES,
  REVIEW_SUBJECTS,
} from "@/lib/mentoring/rules";
import { users } from "./account";
import { createdAt, deletedAt, ownerId, updatedAt } from "./columns";

export const mentorshipScope = pgEnum("mentorship_scope", MENTORSHIP_SCOPES);
export const reviewSubject = pgEnum("review_subject", REVIEW_SUBJECTS);
export const reviewRequestStatus = pgEnum("review_request_status", REVIEW_REQUEST_STATUSES);
export const notificationKind = pgEnum("notification_kind", NOTIFICATION_KINDS);

const stamp = () => timestamp({ withTimezone: true, mode: "date", precision: 3 });

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

/** A review comment in the thread one mentorship keeps on one subject (subject_id null: the whole profile). */
export const reviewComments = pgTable(
  "review_comments",
  {
    id: uuid().primaryKey().defaultRandom(),
    mentorshipId: uuid()
      .notNull()
      .references(() => mentorships.id, { onDelete: "cascade" }),
    menteeId: ownerId(),
    authorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    subjectType: reviewSubject().notNull(),
    subjectId: uuid(),
    body: text().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [
    index("review_comments_thread_idx").on(t.mentorshipId, t.subjectType, t.subjectId, t.createdAt),
    index("review_comments_mentee_idx").on(t.menteeId, t.subjectType, t.subjectId),
    index("review_comments_author_idx").on(t.authorId),
  ],
);

/** The mentee asks one mentor to review one item by a date. */
export const reviewRequests = pgTable(
  "review_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    mentorshipId: uuid()
      .notNull()
      .references(() => mentorships.id, { onDelete: "cascade" }),
    menteeId: ownerId(),
    subjectType: reviewSubject().notNull(),
    subjectId: uuid(),
    dueOn: date({ mode: "string" }).notNull(),
    note: text(),
    status: reviewRequestStatus().notNull().default("open"),
    createdAt: createdAt(),
    closedAt: stamp(),
  },
  (t) => [index("review_requests_mentorship_idx").on(t.mentorshipId, t.status, t.dueOn)],
);

/** In-app notifications; read_at null is unread. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: ownerId(),
    kind: notificationKind().notNull(),
    actorId: uuid().references(() => users.id, { onDelete: "cascade" }),
    mentorshipId: uuid().references(() => mentorships.id, { onDelete: "cascade" }),
    subjectType: reviewSubject(),
    subjectId: uuid(),
    createdAt: createdAt(),
    readAt: stamp(),
  },
  (t) => [
    index("notifications_user_idx").on(t.userId, t.createdAt, t.id),
    index("notifications_unread_idx")
      .on(t.userId)
      .where(sql`${t.readAt} is null`),
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
