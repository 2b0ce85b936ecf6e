import type { MentorshipScope } from "@/lib/mentoring/rules";

export const REVIEW_SUBJECTS = ["skill", "project", "round", "profile"] as const;
export type ReviewSubject = (typeof REVIEW_SUBJECTS)[number];

export const REVIEW_REQUEST_STATUSES = ["open", "done", "cancelled"] as const;
type ReviewRequestStatus = (typeof REVIEW_REQUEST_STATUSES)[number];

/** The scope a mentor needs to see a subject; the profile as a whole needs only an active mentorship. */
export const SCOPE_FOR_SUBJECT: Record<ReviewSubject, MentorshipScope | null> = {
  skill: "skills",
  project: "projects",
  round: "interviews",
  profile: null,
};

export const SUBJECT_LABELS: Record<ReviewSubject, string> = {
  skill: "skill",
  project: "project",
  round: "interview round",
  profile: "profile",
};

export const COMMENT_MAX = 10_000;
export const REQUEST_NOTE_MAX = 2_000;

/** Every subject but the whole profile names one item. */
export function needsSubjectId(subjectType: ReviewSubject): boolean {
  return subjectType !== "profile";
}

/** Whether a mentorship with these scopes lets the mentor see this kind of subject. */
export function scopesCover(scopes: readonly MentorshipScope[], subjectType: ReviewSubject): boolean {
  const scope = SCOPE_FOR_SUBJECT[subjectType];
  return scope === null || scopes.includes(scope);
}

export type RequestRole = "mentor" | "mentee";
export type CloseStatus = Exclude<ReviewRequestStatus, "open">;

/**
 * The mentor closes a request by doing the review ("done"); the mentee may cancel it, or mark it done
 * themselves (say, after talking it through in person). A mentor who will not review asks the mentee to cancel.
 */
export function closeProblem(role: RequestRole, status: CloseStatus): string | null {
  if (role === "mentor" && status === "cancelled") return "only the mentee can cancel a review request";
  return null;
}

/** A day of slack for time zones behind UTC, whose "today" is still yesterday there. */
export function earliestDueOn(now: Date = new Date()): string {
  return new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
}

export interface CommentRow {
  id: string;
  mentorshipId: string;
  authorId: string;
  authorName: string | null;
  body: string;
  createdAt: Date;
}

export interface ThreadOwner {
  mentorshipId: string;
  mentorName: string | null;
}

export interface ThreadComment {
  id: string;
  authorId: string;
  authorName: string;
  body: string;
  createdAt: Date;
  mine: boolean;
}

export interface Thread {
  mentorshipId: string;
  mentorName: string;
  comments: ThreadComment[];
}

/** Accounts may have no name (OAuth without a profile); a thread still needs a label. */
export function displayName(name: string | null | undefined): string {
  const trimmed = name?.trim();
  return trimmed ? trimmed : "Someone";
}

/** One thread per mentorship, in the order the mentorships come; comments oldest first. */
export function groupThreads(owners: ThreadOwner[], rows: CommentRow[], viewerId: string): Thread[] {
  const byMentorship = new Map<string, CommentRow[]>();
  for (const row of rows) {
    const list = byMentorship.get(row.mentorshipId) ?? [];
    list.push(row);
    byMentorship.set(row.mentorshipId, list);
  }
  return owners.map((owner) => ({
    mentorshipId: owner.mentorshipId,
    mentorName: displayName(owner.mentorName),
    comments: (byMentorship.get(owner.mentorshipId) ?? [])
      .toSorted((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
      .map((row) => ({
        id: row.id,
        authorId: row.authorId,
        authorName: displayName(row.authorName),
        body: row.body,
        createdAt: row.createdAt,
        mine: row.authorId === viewerId,
      })),
  }));
}
