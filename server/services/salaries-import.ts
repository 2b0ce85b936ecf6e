import { Readable, Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parse } from "csv-parse";
import type { Db } from "@/db/client";
import { salaryBands, salaryImports } from "@/db/schema";
import type { Actor } from "../actor";
import {
  defaultLevelMapping,
  EXPERIENCE_LEVELS,
  type ExperienceLevel,
  percentilesMinor,
  SMALL_SAMPLE,
} from "../domain/salaries";
import {
  CsvProblem,
  type ImportedBand,
  type ImportResult,
  MAX_IMPORT_BYTES,
  type SampleGroup,
  SurveyAggregator,
} from "../domain/salaries-csv";
import { Invalid } from "../errors";
import type { ImportSalariesInput } from "../validators/salaries";
import { visibleLadder } from "./salaries";

const DEFAULT_SOURCE = "salary survey CSV";
const INSERT_BATCH = 500;

export interface ImportOptions {
  /** Refuses the file once this many bytes have streamed in. */
  maxBytes?: number;
  /** Told the byte count as the body streams in. */
  onProgress?: (bytes: number) => void;
}

/** Counts bytes as they pass and stops the stream when the cap is crossed. */
function byteCap(maxBytes: number, onProgress?: (bytes: number) => void): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      seen += chunk.length;
      onProgress?.(seen);
      if (seen > maxBytes) {
        done(new CsvProblem(`the file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`));
        return;
      }
      done(null, chunk);
    },
  });
}

/** Streams a survey CSV into per-group samples; never holds the file or its rows. */
export async function aggregateSurvey(
  body: Readable | AsyncIterable<Uint8Array>,
  options: ImportOptions = {},
): Promise<{ groups: SampleGroup[]; rowCount: number }> {
  const aggregator = new SurveyAggregator();
  const parser = parse({ bom: true, skip_empty_lines: true, relax_column_count: true, info: true });
  const source = body instanceof Readable ? body : Readable.from(body);
  try {
    await pipeline(
      source,
      byteCap(options.maxBytes ?? MAX_IMPORT_BYTES, options.onProgress),
      parser,
      async (records) => {
        for await (const { record, info } of records as AsyncIterable<{
          record: string[];
          info: { lines: number };
        }>) {
          aggregator.add(record, info.lines);
        }
      },
    );
  } catch (error) {
    if (error instanceof CsvProblem) throw new Invalid("file", error.message);
    if (error instanceof Error && "code" in error && String(error.code).startsWith("CSV_")) {
      throw new Invalid("file", `the file is not valid CSV: ${error.message}`);
    }
    throw error;
  }
  try {
    return { groups: aggregator.finish(), rowCount: aggregator.rowCount };
  } catch (error) {
    if (error instanceof CsvProblem) throw new Invalid("file", error.message);
    throw error;
  }
}

/**
 * Imports a survey CSV against a ladder: checks the ladder and mapping, streams the body, then writes the
 * import and its bands in one transaction (or nothing on a dry run or any error).
 */
export async function importSalaries(
  db: Db,
  actor: Actor,
  input: ImportSalariesInput,
  body: Readable | AsyncIterable<Uint8Array>,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const ladder = await visibleLadder(db, actor, input.ladderId);
  const defaults = defaultLevelMapping(ladder.levels);
  if (!defaults) throw new Invalid("ladderId", "this ladder has no levels to map salaries onto");
  const mapping = { ...defaults, ...input.levelMapping };
  for (const code of EXPERIENCE_LEVELS) {
    if (!ladder.levels.some((level) => level.id === mapping[code])) {
      throw new Invalid(`levelMapping.${code}`, "choose a level of this ladder");
    }
  }

  const { groups, rowCount } = await aggregateSurvey(body, options);
  const bands = bandsOf(groups, mapping);
  const source = input.source ?? DEFAULT_SOURCE;
  const summary = { ladderId: ladder.id, fileName: input.fileName, rowCount, levelMapping: mapping, bands };
  if (input.dryRun) return { ...summary, importId: null, dryRun: true };

  const importId = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(salaryImports)
      .values({
        userId: actor.userId,
        ladderId: ladder.id,
        fileName: input.fileName,
        source,
        licence: input.licence ?? null,
        rowCount,
        levelMapping: mapping,
      })
      .returning({ id: salaryImports.id });
    if (!created) throw new Error("salary import was not created");
    for (let start = 0; start < bands.length; start += INSERT_BATCH) {
      await tx.insert(salaryBands).values(
        bands
          .slice(start, start + INSERT_BATCH)
          .map(({ experienceLevels: _codes, warning: _warning, ...band }) => ({
            ...band,
            userId: actor.userId,
            ladderId: ladder.id,
            importId: created.id,
            source,
            licence: input.licence ?? null,
          })),
      );
    }
    return created.id;
  });
  return { ...summary, importId, dryRun: false };
}

/** Pools the survey groups by mapped ladder level, country and year, then takes percentiles. */
function bandsOf(groups: SampleGroup[], mapping: Record<ExperienceLevel, string>): ImportedBand[] {
  const pooled = new Map<
    string,
    { levelId: string; codes: ExperienceLevel[]; region: string; year: number; values: number[] }
  >();
  for (const group of groups) {
    const levelId = mapping[group.level];
    const key = `${levelId}|${group.region}|${group.year}`;
    const entry = pooled.get(key) ?? {
      levelId,
      codes: [],
      region: group.region,
      year: group.year,
      values: [],
    };
    entry.codes.push(group.level);
    for (const value of group.values) entry.values.push(value);
    pooled.set(key, entry);
  }
  return [...pooled.values()]
    .map((entry) => ({
      levelId: entry.levelId,
      experienceLevels: EXPERIENCE_LEVELS.filter((code) => entry.codes.includes(code)),
      region: entry.region,
      year: entry.year,
      currency: "USD" as const,
      ...minorPercentiles(entry.values),
      sampleSize: entry.values.length,
      warning:
        entry.values.length < SMALL_SAMPLE
          ? `only ${entry.values.length} salaries (fewer than ${SMALL_SAMPLE}): treat as indicative`
          : null,
    }))
    .sort((a, b) => b.sampleSize - a.sampleSize || a.region.localeCompare(b.region) || b.year - a.year);
}

function minorPercentiles(values: number[]) {
  const { p10, p25, p50, p75, p90 } = percentilesMinor(values);
  return { p10Minor: p10, p25Minor: p25, p50Minor: p50, p75Minor: p75, p90Minor: p90 };
}
