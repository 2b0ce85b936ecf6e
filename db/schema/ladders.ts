import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./account";
import { createdAt, deletedAt } from "./columns";
import { skills } from "./skills";

export const ladderSource = pgEnum("ladder_source", [
  "builtin",
  "ft-yaml",
  "monzo-markdown",
  "trajectory-json",
]);
export const competencyKind = pgEnum("competency_kind", ["technical", "soft", "other"]);

/** A career ladder: built in (user_id null) or imported by a user. */
export const ladders = pgTable(
  "ladders",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().references(() => users.id, { onDelete: "cascade" }),
    slug: text(),
    name: text().notNull(),
    summary: text(),
    source: ladderSource().notNull(),
    /** File name, URL or citation the ladder came from. */
    sourceName: text(),
    licence: text(),
    createdAt: createdAt(),
    deletedAt: deletedAt(),
  },
  (t) => [
    uniqueIndex("ladders_builtin_slug_key")
      .on(t.slug)
      .where(sql`${t.userId} is null`),
    index("ladders_user_created_idx").on(t.userId, t.createdAt, t.id),
  ],
);

const ladderId = () =>
  uuid()
    .notNull()
    .references(() => ladders.id, { onDelete: "cascade" });

/** Ordered levels of a ladder (position 0 is the first). */
export const ladderLevels = pgTable(
  "ladder_levels",
  {
    id: uuid().primaryKey().defaultRandom(),
    ladderId: ladderId(),
    key: text().notNull(),
    name: text().notNull(),
    position: integer().notNull(),
    /** What the level is about, e.g. the seed's "core skill focus". */
    focus: text(),
    /** The level's overall expectations, e.g. the seed's "key expectations". */
    summary: text(),
  },
  (t) => [
    uniqueIndex("ladder_levels_key").on(t.ladderId, t.key),
    uniqueIndex("ladder_levels_position").on(t.ladderId, t.position),
  ],
);

export const ladderThemes = pgTable(
  "ladder_themes",
  {
    id: uuid().primaryKey().defaultRandom(),
    ladderId: ladderId(),
    key: text().notNull(),
    name: text().notNull(),
    summary: text(),
    position: integer().notNull(),
  },
  (t) => [uniqueIndex("ladder_themes_key").on(t.ladderId, t.key)],
);

/** A competency of a ladder; assessments of its skill measure it. */
export const ladderCompetencies = pgTable(
  "ladder_competencies",
  {
    id: uuid().primaryKey().defaultRandom(),
    ladderId: ladderId(),
    themeId: uuid().references(() => ladderThemes.id, { onDelete: "cascade" }),
    key: text().notNull(),
    name: text().notNull(),
    description: text(),
    kind: competencyKind().notNull().default("other"),
    /** Situational competencies are shown but never count as gaps. */
    optional: boolean().notNull().default(false),
    skillId: uuid()
      .notNull()
      .references(() => skills.id, { onDelete: "cascade" }),
    position: integer().notNull(),
  },
  (t) => [
    uniqueIndex("ladder_competencies_key").on(t.ladderId, t.key),
    index("ladder_competencies_skill_idx").on(t.skillId),
  ],
);

/** What a level expects of a competency: a proficiency on the 5-point scale and the words for it. */
export const ladderExpectations = pgTable(
  "ladder_expectations",
  {
    levelId: uuid()
      .notNull()
      .references(() => ladderLevels.id, { onDelete: "cascade" }),
    competencyId: uuid()
      .notNull()
      .references(() => ladderCompetencies.id, { onDelete: "cascade" }),
    ladderId: ladderId(),
    expectedLevel: smallint().notNull(),
    text: text().notNull().default(""),
  },
  (t) => [
    primaryKey({ columns: [t.levelId, t.competencyId] }),
    check("ladder_expectations_level_range", sql`${t.expectedLevel} between 1 and 5`),
    index("ladder_expectations_ladder_idx").on(t.ladderId),
  ],
);
