import "server-only";
import { and, asc, desc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessmentEvidence, assessments, skills, users } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { decodeHistoryCursor, toHistoryPage } from "@/lib/skills/history-cursor";
import { growthSeries } from "@/lib/skills/growth";
import { NotFound } from "@/lib/errors";
import type { CurrentInput, GrowthInput, HistoryInput } from "@/lib/skills/inputs";
import { canRead, requireReadable, type ReadAccess } from "@/server/mentoring/access";
import { visibleSkill } from "./skills";
import { evidenceOf } from "./evidence";
import { todayIn } from "@/lib/dates";

/** The actor's own skills, or a mentee's under the `skills` scope; a mentor without it gets NotFound. */
export async function skillsAccess(db: Db, actor: Actor, menteeId: string | undefined): Promise<ReadAccess> {
  const access = canRead(actor, "skills", menteeId);
  await requireReadable(db, access);
  return access;
}

/** The latest live rating of each skill from one source, on or before `asOf` when given. */
function latestRatings(
  db: Db,
  access: ReadAccess,
  source: "self" | "mentor",
  asOf: string | null | undefined,
) {
  return db
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
        access(assessments.userId),
        eq(assessments.source, source),
        isNull(assessments.deletedAt),
        asOf ? lte(assessments.assessedOn, asOf) : undefined,
      ),
    )
    .orderBy(
      assessments.skillId,
      desc(assessments.assessedOn),
      desc(assessments.createdAt),
      desc(assessments.id),
    );
}

/**
 * Every catalogue skill with its latest self rating and, beside it, the latest mentor rating (any mentor),
 * in one query: DISTINCT ON picks the newest row per skill by (assessed_on, created_at, id).
 */
export async function currentProfile(db: Db, actor: Actor, input: CurrentInput = {}) {
  const access = await skillsAccess(db, actor, input.menteeId);
  const latest = db.$with("latest").as(latestRatings(db, access, "self", input.asOf));
  const endorsed = db.$with("endorsed").as(latestRatings(db, access, "mentor", input.asOf));
  const rows = await db
    .with(latest, endorsed)
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
      mentorLevel: endorsed.level,
      mentorAssessedOn: endorsed.assessedOn,
    })
    .from(skills)
    .leftJoin(latest, eq(latest.skillId, skills.id))
    .leftJoin(endorsed, eq(endorsed.skillId, skills.id))
    .where(visibleSkill(access))
    .orderBy(sql`${skills.userId} is not null`, asc(skills.name));
  return { asOf: input.asOf ?? null, skills: rows };
}

/** A built-in skill or one of the reader's (or mentee's) own; otherwise NotFound. */
export async function requireVisibleSkill(db: Db, access: ReadAccess, skillId: string) {
  const [skill] = await db
    .select({ id: skills.id, name: skills.name })
    .from(skills)
    .where(and(eq(skills.id, skillId), visibleSkill(access)));
  if (!skill) throw new NotFound("skill");
  return skill;
}

/** Who gave a mentor rating; a mentor whose account is gone, or has no name, is "A mentor". */
export const assessorName = sql<
  string | null
>`case when ${assessments.source} = 'mentor' then coalesce(${users.name}, 'A mentor') end`;

/** One skill's live assessments (self and mentor), newest first by date, each with its evidence. */
export async function skillHistory(db: Db, actor: Actor, input: HistoryInput) {
  const access = await skillsAccess(db, actor, input.menteeId);
  const skill = await requireVisibleSkill(db, access, input.skillId);
  const cursor = decodeHistoryCursor(input.cursor);
  const rows = await db
    .select({
      id: assessments.id,
      level: assessments.level,
      assessedOn: assessments.assessedOn,
      note: assessments.note,
      source: assessments.source,
      assessorName,
      // A mentor may withdraw their own rating; the page needs to know which those are.
      byYou: sql<boolean>`coalesce(${assessments.assessorId} = ${actor.userId}, false)`,
      createdAt: assessments.createdAt,
    })
    .from(assessments)
    .leftJoin(users, eq(users.id, assessments.assessorId))
    .where(
      and(
        access(assessments.userId),
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
    access,
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

/** Today in the owner's time zone: a mentor reads the mentee's calendar, not their own. */
async function ownersToday(db: Db, access: ReadAccess): Promise<string> {
  const [user] = await db.select({ timeZone: users.timeZone }).from(users).where(access(users.id));
  return todayIn(user?.timeZone ?? "UTC");
}

/** Monthly self-rated level series for up to nine skills; the maths is in server/domain/skills.ts. */
export async function skillGrowth(db: Db, actor: Actor, input: GrowthInput) {
  const access = await skillsAccess(db, actor, input.menteeId);
  const skillIds = [...new Set(input.skillIds)];
  const visible = await db
    .select({ id: skills.id, name: skills.name })
    .from(skills)
    .where(and(inArray(skills.id, skillIds), visibleSkill(access)));
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
        access(assessments.userId),
        eq(assessments.source, "self"),
        inArray(assessments.skillId, skillIds),
        isNull(assessments.deletedAt),
        input.to ? lte(assessments.assessedOn, input.to) : undefined,
      ),
    );
  const growth = growthSeries(rows, skillIds, {
    from: input.from,
    to: input.to,
    today: await ownersToday(db, access),
  });
  const nameOf = new Map(visible.map((skill) => [skill.id, skill.name]));
  return {
    months: growth.months,
    series: growth.series.map((series) => ({ ...series, name: nameOf.get(series.skillId) ?? "" })),
  };
}
