import "server-only";
import { Readable, Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parse } from "csv-parse";
import { sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { salaryBands, salaryImports } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { defaultLevelMapping, EXPERIENCE_LEVELS, type ExperienceLevel } from "@/lib/salaries/bands";
import {
  bandsOfPooled,
  CsvProblem,
  type ImportResult,
  MAX_IMPORT_BYTES,
  type PooledGroup,
  SurveyReader,
  type SurveyRow,
} from "@/lib/salaries/survey-csv";
import { Invalid } from "@/lib/errors";
import type { ImportSalariesInput } from "@/lib/salaries/inputs";
import { ladderWithLevels } from "./bands";

const DEFAULT_SOURCE = "salary survey CSV";
const INSERT_BATCH = 500;
/** Rows per multi-row INSERT into the scratch table: 4 parameters each, well under the 65,535 limit. */
const ROW_BATCH = 1_000;

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

/** Streams the survey's validated rows into `salary_import_rows`, 1,000 per INSERT; returns the row count. */
async function streamRows(
  tx: Tx,
  body: Readable | AsyncIterable<Uint8Array>,
  options: ImportOptions,
): Promise<number> {
  const reader = new SurveyReader();
  const parser = parse({ bom: true, skip_empty_lines: true, relax_column_count: true, info: true });
  const source = body instanceof Readable ? body : Readable.from(body);
  try {
    await pipeline(
      source,
      byteCap(options.maxBytes ?? MAX_IMPORT_BYTES, options.onProgress),
      parser,
      async (records) => {
        let batch: SurveyRow[] = [];
        for await (const { record, info } of records as AsyncIterable<{
          record: string[];
          info: { lines: number };
        }>) {
          const row = reader.read(record, info.lines);
          if (row) batch.push(row);
          if (batch.length >= ROW_BATCH) {
            await insertRows(tx, batch);
            batch = [];
          }
        }
        if (batch.length > 0) await insertRows(tx, batch);
      },
    );
    reader.finish();
  } catch (error) {
    if (error instanceof CsvProblem) throw new Invalid("file", error.message);
    if (error instanceof Error && "code" in error && String(error.code).startsWith("CSV_")) {
      throw new Invalid("file", `the file is not valid CSV: ${error.message}`);
    }
    throw error;
  }
  return reader.rowCount;
}

async function insertRows(tx: Tx, rows: readonly SurveyRow[]): Promise<void> {
  const values = rows.map((row) => sql`(${row.level}, ${row.region}, ${row.year}, ${row.salary})`);
  await tx.execute(
    sql`insert into salary_import_rows (code, region, year, salary_in_usd) values ${sql.join(values, sql`, `)}`,
  );
}

/** R-7 percentiles (percentile_cont) and counts per mapped ladder level, country and year, in the database. */
async function pooledGroups(tx: Tx, mapping: Record<ExperienceLevel, string>): Promise<PooledGroup[]> {
  const levels = sql.join(
    EXPERIENCE_LEVELS.map((code) => sql`(${code}::text, ${mapping[code]}::text)`),
    sql`, `,
  );
  const result: unknown = await tx.execute(sql`
    select level_id as "levelId", codes, region, year, n,
      p[1] as p10, p[2] as p25, p[3] as p50, p[4] as p75, p[5] as p90
    from (
      select m.level_id, r.region, r.year, count(*)::int as n,
        string_agg(distinct r.code, ',') as codes,
        percentile_cont('{0.1,0.25,0.5,0.75,0.9}'::float8[]) within group (order by r.salary_in_usd) as p
      from salary_import_rows r join (values ${levels}) as m(code, level_id) on m.code = r.code
      group by m.level_id, r.region, r.year
    ) pooled`);
  return (Array.isArray(result) ? result : (result as { rows: PooledGroup[] }).rows) as PooledGroup[];
}

/** Thrown to roll a dry run back once its bands are computed. */
class DryRun extends Error {
  constructor(readonly result: ImportResult) {
    super("dry run");
  }
}

/**
 * Imports a survey CSV against a ladder: checks the ladder and mapping, then in one transaction streams the
 * rows into a scratch table, takes the percentiles in SQL and writes the import and its bands (a dry run or
 * any error rolls everything back). Node holds one batch of rows at a time, whatever the file size.
 */
export async function importSalaries(
  db: Db,
  actor: Actor,
  input: ImportSalariesInput,
  body: Readable | AsyncIterable<Uint8Array>,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const ladder = await ladderWithLevels(db, actor, input.ladderId);
  const defaults = defaultLevelMapping(ladder.levels);
  if (!defaults) throw new Invalid("ladderId", "this ladder has no levels to map salaries onto");
  const mapping = { ...defaults, ...input.levelMapping };
  for (const code of EXPERIENCE_LEVELS) {
    if (!ladder.levels.some((level) => level.id === mapping[code])) {
      throw new Invalid(`levelMapping.${code}`, "choose a level of this ladder");
    }
  }
  const source = input.source ?? DEFAULT_SOURCE;

  try {
    return await db.transaction(async (tx) => {
      await tx.execute(sql`create temporary table salary_import_rows (
        code text not null, region text not null, year integer not null, salary_in_usd double precision not null
      ) on commit drop`);
      const rowCount = await streamRows(tx, body, options);
      const bands = bandsOfPooled(await pooledGroups(tx, mapping));
      const summary = {
        ladderId: ladder.id,
        fileName: input.fileName,
        rowCount,
        levelMapping: mapping,
        bands,
      };
      if (input.dryRun) throw new DryRun({ ...summary, importId: null, dryRun: true });

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
      return { ...summary, importId: created.id, dryRun: false };
    });
  } catch (error) {
    if (error instanceof DryRun) return error.result;
    throw error;
  }
}
