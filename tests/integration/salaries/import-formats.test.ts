import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { importSalaries } from "@/server/salaries/import";
import { importSalariesInput } from "@/lib/salaries/inputs";
import { createTestDb } from "@/tests/helpers/db";
import { createLadder, createUser } from "@/tests/helpers/factories";
import { actorOf } from "@/tests/helpers/integration-extra";
import { bodyOf, countSalaryRows } from "@/tests/helpers/salaries";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe("survey files in other shapes", () => {
  it("reads a BOM, CRLF lines, another column order, quoted fields and extra columns, in 7-byte chunks", async () => {
    const user = await createUser(handle.db);
    const { ladder, levels } = await createLadder(handle.db, user, { levels: ["e1", "e2", "e3", "e4"] });
    const csv =
      "\uFEFFnotes,company_location,salary_in_usd,job_title,experience_level,work_year\r\n" +
      '"a, b",de,100000,"Engineer, Platform",mi,2024\r\n' +
      '"",DE,120000,"Dev ""Ops""",MI,2024\r\n' +
      "\r\n" +
      "x,DE,90000.5,SRE,MI,2024\r\n";
    const result = await importSalaries(
      handle.db,
      actorOf(user),
      importSalariesInput.parse({ ladderId: ladder.id, fileName: "other.csv", dryRun: true }),
      bodyOf(csv, 7),
    );
    expect(result.rowCount).toBe(3);
    expect(result.bands).toEqual([
      {
        levelId: levels[1]?.id,
        experienceLevels: ["MI"],
        region: "DE",
        year: 2024,
        currency: "USD",
        p10Minor: 9_200_040,
        p25Minor: 9_500_025,
        p50Minor: 10_000_000,
        p75Minor: 11_000_000,
        p90Minor: 11_600_000,
        sampleSize: 3,
        warning: "only 3 salaries (fewer than 30): treat as indicative",
      },
    ]);
  });

  it("a bad value deep in a large file still writes nothing", async () => {
    const user = await createUser(handle.db);
    const { ladder } = await createLadder(handle.db, user);
    const lines = Array.from({ length: 5_000 }, (_, i) => `2025,SE,${50_000 + i},US`);
    lines.push("2025,SE,n/a,US");
    const csv = `work_year,experience_level,salary_in_usd,company_location\n${lines.join("\n")}\n`;
    const before = await countSalaryRows(handle.db);
    await expect(
      importSalaries(
        handle.db,
        actorOf(user),
        importSalariesInput.parse({ ladderId: ladder.id, fileName: "big.csv" }),
        bodyOf(csv),
      ),
    ).rejects.toMatchObject({
      field: "file",
      message: 'line 5002, column salary_in_usd: "n/a" is not a number',
    });
    expect(await countSalaryRows(handle.db)).toEqual(before);
  });
});
