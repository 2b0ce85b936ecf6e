import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { ladderCompetencies, ladders } from "@/db/schema";
import { createTestDb } from "@/tests/helpers/db";
import { callerFor, claimsFor, createUser } from "@/tests/helpers/factories";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

it("market position compares pay with the band of the level the gap analysis estimates", async () => {
  const user = await createUser(handle.db);
  const api = callerFor(handle.db, claimsFor(user));
  const [builtin] = await handle.db
    .select({ id: ladders.id })
    .from(ladders)
    .where(and(isNull(ladders.userId), eq(ladders.source, "builtin")));
  if (!builtin) throw new Error("no built-in ladder");
  const core = await handle.db
    .select({ skillId: ladderCompetencies.skillId })
    .from(ladderCompetencies)
    .where(and(eq(ladderCompetencies.ladderId, builtin.id), eq(ladderCompetencies.optional, false)));
  for (const { skillId } of core) await api.skills.assess({ skillId, level: 5, assessedOn: "2026-06-01" });
  await api.salaries.compensation.set({
    base: "150000",
    currency: "USD",
    region: "US",
    effectiveOn: "2026-01-01",
  });

  const market = await api.salaries.marketPosition({});
  expect(market.levelSource).toBe("estimate");
  expect(market.level?.name).toBe("Senior");
  expect(market.band).toMatchObject({ minMinor: 125_000_00, maxMinor: null, currency: "USD", region: "US" });

  const asked = await api.salaries.marketPosition({ levelId: market.levels[0]?.id });
  expect(asked.levelSource).toBe("requested");
  expect(asked.level?.name).toBe("Entry");
  expect(asked.band).toMatchObject({ minMinor: 60_000_00, maxMinor: 85_000_00 });
});
