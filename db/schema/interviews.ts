import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { APPLICATION_STATUSES, ROUND_OUTCOMES } from "@/lib/interviews/rules";
import { createdAt, deletedAt, ownerId, updatedAt } from "./columns";
import { skills } from "./skills";

// The value lists live with the rules that use them; the enums are their database form.
export const applicationStatus = pgEnum("application_status", APPLICATION_STATUSES);
export const roundOutcome = pgEnum("round_outcome", ROUND_OUTCOMES);

/** Money is integer minor units plus an ISO 4217 currency code. */
const money = () => bigint({ mode: "number" });

export const applications = pgTable(
  "applications",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: ownerId(),
    company: text().notNull(),
    role: text().notNull(),
    levelApplied: text(),
    channel: text(),
    appliedOn: date({ mode: "string" }).notNull(),
    status: applicationStatus().notNull().default("applied"),
    /** Order inside the board column; fractional so a move rewrites one row. */
    boardPosition: doublePrecision().notNull().default(0),
    offerBaseMinor: money(),
    offerBonusMinor: money(),
    offerEquityMinor: money(),
    offerCurrency: text(),
    levelOffered: text(),
    notes: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [
    check("applications_currency_code", sql`${t.offerCurrency} is null or ${t.offerCurrency} ~ '^[A-Z]{3}$'`),
    index("applications_user_created_idx").on(t.userId, t.createdAt, t.id),
    index("applications_user_status_idx").on(t.userId, t.status, t.boardPosition),
  ],
);

export const rounds = pgTable(
  "rounds",
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    userId: ownerId(),
    /** A built-in stage key (see server/domain/catalogue.ts) or the user's own label. */
    stage: text().notNull(),
    scheduledAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }),
    outcome: roundOutcome().notNull().default("pending"),
    selfRating: smallint(),
    feedback: text(),
    feedbackRequested: boolean().notNull().default(false),
    failureReasons: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    followUpOn: date({ mode: "string" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [
    check("rounds_self_rating_range", sql`${t.selfRating} is null or ${t.selfRating} between 1 and 5`),
    index("rounds_application_idx").on(t.applicationId, t.scheduledAt),
    index("rounds_user_scheduled_idx").on(t.userId, t.scheduledAt),
    index("rounds_user_created_idx").on(t.userId, t.createdAt),
    index("rounds_user_follow_up_idx").on(t.userId, t.followUpOn),
  ],
);

/** Which competencies a round tested, for the failure heatmap and gap analysis. */
export const roundCompetencies = pgTable(
  "round_competencies",
  {
    roundId: uuid()
      .notNull()
      .references(() => rounds.id, { onDelete: "cascade" }),
    skillId: uuid()
      .notNull()
      .references(() => skills.id, { onDelete: "cascade" }),
    userId: ownerId(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.skillId] }), index("round_competencies_user_idx").on(t.userId)],
);
