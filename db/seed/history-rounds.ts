import { APPLICATIONS, type ApplicationTemplate } from "./history-applications";
import {
  atTime,
  type DemoApplication,
  type DemoRound,
  type DemoRoundOutcome,
  type Rng,
} from "./history-core";
import { addDays, daysBetween } from "@/lib/dates";

/** Which built-in skills each technical stage tends to test. */
const COMPETENCIES: Partial<Record<string, readonly string[]>> = {
  "coding-assessment": ["programming", "problem-solving", "testing"],
  "technical-interview": ["programming", "apis", "database-design", "testing", "problem-solving"],
  "system-design": ["database-design", "apis", "server-management", "security"],
  "take-home": ["programming", "testing", "apis", "version-control"],
  onsite: ["problem-solving", "programming", "database-design", "team-collaboration"],
  behavioral: ["team-collaboration", "problem-solving"],
};

const PASSED_FEEDBACK = [
  "Recruiter: the panel liked how I talked through trade-offs.",
  "Good signal on API design; they want more depth on caching next time.",
  "Moved forward the same day; no written notes.",
  "Interviewer said my tests were the best part of the submission.",
];

const HOURS = [9, 10, 11, 13, 14, 15, 16];

/** Days for `count` rounds after `appliedOn`, a few days apart, squeezed to end by `lastDay`. */
function roundDays(rng: Rng, appliedOn: string, count: number, lastDay: string): string[] {
  const gaps = Array.from({ length: count }, (_, index) => (index === 0 ? rng.int(3, 10) : rng.int(4, 11)));
  const room = daysBetween(appliedOn, lastDay);
  if (count > room) throw new Error(`no room for ${count} rounds between ${appliedOn} and ${lastDay}`);
  const total = gaps.reduce((sum, gap) => sum + gap, 0);
  const fitted = total > room ? gaps.map((gap) => Math.max(1, Math.floor((gap * room) / total))) : gaps;
  let day = appliedOn;
  return fitted.map((gap) => (day = addDays(day, gap)));
}

/** How a held round ended: all passed, except that a rejection fails the last and a withdrawal cancels it. */
function heldOutcome(template: ApplicationTemplate, isLast: boolean): DemoRoundOutcome {
  if (!isLast) return "passed";
  if (template.status === "rejected") return "failed";
  return template.status === "withdrawn" ? "cancelled" : "passed";
}

function competenciesFor(rng: Rng, stage: string): string[] {
  const pool = COMPETENCIES[stage] ?? [];
  return rng.sample(pool, pool.length <= 2 ? pool.length : rng.int(2, 3));
}

function roundOf(
  rng: Rng,
  template: ApplicationTemplate,
  stage: string,
  day: string,
  outcome: DemoRoundOutcome,
) {
  const failed = outcome === "failed";
  const passed = outcome === "passed";
  const feedback = failed
    ? (template.failure?.feedback ?? null)
    : passed && rng.chance(0.25)
      ? rng.pick(PASSED_FEEDBACK)
      : null;
  const ratings = failed ? [1, 2, 2, 3] : passed ? [3, 4, 4, 5] : [3, 4];
  const round: DemoRound = {
    stage,
    scheduledAt: atTime(day, rng.pick(HOURS), rng.pick([0, 30])),
    outcome,
    selfRating: outcome === "cancelled" ? null : rng.pick(ratings),
    feedback,
    feedbackRequested: failed || (passed && rng.chance(0.1)),
    failureReasons: failed ? [...(template.failure?.reasons ?? [])] : [],
    // Chasing feedback that never came.
    followUpOn: failed && feedback === null ? addDays(day, 5) : null,
    competencies: competenciesFor(rng, stage),
  };
  return round;
}

function buildRounds(rng: Rng, template: ApplicationTemplate, appliedOn: string, today: string): DemoRound[] {
  const pending = template.status === "interviewing" ? (template.pendingInDays ?? 7) : null;
  const pendingDay = pending === null ? null : addDays(today, pending);
  const held = template.stages.slice(0, pending === null ? undefined : -1);
  const lastHeldDay =
    pendingDay !== null && pendingDay < today ? addDays(pendingDay, -1) : addDays(today, -1);
  const days = roundDays(rng, appliedOn, held.length, lastHeldDay);
  const rounds = held.map((stage, index) => {
    const day = days[index] ?? lastHeldDay;
    return roundOf(rng, template, stage, day, heldOutcome(template, index === held.length - 1));
  });
  const pendingStage = template.stages.at(-1);
  if (pendingDay !== null && pendingStage !== undefined) {
    const round = roundOf(rng, template, pendingStage, pendingDay, "pending");
    rounds.push(pendingDay > today ? { ...round, selfRating: null } : round);
  }
  const last = rounds.at(-1);
  if (last && template.followUpInDays !== undefined)
    last.followUpOn = addDays(today, template.followUpInDays);
  // Ghosted: one polite nudge a week after the last round, never answered.
  if (last && template.status === "ghosted") last.followUpOn = addDays(last.scheduledAt.slice(0, 10), 7);
  return rounds;
}

/** Twenty applications from the templates, dates relative to today with a little jitter on the older ones. */
export function buildApplications(rng: Rng, today: string): DemoApplication[] {
  return APPLICATIONS.map((template, index): DemoApplication => {
    const jitter = template.daysAgo > 60 ? rng.int(-3, 3) : 0;
    const appliedOn = addDays(today, -(template.daysAgo + jitter));
    const { offer } = template;
    return {
      key: `a${index + 1}`,
      company: template.company,
      role: template.role,
      levelApplied: template.levelApplied,
      channel: template.channel,
      appliedOn,
      status: template.status,
      offerBaseMinor: offer?.baseMinor ?? null,
      offerBonusMinor: offer?.bonusMinor ?? null,
      offerEquityMinor: offer?.equityMinor ?? null,
      offerCurrency: offer ? "USD" : null,
      levelOffered: offer?.level ?? null,
      notes: template.notes ?? null,
      rounds: buildRounds(rng, template, appliedOn, today),
    };
  });
}
