import "server-only";
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import type { Actor } from "@/server/auth/actor";
import { OPEN_STATUSES } from "@/lib/interviews/rules";
import {
  type ActivityItem,
  type DashboardData,
  type FollowUp,
  type SkillSummaryRow,
  type SparkPoint,
  type UpcomingRound,
} from "@/lib/dashboard/overview";

const ACTIVITY_LIMIT = 8;
const LIST_LIMIT = 10;

// Current self-rated level per skill and the 12-month average level, in one statement (mentor ratings aside).
function skillsQuery(userId: string) {
  return sql`
    with latest as (
      select distinct on (a.skill_id) a.skill_id, a.level, a.assessed_on
      from assessments a
      where a.user_id = ${userId} and a.source = 'self' and a.deleted_at is null
      order by a.skill_id, a.assessed_on desc, a.created_at desc
    ),
    months as (
      select (date_trunc('month', current_date) - make_interval(months => n) + interval '1 month - 1 day')::date as month_end
      from generate_series(0, 11) as n
    ),
    spark as (
      select m.month_end, avg(l.level)::float8 as average
      from months m
      cross join lateral (
        select distinct on (a.skill_id) a.level
        from assessments a
        where a.user_id = ${userId} and a.source = 'self' and a.deleted_at is null and a.assessed_on <= m.month_end
        order by a.skill_id, a.assessed_on desc, a.created_at desc
      ) l
      group by m.month_end
    )
    select
      (select coalesce(json_agg(json_build_object(
          'skillId', s.id, 'name', s.name, 'kind', s.kind, 'level', l.level, 'assessedOn', l.assessed_on::text
        ) order by s.user_id nulls first, s.name), '[]'::json)
       from skills s left join latest l on l.skill_id = s.id
       where s.user_id is null or s.user_id = ${userId}) as skills,
      (select coalesce(json_agg(json_build_object('month', to_char(month_end, 'YYYY-MM'), 'average', average)
        order by month_end), '[]'::json) from spark) as sparkline`;
}

// The newest few rows of each kind (each branch walks a (user_id, created_at) index), merged; own ratings only.
function activityQuery(userId: string) {
  return sql`
    select kind, id, at, title, detail from (
      (select 'assessment' as kind, a.id, a.created_at as at, s.name as title, a.level::text as detail
        from assessments a join skills s on s.id = a.skill_id
        where a.user_id = ${userId} and a.source = 'self' and a.deleted_at is null order by a.created_at desc limit ${ACTIVITY_LIMIT})
      union all
      (select 'project', p.id, p.created_at, p.title, p.role
        from projects p where p.user_id = ${userId} and p.deleted_at is null
        order by p.created_at desc limit ${ACTIVITY_LIMIT})
      union all
      (select 'application', ap.id, ap.created_at, ap.company, ap.role
        from applications ap where ap.user_id = ${userId} and ap.deleted_at is null
        order by ap.created_at desc limit ${ACTIVITY_LIMIT})
      union all
      (select 'round', r.id, r.created_at, ap.company, r.stage || ' · ' || r.outcome
        from rounds r join applications ap on ap.id = r.application_id
        where r.user_id = ${userId} and r.deleted_at is null and ap.deleted_at is null
        order by r.created_at desc limit ${ACTIVITY_LIMIT})
    ) recent
    order by at desc limit ${ACTIVITY_LIMIT}`;
}

// "Today" is the user's calendar day; follow-ups count only on applications still open.
function agendaQuery(userId: string) {
  const open = sql.join(
    OPEN_STATUSES.map((status) => sql`${status}`),
    sql`, `,
  );
  return sql`
    with today as (select (now() at time zone u.time_zone)::date as day from users u where u.id = ${userId})
    select
      (select coalesce(json_agg(x order by x."scheduledAt"), '[]'::json) from (
        select r.id, r.stage, r.scheduled_at as "scheduledAt", ap.id as "applicationId", ap.company, ap.role
        from rounds r join applications ap on ap.id = r.application_id
        where r.user_id = ${userId} and r.deleted_at is null and ap.deleted_at is null and r.outcome = 'pending'
          and r.scheduled_at >= now() and r.scheduled_at < now() + interval '30 days'
        order by r.scheduled_at limit ${LIST_LIMIT}) x) as upcoming,
      (select coalesce(json_agg(y order by y."followUpOn"), '[]'::json) from (
        select r.id, r.stage, r.follow_up_on::text as "followUpOn", ap.id as "applicationId", ap.company, ap.role
        from rounds r join applications ap on ap.id = r.application_id
        where r.user_id = ${userId} and r.deleted_at is null and ap.deleted_at is null
          and r.follow_up_on is not null and r.follow_up_on <= (select day from today) + 7
          and ap.status in (${open})
        order by r.follow_up_on limit ${LIST_LIMIT}) y) as "followUps"`;
}

/** Everything the dashboard shows, in three round trips whatever the size of the history. */
export async function getDashboard(db: Db, actor: Actor): Promise<DashboardData> {
  const [skillRows, activity, agendaRows] = await Promise.all([
    queryRows<{ skills: SkillSummaryRow[]; sparkline: SparkPoint[] }>(db, skillsQuery(actor.userId)),
    queryRows<{ kind: ActivityItem["kind"]; id: string; at: Date | string; title: string; detail: string }>(
      db,
      activityQuery(actor.userId),
    ),
    queryRows<{ upcoming: UpcomingRound[]; followUps: FollowUp[] }>(db, agendaQuery(actor.userId)),
  ]);
  return {
    skills: skillRows[0]?.skills ?? [],
    sparkline: skillRows[0]?.sparkline ?? [],
    activity: activity.map((row) => ({ ...row, at: new Date(row.at) })),
    upcoming: (agendaRows[0]?.upcoming ?? []).map((row) => ({
      ...row,
      scheduledAt: new Date(row.scheduledAt),
    })),
    followUps: agendaRows[0]?.followUps ?? [],
  };
}
