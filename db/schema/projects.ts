import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, deletedAt, ownerId, updatedAt } from "./columns";
import { skills } from "./skills";

export const outcomeConfidence = pgEnum("outcome_confidence", ["measured", "estimated"]);

export const projects = pgTable(
  "projects",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: ownerId(),
    title: text().notNull(),
    role: text().notNull(),
    company: text(),
    startedOn: date({ mode: "string" }).notNull(),
    endedOn: date({ mode: "string" }),
    description: text().notNull().default(""),
    technologies: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [
    check("projects_end_after_start", sql`${t.endedOn} is null or ${t.endedOn} >= ${t.startedOn}`),
    index("projects_user_created_idx").on(t.userId, t.createdAt, t.id),
  ],
);

export const projectSkills = pgTable(
  "project_skills",
  {
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    skillId: uuid()
      .notNull()
      .references(() => skills.id, { onDelete: "cascade" }),
    userId: ownerId(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.skillId] }), index("project_skills_user_idx").on(t.userId)],
);

/** A measured (or estimated) result: what changed, from what to what, in which unit. */
export const projectOutcomes = pgTable(
  "project_outcomes",
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    userId: ownerId(),
    metric: text().notNull(),
    baseline: doublePrecision(),
    result: doublePrecision().notNull(),
    unit: text().notNull(),
    timeframe: text(),
    confidence: outcomeConfidence().notNull().default("measured"),
    confidential: boolean().notNull().default(false),
    position: integer().notNull().default(0),
    createdAt: createdAt(),
    deletedAt: deletedAt(),
  },
  (t) => [
    index("project_outcomes_project_idx").on(t.projectId, t.position),
    index("project_outcomes_user_idx").on(t.userId),
  ],
);
