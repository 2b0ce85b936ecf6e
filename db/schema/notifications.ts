import { sql } from "drizzle-orm";
import { index, pgEnum, pgTable, uuid } from "drizzle-orm/pg-core";
import { users } from "./account";
import { createdAt, ownerId, stamp } from "./columns";
import { mentorships } from "./mentoring";
import { reviewSubject } from "./reviews";
import { NOTIFICATION_KINDS } from "@/lib/notifications/rules";

export const notificationKind = pgEnum("notification_kind", NOTIFICATION_KINDS);

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
