import type { TRPCError } from "@trpc/server";
import { and, eq, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { compensation, ladderLevels, ladders } from "@/db/schema";
import { importSalaries } from "@/server/salaries/import";
import { fieldErrorsOf } from "@/server/trpc/errors";
import { importSalariesInput } from "@/lib/salaries/inputs";
import { createTestDb } from "@/tests/helpers/db";
import {
  callerFor,
  claimsFor,
  createApplication,
  createLadder,
  createUser,
  OFFER,
} from "@/tests/helpers/factories";
import { actorOf, errorOf } from "@/tests/helpers/integration-extra";
import { bodyOf, surveyCsv } from "@/tests/helpers/salaries";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const callerOf = (user: { id: string; sessionId: string }) => callerFor(handle.db, claimsFor(user));

/** The built-in ladder: the migration's if present, else one made here with the same source and level keys. */
async function builtinLadder() {
  const [existing] = await handle.db
    .select()
    .from(ladders)
    .where(and(isNull(ladders.userId), eq(ladders.source, "builtin")));
  if (existing) {
    const levels = await handle.db.select().from(ladderLevels).where(eq(ladderLevels.ladderId, existing.id));
    return { ladder: existing, levels: levels.sort((a, b) => a.position - b.position) };
  }
  return createLadder(handle.db, null, {
    levels: ["entry", "mid", "senior"],
    slug: "salaries-test",
    source: "builtin",
  });
}

async function countCompensation() {
  const [row] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(compensation);
  return Number(row?.n ?? 0);
}

describe("bands", () => {
  it("gives the built-in ladder the seed's US bands, exactly, by level key", async () => {
    const user = await createUser(handle.db);
    const { ladder, levels } = await builtinLadder();
    const { bands } = await callerOf(user).salaries.bands({ ladderId: ladder.id });
    const idOf = (key: string) => levels.find((level) => level.key === key)?.id;
    expect(
      bands
        .filter((b) => b.builtin)
        .map((b) => [b.levelId, b.region, b.currency, b.year, b.minMinor, b.maxMinor]),
    ).toEqual([
      [idOf("entry"), "US", "USD", 2026, 6_000_000, 8_500_000],
      [idOf("mid"), "US", "USD", 2026, 8_500_000, 12_500_000],
      [idOf("senior"), "US", "USD", 2026, 12_500_000, null],
    ]);
    expect(bands[0]).toMatchObject({
      source: "2026 guide to backend developer skills (seed)",
      sampleSize: null,
    });
    const listed = await callerOf(user).salaries.ladders();
    expect(listed.map((l) => l.id)).toContain(ladder.id);
  });

  it("lists the user's imported bands with n and the small-sample flag; others see NOT_FOUND", async () => {
    const user = await createUser(handle.db);
    const other = await createUser(handle.db);
    const { ladder } = await createLadder(handle.db, user, { levels: ["junior", "senior"] });
    const rows = Array.from({ length: 30 }, (_, i) => [2025, "SE", 100_000 + i * 1000, "US"] as const);
    await importSalaries(
      handle.db,
      actorOf(user),
      importSalariesInput.parse({ ladderId: ladder.id, fileName: "x.csv" }),
      bodyOf(surveyCsv([...rows, [2025, "EN", 60_000, "US"]])),
    );
    const { bands } = await callerOf(user).salaries.bands({ ladderId: ladder.id });
    expect(bands.map((b) => [b.sampleSize, b.smallSample, b.region])).toEqual([
      [30, false, "US"],
      [1, true, "US"],
    ]);
    expect(await errorOf(callerOf(other).salaries.bands({ ladderId: ladder.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await callerOf(other).salaries.ladders()).map((l) => l.id)).not.toContain(ladder.id);
    expect(await errorOf(callerOf(user).salaries.bands({ ladderId: "nope" }))).toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("compensation", () => {
  it("stores major units as minor units and keeps it private", async () => {
    const user = await createUser(handle.db);
    const other = await createUser(handle.db);
    expect(await callerOf(user).salaries.compensation.get()).toBeNull();
    const saved = await callerOf(user).salaries.compensation.set({
      base: "95000.50",
      bonus: "5000",
      equity: "",
      currency: "usd",
      region: "us",
      effectiveOn: "2026-01-01",
    });
    expect(saved).toMatchObject({
      baseMinor: 9_500_050,
      bonusMinor: 500_000,
      equityMinor: null,
      currency: "USD",
      region: "US",
      base: "95000.50",
    });
    await callerOf(user).salaries.compensation.set({
      base: "1000000",
      currency: "JPY",
      region: "JP",
      effectiveOn: "2026-03-01",
    });
    expect(await callerOf(user).salaries.compensation.get()).toMatchObject({
      baseMinor: 1_000_000,
      currency: "JPY",
    });
    expect(await callerOf(other).salaries.compensation.get()).toBeNull();
  });

  it("bad input is BAD_REQUEST on the field and writes nothing", async () => {
    const user = await createUser(handle.db);
    const before = await countCompensation();
    const error = await errorOf(
      callerOf(user).salaries.compensation.set({
        base: "12.345",
        currency: "USD",
        region: "US",
        effectiveOn: "2026-01-01",
      }),
    );
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(fieldErrorsOf((error as TRPCError).cause)).toEqual({ base: ["use at most 2 decimals for USD"] });
    expect(await countCompensation()).toBe(before);
  });
});

describe("marketPosition", () => {
  it("places pay in the level's band, gives the target band, and classifies offers", async () => {
    const user = await createUser(handle.db);
    const { ladder, levels } = await createLadder(handle.db, user, { levels: ["junior", "mid", "senior"] });
    const [, mid, senior] = levels;
    const rows = [100_000, 110_000, 120_000, 130_000, 140_000].map((usd) => [2025, "MI", usd, "US"] as const);
    await importSalaries(
      handle.db,
      actorOf(user),
      importSalariesInput.parse({ ladderId: ladder.id, fileName: "x.csv", levelMapping: { MI: mid?.id } }),
      bodyOf(surveyCsv([...rows, [2025, "SE", 200_000, "US"]])),
    );
    await callerOf(user).salaries.compensation.set({
      base: "120000",
      currency: "USD",
      region: "US",
      effectiveOn: "2026-01-01",
    });
    await createApplication(handle.db, user, { ...OFFER, levelOffered: "Senior" });
    await createApplication(handle.db, user, { ...OFFER, levelOffered: "mid" });
    await createApplication(handle.db, user, { ...OFFER, levelOffered: "JUNIOR" });
    await createApplication(handle.db, user, { ...OFFER, levelOffered: "L7" });
    const stranger = await createUser(handle.db);
    await createApplication(handle.db, stranger, { ...OFFER, levelOffered: "senior" });

    const result = await callerOf(user).salaries.marketPosition({
      ladderId: ladder.id,
      levelId: mid?.id,
      targetLevelId: senior?.id,
    });
    expect(result.region).toBe("US");
    expect(result.band).toMatchObject({ levelId: mid?.id, p50Minor: 12_000_000, sampleSize: 5 });
    expect(result.position).toEqual({ kind: "percentiles", percentile: 50, outside: null });
    expect(result.targetBand).toMatchObject({ levelId: senior?.id, sampleSize: 1 });
    expect(result.offers.map((o) => [o.levelOffered, o.direction]).sort()).toEqual([
      ["JUNIOR", "down"],
      ["L7", "unknown-level"],
      ["Senior", "up"],
      ["mid", "lateral"],
    ]);
  });

  it("positions within the built-in min–max range and says so", async () => {
    const user = await createUser(handle.db);
    const { ladder, levels } = await builtinLadder();
    await callerOf(user).salaries.compensation.set({
      base: "72500",
      currency: "USD",
      region: "US",
      effectiveOn: "2026-01-01",
    });
    const entry = levels.find((l) => l.key === "entry");
    const result = await callerOf(user).salaries.marketPosition({ ladderId: ladder.id, levelId: entry?.id });
    expect(result.position).toEqual({ kind: "range", percentile: 50, outside: null });
  });

  it("another user's ladder or a level of another ladder is NOT_FOUND", async () => {
    const owner = await createUser(handle.db);
    const intruder = await createUser(handle.db);
    const { ladder, levels } = await createLadder(handle.db, owner);
    const mine = await createLadder(handle.db, intruder);
    expect(
      await errorOf(
        callerOf(intruder).salaries.marketPosition({ ladderId: ladder.id, levelId: levels[0]?.id }),
      ),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(
      await errorOf(
        callerOf(intruder).salaries.marketPosition({ ladderId: mine.ladder.id, levelId: levels[0]?.id }),
      ),
    ).toMatchObject({ code: "NOT_FOUND", message: "level not found" });
    expect(await errorOf(callerOf(intruder).salaries.marketPosition({ region: "USA" }))).toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
