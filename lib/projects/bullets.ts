import type { OutcomeConfidence } from "./rules";
import { formatChange, formatValue } from "./numbers";

/** What a bullet is built from: one recorded outcome, and nothing else. */
export interface BulletOutcome {
  metric: string;
  baseline: number | null;
  result: number;
  unit: string;
  timeframe: string | null;
  confidence: OutcomeConfidence;
  confidential: boolean;
}

/**
 * Confidential outcomes are never quoted: their bullet keeps the verb and the metric and says
 * "(figures confidential)" instead of any number, baseline, result or change. This is the one place
 * that rule lives; the bullet checker enforces the same rule on bullets people write themselves.
 */
export const CONFIDENTIAL_NOTE = "(figures confidential)";

// Words that mean "smaller is the win": time, money spent, failures.
const LOWER_IS_BETTER_WORDS = new Set([
  "latency",
  "latencies",
  "time",
  "times",
  "duration",
  "durations",
  "delay",
  "delays",
  "lag",
  "cost",
  "costs",
  "spend",
  "spending",
  "expense",
  "expenses",
  "bill",
  "error",
  "errors",
  "failure",
  "failures",
  "incident",
  "incidents",
  "outage",
  "outages",
  "downtime",
  "bug",
  "bugs",
  "defect",
  "defects",
  "churn",
  "mttr",
  "mttd",
  "toil",
  "backlog",
  "complaints",
  "tickets",
  "escalations",
  "waste",
]);

// Words that mean "bigger is the win", even when measured in hours or dollars ("hours saved").
const HIGHER_IS_BETTER_WORDS = new Set([
  "saved",
  "saving",
  "savings",
  "revenue",
  "profit",
  "throughput",
  "coverage",
  "availability",
  "uptime",
  "conversion",
  "retention",
  "adoption",
  "users",
  "customers",
  "satisfaction",
  "nps",
  "speedup",
  "velocity",
  "accuracy",
]);

const TIME_UNITS = new Set([
  "ns",
  "µs",
  "us",
  "ms",
  "s",
  "sec",
  "secs",
  "second",
  "seconds",
  "min",
  "mins",
  "minute",
  "minutes",
  "h",
  "hr",
  "hrs",
  "hour",
  "hours",
  "day",
  "days",
  "week",
  "weeks",
]);

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Whether a drop in this metric is the improvement: latency, time, cost, errors, incidents, durations. */
export function lowerIsBetter(metric: string, unit: string): boolean {
  const words = [...wordsOf(metric), ...wordsOf(unit)];
  if (words.some((word) => HIGHER_IS_BETTER_WORDS.has(word))) return false;
  if (words.some((word) => LOWER_IS_BETTER_WORDS.has(word))) return true;
  return TIME_UNITS.has(unit.trim().toLowerCase());
}

export type Direction = "down" | "up" | "flat" | "level";

export function directionOf(baseline: number | null, result: number): Direction {
  if (baseline === null) return "level";
  if (result < baseline) return "down";
  if (result > baseline) return "up";
  return "flat";
}

/** The opening verb: "Cut" a cost, "Increased" throughput, "Achieved" a level with no baseline. */
export function verbFor(direction: Direction, lowerBetter: boolean): string {
  if (direction === "level") return "Achieved";
  if (direction === "flat") return "Held";
  if (direction === "down") return lowerBetter ? "Cut" : "Reduced";
  return lowerBetter ? "Raised" : "Increased";
}

const TIMEFRAME_PREPOSITION =
  /^(over|in|within|during|across|after|by|for|from|between|throughout|since|per|each|every)\b/i;

/** "over 3 months" stays; "Q3 2024" becomes "in Q3 2024". */
export function timeframePhrase(timeframe: string | null): string {
  const text = timeframe?.trim();
  if (!text) return "";
  return TIMEFRAME_PREPOSITION.test(text) ? ` ${text}` : ` in ${text}`;
}

/** Trimmed, and lower-cased at the start mid-sentence ("Test coverage" → "test coverage", "API latency" kept). */
const cleanMetric = (metric: string) => {
  const trimmed = metric.trim().replace(/[.;,]+$/, "");
  return /^\p{Lu}\p{Ll}/u.test(trimmed) ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1) : trimmed;
};

/** One resume bullet from one outcome, e.g. "Cut p95 latency of the orders API from 800 ms to 240 ms (−70%)". */
export function bulletFor(outcome: BulletOutcome): string {
  const metric = cleanMetric(outcome.metric);
  const direction = directionOf(outcome.baseline, outcome.result);
  const verb = verbFor(direction, lowerIsBetter(metric, outcome.unit));
  const when = timeframePhrase(outcome.timeframe);
  if (outcome.confidential) {
    return direction === "flat"
      ? `${verb} ${metric} steady${when} ${CONFIDENTIAL_NOTE}`
      : `${verb} ${metric}${when} ${CONFIDENTIAL_NOTE}`;
  }
  const estimated = outcome.confidence === "estimated";
  const value = (n: number) => `${estimated ? "~" : ""}${formatValue(n, outcome.unit)}`;
  const notes: string[] = [];
  let body: string;
  if (outcome.baseline === null) {
    body = `${verb} ${value(outcome.result)} ${metric}`;
  } else if (direction === "flat") {
    body = `${verb} ${metric} at ${value(outcome.result)}`;
  } else {
    body = `${verb} ${metric} from ${value(outcome.baseline)} to ${value(outcome.result)}`;
    const change = formatChange(outcome.baseline, outcome.result, outcome.unit);
    if (change) notes.push(change);
  }
  if (estimated) notes.push("est.");
  return `${body}${when}${notes.length ? ` (${notes.join(", ")})` : ""}`;
}

/** The bullets for a project's outcomes, in the order given (the outcomes' position). */
export function bulletsFor(outcomes: readonly BulletOutcome[]): string[] {
  return outcomes.map(bulletFor);
}
