import "server-only";
import { and, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { mentorships, notifications, reviewRequests, users } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { toPage } from "@/lib/paging/cursor";
import type { MarkReadInput, NotificationsListInput } from "@/lib/notifications/inputs";
import { afterCursor } from "@/server/paging/keyset";
import { joinReviewSubjects, reviewSubjectColumns, withSubjectFacts } from "@/server/reviews/subjects";

/**
 * A review request's due date: the newest request for that item in that mentorship made by the notification's
 * time, for the mentee or the mentorship's active mentor only.
 */
const requestDueOn = (actor: Actor) => sql<string | null>`case when ${notifications.kind} = 'review_request'
  and (${mentorships.menteeId} = ${actor.userId}
    or (${mentorships.mentorId} = ${actor.userId} and ${mentorships.endedAt} is null)) then (
  select ${reviewRequests.dueOn}::text from ${reviewRequests}
  where ${reviewRequests.mentorshipId} = ${notifications.mentorshipId}
    and ${reviewRequests.subjectType} is not distinct from ${notifications.subjectType}
    and ${reviewRequests.subjectId} is not distinct from ${notifications.subjectId}
    and ${reviewRequests.createdAt} <= ${notifications.createdAt}
  order by ${reviewRequests.createdAt} desc limit 1) end`;

/**
 * The reader's notifications, newest first; menteeId says whose pages a link should open. The item's name and a
 * round's application come only while the reader may still read that section of the mentee's (null otherwise).
 */
export async function listNotifications(db: Db, actor: Actor, input: NotificationsListInput) {
  const query = db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      actorId: notifications.actorId,
      actorName: sql<string | null>`coalesce(${users.name}, ${users.email})`,
      mentorshipId: notifications.mentorshipId,
      menteeId: mentorships.menteeId,
      subjectType: notifications.subjectType,
      subjectId: notifications.subjectId,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      dueOn: requestDueOn(actor),
      ...reviewSubjectColumns(actor, mentorships.menteeId),
    })
    .from(notifications)
    .leftJoin(users, eq(users.id, notifications.actorId))
    .leftJoin(mentorships, eq(mentorships.id, notifications.mentorshipId))
    .$dynamic();
  const rows = await joinReviewSubjects(query, {
    subjectType: notifications.subjectType,
    subjectId: notifications.subjectId,
    ownerId: mentorships.menteeId,
  })
    .where(
      and(
        eq(notifications.userId, actor.userId),
        afterCursor(notifications.createdAt, notifications.id, input.cursor),
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(input.limit + 1);
  const page = toPage(rows, input.limit);
  return { ...page, items: page.items.map(withSubjectFacts) };
}

export async function unreadCount(db: Db, actor: Actor) {
  const [row] = await db
    .select({ count: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)));
  return { count: row?.count ?? 0 };
}

/** Marks the named notifications, or all of them, read; someone else's ids simply match nothing. */
export async function markRead(db: Db, actor: Actor, input: MarkReadInput) {
  const marked = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(
      and(
        eq(notifications.userId, actor.userId),
        isNull(notifications.readAt),
        input.ids ? inArray(notifications.id, input.ids) : undefined,
      ),
    )
    .returning({ id: notifications.id });
  return { marked: marked.length };
}
