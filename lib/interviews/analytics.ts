import { compareStages, type RoundOutcome } from "./rules";
import { DAY_MS, monthIn } from "@/lib/dates";
import { failureReasonName, stageName } from "./catalogue";

/** What the analytics need of a round; the service loads these for live rounds of live applications. */
export interface AnalyticsRound {
  id: string;
  applicationId: string;
  stage: string;
  scheduledAt: Date | null;
  outcome: RoundOutcome;
  failureReasons: readonly string[];
}

export interface StagePassRate {
  stage: string;
  name: string;
  passed: number;
  failed: number;
  /** passed / (passed + failed), from 0 to 1. */
  rate: number;
}

/** Pass rate per stage over decided rounds only: pending and cancelled rounds say nothing yet. */
export function passRateByStage(rounds: readonly AnalyticsRound[]): StagePassRate[] {
  const counts = new Map<string, { passed: number; failed: number }>();
  for (const round of rounds) {
    if (round.outcome !== "passed" && round.outcome !== "failed") continue;
    const entry = counts.get(round.stage) ?? { passed: 0, failed: 0 };
    entry[round.outcome] += 1;
    counts.set(round.stage, entry);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => compareStages(a, b))
    .map(([stage, { passed, failed }]) => ({
      stage,
      name: stageName(stage),
      passed,
      failed,
      rate: passed / (passed + failed),
    }));
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

export interface RoundGaps {
  /** Median days between consecutive scheduled rounds of one application; null without any pair. */
  medianDays: number | null;
  /** How many gaps the median is taken over. */
  gaps: number;
}

/** Gaps between consecutive scheduled rounds of each application; cancelled rounds never took place. */
export function medianDaysBetweenRounds(rounds: readonly AnalyticsRound[]): RoundGaps {
  const byApplication = new Map<string, number[]>();
  for (const round of rounds) {
    if (!round.scheduledAt || round.outcome === "cancelled") continue;
    const times = byApplication.get(round.applicationId) ?? [];
    times.push(round.scheduledAt.getTime());
    byApplication.set(round.applicationId, times);
  }
  const gaps: number[] = [];
  for (const times of byApplication.values()) {
    times.sort((a, b) => a - b);
    for (let index = 1; index < times.length; index += 1) {
      gaps.push(((times[index] ?? 0) - (times[index - 1] ?? 0)) / DAY_MS);
    }
  }
  const value = median(gaps);
  return { medianDays: value === null ? null : Math.round(value * 10) / 10, gaps: gaps.length };
}

export interface MonthOutcomes {
  month: string;
  passed: number;
  failed: number;
}

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7));
  return index === 12 ? `${year + 1}-01` : `${year}-${String(index + 1).padStart(2, "0")}`;
}

/** Passed and failed rounds per month of scheduledAt in the user's zone, with empty months in between. */
export function outcomesByMonth(rounds: readonly AnalyticsRound[], timeZone: string): MonthOutcomes[] {
  const counts = new Map<string, MonthOutcomes>();
  for (const round of rounds) {
    if (!round.scheduledAt || (round.outcome !== "passed" && round.outcome !== "failed")) continue;
    const month = monthIn(round.scheduledAt, timeZone);
    const entry = counts.get(month) ?? { month, passed: 0, failed: 0 };
    entry[round.outcome] += 1;
    counts.set(month, entry);
  }
  const months = [...counts.keys()].sort();
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return [];
  const result: MonthOutcomes[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) {
    result.push(counts.get(month) ?? { month, passed: 0, failed: 0 });
  }
  return result;
}

export interface RankedReason {
  reason: string;
  name: string;
  count: number;
}

/** Failure reasons of failed rounds, most frequent first, ties by name. */
export function failureReasonsRanked(rounds: readonly AnalyticsRound[]): RankedReason[] {
  const counts = new Map<string, number>();
  for (const round of rounds) {
    if (round.outcome !== "failed") continue;
    for (const reason of new Set(round.failureReasons)) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([reason, count]) => ({ reason, name: failureReasonName(reason), count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name) || a.reason.localeCompare(b.reason));
}

/** One competency a failed round tested. */
export interface FailedCompetency {
  roundId: string;
  stage: string;
  skillId: string;
  skillName: string;
}

export interface FailureHeatmap {
  stages: { stage: string; name: string }[];
  rows: { skillId: string; name: string; counts: number[]; total: number }[];
  /** The largest cell, to shade the others against. */
  max: number;
}

/** Failed rounds counted by competency × stage; rows by total descending, then name. */
export function failureHeatmap(entries: readonly FailedCompetency[]): FailureHeatmap {
  const seen = new Set<string>();
  const unique = entries.filter((entry) => {
    const key = `${entry.roundId}|${entry.skillId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const stages = [...new Set(unique.map((entry) => entry.stage))].sort(compareStages);
  const names = new Map(unique.map((entry) => [entry.skillId, entry.skillName]));
  const rows = [...names.entries()].map(([skillId, name]) => {
    const counts = stages.map(
      (stage) => unique.filter((entry) => entry.skillId === skillId && entry.stage === stage).length,
    );
    return { skillId, name, counts, total: counts.reduce((sum, count) => sum + count, 0) };
  });
  rows.sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  const max = Math.max(0, ...rows.flatMap((row) => row.counts));
  return { stages: stages.map((stage) => ({ stage, name: stageName(stage) })), rows, max };
}
