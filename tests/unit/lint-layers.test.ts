import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe("lint keeps the layers apart", () => {
  it("refuses db and services imports in components and pages", async () => {
    const code = `"use client";\nimport { users } from "@/db/schema";\nimport { signUp } from "@/server/services/account";\nexport const x = [users, signUp];\n`;
    expect(await ruleIds(code, "components/example.tsx")).toEqual([
      "no-restricted-imports",
      "no-restricted-imports",
    ]);
    expect(await ruleIds(code, "app/(app)/example/page.tsx")).toContain("no-restricted-imports");
  });

  it("allows them in services and server actions", async () => {
    const code = `import { users } from "@/db/schema";\nexport const x = users;\n`;
    expect(await ruleIds(code, "server/services/example.ts")).toEqual([]);
    expect(await ruleIds(code, "app/(app)/settings/actions.ts")).toEqual([]);
  });

  it("allows process.env only in the env module", async () => {
    const code = `export const port = process.env.PORT;\n`;
    expect(await ruleIds(code, "server/services/example.ts")).toEqual(["no-restricted-properties"]);
    expect(await ruleIds(code, "server/env.ts")).toEqual([]);
  });
}, 60_000);
