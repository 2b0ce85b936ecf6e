import { formatMonth, monthEnd, monthOf, type Month, monthsBetween } from "@/lib/dates";
import { proficiencyName, SKILL_SUGGESTIONS } from "./catalogue";
import { stageName } from "@/lib/interviews/catalogue";

export function levelLabel(level: number): string {
  return `${level} · ${proficiencyName(level)}`;
}

export interface AssessmentPoint {
  skillId: string;
  level: number;
  assessedOn: string;
  createdAt: Date;
}

interface GrowthSeries {
  skillId: string;
  /** The level in force at each month's end, aligned with `months`; null before the first assessment. */
  levels: (number | null)[];
}

export interface Growth {
  months: Month[];
  series: GrowthSeries[];
}

export interface GrowthRange {
  from?: string | null | undefined;
  to?: string | null | undefined;
  /** Today in the user's time zone, "YYYY-MM-DD": the default end. */
  today: string;
}

const chronological = (a: AssessmentPoint, b: AssessmentPoint) =>
  a.assessedOn.localeCompare(b.assessedOn) || a.createdAt.getTime() - b.createdAt.getTime();

/**
 * The monthly level series for each skill: the latest assessment on or before each month's end counts,
 * carried forward until the next one. The range defaults to the first assessment's month through today's.
 */
export function growthSeries(
  rows: readonly AssessmentPoint[],
  skillIds: readonly string[],
  range: GrowthRange,
): Growth {
  const sorted = [...rows].sort(chronological);
  const first = sorted[0];
  const toMonth = monthOf(range.to ?? range.today);
  const fromMonth = range.from ? monthOf(range.from) : first ? monthOf(first.assessedOn) : toMonth;
  const months = monthsBetween(fromMonth, toMonth);
  const series = skillIds.map((skillId) => {
    const own = sorted.filter((row) => row.skillId === skillId);
    let next = 0;
    let level: number | null = null;
    const levels = months.map((month) => {
      const end = monthEnd(month);
      for (let row = own[next]; row && row.assessedOn <= end; row = own[next]) {
        level = row.level;
        next += 1;
      }
      return level;
    });
    return { skillId, levels };
  });
  return { months, series };
}

export type ChartRow = { month: Month; label: string } & Record<string, number | null | string>;

/** One row per month with a key per skill id: the shape recharts' LineChart reads. */
export function chartRows(growth: Growth): ChartRow[] {
  return growth.months.map((month, index) => {
    const row: ChartRow = { month, label: formatMonth(month) };
    for (const series of growth.series) row[series.skillId] = series.levels[index] ?? null;
    return row;
  });
}

/** Names compare without case or surrounding space, as the database's unique index does. */
export function sameSkillName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The suggestions the user has not added yet, in the seed's order. */
export function pendingSuggestions(existingNames: readonly string[]): string[] {
  return SKILL_SUGGESTIONS.filter((name) => !existingNames.some((existing) => sameSkillName(existing, name)));
}

/** How a round reads in evidence: "Technical interview · Acme". */
export function roundLabel(stage: string, company: string | null): string {
  return company ? `${stageName(stage)} · ${company}` : stageName(stage);
}
