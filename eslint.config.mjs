import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";
import { boundaries } from "./lint/boundaries.mjs";

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      ".data/**",
      "db/migrations/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      ".test-results/**",
    ],
  },
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Configuration is validated in one place; everything else asks server/env.ts.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through env() in server/env.ts." },
      ],
    },
  },
  {
    files: ["server/env.ts", "scripts/**", "tests/**", "bench/**", "*.config.*", "drizzle.config.ts"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // The layout's boundaries (lint/boundaries.mjs): what lib/, components/, client files and db/ may import.
    files: ["**/*.{ts,tsx,mts}"],
    plugins: { boundaries },
    // Import cycles are found by tests/unit/platform/import-cycles.test.ts (dpdm: seconds, where import/no-cycle took minutes).
    rules: { "boundaries/imports": "error" },
  },
  {
    files: ["server/**/*.{ts,tsx}"],
    rules: { "boundaries/server-only": "error" },
  },
);
