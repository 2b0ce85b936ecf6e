import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

/** The one database type every service takes, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DbDriver = "pglite" | "postgres";

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
}

const casing = "snake_case" as const;

export async function openPglite(options: PgliteOptions = {}): Promise<DbHandle> {
  const client = await PGlite.create({ dataDir: options.dataDir, loadDataDir: options.loadDataDir });
  const db = drizzlePglite({ client, schema, casing });
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
}

export function openPostgres(url: string, options: PostgresOptions = {}): DbHandle {
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connection: options.connection,
  });
  const db = drizzlePostgres({ client, schema, casing });
  return { db, driver: "postgres", close: () => client.end({ timeout: 5 }) };
}

/** Reaches the raw PGlite client, for snapshots in tests. */
export function pgliteClientOf(db: Db): PGlite | undefined {
  const client = (db as { $client?: unknown }).$client;
  return client instanceof PGlite ? client : undefined;
}
