import { analyseLevel, type GapInputs, type GapLevel, type LevelAnalysis } from "./analysis";
import { failureReasonName } from "@/lib/interviews/catalogue";

/** Every level of the ladder, lowest first, each analysed. */
export function analyseLadder(levels: readonly GapLevel[], inputs: GapInputs): LevelAnalysis[] {
  return [...levels].sort((a, b) => a.position - b.position).map((level) => analyseLevel(level, inputs));
}

const allMet = (analysis: LevelAnalysis) => analysis.metCount === analysis.total;

export interface LevelEstimate {
  /** The highest level met along with every level below it; null when even the first is not. */
  level: GapLevel | null;
  /** The level above it, where partial credit is counted; null at the top. */
  next: GapLevel | null;
  nextMetCount: number;
  nextTotal: number;
  nextReadiness: number | null;
  explanation: string;
}

/**
 * Levels are climbed in order: a higher level with fewer expectations does not lift the estimate over
 * a lower level that is not met yet.
 */
export function estimateLevel(analyses: readonly LevelAnalysis[]): LevelEstimate {
  const firstUnmet = analyses.findIndex((analysis) => !allMet(analysis));
  const reached = firstUnmet === -1 ? analyses.length : firstUnmet;
  const level = reached > 0 ? (analyses[reached - 1]?.level ?? null) : null;
  const next = analyses[reached] ?? null;
  if (!next) {
    return {
      level,
      next: null,
      nextMetCount: 0,
      nextTotal: 0,
      nextReadiness: null,
      explanation: level
        ? `Every expectation is met up to ${level.name}, the top level.`
        : "This ladder has no levels.",
    };
  }
  const progress = `${next.metCount} of ${next.total} ${next.total === 1 ? "competency meets" : "competencies meet"} ${next.level.name}; readiness ${next.readiness}%`;
  return {
    level,
    next: next.level,
    nextMetCount: next.metCount,
    nextTotal: next.total,
    nextReadiness: next.readiness,
    explanation: level ? `${progress}.` : `Not yet at ${next.level.name}: ${progress}.`,
  };
}

/** A failed round that tested these skills, with the reasons it was failed. */
export interface FailedRoundFact {
  roundId: string;
  skillId: string;
  failureReasons: readonly string[];
}

interface ReasonCount {
  reason: string;
  name: string;
  count: number;
}

export interface WorkItem {
  competencyId: string;
  name: string;
  skillId: string;
  current: number;
  expected: number;
  gap: number;
  expectationText: string;
  failedRounds: number;
  failureReasons: ReasonCount[];
}

const WORK_ON_NEXT = 3;

/** The biggest non-optional gaps at a level (ties by name), each with what failed interviews said about it. */
export function workOnNext(
  analysis: LevelAnalysis,
  failures: readonly FailedRoundFact[],
  limit = WORK_ON_NEXT,
): WorkItem[] {
  const gaps = analysis.rows
    .filter((row) => row.gap !== null && row.gap > 0)
    .sort((a, b) => (b.gap ?? 0) - (a.gap ?? 0) || a.name.localeCompare(b.name, "en"))
    .slice(0, limit);
  return gaps.map((row) => {
    const rounds = failures.filter((failure) => failure.skillId === row.skillId);
    const counts = new Map<string, number>();
    for (const round of rounds) {
      for (const reason of new Set(round.failureReasons)) counts.set(reason, (counts.get(reason) ?? 0) + 1);
    }
    return {
      competencyId: row.competencyId,
      name: row.name,
      skillId: row.skillId,
      current: row.current,
      expected: row.expected,
      gap: row.gap ?? 0,
      expectationText: row.expectationText,
      failedRounds: new Set(rounds.map((round) => round.roundId)).size,
      failureReasons: [...counts]
        .map(([reason, count]) => ({ reason, name: failureReasonName(reason), count }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "en")),
    };
  });
}
