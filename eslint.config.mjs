import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

const layerMessage =
  "Client code must not reach the database or services; call a tRPC procedure or a server action instead.";

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
    // Pages and components reach data through tRPC (or server actions and route handlers, the app's own
    // thin entry points), so nothing that can end up in a client bundle imports the database or services.
    files: ["components/**/*.{ts,tsx}", "app/**/*.{ts,tsx}"],
    ignores: ["app/**/actions.ts", "app/api/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/db", "@/db/*", "**/db/*"], message: layerMessage },
            {
              group: ["@/server/services", "@/server/services/*", "**/server/services/*"],
              message: layerMessage,
            },
            { group: ["@/server/db", "**/server/db"], message: layerMessage },
          ],
        },
      ],
    },
  },
);
