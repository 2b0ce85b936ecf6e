import "server-only";
import { and, asc, eq, gt, inArray, isNotNull, lte, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, roundCompetencies, rounds, skills, users } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { OPEN_STATUSES } from "@/lib/interviews/rules";
import {
  failureHeatmap,
  failureReasonsRanked,
  medianDaysBetweenRounds,
  outcomesByMonth,
  passRateByStage,
} from "@/lib/interviews/analytics";
import { DAY_MS, dateIn } from "@/lib/dates";
import { revealCompany } from "@/lib/mentoring/masking";
import { NotFound } from "@/lib/errors";
import type { ViewInput } from "@/lib/validation";
import { applicationViewColumns, interviewsView, liveRounds } from "./access";
import type { ReadAccess } from "@/server/mentoring/access";
import { visibleSkill } from "@/server/skills/skills";

/** How far ahead "upcoming rounds" look. */
const UPCOMING_DAYS = 30;
const AGENDA_LIMIT = 50;

/** The owner's zone (months and "today" are theirs); a mentor without access gets NotFound here, first. */
async function timeZoneOf(db: Db, access: ReadAccess): Promise<string> {
  const [user] = await db
    .select({ timeZone: users.timeZone })
    .from(users)
    .where(and(eq(users.id, access.ownerId), access(users.id)));
  if (!user) throw new NotFound(access.asMentor ? "mentee" : "user");
  return user.timeZone;
}

/** Every chart of the analytics section from three queries: the zone, the rounds, failed rounds' competencies. */
export async function interviewAnalytics(db: Db, actor: Actor, input: ViewInput = {}) {
  const { access } = interviewsView(actor, input.menteeId);
  const timeZone = await timeZoneOf(db, access);
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
    .where(liveRounds(access));
  const failed = await db
    .select({ roundId: rounds.id, stage: rounds.stage, skillId: skills.id, skillName: skills.name })
    .from(roundCompetencies)
    .innerJoin(rounds, eq(rounds.id, roundCompetencies.roundId))
    .innerJoin(applications, eq(applications.id, rounds.applicationId))
    .innerJoin(skills, eq(skills.id, roundCompetencies.skillId))
    .where(
      and(
        access(roundCompetencies.userId),
        eq(rounds.outcome, "failed"),
        liveRounds(access),
        visibleSkill(access),
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

/** Rounds with their application's role and company, masked like the application itself. */
function agendaColumns(view: ReturnType<typeof interviewsView>) {
  const { company, companyOrdinal, role } = applicationViewColumns(view);
  return {
    id: rounds.id,
    applicationId: rounds.applicationId,
    company,
    companyOrdinal,
    role,
    stage: rounds.stage,
    scheduledAt: rounds.scheduledAt,
    followUpOn: rounds.followUpOn,
    outcome: rounds.outcome,
  };
}

/** Rounds in the next 30 days, and follow-ups due by today in the owner's zone on applications still open. */
export async function interviewAgenda(db: Db, actor: Actor, input: ViewInput = {}, now = new Date()) {
  const view = interviewsView(actor, input.menteeId);
  const { access } = view;
  const today = dateIn(now, await timeZoneOf(db, access));
  const upcoming = await db
    .select(agendaColumns(view))
    .from(rounds)
    .innerJoin(applications, eq(applications.id, rounds.applicationId))
    .where(
      and(
        liveRounds(access),
        ne(rounds.outcome, "cancelled"),
        gt(rounds.scheduledAt, now),
        lte(rounds.scheduledAt, new Date(now.getTime() + UPCOMING_DAYS * DAY_MS)),
      ),
    )
    .orderBy(asc(rounds.scheduledAt), asc(rounds.id))
    .limit(AGENDA_LIMIT);
  const followUps = await db
    .select(agendaColumns(view))
    .from(rounds)
    .innerJoin(applications, eq(applications.id, rounds.applicationId))
    .where(
      and(
        liveRounds(access),
        isNotNull(rounds.followUpOn),
        lte(rounds.followUpOn, today),
        inArray(applications.status, [...OPEN_STATUSES]),
      ),
    )
    .orderBy(asc(rounds.followUpOn), asc(rounds.id))
    .limit(AGENDA_LIMIT);
  return { today, upcoming: upcoming.map(revealCompany), followUps: followUps.map(revealCompany) };
}
