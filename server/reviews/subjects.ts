import "server-only";
import { and, eq, isNull, or, sql, type AnyColumn } from "drizzle-orm";
import { alias, type PgSelect } from "drizzle-orm/pg-core";
import { applications, projects, reviewRequests, rounds, skills } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { revealCompany } from "@/lib/mentoring/masking";
import { canReadEach } from "@/server/mentoring/access";
import { stageName } from "@/lib/interviews/catalogue";

// Aliased so that the queries these join into may use the tables themselves.
const subjectSkill = alias(skills, "subject_skill");
const subjectProject = alias(projects, "subject_project");
const subjectRound = alias(rounds, "subject_round");
const subjectApplication = alias(applications, "subject_application");

/** Where a notification's or request's subject is stored, and whose item it is. */
export interface SubjectColumns {
  subjectType: AnyColumn;
  subjectId: AnyColumn;
  ownerId: AnyColumn;
}

/** A review request's subject, for the mentor's dashboard and the requests list alike. */
export const requestSubject: SubjectColumns = {
  subjectType: reviewRequests.subjectType,
  subjectId: reviewRequests.subjectId,
  ownerId: reviewRequests.menteeId,
};

/** Joins the live item a row is about: the owner's skill (or a built-in one), project or round and its application. */
export function joinReviewSubjects<T extends PgSelect>(query: T, subject: SubjectColumns) {
  return query
    .leftJoin(
      subjectSkill,
      and(
        eq(subject.subjectType, "skill"),
        eq(subjectSkill.id, subject.subjectId),
        or(isNull(subjectSkill.userId), eq(subjectSkill.userId, subject.ownerId)),
      ),
    )
    .leftJoin(
      subjectProject,
      and(
        eq(subject.subjectType, "project"),
        eq(subjectProject.id, subject.subjectId),
        eq(subjectProject.userId, subject.ownerId),
        isNull(subjectProject.deletedAt),
      ),
    )
    .leftJoin(
      subjectRound,
      and(
        eq(subject.subjectType, "round"),
        eq(subjectRound.id, subject.subjectId),
        eq(subjectRound.userId, subject.ownerId),
        isNull(subjectRound.deletedAt),
      ),
    )
    .leftJoin(
      subjectApplication,
      and(
        eq(subjectApplication.id, subjectRound.applicationId),
        eq(subjectApplication.userId, subject.ownerId),
        isNull(subjectApplication.deletedAt),
      ),
    );
}

/**
 * The subject's facts, each null unless the reader owns the item or a mentee granted them its section now
 * (the database decides per row); a company without `companies` is left for its placeholder.
 */
export function reviewSubjectColumns(actor: Actor, ownerId: AnyColumn) {
  const readable = (scope: Parameters<typeof canReadEach>[1]) => canReadEach(actor, scope)(ownerId);
  const roundShown = sql`${subjectApplication.id} is not null and ${readable("interviews")}`;
  return {
    skillName: sql<string | null>`case when ${readable("skills")} then ${subjectSkill.name} end`,
    projectTitle: sql<string | null>`case when ${readable("projects")} then ${subjectProject.title} end`,
    roundStage: sql<string | null>`case when ${roundShown} then ${subjectRound.stage} end`,
    applicationId: sql<string | null>`case when ${roundShown} then ${subjectApplication.id} end`,
    company: sql<string | null>`case when ${readable("companies")} then ${subjectApplication.company} end`,
    // The application's rank among all its owner's applications, as the interviews pages number "Company A".
    companyOrdinal: sql<number>`(select count(*)::int from ${applications} as earlier
      where earlier.user_id = ${subjectApplication.userId}
        and (earlier.created_at, earlier.id) <= (${subjectApplication.createdAt}, ${subjectApplication.id}))`,
  };
}

export interface SubjectFactsRow {
  skillName: string | null;
  projectTitle: string | null;
  roundStage: string | null;
  applicationId: string | null;
  company: string | null;
  companyOrdinal: number | null;
}

/** "Version Control", "Payments rewrite", "Technical interview at Company B"; null when not shown. */
export function subjectFacts(row: SubjectFactsRow): {
  subjectName: string | null;
  applicationId: string | null;
} {
  if (row.roundStage !== null && row.applicationId !== null) {
    const { company } = revealCompany({ company: row.company, companyOrdinal: Number(row.companyOrdinal) });
    return { subjectName: `${stageName(row.roundStage)} at ${company}`, applicationId: row.applicationId };
  }
  return { subjectName: row.skillName ?? row.projectTitle, applicationId: null };
}

/** The row without the raw facts, with the subject's name and a round's application instead. */
export function withSubjectFacts<T extends SubjectFactsRow>(row: T) {
  const {
    skillName: _s,
    projectTitle: _p,
    roundStage: _r,
    applicationId: _a,
    company: _c,
    companyOrdinal: _o,
    ...rest
  } = row;
  return { ...rest, ...subjectFacts(row) };
}
