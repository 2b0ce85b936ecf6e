"use client";

import { RATING_SOURCE_LABELS, RATING_SOURCES, type RatingSource } from "@/lib/gaps/ratings";

const HINTS: Record<RatingSource, string> = {
  self: "your own assessments",
  mentor: "the latest rating by any mentor",
  lower: "whichever of the two is lower, or the one that exists",
};

/** Which ratings the gap analysis measures competencies by: radios, so the choice is one keypress away. */
export function RatingSourceControl({
  value,
  onChange,
}: {
  value: RatingSource;
  onChange: (source: RatingSource) => void;
}) {
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 text-sm font-medium">Measure by</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {RATING_SOURCES.map((source) => (
          <label key={source} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="ratingSource"
              value={source}
              checked={value === source}
              onChange={() => onChange(source)}
            />
            <span>
              {RATING_SOURCE_LABELS[source]}
              <span className="sr-only">: {HINTS[source]}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
