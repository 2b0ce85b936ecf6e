import { PGlite } from "@electric-sql/pglite";
import type { Logger, SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

/** The one database type every service takes, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A transaction handle, and "either": services that work inside or outside a transaction take DbOrTx. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

type DbDriver = "pglite" | "postgres";

export interface DbHandle {
  db: Db;
  driver: DbDriver;
  close(): Promise<void>;
}

export interface PgliteOptions {
  /** A directory on disk; omitted means in memory. */
  dataDir?: string;
  /** A tarball from `dumpDataDir`, used by tests to start from a migrated snapshot. */
  loadDataDir?: Blob;
  /** Sees every query; tests count database round trips with it. */
  logger?: Logger;
}

const casing = "snake_case" as const;

export async function openPglite(options: PgliteOptions = {}): Promise<DbHandle> {
  const client = await PGlite.create({ dataDir: options.dataDir, loadDataDir: options.loadDataDir });
  const db = drizzlePglite({ client, schema, casing, logger: options.logger });
  return {
    db,
    driver: "pglite",
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}

export interface PostgresOptions {
  max?: number;
  /** Extra connection parameters, e.g. a search_path for per-file test schemas. */
  connection?: Record<string, string>;
  logger?: Logger;
}

export function openPostgres(url: string, options: PostgresOptions = {}): DbHandle {
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connection: options.connection,
  });
  const db = drizzlePostgres({ client, schema, casing, logger: options.logger });
  return { db, driver: "postgres", close: () => client.end({ timeout: 5 }) };
}

/** Reaches the raw PGlite client, for snapshots in tests. */
export function pgliteClientOf(db: Db): PGlite | undefined {
  const client = (db as { $client?: unknown }).$client;
  return client instanceof PGlite ? client : undefined;
}

/**
 * Rows of a raw SQL query, whichever driver ran it (PGlite answers `{ rows }`, postgres-js an array).
 * Raw queries cast dates and numbers to text/float8 so both drivers return the same types.
 */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
