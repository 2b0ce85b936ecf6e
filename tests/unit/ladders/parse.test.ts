import { describe, expect, it } from "vitest";
import {
  checkLadder,
  describeProblem,
  LADDER_FILE_MAX_BYTES,
  type NormalizedLadder,
} from "@/lib/ladders/ladder";
import { BUILTIN_LADDER } from "@/lib/ladders/builtin";
import { parseFtYaml } from "@/lib/ladders/ft";
import { parseTrajectoryJson, toTrajectoryJson } from "@/lib/ladders/json";
import { parseMonzoMarkdown } from "@/lib/ladders/monzo";
import { ftProficiency, spreadLevel } from "@/lib/ladders/proficiency";
import { readLimitedText } from "@/server/http/upload";
import { importLadderInput } from "@/lib/ladders/inputs";
import { ftYaml, monzoMarkdown } from "@/tests/helpers/ladders";

const errorsOf = (result: ReturnType<typeof parseFtYaml>) => (result.ok ? [] : result.errors);

describe("proficiency mappings", () => {
  it("maps FT's five words onto 1–5 in order, case-insensitively, and knows no others", () => {
    expect(
      ["Awareness", "foundational", "Working knowledge", "Practitioner", "EXPERT"].map(ftProficiency),
    ).toEqual([1, 2, 3, 4, 5]);
    expect(ftProficiency("Guru")).toBeNull();
  });

  it("spreads N levels over 1–5, from 1 to 5, never going down", () => {
    expect([1, 2, 3, 4, 5, 6].map((p) => spreadLevel(p, 6))).toEqual([1, 2, 3, 3, 4, 5]);
    expect([1, 2].map((p) => spreadLevel(p, 2))).toEqual([1, 5]);
    expect(spreadLevel(1, 1)).toBe(3);
    for (const n of [3, 7, 12]) {
      const mapped = Array.from({ length: n }, (_, i) => spreadLevel(i + 1, n));
      expect(mapped[0]).toBe(1);
      expect(mapped[n - 1]).toBe(5);
      expect(mapped.every((level, i) => i === 0 || level >= (mapped[i - 1] ?? 0))).toBe(true);
    }
  });
});

describe("FT job-family YAML", () => {
  it("turns levels, themes and entries into levels, competencies and expectations; joins repeated pairs", () => {
    const extra = [
      "  - id: 00000000-0000-4000-8000-000000000999",
      "    level: apprentice",
      "    theme: craft",
      "    summary: And more craft.",
      "    proficiency: Foundational",
    ].join("\n");
    const result = parseFtYaml("t.yml", ftYaml({ extra }));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.ladder.levels.map((l) => l.key)).toEqual(["apprentice", "journeyman", "master"]);
    expect(result.ladder.competencies.map((c) => [c.key, c.themeKey])).toEqual([
      ["craft", "craft"],
      ["people", "people"],
    ]);
    expect(result.ladder.expectations).toHaveLength(6);
    expect(result.ladder.expectations[0]).toEqual({
      levelKey: "apprentice",
      competencyKey: "craft",
      expectedLevel: 2,
      text: "craft at apprentice.\nAnd more craft.",
    });
  });

  it("names the path and line of an entry with an unknown level or theme", () => {
    const content = ftYaml().replace(
      "    level: master\n    theme: people",
      "    level: lead\n    theme: nobody",
    );
    const errors = errorsOf(parseFtYaml("t.yml", content));
    const lines = content.split("\n");
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ["competencies[5].level", '"lead" is not a level of this file'],
      ["competencies[5].theme", '"nobody" is not a theme of this file'],
    ]);
    expect(lines[(errors[0]?.line ?? 0) - 1]).toContain("level: lead");
    expect(describeProblem(errors[0] ?? { file: "", line: null, path: null, message: "" })).toMatch(
      /^t\.yml, line \d+: competencies\[5\]\.level: /,
    );
  });

  it("reports a YAML syntax error with its line, schema errors with their path, and an empty or oversized file", () => {
    const broken = ftYaml().replace("  - id: craft", "  - id: [craft");
    expect(errorsOf(parseFtYaml("t.yml", broken))[0]).toMatchObject({
      line: expect.any(Number),
      message: expect.stringMatching(/YAML syntax error/),
    });
    const unknownWord = errorsOf(
      parseFtYaml("t.yml", ftYaml().replace("proficiency: Awareness", "proficiency: Guru")),
    );
    expect(unknownWord[0]).toMatchObject({
      path: expect.stringMatching(/^competencies\[\d+\]\.proficiency$/),
      message: expect.stringMatching(/must be one of "Awareness"/),
    });
    expect(errorsOf(parseFtYaml("t.yml", "name: x\n")).map((e) => e.path)).toContain("levels");
    expect(errorsOf(parseFtYaml("t.yml", ""))[0]?.message).toBe("the file is empty");
    expect(errorsOf(parseFtYaml("t.yml", " ".repeat(LADDER_FILE_MAX_BYTES + 1)))[0]?.message).toMatch(
      /limit is 10485760 bytes/,
    );
  });

  it("refuses repeated level or theme ids and repeated mapping keys", () => {
    expect(errorsOf(parseFtYaml("t.yml", ftYaml({ themes: ["a1", "a1"] })))[0]).toMatchObject({
      path: "themes[1].id",
    });
    const dupKey = ftYaml().replace("googleSheetId: sheet", "googleSheetId: sheet\ngoogleSheetId: again");
    expect(errorsOf(parseFtYaml("t.yml", dupKey))[0]).toMatchObject({
      line: 4,
      message: expect.stringMatching(/unique/),
    });
  });
});

