/**
 * Which rating a gap analysis measures competencies by (issue 5, endorsements):
 * - "self": the latest self rating;
 * - "mentor": the latest mentor rating, by any mentor;
 * - "lower": the lower of the two, or whichever exists when only one does.
 * Only the ratings a source uses count towards "last demonstrated".
 */

export const RATING_SOURCES = ["self", "mentor", "lower"] as const;
export type RatingSource = (typeof RATING_SOURCES)[number];
export type AssessmentSource = "self" | "mentor";

export const RATING_SOURCE_LABELS: Record<RatingSource, string> = {
  self: "Self ratings",
  mentor: "Mentor ratings",
  lower: "The lower of the two",
};

/** The level used for a skill under this source, or null when it has no rating there. */
export function chooseRating(
  self: number | null,
  mentor: number | null,
  source: RatingSource,
): number | null {
  if (source === "self") return self;
  if (source === "mentor") return mentor;
  if (self === null) return mentor;
  if (mentor === null) return self;
  return Math.min(self, mentor);
}

/** Whether ratings from this origin count under the source. */
export function counts(origin: AssessmentSource, source: RatingSource): boolean {
  return source === "lower" || origin === source;
}
