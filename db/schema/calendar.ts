import { sql } from "drizzle-orm";
import { pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, ownerId } from "./columns";

const stamp = () => timestamp({ withTimezone: true, mode: "date", precision: 3 });

/** A private calendar feed URL; revoking it (or making a new one) kills the old link. */
export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: ownerId(),
    tokenHash: text().notNull(),
    createdAt: createdAt(),
    lastFetchedAt: stamp(),
    revokedAt: stamp(),
  },
  (t) => [
    uniqueIndex("calendar_feeds_token_hash_key").on(t.tokenHash),
    uniqueIndex("calendar_feeds_active_user_key")
      .on(t.userId)
      .where(sql`${t.revokedAt} is null`),
  ],
);
