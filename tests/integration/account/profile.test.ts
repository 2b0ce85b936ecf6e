import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { DbHandle } from "@/db/client";
import { users } from "@/db/schema";
import type { SessionClaims } from "@/server/auth/actor";
import { createContextInner } from "@/server/trpc/init";
import { appRouter } from "@/server/trpc/root";
import { createTestDb } from "@/tests/helpers/db";
import { callerFor, claimsFor, createUser } from "@/tests/helpers/factories";
import { errorOf } from "@/tests/helpers/integration-extra";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const rowOf = async (id: string) => {
  const [row] = await handle.db
    .select({ name: users.name, timeZone: users.timeZone, updatedAt: users.updatedAt })
    .from(users)
    .where(eq(users.id, id));
  return row;
};

async function expectBadRequest(promise: Promise<unknown>) {
  const error = await errorOf(promise);
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe("BAD_REQUEST");
  expect((error as TRPCError).cause).toBeInstanceOf(ZodError);
}

describe("account.updateProfile", () => {
  it("updates the name and time zone", async () => {
    const user = await createUser(handle.db, { name: "Before" });
    const caller = callerFor(handle.db, claimsFor(user));

    const updated = await caller.account.updateProfile({ name: "  Ada  ", timeZone: "Europe/London" });

    expect(updated).toEqual({ name: "Ada", timeZone: "Europe/London" });
    expect(await caller.account.profile()).toMatchObject({ name: "Ada", timeZone: "Europe/London" });
    expect(await rowOf(user.id)).toMatchObject({ name: "Ada", timeZone: "Europe/London" });
  });

  it("refuses an unknown time zone and writes nothing", async () => {
    const user = await createUser(handle.db, { name: "Stays" });
    const before = await rowOf(user.id);
    const caller = callerFor(handle.db, claimsFor(user));

    await expectBadRequest(caller.account.updateProfile({ name: "Changed", timeZone: "Mars/Olympus" }));

    expect(await rowOf(user.id)).toEqual(before);
    expect(before).toMatchObject({ name: "Stays", timeZone: "UTC" });
  });

  it("refuses a name over 100 characters and writes nothing", async () => {
    const user = await createUser(handle.db, { name: "Stays" });
    const before = await rowOf(user.id);
    const caller = callerFor(handle.db, claimsFor(user));

    await expectBadRequest(caller.account.updateProfile({ name: "x".repeat(101), timeZone: "Asia/Tokyo" }));

    expect(await rowOf(user.id)).toEqual(before);
    // 100 characters is still fine.
    await caller.account.updateProfile({ name: "y".repeat(100), timeZone: "Asia/Tokyo" });
    expect(await rowOf(user.id)).toMatchObject({ name: "y".repeat(100), timeZone: "Asia/Tokyo" });
  });

  it("shows and changes only the caller's own profile", async () => {
    const alice = await createUser(handle.db, { name: "Alice" });
    const bob = await createUser(handle.db, { name: "Bob" });
    const asAlice = callerFor(handle.db, claimsFor(alice));
    const asBob = callerFor(handle.db, claimsFor(bob));

    expect(await asAlice.account.profile()).toMatchObject({
      id: alice.id,
      email: alice.email,
      name: "Alice",
    });
    expect(await asBob.account.profile()).toMatchObject({ id: bob.id, email: bob.email, name: "Bob" });

    await asAlice.account.updateProfile({ name: "Alice 2", timeZone: "America/New_York" });
    expect(await asBob.account.profile()).toMatchObject({ id: bob.id, name: "Bob", timeZone: "UTC" });
    expect(await rowOf(bob.id)).toMatchObject({ name: "Bob", timeZone: "UTC" });
  });
});

/** One request through the real fetch adapter and error formatter. */
async function post(path: string, input: unknown, session: SessionClaims | null) {
  const req = new Request(`http://localhost/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(superjson.serialize(input)),
  });
  const res = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createContextInner({ db: handle.db, session }),
  });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) as { error?: { json: ErrorShape } } };
}

interface ErrorShape {
  code: number;
  message: string;
  data: { code: string; httpStatus: number; path?: string; fieldErrors?: Record<string, string[]> };
}

describe("error responses over HTTP", () => {
  it("gives field errors and no stack for invalid input", async () => {
    const user = await createUser(handle.db, { name: "Http" });
    const before = await rowOf(user.id);

    const res = await post(
      "account.updateProfile",
      { name: "Http 2", timeZone: "Mars/Olympus" },
      claimsFor(user),
    );

    expect(res.status).toBe(400);
    const error = res.body.error?.json;
    expect(error?.data).toMatchObject({
      code: "BAD_REQUEST",
      httpStatus: 400,
      path: "account.updateProfile",
    });
    expect(error?.data.fieldErrors).toEqual({ timeZone: ["not a known time zone"] });
    expect(error?.message).toBe("timeZone: not a known time zone");
    expect(res.text).not.toContain("stack");
    expect(await rowOf(user.id)).toEqual(before);
  });

  it("answers 401 to an anonymous call", async () => {
    const res = await post("account.updateProfile", { name: "Nobody", timeZone: "UTC" }, null);

    expect(res.status).toBe(401);
    expect(res.body.error?.json.data).toMatchObject({ code: "UNAUTHORIZED", httpStatus: 401 });
    expect(res.body.error?.json.message).toBe("sign in to continue");
    expect(res.text).not.toContain("stack");
  });
});
