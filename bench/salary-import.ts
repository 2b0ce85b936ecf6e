/**
 * Salary import benchmark: 100,000 survey rows through the streaming import on an in-memory PGlite,
 * against a plain batched INSERT of the same rows, then the live heap at 25k / 100k / 400k rows.
 * Run: npx tsx --expose-gc bench/salary-import.ts
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openPglite, type Db } from "../db/client";
import { runMigrations } from "../db/migrate";
import { ladderLevels, ladders, users } from "../db/schema";
import { importSalaries } from "@/server/salaries/import";
import { importSalariesInput } from "@/lib/salaries/inputs";

const ROWS = 100_000;
const RUNS = 3;
const BATCH = 1_000;
const HEADER =
  "work_year,experience_level,employment_type,job_title,salary,salary_currency,salary_in_usd,employee_residence,remote_ratio,company_location,company_size";
const LEVELS = ["EN", "MI", "SE", "EX"];
const COUNTRIES = ["US", "GB", "DE", "FR", "CA", "IN", "NL", "ES", "PL", "BR", "AU", "JP", "SE", "CH", "IE"];

type Row = [number, string, string, string, number, string, number, string, number, string, string];

function makeRows(count = ROWS): Row[] {
  let seed = 42;
  const rand = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
  return Array.from({ length: count }, () => {
    const country = COUNTRIES[rand(COUNTRIES.length)] ?? "US";
    const usd = 30_000 + rand(220_000);
    return [
      2020 + rand(6),
      LEVELS[rand(4)] ?? "SE",
      "FT",
      "Backend Engineer",
      usd,
      "USD",
      usd,
      country,
      50,
      country,
      "M",
    ];
  });
}

/** Peak RSS and heap while `work` runs, sampled every 5 ms. */
async function measured<T>(work: () => Promise<T>) {
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    rss = Math.max(rss, usage.rss);
    heap = Math.max(heap, usage.heapUsed);
  };
  sample();
  const startHeap = heap;
  const timer = setInterval(sample, 5);
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  clearInterval(timer);
  sample();
  return { result, ms, rss, heap, heapGrowth: heap - startHeap };
}

/** The baseline: the same rows, already in memory, INSERTed in batches; returns the insert time only. */
async function baselineInsert(db: Db): Promise<number> {
  const rows = makeRows();
  const started = performance.now();
  await db.execute(sql`drop table if exists bench_rows`);
  await db.execute(sql`create temp table bench_rows (
    work_year int, experience_level text, employment_type text, job_title text, salary numeric,
    salary_currency text, salary_in_usd numeric, employee_residence text, remote_ratio int,
    company_location text, company_size text)`);
  for (let start = 0; start < rows.length; start += BATCH) {
    const values = rows.slice(start, start + BATCH).map(
      (row) =>
        sql`(${sql.join(
          row.map((cell) => sql`${cell}`),
          sql`, `,
        )})`,
    );
    await db.execute(sql`insert into bench_rows values ${sql.join(values, sql`, `)}`);
  }
  return performance.now() - started;
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Live heap (after a full GC every 25 ms) while `work` runs, above the live heap before it: what the import keeps. */
async function retained(work: () => Promise<unknown>): Promise<{ heap: number; rss: number }> {
  gc?.();
  const start = process.memoryUsage();
  let heap = start.heapUsed;
  let rss = start.rss;
  const timer = setInterval(() => {
    gc?.();
    const usage = process.memoryUsage();
    heap = Math.max(heap, usage.heapUsed);
    rss = Math.max(rss, usage.rss);
  }, 25);
  await work();
  clearInterval(timer);
  return { heap: heap - start.heapUsed, rss: rss - start.rss };
}

function writeCsv(file: string, rows: number) {
  fs.writeFileSync(file, [HEADER, ...makeRows(rows).map((row) => row.join(","))].join("\n") + "\n");
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main() {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "salary-bench-")), "survey.csv");
  // Written then dropped: only the file exists while the import runs.
  writeCsv(file, ROWS);
  console.log(`CSV: ${ROWS.toLocaleString("en-US")} rows, ${mb(fs.statSync(file).size)} at ${file}`);

  const handle = await openPglite();
  await runMigrations(handle);
  const { db } = handle;
  const [user] = await db.insert(users).values({ email: "bench@example.com", name: "Bench" }).returning();
  const [ladder] = await db
    .insert(ladders)
    .values({ userId: user?.id, name: "Bench", source: "trajectory-json" })
    .returning();
  if (!user || !ladder) throw new Error("setup failed");
  await db.insert(ladderLevels).values(
    ["junior", "mid", "senior", "staff"].map((key, position) => ({
      ladderId: ladder.id,
      key,
      name: key,
      position,
    })),
  );
  const actor = { userId: user.id, email: user.email };
  const input = importSalariesInput.parse({ ladderId: ladder.id, fileName: "survey.csv" });

  const results: {
    importMs: number;
    baseMs: number;
    rss: number;
    heap: number;
    growth: number;
    bands: number;
  }[] = [];
  for (let run = 1; run <= RUNS; run += 1) {
    gc?.();
    const imported = await measured(() => importSalaries(db, actor, input, fs.createReadStream(file)));
    const baseMs = await baselineInsert(db);
    results.push({
      importMs: imported.ms,
      baseMs,
      rss: imported.rss,
      heap: imported.heap,
      growth: imported.heapGrowth,
      bands: imported.result.bands.length,
    });
    console.log(
      `run ${run}: import ${imported.ms.toFixed(0)} ms (${Math.round(ROWS / (imported.ms / 1000)).toLocaleString("en-US")} rows/s, ${imported.result.bands.length} bands), ` +
        `baseline INSERT ${baseMs.toFixed(0)} ms, ratio ${(imported.ms / baseMs).toFixed(2)}×, peak RSS ${mb(imported.rss)}, peak heap ${mb(imported.heap)} (+${mb(imported.heapGrowth)} during the import)`,
    );
  }
  const importMs = median(results.map((r) => r.importMs));
  const baseMs = median(results.map((r) => r.baseMs));
  console.log(
    `median of ${RUNS}: import ${importMs.toFixed(0)} ms = ${Math.round(ROWS / (importMs / 1000)).toLocaleString("en-US")} rows/s; ` +
      `baseline ${baseMs.toFixed(0)} ms = ${Math.round(ROWS / (baseMs / 1000)).toLocaleString("en-US")} rows/s; ` +
      `ratio ${(importMs / baseMs).toFixed(2)}× (goal ≤ 2×); peak RSS ${mb(median(results.map((r) => r.rss)))}, ` +
      `peak heap ${mb(median(results.map((r) => r.heap)))} (+${mb(median(results.map((r) => r.growth)))} during the import)`,
  );
  // Live memory at two file sizes: flat means the same few MB for 4× the rows (needs --expose-gc).
  for (const rows of [ROWS / 4, ROWS, ROWS * 4]) {
    writeCsv(file, rows);
    const growth = await retained(() => importSalaries(db, actor, input, fs.createReadStream(file)));
    console.log(
      `import of ${rows.toLocaleString("en-US")} rows (${mb(fs.statSync(file).size)}): live heap +${mb(growth.heap)} (full GC every 25 ms), RSS +${mb(growth.rss)}`,
    );
  }
  await handle.close();
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

void main();
