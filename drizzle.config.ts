import { defineConfig } from "drizzle-kit";

// Generation needs no database; `npm run db:migrate` applies the files with our own migrator.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
  strict: true,
  verbose: true,
});
