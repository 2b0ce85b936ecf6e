import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// Ports are configurable because other things on the machine may hold the defaults.
const port = Number(process.env.E2E_PORT ?? 3100);
const pgPort = Number(process.env.E2E_PG_PORT ?? 3101);
// A fresh embedded data dir per run; workers inherit it through the environment.
process.env.E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "trajectory-e2e-"));
const postgresUrl = process.env.E2E_DATABASE_URL;
// Shared with tests/e2e/instances.spec.ts, whose second server must read the first one's cookies.
process.env.E2E_PG_AUTH_SECRET ??= "e2e-secret-e2e-secret-e2e-secret-e2e-secret";

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};

const server = (serverPort: number, env: Record<string, string>) => ({
  command: "node scripts/server.mjs",
  url: `http://127.0.0.1:${serverPort}/api/health`,
  reuseExistingServer: false,
  timeout: 120_000,
  stdout: "pipe" as const,
  env: {
    PORT: String(serverPort),
    HOST: "127.0.0.1",
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    // Every browser test signs up from 127.0.0.1; the limit itself is tested in tests/integration/account.
    SIGNUPS_PER_ADDRESS_PER_HOUR: "100000",
    SIGNUPS_PER_HOUR: "100000",
    // Open on both databases (PostgreSQL's default is by invitation): tests/e2e/admin.spec.ts tries the others.
    SIGNUP: "open",
    ...env,
  },
});

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  // Journeys run two browsers against one server on a shared 2-core machine; under load they took 2.5x longer.
  timeout: 180_000,
  expect: { timeout: 15_000 },
  use: { trace: "retain-on-failure" },
  projects: [
    {
      name: "pglite",
      use: { ...chromium, baseURL: `http://127.0.0.1:${port}` },
      grepInvert: /@postgres-only/,
    },
    ...(postgresUrl
      ? [
          {
            name: "postgres",
            use: { ...chromium, baseURL: `http://127.0.0.1:${pgPort}` },
            grepInvert: /@embedded-only/,
          },
        ]
      : []),
  ],
  webServer: [
    server(port, { DATA_DIR: process.env.E2E_DATA_DIR }),
    ...(postgresUrl
      ? [
          server(pgPort, {
            DATABASE_URL: postgresUrl,
            AUTH_SECRET: process.env.E2E_PG_AUTH_SECRET,
            DATA_DIR: `${process.env.E2E_DATA_DIR}-pg`,
          }),
        ]
      : []),
  ],
});
