import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";

/** A port nobody holds right now; other test servers on the machine pick theirs the same way. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export interface SpawnedServer {
  url: string;
  stop(): Promise<void>;
}

type ServerEnv = Record<string, string | undefined>;

/**
 * One more app server of the built app, on a free port and a data dir of its own, ready when this returns.
 * `env` may be a function of the server's URL, for settings that name it (AUTH_URL).
 */
export async function spawnServer(env: ServerEnv | ((url: string) => ServerEnv)): Promise<SpawnedServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { AUTH_SECRET: _secret, DATABASE_URL: _database, ...inherited } = process.env;
  const child = spawn(process.execPath, ["scripts/server.mjs"], {
    env: {
      ...inherited,
      DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "trajectory-spawned-")),
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      SIGNUP: "open",
      ...(typeof env === "function" ? env(url) : env),
    },
    stdio: "ignore",
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  await expect
    .poll(async () => (await fetch(`${url}/api/health`).catch(() => null))?.status, { timeout: 90_000 })
    .toBe(200);
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
