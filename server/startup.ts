import "server-only";
import { closeDb, dbHandle } from "./db";
import { env, EnvError } from "./env";
import { logger } from "./logger";
import { ensureDemoAccount } from "@/server/account/demo";

const SHUTDOWN_HOOK = Symbol.for("trajectory.shutdown");

function fail(message: string): never {
  // Plain stderr as well as the log: this is what a person starting the server reads.
  console.error(`\n  Trajectory cannot start: ${message}\n`);
  process.exit(1);
}

/** Runs once per server process: validates env, opens (and migrates) the database, seeds the demo. */
export async function startServer(): Promise<void> {
  let config;
  try {
    config = env();
  } catch (error) {
    if (error instanceof EnvError) fail(error.message);
    throw error;
  }
  let handle;
  try {
    handle = await dbHandle();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  (globalThis as Record<symbol, unknown>)[SHUTDOWN_HOOK] = closeDb;

  const embedded = handle.driver === "pglite";
  if (config.DEMO_ACCOUNT ?? embedded) {
    const demo = await ensureDemoAccount(handle.db, config.DATA_DIR);
    if ("password" in demo) console.log(`\n  Demo account: ${demo.email}  password: ${demo.password}\n`);
    else logger().warn({ email: demo.email }, `no demo account: ${demo.skipped}`);
  }
  logger().info({ driver: handle.driver }, "trajectory started");
}
