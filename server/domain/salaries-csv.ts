/** Aggregates survey rows (jobs-net salary schema) into per-group samples, one record at a time. */
import { EARLIEST_YEAR, LATEST_YEARS_AHEAD } from "../validators/common";
import { type ExperienceLevel, isExperienceLevel } from "./salaries";

export const REQUIRED_COLUMNS = [
  "work_year",
  "experience_level",
  "salary_in_usd",
  "company_location",
] as const;
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

const NUMBER = /^\d+(?:\.\d+)?$/;

export class SurveyAggregator {
  private indexes: Record<Column, number> | null = null;
  private readonly groups = new Map<string, SampleGroup>();
  rowCount = 0;

  /** Feeds one parsed record; `line` is its 1-based line in the file. */
  add(record: readonly string[], line: number): void {
    if (!this.indexes) {
      this.indexes = headerIndexes(record);
      return;
    }
    if (record.length === 1 && record[0]?.trim() === "") return;
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

    const key = `${level}|${region}|${year}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { level, region, year, values: [] };
      this.groups.set(key, group);
    }
    group.values.push(Number(salary));
    this.rowCount += 1;
  }

  /** The groups, once every record is in; refuses an empty file or one without data rows. */
  finish(): SampleGroup[] {
    if (!this.indexes) throw new CsvProblem("the file is empty");
    if (this.rowCount === 0) throw new CsvProblem("the file has a header but no data rows");
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
