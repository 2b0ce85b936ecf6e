import { date, index, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { users } from "./account";
import { createdAt, deletedAt, ownerId, updatedAt, stamp } from "./columns";
import { mentorships } from "./mentoring";
import { REVIEW_REQUEST_STATUSES, REVIEW_SUBJECTS } from "@/lib/reviews/rules";

export const reviewSubject = pgEnum("review_subject", REVIEW_SUBJECTS);
export const reviewRequestStatus = pgEnum("review_request_status", REVIEW_REQUEST_STATUSES);

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
