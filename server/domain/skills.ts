import { proficiencyName, SKILL_SUGGESTIONS, stageName } from "./catalogue";

/** A calendar month, "YYYY-MM". */
export type Month = string;

export function monthOf(date: string): Month {
  return date.slice(0, 7);
}

/** The month after this one, across year ends. */
export function nextMonth(month: Month): Month {
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7));
  return index === 12 ? `${year + 1}-01` : `${year}-${String(index + 1).padStart(2, "0")}`;
}

/** Every month from `from` to `to`, both included; empty when `to` comes first. */
export function monthsBetween(from: Month, to: Month): Month[] {
  const months: Month[] = [];
  for (let month = from; month <= to; month = nextMonth(month)) months.push(month);
  return months;
}

/** The last day of the month, "YYYY-MM-DD" (day 0 of the next month is this month's last). */
export function monthEnd(month: Month): string {
  const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0));
  return last.toISOString().slice(0, 10);
}

export function monthLabel(month: Month): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  return date.toLocaleDateString("en-US", { month: "short", year: "numeric", timeZone: "UTC" });
}

export function levelLabel(level: number): string {
  return `${level} · ${proficiencyName(level)}`;
}

export interface AssessmentPoint {
  skillId: string;
  level: number;
  assessedOn: string;
  createdAt: Date;
}

export interface GrowthSeries {
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
    const row: ChartRow = { month, label: monthLabel(month) };
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

/** The calendar date at `now` in a time zone, "YYYY-MM-DD" (en-CA formats dates that way). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return now.toLocaleDateString("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
}
