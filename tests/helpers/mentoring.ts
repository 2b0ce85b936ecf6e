import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents, invitations, notifications } from "@/db/schema";
import { callerFor, claimsFor, createUser } from "./factories";

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

/** A mentee, a mentor and a stranger, each with a caller (request ids "mentee", "mentor", "stranger"). */
export async function mentoringCast(db: Db) {
  const [mentee, mentor, stranger] = await Promise.all([createUser(db), createUser(db), createUser(db)]);
  return {
    mentee,
    mentor,
    stranger,
    asMentee: callerFor(db, claimsFor(mentee), { requestId: "mentee" }),
    asMentor: callerFor(db, claimsFor(mentor), { requestId: "mentor" }),
    asStranger: callerFor(db, claimsFor(stranger), { requestId: "stranger" }),
  };
}

export async function storedInvitation(db: Db, id: string) {
  const [row] = await db.select().from(invitations).where(eq(invitations.id, id));
  if (!row) throw new Error("no invitation");
  return row;
}
