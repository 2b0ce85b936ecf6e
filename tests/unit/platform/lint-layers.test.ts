import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  // The snippets import names only to show the rule; that they go unused is not what is tested.
  return (result?.messages ?? [])
    .map((message) => message.ruleId ?? message.message)
    .filter((rule) => rule !== "@typescript-eslint/no-unused-vars");
}

const BOUNDARY = "boundaries/imports";

describe("lint keeps the layers apart", () => {
  it("lets components import only lib/ and components/", async () => {
    const refused = [
      `import { users } from "@/db/schema";`,
      `import { signUp } from "@/server/account/account";`,
      `import { env } from "../../server/env";`,
      `import fs from "node:fs";`,
      `import { drizzle } from "drizzle-orm";`,
      `import { appRouter } from "@/server/trpc/root";`,
      `import type { AppRouter } from "@/server/trpc/root";`,
      `import { LevelsTabs } from "@/app/(app)/levels/_components/levels-tabs";`,
    ];
    for (const line of refused) {
      expect(await ruleIds(`${line}\nexport const x = 1;\n`, "components/skills/example.tsx"), line).toEqual([
        BOUNDARY,
      ]);
    }
    const allowed = `import type { RouterOutputs } from "@/components/trpc/types";\nimport { formatDate } from "@/lib/dates";\nimport { Button } from "@/components/ui/button";\nimport { useState } from "react";\nexport type R = RouterOutputs;\nexport const x = [formatDate, Button, useState];\n`;
    expect(await ruleIds(allowed, "components/skills/example.tsx")).toEqual([]);
  });

  it("lets one file hold the router's type for the browser, as a type only", async () => {
    const typeOnly = `import type { AppRouter } from "@/server/trpc/root";\nexport type { AppRouter };\n`;
    expect(await ruleIds(typeOnly, "components/trpc/types.ts")).toEqual([]);
    const code = `import { appRouter } from "@/server/trpc/root";\nexport const r = appRouter;\n`;
    expect(await ruleIds(code, "components/trpc/types.ts")).toEqual([BOUNDARY]);
  });

  it("applies the same rule to client files in app/, which may also use route pieces and server actions", async () => {
    const client = `"use client";\nimport { getDb } from "@/server/db";\nimport { signOutAction } from "../actions";\nexport const x = [getDb, signOutAction];\n`;
    expect(await ruleIds(client, "app/(app)/settings/_components/example.tsx")).toEqual([BOUNDARY]);
    // Without the directive it is a server component, which may read the server.
    const server = client.replace(`"use client";\n`, "");
    expect(await ruleIds(server, "app/(app)/settings/_components/example.tsx")).toEqual([]);
  });

  it("keeps lib/ free of server, db, UI and node: imports", async () => {
    for (const line of [
      `import { getDb } from "@/server/db";`,
      `import { users } from "@/db/schema";`,
      `import { Button } from "@/components/ui/button";`,
      `import { createHash } from "node:crypto";`,
      `import { createHash } from "crypto";`,
      `import pino from "pino";`,
    ]) {
      expect(await ruleIds(`${line}\nexport const x = 1;\n`, "lib/skills/example.ts"), line).toEqual([
        BOUNDARY,
      ]);
    }
    expect(
      await ruleIds(
        `import { z } from "zod";\nimport { DAY_MS } from "../dates";\nexport const x = [z, DAY_MS];\n`,
        "lib/skills/example.ts",
      ),
    ).toEqual([]);
  });

  it("keeps db/ below the server", async () => {
    const code = `import { NotFound } from "@/server/errors";\nexport const x = NotFound;\n`;
    expect(await ruleIds(code, "db/seed/example.ts")).toEqual([BOUNDARY]);
    const enums = `import { ROUND_OUTCOMES } from "@/lib/interviews/rules";\nexport const x = ROUND_OUTCOMES;\n`;
    expect(await ruleIds(enums, "db/schema/example.ts")).toEqual([]);
  });

  it("requires server/ files to import server-only", async () => {
    const code = `export const x = 1;\n`;
    expect(await ruleIds(code, "server/skills/example.ts")).toEqual(["boundaries/server-only"]);
    expect(await ruleIds(`import "server-only";\n${code}`, "server/skills/example.ts")).toEqual([]);
  });

  it("allows process.env only in the env module", async () => {
    const code = `import "server-only";\nexport const port = process.env.PORT;\n`;
    expect(await ruleIds(code, "server/skills/example.ts")).toEqual(["no-restricted-properties"]);
    expect(await ruleIds(code, "server/env.ts")).toEqual([]);
  });
}, 120_000);
