import crypto from "node:crypto";
import fs from "node:fs";
import type { Logger } from "drizzle-orm";
import postgres from "postgres";
import { inject } from "vitest";
import { openPglite, openPostgres, type DbHandle } from "../../db/client";
import { databaseUrl } from "./postgres-url";

/**
 * A database of this test file's own, already migrated: an in-memory PGlite loaded from the
 * snapshot, or a PostgreSQL database cloned from the migrated template. Close it in afterAll.
 */
export async function createTestDb(options: { logger?: Logger } = {}): Promise<DbHandle> {
  if (process.env.TEST_DB_DRIVER === "postgres") return createPostgresDb(options);
  const snapshot = fs.readFileSync(inject("pgliteSnapshot"));
  return openPglite({ loadDataDir: new Blob([snapshot]), logger: options.logger });
}

async function createPostgresDb(options: { logger?: Logger }): Promise<DbHandle> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `trajectory_test_${crypto.randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name} template ${inject("postgresTemplate")}`);
  const handle = openPostgres(databaseUrl(serverUrl, name), { max: 4, logger: options.logger });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
