import "server-only";
import fs from "node:fs";
import { openPglite, openPostgres, type Db, type DbHandle } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { lockDataDir } from "@/db/pglite-lock";
import { env } from "./env";
import { logger } from "./logger";

interface ProcessDb {
  handle: Promise<DbHandle>;
  release?: () => void;
}

// Next bundles instrumentation and routes separately; globalThis is what they share.
const globalForDb = globalThis as unknown as { trajectoryDb?: ProcessDb };

async function openProcessDb(state: Partial<ProcessDb>): Promise<DbHandle> {
  const { DATABASE_URL, pgliteDir } = env();
  if (DATABASE_URL) return openPostgres(DATABASE_URL);
  state.release = lockDataDir(pgliteDir);
  fs.mkdirSync(pgliteDir, { recursive: true });
  const handle = await openPglite({ dataDir: pgliteDir });
  // The embedded database has no operator to run migrations, so it migrates itself.
  await runMigrations(handle);
  logger().info({ dataDir: pgliteDir }, "embedded database ready");
  return handle;
}

/** The process-wide database handle, opened on first use. */
export function dbHandle(): Promise<DbHandle> {
  if (!globalForDb.trajectoryDb) {
    const state: Partial<ProcessDb> = {};
    state.handle = openProcessDb(state);
    globalForDb.trajectoryDb = state as ProcessDb;
    state.handle.catch(() => {
      state.release?.();
      globalForDb.trajectoryDb = undefined;
    });
  }
  return globalForDb.trajectoryDb.handle;
}

export async function getDb(): Promise<Db> {
  return (await dbHandle()).db;
}

/** Closes the database and releases the data dir lock; called on shutdown. */
export async function closeDb(): Promise<void> {
  const state = globalForDb.trajectoryDb;
  if (!state) return;
  globalForDb.trajectoryDb = undefined;
  try {
    await (await state.handle).close();
  } finally {
    state.release?.();
  }
}
