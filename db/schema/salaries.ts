import { sql } from "drizzle-orm";
import { bigint, check, date, index, integer, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { users } from "./account";
import { createdAt, ownerId, updatedAt } from "./columns";
import { ladderLevels, ladders } from "./ladders";

/** Money is integer minor units plus an ISO 4217 currency code. */
const money = () => bigint({ mode: "number" });

/** One salary survey file a user imported, with how its experience levels map onto ladder levels. */
export const salaryImports = pgTable(
  "salary_imports",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: ownerId(),
    ladderId: uuid()
      .notNull()
      .references(() => ladders.id, { onDelete: "cascade" }),
    fileName: text().notNull(),
    source: text().notNull(),
    licence: text(),
    rowCount: integer().notNull(),
    /** e.g. { "EN": "<level id>", "MI": "<level id>", "SE": "<level id>", "EX": "<level id>" } */
    levelMapping: jsonb().$type<Record<string, string>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("salary_imports_user_idx").on(t.userId, t.createdAt)],
);

/**
 * Pay for one (ladder, level, region, currency, year), with provenance. Built-in bands (user_id null)
 * carry a range; survey bands carry percentiles and their sample size.
 */
export const salaryBands = pgTable(
  "salary_bands",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().references(() => users.id, { onDelete: "cascade" }),
    ladderId: uuid()
      .notNull()
      .references(() => ladders.id, { onDelete: "cascade" }),
    levelId: uuid()
      .notNull()
      .references(() => ladderLevels.id, { onDelete: "cascade" }),
    importId: uuid().references(() => salaryImports.id, { onDelete: "cascade" }),
    /** ISO 3166-1 alpha-2 country code. */
    region: text().notNull(),
    currency: text().notNull(),
    year: integer().notNull(),
    minMinor: money(),
    /** Null with a minimum: open above (the seed's "+"). */
    maxMinor: money(),
    p10Minor: money(),
    p25Minor: money(),
    p50Minor: money(),
    p75Minor: money(),
    p90Minor: money(),
    sampleSize: integer(),
    source: text().notNull(),
    licence: text(),
    createdAt: createdAt(),
  },
  (t) => [
    check("salary_bands_currency_code", sql`${t.currency} ~ '^[A-Z]{3}$'`),
    index("salary_bands_lookup_idx").on(t.ladderId, t.levelId, t.region, t.year),
    index("salary_bands_user_idx").on(t.userId),
  ],
);

/** The user's current pay: private, never shown to a mentor unless granted. */
export const compensation = pgTable(
  "compensation",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: ownerId(),
    baseMinor: money().notNull(),
    bonusMinor: money(),
    equityMinor: money(),
    currency: text().notNull(),
    region: text().notNull(),
    effectiveOn: date({ mode: "string" }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("compensation_currency_code", sql`${t.currency} ~ '^[A-Z]{3}$'`),
    index("compensation_user_idx").on(t.userId, t.effectiveOn),
  ],
);