describe("Monzo progression-framework Markdown", () => {
  it("reads levels: N, one competency per topic, criteria joined as the expectation text", () => {
    const result = parseMonzoMarkdown(
      "f.md",
      monzoMarkdown({ levels: 3, topics: ["code-quality", "people"] }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.ladder.levels.map((l) => [l.key, l.name])).toEqual([
      ["1", "Level 1"],
      ["2", "Level 2"],
      ["3", "Level 3"],
    ]);
    expect(result.ladder.competencies.map((c) => [c.key, c.name])).toEqual([
      ["code-quality", "Code Quality"],
      ["people", "People"],
    ]);
    expect(result.ladder.expectations.map((e) => e.expectedLevel)).toEqual([1, 3, 5, 1, 3, 5]);
    expect(result.ladder.name).toBe("Test Framework");
  });

  it("names the path and file line of a level outside 1..N, and needs front matter", () => {
    const content = monzoMarkdown({ levels: 4, badLevel: 0 });
    const result = parseMonzoMarkdown("f.md", content);
    const errors = result.ok ? [] : result.errors;
    expect(errors[0]).toMatchObject({
      path: "topics[0].content[0].level",
      message: "0 is not a level of this file (1 to 4)",
    });
    expect(content.split("\n")[(errors[0]?.line ?? 0) - 1]).toContain("level: 0");
    const missing = parseMonzoMarkdown("f.md", "# just markdown");
    expect(missing.ok ? null : missing.errors[0]?.message).toMatch(/no YAML front matter/);
  });
});

describe("Trajectory JSON", () => {
  it("exports the built-in ladder and reads it back unchanged (but for the source)", () => {
    const json = JSON.stringify(toTrajectoryJson(BUILTIN_LADDER));
    const back = parseTrajectoryJson("b.json", json);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect({ ...back.ladder, source: "builtin" }).toEqual(BUILTIN_LADDER);
  });

  it("reports wrong JSON with its line, schema errors and broken references with their paths", () => {
    const wrong = parseTrajectoryJson("b.json", '{\n  "format": "trajectory-ladder",\n  oops\n}');
    expect(wrong.ok ? null : wrong.errors[0]).toMatchObject({
      line: 3,
      message: expect.stringMatching(/not valid JSON/),
    });
    const ladder = toTrajectoryJson(BUILTIN_LADDER);
    const bad = {
      ...ladder,
      levels: [...ladder.levels, { key: "entry", name: "Again" }],
      expectations: [{ levelKey: "x", competencyKey: "apis", expectedLevel: 9 }],
    };
    const result = parseTrajectoryJson("b.json", JSON.stringify(bad));
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(["expectations[0].expectedLevel"]);
    bad.expectations = [{ levelKey: "x", competencyKey: "apis", expectedLevel: 2 }];
    const refs = parseTrajectoryJson("b.json", JSON.stringify(bad));
    expect(refs.ok ? [] : refs.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'levels[3].key: key "entry" is used twice',
      'expectations[0].levelKey: "x" is not a level of this file',
    ]);
  });
});

describe("checkLadder and the import validator", () => {
  it("the built-in ladder obeys every rule", () => {
    expect(checkLadder("builtin", BUILTIN_LADDER)).toEqual([]);
    const empty: NormalizedLadder = { ...BUILTIN_LADDER, levels: [], expectations: [] };
    expect(checkLadder("x", empty).map((e) => e.message)).toEqual(["the ladder has no levels"]);
  });

  it("refuses an unknown format, an empty or 10 MB+ content and a blank file name, on the right field", () => {
    const fields = (input: unknown) => {
      const result = importLadderInput.safeParse(input);
      return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
    };
    expect(fields({ format: "csv", fileName: "a", content: "x" })).toEqual(["format"]);
    expect(fields({ format: "ft-yaml", fileName: " ", content: "x" })).toEqual(["fileName"]);
    expect(fields({ format: "ft-yaml", fileName: "a", content: "" })).toEqual(["content"]);
    expect(
      fields({ format: "ft-yaml", fileName: "a", content: "é".repeat(LADDER_FILE_MAX_BYTES / 2 + 1) }),
    ).toEqual(["content"]);
    expect(importLadderInput.parse({ format: "ft-yaml", fileName: "a", content: "x" }).dryRun).toBe(true);
  });
});

describe("readLimitedText", () => {
  const streamOf = (chunks: string[]) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
        controller.close();
      },
    });

  it("joins chunks as UTF-8, even a character split across two chunks", async () => {
    const bytes = new TextEncoder().encode("né");
    const split = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 2));
        controller.enqueue(bytes.slice(2));
        controller.close();
      },
    });
    expect(await readLimitedText(split, 10)).toBe("né");
    expect(await readLimitedText(streamOf(["ab", "cd"]), 4)).toBe("abcd");
  });

  it("stops at the first chunk past the limit, without a Content-Length to go by", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    expect(await readLimitedText(endless, 10 * 1024)).toBeNull();
    expect(pulled).toBeLessThan(20);
  });
});
