import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import type { TRPCError } from "@trpc/server";
import { auditEvents, invitations, mentorships, notifications } from "../../db/schema";
import { DEFAULT_SCOPES, type MentorshipScope } from "@/lib/mentoring/rules";
import { fieldErrorsOf } from "../../server/trpc/errors";
import { createContextInner } from "../../server/trpc/init";
import { createCaller } from "../../server/trpc/root";
import { claimsFor, createUser } from "./factories";

interface Party {
  id: string;
}

/** An active mentorship straight into the table, as an accepted invitation would leave it. */
export async function createMentorship(
  db: Db,
  mentee: Party,
  mentor: Party,
  scopes: readonly MentorshipScope[] = DEFAULT_SCOPES,
) {
  const [row] = await db
    .insert(mentorships)
    .values({ menteeId: mentee.id, mentorId: mentor.id, scopes: [...scopes] })
    .returning();
  if (!row) throw new Error("mentorship insert returned nothing");
  return row;
}

/** Ends it as the mentee (or whoever `by` is) would. */
export async function endMentorship(db: Db, mentorship: { id: string; menteeId: string }, by?: Party) {
  await db
    .update(mentorships)
    .set({ endedAt: sql`now()`, endedBy: by?.id ?? mentorship.menteeId })
    .where(eq(mentorships.id, mentorship.id));
}

export async function setMentorshipScopes(
  db: Db,
  mentorship: { id: string },
  scopes: readonly MentorshipScope[],
) {
  await db
    .update(mentorships)
    .set({ scopes: [...scopes] })
    .where(eq(mentorships.id, mentorship.id));
}

/** A mentee's audit rows, oldest first, optionally only one action. */
export async function auditRows(db: Db, menteeId: string, action?: string) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.menteeId, menteeId), action ? eq(auditEvents.action, action) : undefined))
    .orderBy(auditEvents.createdAt, auditEvents.id);
}

export async function notificationRows(db: Db, userId: string) {
  return db.select().from(notifications).where(eq(notifications.userId, userId));
}

/** The router as this user calls it from one request, so audit rows carry a known request id. */
export function callerWithRequest(db: Db, user: { id: string; sessionVersion: number }, requestId: string) {
  return createCaller(createContextInner({ db, session: claimsFor(user), requestId }));
}

/** A mentee, a mentor and a stranger, each with a caller (request ids "mentee", "mentor", "stranger"). */
export async function mentoringCast(db: Db) {
  const [mentee, mentor, stranger] = await Promise.all([createUser(db), createUser(db), createUser(db)]);
  return {
    mentee,
    mentor,
    stranger,
    asMentee: callerWithRequest(db, mentee, "mentee"),
    asMentor: callerWithRequest(db, mentor, "mentor"),
    asStranger: callerWithRequest(db, stranger, "stranger"),
  };
}

/** The fields a BAD_REQUEST names. */
export const fieldsOf = (error: TRPCError) => Object.keys(fieldErrorsOf(error.cause) ?? {});

export async function storedInvitation(db: Db, id: string) {
  const [row] = await db.select().from(invitations).where(eq(invitations.id, id));
  if (!row) throw new Error("no invitation");
  return row;
}
