import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestInfo } from "@playwright/test";
import postgres from "postgres";

/**
 * Nobody waits seven days: the test ages an invitation in the database. On PostgreSQL it connects to the
 * project's database; the embedded database is held by its server, so on PGlite the test runs its own
 * server on a fresh data dir and stops it while it edits the row (no test-only route in the app).
 */
export interface ExpirableServer {
  baseURL: string;
  /** Moves every invitation of this mentee a minute into the past. */
  expireInvitationsOf(menteeEmail: string): Promise<void>;
  close(): Promise<void>;
}

const EXPIRE_SQL = `update invitations set expires_at = now() - interval '1 minute'
  where mentee_id = (select id from users where email = $1)`;

function startServer(dataDir: string, port: number) {
  const { AUTH_SECRET: _ignored, DATABASE_URL: _none, ...inherited } = process.env;
  const child = spawn(process.execPath, ["scripts/server.mjs"], {
    env: { ...inherited, DATA_DIR: dataDir, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const ready = (async () => {
    const deadline = Date.now() + 60_000;
    while (!output.includes("Trajectory is ready")) {
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`server never started:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  };
  return { ready, stop };
}

/** A port nobody holds right now; other test servers on the machine pick theirs the same way. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function embeddedServer(): Promise<ExpirableServer> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "trajectory-expiry-"));
  let server = startServer(dataDir, port);
  await server.ready;
  return {
    baseURL: `http://127.0.0.1:${port}`,
    async expireInvitationsOf(menteeEmail) {
      await server.stop();
      const db = await PGlite.create({ dataDir: path.join(dataDir, "pglite") });
      await db.query(EXPIRE_SQL, [menteeEmail]);
      await db.close();
      server = startServer(dataDir, port);
      await server.ready;
    },
    async close() {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function postgresServer(baseURL: string, url: string): ExpirableServer {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  return {
    baseURL,
    async expireInvitationsOf(menteeEmail) {
      await sql.unsafe(EXPIRE_SQL, [menteeEmail]);
    },
    close: () => sql.end(),
  };
}

export async function expirableServer(testInfo: TestInfo): Promise<ExpirableServer> {
  const databaseUrl = process.env.E2E_DATABASE_URL;
  const baseURL = testInfo.project.use.baseURL;
  if (testInfo.project.name === "postgres" && databaseUrl && baseURL)
    return postgresServer(baseURL, databaseUrl);
  return embeddedServer();
}
