import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { normalizedOf } from "@/server/ladders/ladders";
import { createTestDb } from "@/tests/helpers/db";
import { FT_FILE, ftYaml, ladderRowCounts, MONZO_FILE, readShared } from "@/tests/helpers/ladders";
import { newCaller as newUserCaller } from "@/tests/helpers/factories";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const newCaller = () => newUserCaller(handle.db);

describe("importing the shared files", () => {
  it("imports FT engineering.yml with as many levels, themes and competencies as the file holds", async () => {
    const { api } = await newCaller();
    const content = readShared(FT_FILE);
    const file = parse(content) as {
      levels: unknown[];
      themes: unknown[];
      competencies: { level: string; theme: string }[];
    };
    const pairs = new Set(file.competencies.map((c) => `${c.level}/${c.theme}`));

    const before = await ladderRowCounts(handle.db);
    const preview = await api.ladders.import({
      format: "ft-yaml",
      fileName: "engineering.yml",
      content,
      dryRun: true,
    });
    expect(preview).toMatchObject({
      ok: true,
      dryRun: true,
      ladderId: null,
      counts: {
        levels: file.levels.length,
        themes: file.themes.length,
        competencies: file.themes.length,
        expectations: pairs.size,
      },
    });
    expect(await ladderRowCounts(handle.db)).toEqual(before);

    const done = await api.ladders.import({
      format: "ft-yaml",
      fileName: "engineering.yml",
      content,
      dryRun: false,
    });
    if (!done.ok || !done.ladderId) throw new Error("expected the import to succeed");
    const ladder = await api.ladders.byId({ id: done.ladderId });
    expect(ladder.levels).toHaveLength(file.levels.length);
    expect(ladder.competencies).toHaveLength(file.themes.length);
    expect(ladder.expectations).toHaveLength(pairs.size);
    expect(ladder).toMatchObject({ source: "ft-yaml", sourceName: "engineering.yml", builtin: false });
    const after = await ladderRowCounts(handle.db);
    expect(after.skills - before.skills).toBe(file.themes.length);
  });

  it("imports Monzo web.md with its levels and one competency per topic, reusing skills on a second import", async () => {
    const { api } = await newCaller();
    const content = readShared(MONZO_FILE);
    const front = parse(content.split(/^---$/m)[1] ?? "") as {
      levels: number;
      topics: { content: unknown[] }[];
    };
    const done = await api.ladders.import({
      format: "monzo-markdown",
      fileName: "web.md",
      content,
      dryRun: false,
    });
    if (!done.ok || !done.ladderId) throw new Error("expected the import to succeed");
    const ladder = await api.ladders.byId({ id: done.ladderId });
    expect(ladder.levels.map((level) => level.name)).toEqual(
      Array.from({ length: front.levels }, (_, i) => `Level ${i + 1}`),
    );
    expect(ladder.competencies).toHaveLength(front.topics.length);
    expect(ladder.expectations).toHaveLength(
      front.topics.reduce((sum, topic) => sum + topic.content.length, 0),
    );

    const before = await ladderRowCounts(handle.db);
    const again = await api.ladders.import({
      format: "monzo-markdown",
      fileName: "web.md",
      content,
      dryRun: false,
    });
    expect(again).toMatchObject({ ok: true, counts: { newSkills: 0 } });
    expect((await ladderRowCounts(handle.db)).skills).toBe(before.skills);
  });
});

describe("export and import", () => {
  it("gives back the same ladder, for the built-in one and an imported one", async () => {
    const { api } = await newCaller();
    const imported = await api.ladders.import({
      format: "ft-yaml",
      fileName: "t.yml",
      content: ftYaml(),
      dryRun: false,
    });
    const builtin = (await api.ladders.list({})).items.find((ladder) => ladder.builtin);
    for (const id of [builtin?.id ?? "", imported.ok ? (imported.ladderId ?? "") : ""]) {
      const original = await api.ladders.byId({ id });
      const exported = await api.ladders.export({ id });
      expect(exported.fileName).toMatch(/\.ladder\.json$/);
      const content = JSON.stringify(exported.ladder, null, 2);
      const back = await api.ladders.import({
        format: "trajectory-json",
        fileName: exported.fileName,
        content,
        dryRun: false,
      });
      if (!back.ok || !back.ladderId) throw new Error("expected the re-import to succeed");
      const copy = await api.ladders.byId({ id: back.ladderId });
      expect({ ...normalizedOf(copy), source: null }).toEqual({ ...normalizedOf(original), source: null });
    }
  });
});
