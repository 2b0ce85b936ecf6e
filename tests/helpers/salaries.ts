import path from "node:path";
import { Readable } from "node:stream";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { salaryBands, salaryImports } from "@/db/schema";

export const DEVOPS_CSV = path.resolve(process.cwd(), "../shared/data/devops-salaries/salaries.csv");

export const SURVEY_HEADER =
  "work_year,experience_level,employment_type,job_title,salary,salary_currency,salary_in_usd,employee_residence,remote_ratio,company_location,company_size";

/** A body stream of this text in small chunks, as a request would arrive. */
export function bodyOf(text: string, chunkSize = 1024): Readable {
  const buffer = Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let start = 0; start < buffer.length; start += chunkSize)
    chunks.push(buffer.subarray(start, start + chunkSize));
  return Readable.from(chunks);
}

/** A survey CSV of these rows: [year, level, usd, country]. */
export function surveyCsv(
  rows: readonly (readonly [number | string, string, number | string, string])[],
): string {
  const lines = rows.map(
    ([year, level, usd, country]) =>
      `${year},${level},FT,Backend Engineer,${usd},USD,${usd},${country},0,${country},M`,
  );
  return [SURVEY_HEADER, ...lines].join("\n") + "\n";
}

export async function countSalaryRows(db: Db): Promise<{ imports: number; bands: number }> {
  const [imports] = await db.select({ n: sql<number>`count(*)::int` }).from(salaryImports);
  const [bands] = await db.select({ n: sql<number>`count(*)::int` }).from(salaryBands);
  return { imports: Number(imports?.n ?? 0), bands: Number(bands?.n ?? 0) };
}
