/**
 * Gap analysis maths: where the user stands against one level of a ladder. Pure; the service loads the rows.
 *
 * Definitions (the single place they live):
 * - current proficiency of a competency = the level of the latest live assessment of its skill from the chosen
 *   rating source (self, mentor, or the lower of both: server/domain/gaps-ratings.ts), 0 if never rated there;
 * - gap = max(0, expected − current); optional (situational) competencies are shown but never count;
 * - evidence weight = evidence items on the skill's live assessments, each dated; items older than
 *   STALE_AFTER_MONTHS count half;
 * - last demonstrated = the latest of the skill's assessment dates and evidence dates;
 * - freshness = 1 when last demonstrated within STALE_AFTER_MONTHS of today, else 0.5 (never assessed: 0.5);
 * - credit = min(current / expected, 1) × freshness, in [0, 1];
 * - readiness of a level = mean credit over its non-optional expectations, as a whole percent
 *   (a level with none is 100%); "met" = current ≥ expected, freshness aside.
 */

import { monthsBefore } from "@/lib/dates";
import { chooseRating, counts, type AssessmentSource, type RatingSource } from "./ratings";

const STALE_AFTER_MONTHS = 12;
const STALE_WEIGHT = 0.5;

export interface GapLevel {
  id: string;
  key: string;
  name: string;
  position: number;
}

export interface GapCompetency {
  id: string;
  key: string;
  name: string;
  skillId: string;
  /** The skill whose assessments measure it, when it is named differently. */
  skillName?: string;
  optional: boolean;
  position: number;
}

export interface GapExpectation {
  levelId: string;
  competencyId: string;
  expectedLevel: number;
  text: string;
}

/** One live assessment of a skill; without a source it is a self rating. */
export interface AssessmentFact {
  skillId: string;
  level: number;
  assessedOn: string;
  createdAt: Date;
  source?: AssessmentSource;
}

/** One evidence item, dated by what it points at (or its assessment's date). */
export interface EvidenceFact {
  skillId: string;
  date: string;
}

export interface SkillState {
  current: number;
  lastDemonstrated: string | null;
  evidenceItems: number;
  evidenceWeight: number;
}

/** Older than STALE_AFTER_MONTHS as of `today`. */
export function isStale(date: string, today: string): boolean {
  return date < monthsBefore(today, STALE_AFTER_MONTHS);
}

const later = (a: string | null, b: string): string => (a === null || b > a ? b : a);

const isLater = (fact: AssessmentFact, than: AssessmentFact | undefined) =>
  !than ||
  fact.assessedOn > than.assessedOn ||
  (fact.assessedOn === than.assessedOn && fact.createdAt > than.createdAt);

/** Current level (by `ratingSource`), last demonstrated day and evidence weight of every skill with facts. */
export function skillStates(
  assessmentFacts: readonly AssessmentFact[],
  evidenceFacts: readonly EvidenceFact[],
  today: string,
  ratingSource: RatingSource = "self",
): Map<string, SkillState> {
  const states = new Map<string, SkillState>();
  // The latest rating of each skill from each origin, by date, then by when it was recorded.
  const latest = { self: new Map<string, AssessmentFact>(), mentor: new Map<string, AssessmentFact>() };
  const stateOf = (skillId: string): SkillState => {
    const state = states.get(skillId) ?? {
      current: 0,
      lastDemonstrated: null,
      evidenceItems: 0,
      evidenceWeight: 0,
    };
    states.set(skillId, state);
    return state;
  };
  for (const fact of assessmentFacts) {
    const origin = fact.source ?? "self";
    if (!counts(origin, ratingSource)) continue;
    const state = stateOf(fact.skillId);
    if (isLater(fact, latest[origin].get(fact.skillId))) latest[origin].set(fact.skillId, fact);
    state.lastDemonstrated = later(state.lastDemonstrated, fact.assessedOn);
  }
  for (const [skillId, state] of states) {
    const self = latest.self.get(skillId)?.level ?? null;
    const mentor = latest.mentor.get(skillId)?.level ?? null;
    state.current = chooseRating(self, mentor, ratingSource) ?? 0;
  }
  for (const fact of evidenceFacts) {
    const state = stateOf(fact.skillId);
    state.evidenceItems += 1;
    state.evidenceWeight += isStale(fact.date, today) ? STALE_WEIGHT : 1;
    state.lastDemonstrated = later(state.lastDemonstrated, fact.date);
  }
  return states;
}

export function freshnessOf(lastDemonstrated: string | null, today: string): number {
  return lastDemonstrated !== null && !isStale(lastDemonstrated, today) ? 1 : STALE_WEIGHT;
}

interface CompetencyGap {
  competencyId: string;
  key: string;
  name: string;
  skillId: string;
  skillName: string;
  optional: boolean;
  current: number;
  expected: number;
  expectationText: string;
  /** Null for optional competencies: they never count as gaps. */
  gap: number | null;
  met: boolean;
  evidenceItems: number;
  evidenceWeight: number;
  lastDemonstrated: string | null;
  freshness: number;
  credit: number;
}

export interface LevelAnalysis {
  level: GapLevel;
  rows: CompetencyGap[];
  /** Non-optional expectations at this level, and how many are met. */
  total: number;
  metCount: number;
  readiness: number;
}

export interface GapInputs {
  competencies: readonly GapCompetency[];
  expectations: readonly GapExpectation[];
  states: ReadonlyMap<string, SkillState>;
  today: string;
}

const NO_STATE: SkillState = { current: 0, lastDemonstrated: null, evidenceItems: 0, evidenceWeight: 0 };

/** Every competency the level expects something of, in the ladder's order, with readiness. */
export function analyseLevel(level: GapLevel, inputs: GapInputs): LevelAnalysis {
  const expected = new Map(
    inputs.expectations.filter((e) => e.levelId === level.id).map((e) => [e.competencyId, e]),
  );
  const rows: CompetencyGap[] = [];
  for (const competency of [...inputs.competencies].sort((a, b) => a.position - b.position)) {
    const expectation = expected.get(competency.id);
    if (!expectation) continue;
    const state = inputs.states.get(competency.skillId) ?? NO_STATE;
    const freshness = freshnessOf(state.lastDemonstrated, inputs.today);
    const ratio = Math.min(state.current / expectation.expectedLevel, 1);
    rows.push({
      competencyId: competency.id,
      key: competency.key,
      name: competency.name,
      skillId: competency.skillId,
      skillName: competency.skillName ?? competency.name,
      optional: competency.optional,
      current: state.current,
      expected: expectation.expectedLevel,
      expectationText: expectation.text,
      gap: competency.optional ? null : Math.max(0, expectation.expectedLevel - state.current),
      met: state.current >= expectation.expectedLevel,
      evidenceItems: state.evidenceItems,
      evidenceWeight: state.evidenceWeight,
      lastDemonstrated: state.lastDemonstrated,
      freshness,
      credit: ratio * freshness,
    });
  }
  const counted = rows.filter((row) => !row.optional);
  const credit = counted.reduce((sum, row) => sum + row.credit, 0);
  return {
    level,
    rows,
    total: counted.length,
    metCount: counted.filter((row) => row.met).length,
    readiness: counted.length === 0 ? 100 : Math.round((credit / counted.length) * 100),
  };
}
