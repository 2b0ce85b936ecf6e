import { menteeHref } from "./mentee-link";
import { type ReviewSubject } from "@/lib/reviews/rules";

export interface ReviewTarget {
  subjectType: ReviewSubject | null;
  subjectId: string | null;
  /** A round lives on its application's page; without it the link goes to the interviews list. */
  applicationId?: string | null;
}

const SUBJECT_WORDS: Record<ReviewSubject, string> = {
  skill: "a skill",
  project: "a project",
  round: "an interview round",
  profile: "the whole profile",
};

export function subjectWords(subjectType: ReviewSubject | null): string {
  return subjectType ? SUBJECT_WORDS[subjectType] : "the mentorship";
}

function withMentee(path: string, menteeId: string | undefined, hash?: string): string {
  return menteeHref(hash ? `${path}#${hash}` : path, menteeId);
}

/** The page where a reviewed item lives, for its owner (no menteeId) or for a mentor reading it. */
export function subjectHref(target: ReviewTarget, menteeId?: string): string {
  const { subjectType, subjectId } = target;
  if (subjectType === "skill" && subjectId) return withMentee(`/skills/${subjectId}`, menteeId);
  if (subjectType === "project" && subjectId)
    return withMentee("/projects", menteeId, `project-${subjectId}`);
  if (subjectType === "round") {
    const applicationId = target.applicationId;
    return applicationId
      ? withMentee(`/interviews/${applicationId}`, menteeId, subjectId ? `round-${subjectId}` : undefined)
      : withMentee("/interviews", menteeId);
  }
  if (subjectType === "profile") return profileReviewHref(menteeId);
  return "/mentoring";
}

/** The profile's review threads live on /mentoring: the mentee's under their mentors, a mentor's per mentee. */
export function profileReviewAnchor(menteeId?: string): string {
  return menteeId ? `profile-review-${menteeId}` : "profile-review";
}

function profileReviewHref(menteeId?: string): string {
  return `/mentoring#${profileReviewAnchor(menteeId)}`;
}
