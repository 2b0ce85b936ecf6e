// `npm run db:migrate`: applies db/migrations to DATABASE_URL, or to the embedded database in DATA_DIR.
import { openPglite, openPostgres } from "../db/client";
import { runMigrations } from "../db/migrate";
import { lockDataDir } from "../db/pglite-lock";
import { env } from "../server/env";

async function main(): Promise<void> {
  const { DATABASE_URL, pgliteDir } = env();
  if (DATABASE_URL) {
    const handle = openPostgres(DATABASE_URL, { max: 1 });
    try {
      await runMigrations(handle);
    } finally {
      await handle.close();
    }
    console.log(`migrated ${new URL(DATABASE_URL).pathname.slice(1) || "the database"} on PostgreSQL`);
    return;
  }
  const release = lockDataDir(pgliteDir);
  try {
    const handle = await openPglite({ dataDir: pgliteDir });
    await runMigrations(handle);
    await handle.close();
  } finally {
    release();
  }
  console.log(`migrated the embedded database in ${pgliteDir}`);
}

main().catch((error: unknown) => {
  console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
