import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { appRouter } from "@/server/trpc/root";
import { createTestDb } from "@/tests/helpers/db";
import { callerFor, claimsFor, createUser } from "@/tests/helpers/factories";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

/** Procedures anyone may call; a new entry here is a deliberate decision. */
const PUBLIC_PROCEDURES: string[] = [];

const paths = Object.keys(appRouter._def.procedures).sort();

type AnyCall = (input: unknown) => Promise<unknown>;
function procedureOf(caller: object, path: string): AnyCall {
  const found = path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  if (typeof found !== "function") throw new Error(`no procedure at ${path}`);
  return found as AnyCall;
}

it("the router has procedures to walk", () => {
  expect(paths.length).toBeGreaterThan(20);
});

it.each(paths.filter((path) => !PUBLIC_PROCEDURES.includes(path)))(
  "%s refuses anonymous and revoked sessions before reading input",
  async (path) => {
    const anonymous = procedureOf(callerFor(handle.db, null), path);
    await expect(anonymous({})).rejects.toSatisfy(
      (error: unknown) => error instanceof TRPCError && error.code === "UNAUTHORIZED",
    );
    const user = await createUser(handle.db);
    const stale = procedureOf(callerFor(handle.db, { ...claimsFor(user), sessionId: randomUUID() }), path);
    await expect(stale({})).rejects.toSatisfy(
      (error: unknown) => error instanceof TRPCError && error.code === "UNAUTHORIZED",
    );
  },
);
