/** Sections a mentee can share; `companies` unmasks company names in interviews, `compensation` is never on by default. */
export const MENTORSHIP_SCOPES = [
  "skills",
  "projects",
  "interviews",
  "companies",
  "gaps",
  "compensation",
] as const;
export type MentorshipScope = (typeof MENTORSHIP_SCOPES)[number];
export const DEFAULT_SCOPES: readonly MentorshipScope[] = ["skills", "projects", "interviews", "gaps"];

export const REVIEW_SUBJECTS = ["skill", "project", "round", "profile"] as const;
export type ReviewSubject = (typeof REVIEW_SUBJECTS)[number];

export const REVIEW_REQUEST_STATUSES = ["open", "done", "cancelled"] as const;
export type ReviewRequestStatus = (typeof REVIEW_REQUEST_STATUSES)[number];

export const NOTIFICATION_KINDS = ["comment", "review_request", "invitation_accepted"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
