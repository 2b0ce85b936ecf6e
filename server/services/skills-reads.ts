import { and, asc, desc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, assessmentEvidence, assessments, projects, rounds, skills, users } from "@/db/schema";
import type { Actor } from "../actor";
import { decodeHistoryCursor, toHistoryPage } from "../domain/skills-cursor";
import { growthSeries, roundLabel, todayIn } from "../domain/skills";
import { NotFound } from "../errors";
import type { CurrentInput, GrowthInput, HistoryInput } from "../validators/skills";
import { visibleSkill } from "./skills";

/**
 * Every catalogue skill with its latest live assessment (on or before `asOf` when given), in one query:
 * DISTINCT ON picks the newest row per skill by (assessed_on, created_at, id).
 */
export async function currentProfile(db: Db, actor: Actor, input: CurrentInput = {}) {
  const latest = db.$with("latest").as(
    db
      .selectDistinctOn([assessments.skillId], {
        assessmentId: assessments.id,
        skillId: assessments.skillId,
        level: assessments.level,
        assessedOn: assessments.assessedOn,
        note: assessments.note,
      })
      .from(assessments)
      .where(
        and(
          eq(assessments.userId, actor.userId),
          isNull(assessments.deletedAt),
          input.asOf ? lte(assessments.assessedOn, input.asOf) : undefined,
        ),
      )
      .orderBy(
        assessments.skillId,
        desc(assessments.assessedOn),
        desc(assessments.createdAt),
        desc(assessments.id),
      ),
  );
  const rows = await db
    .with(latest)
    .select({
      skillId: skills.id,
      name: skills.name,
      kind: skills.kind,
      description: skills.description,
      builtin: sql<boolean>`${skills.userId} is null`,
      assessmentId: latest.assessmentId,
      level: latest.level,
      assessedOn: latest.assessedOn,
      note: latest.note,
      evidenceCount: sql<number>`(select count(*)::int from ${assessmentEvidence}
        where ${assessmentEvidence.assessmentId} = ${latest.assessmentId})`.mapWith(Number),
    })
    .from(skills)
    .leftJoin(latest, eq(latest.skillId, skills.id))
    .where(visibleSkill(actor))
    .orderBy(sql`${skills.userId} is not null`, asc(skills.name));
  return { asOf: input.asOf ?? null, skills: rows };
}

async function requireVisibleSkill(db: Db, actor: Actor, skillId: string) {
  const [skill] = await db
    .select({ id: skills.id, name: skills.name })
    .from(skills)
    .where(and(eq(skills.id, skillId), visibleSkill(actor)));
  if (!skill) throw new NotFound("skill");
  return skill;
}

/** One skill's live assessments, newest first by date, each with its evidence. */
export async function skillHistory(db: Db, actor: Actor, input: HistoryInput) {
  const skill = await requireVisibleSkill(db, actor, input.skillId);
  const cursor = decodeHistoryCursor(input.cursor);
  const rows = await db
    .select({
      id: assessments.id,
      level: assessments.level,
      assessedOn: assessments.assessedOn,
      note: assessments.note,
      source: assessments.source,
      createdAt: assessments.createdAt,
    })
    .from(assessments)
    .where(
      and(
        eq(assessments.userId, actor.userId),
        eq(assessments.skillId, skill.id),
        isNull(assessments.deletedAt),
        cursor
          ? sql`(${assessments.assessedOn}, ${assessments.createdAt}, ${assessments.id})
              < (${cursor.assessedOn}::date, ${cursor.createdAt.toISOString()}::timestamptz, ${cursor.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(assessments.assessedOn), desc(assessments.createdAt), desc(assessments.id))
    .limit(input.limit + 1);
  const page = toHistoryPage(rows, input.limit);
  const evidence = await evidenceOf(
    db,
    actor,
    page.items.map((item) => item.id),
  );
  return {
    skill,
    nextCursor: page.nextCursor,
    items: page.items.map((item) => ({
      ...item,
      evidence: evidence.filter((e) => e.assessmentId === item.id),
    })),
  };
}

/** Evidence of these assessments, each with a readable label: project title, round stage and company, or URL. */
async function evidenceOf(db: Db, actor: Actor, assessmentIds: string[]) {
  if (assessmentIds.length === 0) return [];
  const rows = await db
    .select({
      id: assessmentEvidence.id,
      assessmentId: assessmentEvidence.assessmentId,
      kind: assessmentEvidence.kind,
      url: assessmentEvidence.url,
      projectId: assessmentEvidence.projectId,
      projectTitle: projects.title,
      roundId: assessmentEvidence.roundId,
      roundStage: rounds.stage,
      company: applications.company,
    })
    .from(assessmentEvidence)
    .leftJoin(projects, and(eq(projects.id, assessmentEvidence.projectId), eq(projects.userId, actor.userId)))
    .leftJoin(rounds, and(eq(rounds.id, assessmentEvidence.roundId), eq(rounds.userId, actor.userId)))
    .leftJoin(
      applications,
      and(eq(applications.id, rounds.applicationId), eq(applications.userId, actor.userId)),
    )
    .where(
      and(
        eq(assessmentEvidence.userId, actor.userId),
        inArray(assessmentEvidence.assessmentId, assessmentIds),
      ),
    )
    .orderBy(asc(assessmentEvidence.kind), asc(assessmentEvidence.id));
  return rows.map((row) => ({
    id: row.id,
    assessmentId: row.assessmentId,
    kind: row.kind,
    url: row.url,
    projectId: row.projectId,
    roundId: row.roundId,
    label:
      row.kind === "project"
        ? (row.projectTitle ?? "Project")
        : row.kind === "round"
          ? roundLabel(row.roundStage ?? "Interview round", row.company)
          : (row.url ?? ""),
  }));
}

/** Monthly level series for up to nine skills; the maths is in server/domain/skills.ts. */
export async function skillGrowth(db: Db, actor: Actor, input: GrowthInput) {
  const skillIds = [...new Set(input.skillIds)];
  const visible = await db
    .select({ id: skills.id, name: skills.name })
    .from(skills)
    .where(and(inArray(skills.id, skillIds), visibleSkill(actor)));
  // Names are needed for the chart, so this reads them rather than calling assertSkillsVisible.
  if (visible.length !== skillIds.length) throw new NotFound("skill");
  const rows = await db
    .select({
      skillId: assessments.skillId,
      level: assessments.level,
      assessedOn: assessments.assessedOn,
      createdAt: assessments.createdAt,
    })
    .from(assessments)
    .where(
      and(
        eq(assessments.userId, actor.userId),
        inArray(assessments.skillId, skillIds),
        isNull(assessments.deletedAt),
        input.to ? lte(assessments.assessedOn, input.to) : undefined,
      ),
    );
  const [user] = await db.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, actor.userId));
  const growth = growthSeries(rows, skillIds, {
    from: input.from,
    to: input.to,
    today: todayIn(user?.timeZone ?? "UTC"),
  });
  const nameOf = new Map(visible.map((skill) => [skill.id, skill.name]));
  return {
    months: growth.months,
    series: growth.series.map((series) => ({ ...series, name: nameOf.get(series.skillId) ?? "" })),
  };
}
