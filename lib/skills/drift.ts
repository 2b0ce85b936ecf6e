/** Self vs mentor ratings of one skill over time ("drift"). Pure; the service loads the rows. */

export interface DriftRating {
  on: string;
  level: number;
  source: "self" | "mentor";
  assessorName: string | null;
}

export interface Drift {
  self: { on: string; level: number }[];
  mentor: { on: string; level: number; assessorName: string }[];
}

/** Splits chronological ratings by source; a mentor with no name left reads "A mentor". */
export function splitDrift(ratings: readonly DriftRating[]): Drift {
  const drift: Drift = { self: [], mentor: [] };
  for (const rating of ratings) {
    if (rating.source === "self") drift.self.push({ on: rating.on, level: rating.level });
    else
      drift.mentor.push({
        on: rating.on,
        level: rating.level,
        assessorName: rating.assessorName ?? "A mentor",
      });
  }
  return drift;
}

export interface DriftRow {
  on: string;
  /** The level in force that day from each source; null before its first rating. */
  self: number | null;
  mentor: number | null;
  /** The difference mentor − self when both exist: positive when the mentor rates higher. */
  difference: number | null;
}

/** One row per day with any rating, each source's level carried forward: what the chart and its table read. */
export function driftRows(drift: Drift): DriftRow[] {
  const days = [...new Set([...drift.self, ...drift.mentor].map((rating) => rating.on))].sort();
  let self: number | null = null;
  let mentor: number | null = null;
  return days.map((on) => {
    // Several ratings on one day: the last one listed (the latest recorded) holds.
    for (const rating of drift.self) if (rating.on === on) self = rating.level;
    for (const rating of drift.mentor) if (rating.on === on) mentor = rating.level;
    return { on, self, mentor, difference: self !== null && mentor !== null ? mentor - self : null };
  });
}
