import { and, asc, eq, gt, inArray, isNotNull, isNull, lte, ne, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, roundCompetencies, rounds, skills, users } from "@/db/schema";
import type { Actor } from "../actor";
import { OPEN_STATUSES } from "../domain/interviews";
import {
  failureHeatmap,
  failureReasonsRanked,
  medianDaysBetweenRounds,
  outcomesByMonth,
  passRateByStage,
} from "../domain/interviews-analytics";
import { DAY_MS, dateIn } from "../domain/interviews-time";
import { NotFound } from "../errors";
import { ownLiveRounds } from "./interviews-access";

/** How far ahead "upcoming rounds" look. */
export const UPCOMING_DAYS = 30;
const AGENDA_LIMIT = 50;

async function timeZoneOf(db: Db, actor: Actor): Promise<string> {
  const [user] = await db.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, actor.userId));
  if (!user) throw new NotFound("user");
  return user.timeZone;
}

/** Every chart of the analytics section from three queries: the zone, the rounds, failed rounds' competencies. */
export async function interviewAnalytics(db: Db, actor: Actor) {
  const timeZone = await timeZoneOf(db, actor);
  const rows = await db
    .select({
      id: rounds.id,
      applicationId: rounds.applicationId,
      stage: rounds.stage,
      scheduledAt: rounds.scheduledAt,
      outcome: rounds.outcome,
      failureReasons: rounds.failureReasons,
    })
    .from(rounds)
    .innerJoin(applications, eq(applications.id, rounds.applicationId))
    .where(ownLiveRounds(actor));
  const failed = await db
    .select({ roundId: rounds.id, stage: rounds.stage, skillId: skills.id, skillName: skills.name })
    .from(roundCompetencies)
    .innerJoin(rounds, eq(rounds.id, roundCompetencies.roundId))
    .innerJoin(applications, eq(applications.id, rounds.applicationId))
    .innerJoin(skills, eq(skills.id, roundCompetencies.skillId))
    .where(
      and(
        eq(roundCompetencies.userId, actor.userId),
        eq(rounds.outcome, "failed"),
        ownLiveRounds(actor),
        or(isNull(skills.userId), eq(skills.userId, actor.userId)),
      ),
    );
  return {
    timeZone,
    roundCount: rows.length,
    passRates: passRateByStage(rows),
    gaps: medianDaysBetweenRounds(rows),
    byMonth: outcomesByMonth(rows, timeZone),
    failureReasons: failureReasonsRanked(rows),
    heatmap: failureHeatmap(failed),
  };
}

const agendaColumns = {
  id: rounds.id,
  applicationId: rounds.applicationId,
  company: applications.company,
  role: applications.role,
  stage: rounds.stage,
  scheduledAt: rounds.scheduledAt,
  followUpOn: rounds.followUpOn,
  outcome: rounds.outcome,
};

/** Rounds in the next 30 days, and follow-ups due by today in the user's zone on applications still open. */
export async function interviewAgenda(db: Db, actor: Actor, now = new Date()) {
  const today = dateIn(now, await timeZoneOf(db, actor));
  const upcoming = await db
    .select(agendaColumns)
    .from(rounds)
    .innerJoin(applications, eq(applications.id, rounds.applicationId))
    .where(
      and(
        ownLiveRounds(actor),
        ne(rounds.outcome, "cancelled"),
        gt(rounds.scheduledAt, now),
        lte(rounds.scheduledAt, new Date(now.getTime() + UPCOMING_DAYS * DAY_MS)),
      ),
    )
    .orderBy(asc(rounds.scheduledAt), asc(rounds.id))
    .limit(AGENDA_LIMIT);
  const followUps = await db
    .select(agendaColumns)
    .from(rounds)
    .innerJoin(applications, eq(applications.id, rounds.applicationId))
    .where(
      and(
        ownLiveRounds(actor),
        isNotNull(rounds.followUpOn),
        lte(rounds.followUpOn, today),
        inArray(applications.status, [...OPEN_STATUSES]),
      ),
    )
    .orderBy(asc(rounds.followUpOn), asc(rounds.id))
    .limit(AGENDA_LIMIT);
  return { today, upcoming, followUps };
}
