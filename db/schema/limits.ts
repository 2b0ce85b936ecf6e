import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** rate-limiter-flexible's counters (its RateLimiterDrizzle store): one row per limit and key, on every instance. */
export const rateLimits = pgTable("rate_limits", {
  key: text().primaryKey(),
  points: integer().notNull().default(0),
  expire: timestamp({ withTimezone: true, mode: "date", precision: 3 }),
});
