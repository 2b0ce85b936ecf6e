import { parseCalendarDate } from "@/lib/dates";

/** Shapes, seeded randomness and calendar arithmetic for the demo account's generated history. */

/** A built-in skill's slug ("apis") or one of the demo's own skills by key ("own:docker"). */
export type DemoSkillRef = string;

export interface DemoOwnSkill {
  key: DemoSkillRef;
  name: string;
  kind: "tool";
  description: string;
}

export type DemoEvidence = { kind: "project"; projectKey: string } | { kind: "url"; url: string };

export interface DemoAssessment {
  skill: DemoSkillRef;
  level: number;
  assessedOn: string;
  note: string | null;
  evidence: DemoEvidence[];
}

export interface DemoOutcome {
  metric: string;
  baseline: number | null;
  result: number;
  unit: string;
  timeframe: string | null;
  confidence: "measured" | "estimated";
  confidential: boolean;
}

export interface DemoProject {
  key: string;
  title: string;
  role: string;
  company: string | null;
  startedOn: string;
  endedOn: string | null;
  description: string;
  technologies: string[];
  skills: DemoSkillRef[];
  outcomes: DemoOutcome[];
}

export type DemoStatus =
  "applied" | "interviewing" | "offer" | "accepted" | "rejected" | "withdrawn" | "ghosted";
export type DemoRoundOutcome = "pending" | "passed" | "failed" | "cancelled";

export interface DemoRound {
  stage: string;
  /** ISO 8601 in UTC, e.g. "2025-03-04T14:30:00.000Z". */
  scheduledAt: string;
  outcome: DemoRoundOutcome;
  selfRating: number | null;
  feedback: string | null;
  feedbackRequested: boolean;
  failureReasons: string[];
  followUpOn: string | null;
  /** Built-in skill slugs the round tested. */
  competencies: string[];
}

export interface DemoApplication {
  key: string;
  company: string;
  role: string;
  levelApplied: "Entry" | "Mid" | "Senior";
  channel: string;
  appliedOn: string;
  status: DemoStatus;
  offerBaseMinor: number | null;
  offerBonusMinor: number | null;
  offerEquityMinor: number | null;
  offerCurrency: string | null;
  levelOffered: string | null;
  notes: string | null;
  rounds: DemoRound[];
}

export interface DemoHistory {
  ownSkills: DemoOwnSkill[];
  assessments: DemoAssessment[];
  projects: DemoProject[];
  applications: DemoApplication[];
}

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/** mulberry32: tiny and well mixed, so the same seed gives the same history on every machine. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) throw new Error("cannot pick from an empty list");
    return item;
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) chosen.push(...pool.splice(int(0, pool.length - 1), 1));
    return chosen;
  };
  return { next, int, chance: (probability) => next() < probability, pick, sample };
}

/** A working-hours moment on that day, in UTC. */
export function atTime(day: string, hour: number, minute: number): string {
  const start = parseCalendarDate(day);
  if (!start) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${day}`);
  return new Date(start.getTime() + (hour * 60 + minute) * 60_000).toISOString();
}

/** The history covers about eighteen months. */
export const HISTORY_DAYS = 548;
