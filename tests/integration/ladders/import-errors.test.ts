import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { LADDER_FILE_MAX_BYTES } from "@/lib/ladders/ladder";
import { importLadder } from "@/server/ladders/import";
import { createTestDb } from "@/tests/helpers/db";
import { actorOf } from "@/tests/helpers/integration-extra";
import { FT_FILE, ftYaml, ladderRowCounts, monzoMarkdown, readShared } from "@/tests/helpers/ladders";
import { newCaller as newUserCaller } from "@/tests/helpers/factories";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const newCaller = () => newUserCaller(handle.db);

describe("malformed files write nothing", () => {
  const ftText = readShared(FT_FILE);
  const cases: [string, "ft-yaml" | "monzo-markdown" | "trajectory-json", string, RegExp][] = [
    ["a YAML syntax error", "ft-yaml", ftYaml({ extra: "oops: [unclosed" }), /line \d+/],
    [
      "an unknown level",
      "ft-yaml",
      ftText.replace(
        "level: junior\n    theme: independent-working",
        "level: lead\n    theme: independent-working",
      ),
      /competencies\[\d+\]\.level: "lead" is not a level of this file/,
    ],
    [
      "a Monzo level outside the ladder",
      "monzo-markdown",
      monzoMarkdown({ badLevel: 9 }),
      /topics\[0\]\.content\[0\]\.level/,
    ],
    ["an empty file", "trajectory-json", "   \n", /empty/],
    ["wrong JSON", "trajectory-json", '{"format": "trajectory-ladder",', /not valid JSON/],
    [
      "duplicate YAML keys",
      "ft-yaml",
      ftYaml().replace("name: Test family", "name: Test family\nname: Again"),
      /unique/,
    ],
    [
      "duplicate level ids",
      "ft-yaml",
      ftYaml({ levels: ["one", "two", "one"] }),
      /levels\[2\]\.id: id "one" is used twice/,
    ],
  ];
  for (const [label, format, content, expected] of cases) {
    it(`reports ${label} and leaves every table unchanged`, async () => {
      const { api } = await newCaller();
      const before = await ladderRowCounts(handle.db);
      const result = await api.ladders.import({ format, fileName: "bad.file", content, dryRun: false });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const text = result.errors
        .map((e) => `${e.line === null ? "" : `line ${e.line} `}${e.path ?? ""}: ${e.message}`)
        .join("\n");
      expect(text).toMatch(expected);
      expect(result.errors.every((e) => e.file === "bad.file")).toBe(true);
      expect(await ladderRowCounts(handle.db)).toEqual(before);
    });
  }

  it.each([LADDER_FILE_MAX_BYTES + 1, 50 * 1024 * 1024])(
    "refuses a file of %i bytes (over 10 MB) before parsing (validator and service)",
    async (size) => {
      const { api, user } = await newCaller();
      const before = await ladderRowCounts(handle.db);
      const content = "x".repeat(size);
      await expect(
        api.ladders.import({ format: "ft-yaml", fileName: "big.yml", content, dryRun: false }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
      const direct = await importLadder(handle.db, actorOf(user), {
        format: "ft-yaml",
        fileName: "big.yml",
        content,
        dryRun: false,
      });
      expect(direct).toMatchObject({
        ok: false,
        errors: [{ message: expect.stringMatching(/limit is 10485760 bytes \(10 MB\)/) }],
      });
      expect(await ladderRowCounts(handle.db)).toEqual(before);
    },
  );

  it("refuses a binary file (NUL characters) with its line instead of failing in the database", async () => {
    const { api } = await newCaller();
    const before = await ladderRowCounts(handle.db);
    const content = ftYaml().replace("summary: craft at apprentice.", "summary: craft\u0000 at apprentice.");
    const result = await api.ladders.import({
      format: "ft-yaml",
      fileName: "bin.yml",
      content,
      dryRun: false,
    });
    expect(result).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/NUL/), line: expect.any(Number) }],
    });
    expect(await ladderRowCounts(handle.db)).toEqual(before);
  });
});
