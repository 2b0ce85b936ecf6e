import { sql } from "drizzle-orm";
import { check, date, index, pgEnum, pgTable, smallint, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./account";
import { createdAt, deletedAt, ownerId } from "./columns";

export const skillKind = pgEnum("skill_kind", ["technical", "soft", "tool"]);
export const assessmentSource = pgEnum("assessment_source", ["self", "mentor"]);

/** Built-in skills (user_id null, from the seed) and each user's own. */
export const skills = pgTable(
  "skills",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().references(() => users.id, { onDelete: "cascade" }),
    slug: text(),
    name: text().notNull(),
    kind: skillKind().notNull(),
    description: text(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("skills_builtin_slug_key")
      .on(t.slug)
      .where(sql`${t.userId} is null`),
    uniqueIndex("skills_user_name_key").on(t.userId, sql`lower(${t.name})`),
  ],
);

/** A dated judgement of one skill; never overwritten, the latest one is the current level. */
export const assessments = pgTable(
  "assessments",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: ownerId(),
    skillId: uuid()
      .notNull()
      .references(() => skills.id, { onDelete: "cascade" }),
    level: smallint().notNull(),
    note: text(),
    source: assessmentSource().notNull().default("self"),
    assessorId: uuid().references(() => users.id, { onDelete: "set null" }),
    assessedOn: date({ mode: "string" }).notNull(),
    createdAt: createdAt(),
    deletedAt: deletedAt(),
  },
  (t) => [
    check("assessments_level_range", sql`${t.level} between 1 and 5`),
    index("assessments_user_skill_idx").on(t.userId, t.skillId, t.assessedOn),
    index("assessments_user_created_idx").on(t.userId, t.createdAt, t.id),
  ],
);
