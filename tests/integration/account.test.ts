import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import { createTestDb } from "../helpers/db";
import { callerFor, claimsFor, createUser } from "../helpers/factories";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe("account.profile", () => {
  it("returns the signed-in user's profile", async () => {
    const user = await createUser(handle.db, { name: "Grace" });
    const profile = await callerFor(handle.db, claimsFor(user)).account.profile();
    expect(profile).toMatchObject({ id: user.id, email: user.email, name: "Grace", timeZone: "UTC" });
  });

  it("refuses an anonymous caller", async () => {
    await expect(callerFor(handle.db, null).account.profile()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});
