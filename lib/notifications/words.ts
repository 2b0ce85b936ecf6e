import { formatDate } from "@/lib/dates";
import { subjectHref, subjectWords } from "@/lib/mentoring/subject-href";
import { type ReviewSubject } from "@/lib/reviews/rules";
import { type NotificationKind } from "@/lib/notifications/rules";

export interface NotificationFacts {
  kind: NotificationKind;
  actorName: string | null;
  menteeId: string | null;
  subjectType: ReviewSubject | null;
  subjectId: string | null;
  /** Null when the reader may no longer read the item's section, or it is gone. */
  subjectName: string | null;
  /** A round's application, whose page shows the round; null otherwise. */
  applicationId: string | null;
  /** A review request's due date (YYYY-MM-DD); absent or null for other kinds. */
  dueOn?: string | null;
}

function subjectPhrase(item: NotificationFacts): string {
  const kind = subjectWords(item.subjectType);
  return item.subjectName ? `${kind} (${item.subjectName})` : kind;
}

/** What happened, in a sentence. */
export function notificationWords(item: NotificationFacts): string {
  const who = item.actorName ?? "Someone";
  if (item.kind === "invitation_accepted")
    return `${who} accepted your invitation and can now read what you share`;
  if (item.kind === "review_request") {
    const by = item.dueOn ? ` by ${formatDate(item.dueOn)}` : "";
    return `${who} asked you to review ${subjectPhrase(item)}${by}`;
  }
  return `${who} commented on ${subjectPhrase(item)}`;
}

/** Where the notification leads: the mentee opens their own page, a mentor the mentee's read-only page. */
export function notificationHref(item: NotificationFacts, readerId: string): string {
  if (item.kind === "invitation_accepted" || !item.subjectType) return "/mentoring";
  const menteeId = item.menteeId && item.menteeId !== readerId ? item.menteeId : undefined;
  return subjectHref(item, menteeId);
}
