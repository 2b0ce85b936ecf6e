import "server-only";
import { and, eq, isNull, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { applications, rounds } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { UNDO_WINDOW_MS } from "@/lib/undo";
import { canRead, type ReadAccess } from "@/server/mentoring/access";

export const applicationColumns = {
  id: applications.id,
  company: applications.company,
  role: applications.role,
  levelApplied: applications.levelApplied,
  channel: applications.channel,
  appliedOn: applications.appliedOn,
  status: applications.status,
  boardPosition: applications.boardPosition,
  offerBaseMinor: applications.offerBaseMinor,
  offerBonusMinor: applications.offerBonusMinor,
  offerEquityMinor: applications.offerEquityMinor,
  offerCurrency: applications.offerCurrency,
  levelOffered: applications.levelOffered,
  notes: applications.notes,
  createdAt: applications.createdAt,
  updatedAt: applications.updatedAt,
};

export const roundColumns = {
  id: rounds.id,
  applicationId: rounds.applicationId,
  stage: rounds.stage,
  scheduledAt: rounds.scheduledAt,
  outcome: rounds.outcome,
  selfRating: rounds.selfRating,
  feedback: rounds.feedback,
  feedbackRequested: rounds.feedbackRequested,
  failureReasons: rounds.failureReasons,
  followUpOn: rounds.followUpOn,
  createdAt: rounds.createdAt,
  updatedAt: rounds.updatedAt,
};

/** Whose interviews a read covers, and the grants that unmask company names and pay, evaluated in SQL. */
export interface InterviewsView {
  access: ReadAccess;
  companies: ReadAccess;
  compensation: ReadAccess;
}

export function interviewsView(actor: Actor, menteeId?: string | null): InterviewsView {
  return {
    access: canRead(actor, "interviews", menteeId),
    companies: canRead(actor, "companies", menteeId),
    compensation: canRead(actor, "compensation", menteeId),
  };
}

/** The column when the grant holds, else SQL null: the owner always gets the bare column. */
function shownIf<T>(grant: ReadAccess, column: AnyColumn): SQL<T | null> {
  const value = grant.asMentor ? sql`case when ${grant.granted} then ${column} end` : sql`${column}`;
  return value.mapWith(column) as SQL<T | null>;
}

/** The application's rank among all its owner's applications ever created (deleted ones too), so it never shifts. */
const companyOrdinal = sql<number>`(select count(*)::int from ${applications} as earlier
  where earlier.user_id = ${applications}.user_id
    and (earlier.created_at, earlier.id) <= (${applications}.created_at, ${applications}.id))`;

/**
 * What a reader sees of an application. Without `companies` a mentor gets no company name and no notes (free text
 * about the employer, recruiters and links); round feedback stays, being about the mentee's performance.
 * Without `compensation` the offer amounts and currency are null.
 */
export function applicationViewColumns({ access, companies, compensation }: InterviewsView) {
  return {
    ...applicationColumns,
    company: shownIf<string>(companies, applications.company),
    companyOrdinal: access.asMentor ? companyOrdinal : sql<number>`0`,
    notes: shownIf<string>(companies, applications.notes),
    offerBaseMinor: shownIf<number>(compensation, applications.offerBaseMinor),
    offerBonusMinor: shownIf<number>(compensation, applications.offerBonusMinor),
    offerEquityMinor: shownIf<number>(compensation, applications.offerEquityMinor),
    offerCurrency: shownIf<string>(compensation, applications.offerCurrency),
  };
}

/** Live applications the reader may see: the condition every application read starts from. */
export const liveApplications = (access: ReadAccess) =>
  and(access(applications.userId), isNull(applications.deletedAt));

/** Live rounds the reader may see whose application is live too; join applications to use it. */
export const liveRounds = (access: ReadAccess) =>
  and(access(rounds.userId), isNull(rounds.deletedAt), liveApplications(access));

/** The actor's live applications: the condition every write starts from. */
export const ownLiveApplications = (actor: Actor) =>
  and(eq(applications.userId, actor.userId), isNull(applications.deletedAt));

export const ownApplication = (actor: Actor, id: string) =>
  and(eq(applications.id, id), ownLiveApplications(actor));

/** The actor's live rounds whose application is live too; join applications to use it. */
export const ownLiveRounds = (actor: Actor) =>
  and(eq(rounds.userId, actor.userId), isNull(rounds.deletedAt), ownLiveApplications(actor));

export const TOO_LATE_TO_UNDO = `too late to undo: a delete can be undone for ${UNDO_WINDOW_MS / 60_000} minutes`;
