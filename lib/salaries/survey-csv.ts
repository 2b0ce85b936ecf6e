/** Reads survey rows (jobs-net salary schema) one record at a time: validation, and optional grouping. */
import { EARLIEST_YEAR, LATEST_YEARS_AHEAD } from "@/lib/validation";
import { EXPERIENCE_LEVELS, type ExperienceLevel, isExperienceLevel, SMALL_SAMPLE } from "./bands";

const REQUIRED_COLUMNS = ["work_year", "experience_level", "salary_in_usd", "company_location"] as const;
type Column = (typeof REQUIRED_COLUMNS)[number];
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** A problem in the file itself, named by line and column; the import then writes nothing. */
export class CsvProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CsvProblem";
  }
}

export interface SampleGroup {
  level: ExperienceLevel;
  region: string;
  year: number;
  /** salary_in_usd values, in US dollars. */
  values: number[];
}

/** One validated data row of a survey. */
export interface SurveyRow {
  level: ExperienceLevel;
  region: string;
  year: number;
  /** salary_in_usd, in US dollars. */
  salary: number;
}

const NUMBER = /^\d+(?:\.\d+)?$/;

/** Validates survey records one at a time and keeps only the header and a count, never the rows. */
export class SurveyReader {
  private indexes: Record<Column, number> | null = null;
  rowCount = 0;

  /** Reads one parsed record (`line` is 1-based); null for the header or a blank line. */
  read(record: readonly string[], line: number): SurveyRow | null {
    if (!this.indexes) {
      this.indexes = headerIndexes(record);
      return null;
    }
    if (record.length === 1 && record[0]?.trim() === "") return null;
    const cell = (column: Column) => (record[this.indexes?.[column] ?? -1] ?? "").trim();
    const at = (column: Column) => `line ${line}, column ${column}`;

    const salary = cell("salary_in_usd");
    if (!NUMBER.test(salary))
      throw new CsvProblem(`${at("salary_in_usd")}: "${clip(salary)}" is not a number`);
    const level = cell("experience_level").toUpperCase();
    if (!isExperienceLevel(level)) {
      throw new CsvProblem(
        `${at("experience_level")}: unknown experience level "${clip(level)}" (use EN, MI, SE or EX)`,
      );
    }
    const yearText = cell("work_year");
    const year = Number(yearText);
    const latest = new Date().getUTCFullYear() + LATEST_YEARS_AHEAD;
    if (!/^\d{4}$/.test(yearText) || year < EARLIEST_YEAR || year > latest) {
      throw new CsvProblem(`${at("work_year")}: "${clip(yearText)}" is not a year`);
    }
    const region = cell("company_location").toUpperCase();
    if (!/^[A-Z]{2}$/.test(region)) {
      throw new CsvProblem(`${at("company_location")}: "${clip(region)}" is not a 2-letter country code`);
    }
    this.rowCount += 1;
    return { level, region, year, salary: Number(salary) };
  }

  /** Once every record is in: refuses an empty file or one without data rows. */
  finish(): void {
    if (!this.indexes) throw new CsvProblem("the file is empty");
    if (this.rowCount === 0) throw new CsvProblem("the file has a header but no data rows");
  }
}

/** Groups survey rows in memory (small files and tests; the import streams rows to the database instead). */
export class SurveyAggregator {
  private readonly reader = new SurveyReader();
  private readonly groups = new Map<string, SampleGroup>();

  get rowCount(): number {
    return this.reader.rowCount;
  }

  /** Feeds one parsed record; `line` is its 1-based line in the file. */
  add(record: readonly string[], line: number): void {
    const row = this.reader.read(record, line);
    if (!row) return;
    const key = `${row.level}|${row.region}|${row.year}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { level: row.level, region: row.region, year: row.year, values: [] };
      this.groups.set(key, group);
    }
    group.values.push(row.salary);
  }

  /** The groups, once every record is in; refuses an empty file or one without data rows. */
  finish(): SampleGroup[] {
    this.reader.finish();
    return [...this.groups.values()];
  }
}

function headerIndexes(header: readonly string[]): Record<Column, number> {
  const names = header.map((name) =>
    name
      .trim()
      .replace(/^\uFEFF/, "")
      .toLowerCase(),
  );
  const indexes = {} as Record<Column, number>;
  for (const column of REQUIRED_COLUMNS) {
    const index = names.indexOf(column);
    if (index < 0) throw new CsvProblem(`line 1: the header has no column "${column}"`);
    indexes[column] = index;
  }
  return indexes;
}

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** One band an import computed: P10…P90 of salary_in_usd in cents. */
export interface ImportedBand {
  levelId: string;
  /** The survey codes whose salaries this band pools (several when they map to one level). */
  experienceLevels: ExperienceLevel[];
  region: string;
  year: number;
  currency: "USD";
  p10Minor: number;
  p25Minor: number;
  p50Minor: number;
  p75Minor: number;
  p90Minor: number;
  sampleSize: number;
  warning: string | null;
}

/** What the import route answers; a dry run has no importId. */
export interface ImportResult {
  ladderId: string;
  fileName: string;
  rowCount: number;
  levelMapping: Record<ExperienceLevel, string>;
  bands: ImportedBand[];
  importId: string | null;
  dryRun: boolean;
}

/** One pooled group as the database aggregates it: R-7 percentiles in dollars (double precision). */
export interface PooledGroup {
  levelId: string;
  codes: string;
  region: string;
  year: number;
  n: number;
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
}

/** The bands of pooled groups: cents rounded half away from zero as `percentilesMinor`, biggest samples first. */
export function bandsOfPooled(groups: readonly PooledGroup[]): ImportedBand[] {
  const cents = (value: number) => Math.round(value * 100);
  return groups
    .map((group) => ({
      levelId: group.levelId,
      experienceLevels: EXPERIENCE_LEVELS.filter((code) => group.codes.split(",").includes(code)),
      region: group.region,
      year: group.year,
      currency: "USD" as const,
      p10Minor: cents(group.p10),
      p25Minor: cents(group.p25),
      p50Minor: cents(group.p50),
      p75Minor: cents(group.p75),
      p90Minor: cents(group.p90),
      sampleSize: group.n,
      warning:
        group.n < SMALL_SAMPLE
          ? `only ${group.n} salaries (fewer than ${SMALL_SAMPLE}): treat as indicative`
          : null,
    }))
    .sort((a, b) => b.sampleSize - a.sampleSize || a.region.localeCompare(b.region) || b.year - a.year);
}
