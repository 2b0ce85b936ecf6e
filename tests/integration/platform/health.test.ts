import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { checkHealth } from "@/server/health";
import { createTestDb } from "@/tests/helpers/db";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe("checkHealth", () => {
  it("is up when the database answers", async () => {
    expect(await checkHealth(() => Promise.resolve(handle.db))).toEqual({ ok: true, database: "up" });
  });

  it("is down when the database is closed", async () => {
    const closed = await createTestDb();
    await closed.close();
    expect(await checkHealth(() => Promise.resolve(closed.db))).toEqual({ ok: false, database: "down" });
  });

  it("is down when getting the database fails", async () => {
    const failing = () => Promise.reject<Db>(new Error("no database configured"));
    expect(await checkHealth(failing)).toEqual({ ok: false, database: "down" });
  });

  it("is down, in about the timeout, when the database never answers", async () => {
    const start = Date.now();
    const health = await checkHealth(() => new Promise<Db>(() => {}), 50);
    expect(health).toEqual({ ok: false, database: "down" });
    expect(Date.now() - start).toBeGreaterThanOrEqual(45);
    expect(Date.now() - start).toBeLessThan(2_000);
  });
});
