import { and, eq, isNull } from "drizzle-orm";
import { applications, rounds } from "@/db/schema";
import type { Actor } from "../actor";
import { UNDO_WINDOW_MS } from "../domain/undo";

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

/** The actor's live applications: the condition every application query starts from. */
export const ownLiveApplications = (actor: Actor) =>
  and(eq(applications.userId, actor.userId), isNull(applications.deletedAt));

export const ownApplication = (actor: Actor, id: string) =>
  and(eq(applications.id, id), ownLiveApplications(actor));

/** The actor's live rounds whose application is live too; join applications to use it. */
export const ownLiveRounds = (actor: Actor) =>
  and(eq(rounds.userId, actor.userId), isNull(rounds.deletedAt), ownLiveApplications(actor));

export const TOO_LATE_TO_UNDO = `too late to undo: a delete can be undone for ${UNDO_WINDOW_MS / 60_000} minutes`;
