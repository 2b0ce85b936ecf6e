import { formatDate } from "@/components/format";
import type { NotificationKind, ReviewSubject } from "@/server/domain/mentoring";
import { subjectHref, subjectWords } from "./subject-href";

export interface NotificationFacts {
  kind: NotificationKind;
  actorName: string | null;
  menteeId: string | null;
  subjectType: ReviewSubject | null;
  subjectId: string | null;
}

/** What an open review request adds when it is still open: the item's name, due date and a round's application. */
export interface RequestFacts {
  subjectName: string | null;
  dueOn: string;
  applicationId: string | null;
}

function subjectPhrase(item: NotificationFacts, request?: RequestFacts): string {
  const kind = subjectWords(item.subjectType);
  return request?.subjectName ? `${kind} (${request.subjectName})` : kind;
}

/** What happened, in a sentence. */
export function notificationWords(item: NotificationFacts, request?: RequestFacts): string {
  const who = item.actorName ?? "Someone";
  if (item.kind === "invitation_accepted")
    return `${who} accepted your invitation and can now read what you share`;
  if (item.kind === "review_request") {
    const by = request ? ` by ${formatDate(request.dueOn)}` : "";
    return `${who} asked you to review ${subjectPhrase(item, request)}${by}`;
  }
  return `${who} commented on ${subjectPhrase(item, request)}`;
}

/**
 * Where the notification leads: the mentee opens their own page, a mentor the mentee's read-only page.
 * A round needs its application, known only while a review request on it is open; else the interviews list.
 */
export function notificationHref(item: NotificationFacts, readerId: string, request?: RequestFacts): string {
  if (item.kind === "invitation_accepted" || !item.subjectType) return "/mentoring";
  const menteeId = item.menteeId && item.menteeId !== readerId ? item.menteeId : undefined;
  const target = {
    subjectType: item.subjectType,
    subjectId: item.subjectId,
    applicationId: request?.applicationId,
  };
  return subjectHref(target, menteeId);
}
