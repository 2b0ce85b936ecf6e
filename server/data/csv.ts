import "server-only";
import { aliasedTable, and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, assessments, projects, roundCompetencies, rounds, skills, users } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { type CsvKind, projectsCsv, skillsCsv } from "@/lib/data/csv";
import { interviewsCsv } from "@/lib/data/csv-interviews";
import { currencyDigits } from "@/lib/money";
import { toLocalInput } from "@/lib/dates";
import { NotFound } from "@/lib/errors";
import { canRead } from "@/server/mentoring/access";
import { projectColumns, withDetails } from "@/server/projects/details";

/** Every live rating of the actor's skills, self and mentor, by skill then date. */
async function skillsHistoryCsv(db: Db, actor: Actor): Promise<string> {
  const assessor = aliasedTable(users, "assessor");
  const rows = await db
    .select({
      skill: skills.name,
      kind: skills.kind,
      level: assessments.level,
      assessedOn: assessments.assessedOn,
      source: assessments.source,
      assessor: sql<
        string | null
      >`case when ${assessments.source} = 'mentor' then coalesce(${assessor.name}, 'A mentor') end`,
      note: assessments.note,
    })
    .from(assessments)
    .innerJoin(skills, eq(skills.id, assessments.skillId))
    .leftJoin(assessor, eq(assessor.id, assessments.assessorId))
    .where(and(eq(assessments.userId, actor.userId), isNull(assessments.deletedAt)))
    .orderBy(asc(skills.name), asc(assessments.assessedOn), asc(assessments.createdAt), asc(assessments.id));
  return skillsCsv(rows);
}

/** The actor's live projects, oldest first, one row per outcome. */
async function projectsHistoryCsv(db: Db, actor: Actor): Promise<string> {
  const rows = await db
    .select(projectColumns)
    .from(projects)
    .where(and(eq(projects.userId, actor.userId), isNull(projects.deletedAt)))
    .orderBy(asc(projects.startedOn), asc(projects.createdAt), asc(projects.id));
  const detailed = await withDetails(db, canRead(actor, "projects"), rows);
  return projectsCsv(
    detailed.map((project) => ({
      ...project,
      skills: project.skills.map((skill) => skill.name),
    })),
  );
}

/** The actor's live applications, oldest first, one row per live round. */
async function interviewsHistoryCsv(db: Db, actor: Actor): Promise<string> {
  const [user] = await db.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, actor.userId));
  if (!user) throw new NotFound("user");
  const [applicationRows, roundRows, competencyRows] = await Promise.all([
    db
      .select()
      .from(applications)
      .where(and(eq(applications.userId, actor.userId), isNull(applications.deletedAt)))
      .orderBy(asc(applications.appliedOn), asc(applications.createdAt), asc(applications.id)),
    db
      .select()
      .from(rounds)
      .where(and(eq(rounds.userId, actor.userId), isNull(rounds.deletedAt)))
      .orderBy(sql`${rounds.scheduledAt} asc nulls last`, asc(rounds.createdAt), asc(rounds.id)),
    db
      .select({ roundId: roundCompetencies.roundId, name: skills.name })
      .from(roundCompetencies)
      .innerJoin(skills, eq(skills.id, roundCompetencies.skillId))
      .where(eq(roundCompetencies.userId, actor.userId))
      .orderBy(asc(skills.name)),
  ]);
  const records = applicationRows.map((application) => ({
    ...application,
    currencyDigits: application.offerCurrency ? currencyDigits(application.offerCurrency) : 2,
    rounds: roundRows
      .filter((round) => round.applicationId === application.id)
      .map((round) => ({
        ...round,
        scheduledAt: round.scheduledAt
          ? toLocalInput(round.scheduledAt, user.timeZone).replace("T", " ")
          : null,
        competencies: competencyRows.filter((row) => row.roundId === round.id).map((row) => row.name),
      })),
  }));
  return interviewsCsv(records, user.timeZone);
}

const BUILDERS: Record<CsvKind, (db: Db, actor: Actor) => Promise<string>> = {
  skills: skillsHistoryCsv,
  projects: projectsHistoryCsv,
  interviews: interviewsHistoryCsv,
};

/** One of the three spreadsheets of the actor's own data. */
export function exportCsv(db: Db, actor: Actor, kind: CsvKind): Promise<string> {
  return BUILDERS[kind](db, actor);
}
