import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

// These start extra servers on the embedded database, so they run once, on the PGlite project.
test.describe.configure({ mode: "serial" });

const sparePort = Number(process.env.E2E_SPARE_PORT ?? 3102);

interface Started {
  exited: Promise<number | null>;
  output: () => string;
  kill: (signal: NodeJS.Signals) => void;
  waitFor: (text: string, timeoutMs?: number) => Promise<void>;
}

function startServer(dataDir: string, port: number, extraEnv: Record<string, string> = {}): Started {
  const { AUTH_SECRET: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, ["scripts/server.mjs"], {
    env: {
      ...inherited,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    exited,
    output: () => output,
    kill: (signal) => child.kill(signal),
    waitFor: async (text, timeoutMs = 60_000) => {
      const deadline = Date.now() + timeoutMs;
      while (!output.includes(text)) {
        if (Date.now() > deadline || child.exitCode !== null)
          throw new Error(`never printed "${text}":\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}

test("a second server on the same data dir exits with a clear error; the first keeps serving @embedded-only", async ({
  request,
}) => {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error("E2E_DATA_DIR is set by playwright.config.ts");
  const second = startServer(dataDir, sparePort);
  expect(await second.exited).toBe(1);
  expect(second.output()).toMatch(
    new RegExp(
      `data dir ${path.join(dataDir, "pglite").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is in use by process \\d+`,
    ),
  );

  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ ok: true, database: "up" });
});

test("SIGTERM closes the embedded database cleanly and the data survives a restart @embedded-only", async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "trajectory-shutdown-"));
  const first = startServer(dataDir, sparePort);
  await first.waitFor("Trajectory is ready");
  const password = /password: (\S+)/.exec(first.output())?.[1];
  expect(password).toBeTruthy();
  expect(fs.existsSync(path.join(dataDir, "pglite.lock"))).toBe(true);

  first.kill("SIGTERM");
  expect(await first.exited).toBe(0);
  expect(first.output()).toContain("stopped cleanly");
  expect(fs.existsSync(path.join(dataDir, "pglite.lock"))).toBe(false);

  const again = startServer(dataDir, sparePort);
  await again.waitFor("Trajectory is ready");
  expect(again.output()).toContain(`password: ${password}`);
  const health = await fetch(`http://127.0.0.1:${sparePort}/api/health`);
  expect(health.status).toBe(200);
  again.kill("SIGINT");
  expect(await again.exited).toBe(0);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test("production on PostgreSQL refuses to start without AUTH_SECRET @embedded-only", async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "trajectory-nosecret-"));
  const server = startServer(dataDir, sparePort, { DATABASE_URL: "postgres://nobody@127.0.0.1:9/none" });
  expect(await server.exited).toBe(1);
  expect(server.output()).toContain("Trajectory cannot start: Invalid environment variables");
  expect(server.output()).toMatch(/AUTH_SECRET: is required when DATABASE_URL is set in production/);
  fs.rmSync(dataDir, { recursive: true, force: true });
});
