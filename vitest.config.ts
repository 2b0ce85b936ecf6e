import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // server-only throws outside React Server Components; tests are plain server code.
  "server-only": path.resolve(import.meta.dirname, "tests/helpers/server-only.ts"),
};

const integration = (name: string, driver: "pglite" | "postgres") => ({
  resolve: { alias },
  test: {
    name,
    include: ["tests/integration/**/*.test.ts"],
    exclude: ["tests/integration/**/*.redis.test.ts"],
    environment: "node",
    globalSetup: [`tests/setup/global-${driver}.ts`],
    env: { TEST_DB_DRIVER: driver },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          // next-auth imports "next/server" without an extension, which only Vite's resolver finds.
          server: { deps: { inline: ["next-auth"] } },
        },
      },
      integration("integration", "pglite"),
      // The same suite on a real PostgreSQL server when one is given.
      ...(process.env.TEST_DATABASE_URL ? [integration("integration-postgres", "postgres")] : []),
      // The rate-limit store on a real Redis when one is given (npm test starts one when redis-server exists).
      ...(process.env.TEST_REDIS_URL
        ? [
            {
              resolve: { alias },
              test: {
                name: "integration-redis",
                include: ["tests/integration/**/*.redis.test.ts"],
                environment: "node",
              },
            },
          ]
        : []),
    ],
  },
});
