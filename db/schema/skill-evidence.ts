import { sql } from "drizzle-orm";
import { check, index, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { ownerId } from "./columns";
import { rounds } from "./interviews";
import { projects } from "./projects";
import { assessments } from "./skills";

export const evidenceKind = pgEnum("evidence_kind", ["project", "round", "url"]);

/** What an assessment rests on: a project, an interview round or a link; its own file so skills need not import them. */
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
