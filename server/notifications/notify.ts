import "server-only";
import type { DbOrTx } from "@/db/client";
import { notifications } from "@/db/schema";
import { type ReviewSubject } from "@/lib/reviews/rules";
import { type NotificationKind } from "@/lib/notifications/rules";

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  actorId: string;
  mentorshipId: string;
  subjectType?: ReviewSubject;
  subjectId?: string | null;
}

/** Written in the same transaction as the comment, request or acceptance it announces. */
export async function notify(db: DbOrTx, entries: NewNotification[]): Promise<void> {
  if (entries.length === 0) return;
  await db.insert(notifications).values(entries);
}
