import type { AnyProcedure } from "@trpc/server";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { READ_ONLY_TOKEN_MESSAGE } from "@/server/trpc/init";
import { appRouter } from "@/server/trpc/root";
import { createTestDb } from "@/tests/helpers/db";
import { callerFor, createApiToken, newCaller } from "@/tests/helpers/factories";

let handle: DbHandle;
let tokens: { read: string; write: string; revoked: string };
beforeAll(async () => {
  handle = await createTestDb();
  const { user, api } = await newCaller(handle.db);
  const read = await createApiToken(handle.db, user, { name: "read", scope: "read" });
  const write = await createApiToken(handle.db, user, { name: "write", scope: "write" });
  const revoked = await createApiToken(handle.db, user, { name: "revoked", scope: "write" });
  await api.apiTokens.revoke({ id: revoked.id });
  tokens = { read: read.token, write: write.token, revoked: revoked.token };
});
afterAll(async () => {
  await handle.close();
});

const all = Object.entries(appRouter._def.procedures as unknown as Record<string, AnyProcedure>);
const isInternal = ([, procedure]: (typeof all)[number]) =>
  (procedure._def.meta as { internal?: boolean } | undefined)?.internal === true;
// Admin procedures (internal) answer every token NOT_FOUND; the rest are walked below.
const internal = all.filter(isInternal).map(([path]) => path);
const procedures = all.filter((entry) => !isInternal(entry));
const mutations = procedures
  .filter(([, procedure]) => procedure._def.type === "mutation")
  .map(([path]) => path);
const sessionOnly = procedures
  .filter(([, procedure]) => (procedure._def.meta as { sessionOnly?: boolean } | undefined)?.sessionOnly)
  .map(([path]) => path);

async function codeOf(token: string, path: string): Promise<[string, string]> {
  const caller = callerFor(handle.db, null, { bearerToken: token });
  const call = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  try {
    await (call as (input: unknown) => Promise<unknown>)({});
    return ["OK", ""];
  } catch (error) {
    return error instanceof TRPCError ? [error.code, error.message] : ["THROWN", String(error)];
  }
}

it("the walk covers the mutations and the token procedures", () => {
  expect(mutations.length).toBeGreaterThan(30);
  expect(sessionOnly.sort()).toEqual([
    "account.confirmMfa",
    "account.disableMfa",
    "account.endOtherSessions",
    "account.endSession",
    "account.mfa",
    "account.sessions",
    "account.startMfa",
    "apiTokens.create",
    "apiTokens.list",
    "apiTokens.revoke",
    "passkeys.finishRegistration",
    "passkeys.list",
    "passkeys.remove",
    "passkeys.rename",
    "passkeys.startRegistration",
  ]);
});

it.each(internal)("%s does not exist for any token, read, write or revoked", async (path) => {
  for (const token of [tokens.read, tokens.write, tokens.revoked])
    expect(await codeOf(token, path)).toEqual(["NOT_FOUND", "not found"]);
});

it.each(mutations)("a read token is refused %s before its input is read", async (path) => {
  expect(await codeOf(tokens.read, path)).toEqual(["FORBIDDEN", READ_ONLY_TOKEN_MESSAGE]);
});

it.each(sessionOnly)("a write token is refused %s", async (path) => {
  expect((await codeOf(tokens.write, path))[0]).toBe("FORBIDDEN");
});

it.each(procedures.map(([path]) => path))("a revoked token is refused %s", async (path) => {
  expect((await codeOf(tokens.revoked, path))[0]).toBe("UNAUTHORIZED");
});
