import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseCircular, parseDependencyTree } from "dpdm";
import { describe, expect, it } from "vitest";

/** Runtime import cycles among the files the patterns match; type-only imports are erased first, as the build does. */
async function cyclesIn(patterns: string[], cwd: string): Promise<{ files: number; cycles: string[][] }> {
  const tree = await parseDependencyTree(patterns, {
    cwd,
    context: cwd,
    tsconfig: path.join(cwd, "tsconfig.json"),
    transform: true,
    exclude: /node_modules/,
  });
  return { files: Object.keys(tree).length, cycles: parseCircular(tree) };
}

describe("import cycles", () => {
  it("there are none in the app's code", async () => {
    const patterns = [
      "app/**/*.{ts,tsx}",
      "components/**/*.{ts,tsx}",
      "lib/**/*.ts",
      "server/**/*.{ts,tsx}",
      "db/**/*.ts",
    ];
    const { files, cycles } = await cyclesIn([...patterns, "proxy.ts", "instrumentation.ts"], process.cwd());
    expect(files).toBeGreaterThan(300);
    expect(cycles).toEqual([]);
  });

  it("the check finds one when two files import each other", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cycle-"));
    fs.writeFileSync(
      path.join(dir, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { module: "esnext" } }),
    );
    fs.writeFileSync(path.join(dir, "a.ts"), `import { b } from "./b";\nexport const a = () => b;\n`);
    fs.writeFileSync(path.join(dir, "b.ts"), `import { a } from "./a";\nexport const b = () => a;\n`);
    // A type-only import back is erased at build time, so it closes no cycle.
    fs.writeFileSync(
      path.join(dir, "c.ts"),
      `import type { d } from "./d";\nexport const c: typeof d | null = null;\n`,
    );
    fs.writeFileSync(path.join(dir, "d.ts"), `import { c } from "./c";\nexport const d = c;\n`);
    const { cycles } = await cyclesIn(["*.ts"], dir);
    expect(cycles.map((cycle) => cycle.map((file) => path.basename(file)).sort())).toEqual([
      ["a.ts", "b.ts"],
    ]);
  });
}, 120_000);
