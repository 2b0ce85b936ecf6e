import { sql } from "drizzle-orm";
import { check, date, index, pgEnum, pgTable, smallint, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./account";
import { createdAt, deletedAt, ownerId } from "./columns";
import { projects } from "./projects";
import { rounds } from "./interviews";

export const skillKind = pgEnum("skill_kind", ["technical", "soft", "tool"]);
export const assessmentSource = pgEnum("assessment_source", ["self", "mentor"]);
export const evidenceKind = pgEnum("evidence_kind", ["project", "round", "url"]);

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

export const assessmentEvidence = pgTable(
  "assessment_evidence",
  {
    id: uuid().primaryKey().defaultRandom(),
    assessmentId: uuid()
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    userId: ownerId(),
    kind: evidenceKind().notNull(),
    projectId: uuid().references(() => projects.id, { onDelete: "cascade" }),
    roundId: uuid().references(() => rounds.id, { onDelete: "cascade" }),
    url: text(),
  },
  (t) => [
    check(
      "assessment_evidence_one_target",
      sql`(${t.kind} = 'project' and ${t.projectId} is not null and ${t.roundId} is null and ${t.url} is null)
       or (${t.kind} = 'round' and ${t.roundId} is not null and ${t.projectId} is null and ${t.url} is null)
       or (${t.kind} = 'url' and ${t.url} is not null and ${t.projectId} is null and ${t.roundId} is null)`,
    ),
    index("assessment_evidence_assessment_idx").on(t.assessmentId),
    index("assessment_evidence_user_idx").on(t.userId),
  ],
);
