import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { apiTokens, skills, users } from "@/db/schema";
import { MAX_ACTIVE_TOKENS } from "@/lib/api-tokens/rules";
import { hashSecretToken } from "@/server/secret-token";
import { signOutEverywhere } from "@/server/account/account";
import { actorForToken } from "@/server/api-tokens/tokens";
import { fieldErrorsOf } from "@/server/trpc/errors";
import { READ_ONLY_TOKEN_MESSAGE } from "@/server/trpc/init";
import { createTestDb } from "@/tests/helpers/db";
import {
  callerFor,
  claimsFor,
  createApiToken,
  createProject,
  createUser,
  newCaller,
} from "@/tests/helpers/factories";
import { actorOf, countOwned, expectCode } from "@/tests/helpers/integration-extra";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

/** The router as a REST client with this bearer token would call it. */
function tokenCaller(db: Db, token: string) {
  return callerFor(db, null, { bearerToken: token });
}

async function userWithToken(scope: "read" | "write") {
  const { user, api } = await newCaller(handle.db);
  const created = await createApiToken(handle.db, user, { name: `${scope} script`, scope });
  return {
    user,
    api,
    token: created.token,
    tokenId: created.id,
    viaToken: tokenCaller(handle.db, created.token),
  };
}

describe("create, list, revoke", () => {
  it("shows the secret once and keeps only its SHA-256", async () => {
    const { api, user } = await newCaller(handle.db);
    const created = await api.apiTokens.create({ name: "  CI export ", scope: "read" });
    expect(created.token).toMatch(/^trj_[A-Za-z0-9_-]{43}$/);
    expect(created.prefix).toBe(created.token.slice(0, 8));
    const [row] = await handle.db.select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(row).toMatchObject({
      userId: user.id,
      name: "CI export",
      scope: "read",
      tokenHash: hashSecretToken(created.token),
    });
    expect(row?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const listed = await api.apiTokens.list();
    expect(listed).toEqual([
      {
        id: created.id,
        name: "CI export",
        prefix: created.prefix,
        scope: "read",
        createdAt: expect.any(Date),
        lastUsedAt: null,
        revokedAt: null,
      },
    ]);
    expect(JSON.stringify(listed)).not.toContain(created.token);
  });

  it("names the field for bad input and writes nothing", async () => {
    const { api, user } = await newCaller(handle.db);
    const blank = await expectCode(api.apiTokens.create({ name: "  ", scope: "read" }), "BAD_REQUEST");
    expect(fieldErrorsOf(blank.cause)).toHaveProperty("name");
    const badScope = await expectCode(
      api.apiTokens.create({ name: "x", scope: "admin" as "read" }),
      "BAD_REQUEST",
    );
    expect(fieldErrorsOf(badScope.cause)).toHaveProperty("scope");
    const tooLong = await expectCode(
      api.apiTokens.create({ name: "x".repeat(101), scope: "read" }),
      "BAD_REQUEST",
    );
    expect(fieldErrorsOf(tooLong.cause)).toHaveProperty("name");
    const badId = await expectCode(api.apiTokens.revoke({ id: "not-a-uuid" }), "BAD_REQUEST");
    expect(fieldErrorsOf(badId.cause)).toHaveProperty("id");
    expect(await countOwned(handle.db, apiTokens, user.id)).toBe(0);
  });

  it("refuses a second active token of the same name, and allows it once the first is revoked", async () => {
    const { api } = await newCaller(handle.db);
    const first = await api.apiTokens.create({ name: "Sync", scope: "read" });
    const clash = await expectCode(api.apiTokens.create({ name: "sync", scope: "write" }), "CONFLICT");
    expect(fieldErrorsOf(clash.cause)).toEqual({ name: ["an active token already has this name"] });
    await api.apiTokens.revoke({ id: first.id });
    await expect(api.apiTokens.create({ name: "Sync", scope: "write" })).resolves.toHaveProperty("token");
  });

  it(`stops at ${MAX_ACTIVE_TOKENS} active tokens`, async () => {
    const { api, user } = await newCaller(handle.db);
    for (let n = 0; n < MAX_ACTIVE_TOKENS; n += 1)
      await api.apiTokens.create({ name: `t${n}`, scope: "read" });
    await expectCode(api.apiTokens.create({ name: "one more", scope: "read" }), "CONFLICT");
    expect(await countOwned(handle.db, apiTokens, user.id)).toBe(MAX_ACTIVE_TOKENS);
  });

  it("revokes once (a second revoke keeps the first time); another user's token is NOT_FOUND", async () => {
    const a = await userWithToken("read");
    const stranger = await newCaller(handle.db);
    await expectCode(stranger.api.apiTokens.revoke({ id: a.tokenId }), "NOT_FOUND");
    await expect(a.viaToken.skills.catalogue()).resolves.toBeDefined();
    expect(await stranger.api.apiTokens.list()).toEqual([]);

    const first = await a.api.apiTokens.revoke({ id: a.tokenId });
    const again = await a.api.apiTokens.revoke({ id: a.tokenId });
    expect(again.revokedAt).toEqual(first.revokedAt);
    expect((await a.api.apiTokens.list())[0]?.revokedAt).toEqual(first.revokedAt);
  });
});

describe("calling with a token", () => {
  it("a read token reads what the session reads, and cannot write", async () => {
    const { user, api, viaToken } = await userWithToken("read");
    expect(await viaToken.skills.current()).toEqual(await api.skills.current());
    const before = await countOwned(handle.db, skills, user.id);
    await expectCode(
      viaToken.skills.addSkill({ name: "Kafka", kind: "tool" }),
      "FORBIDDEN",
      READ_ONLY_TOKEN_MESSAGE,
    );
    expect(await countOwned(handle.db, skills, user.id)).toBe(before);
  });

  it("a write token writes as its user, with the same validation", async () => {
    const { user, viaToken } = await userWithToken("write");
    const added = await viaToken.skills.addSkill({ name: "Kafka", kind: "tool" });
    const [row] = await handle.db.select().from(skills).where(eq(skills.id, added.id));
    expect(row?.userId).toBe(user.id);
    const bad = await expectCode(viaToken.skills.addSkill({ name: "", kind: "tool" }), "BAD_REQUEST");
    expect(fieldErrorsOf(bad.cause)).toHaveProperty("name");
  });

  it("a revoked token is refused on the next call", async () => {
    const { api, tokenId, viaToken } = await userWithToken("write");
    await viaToken.skills.catalogue();
    await api.apiTokens.revoke({ id: tokenId });
    await expectCode(viaToken.skills.catalogue(), "UNAUTHORIZED", "this token is unknown or revoked");
  });

  it("unknown and malformed tokens are UNAUTHORIZED", async () => {
    const unknown = `trj_${"A".repeat(43)}`;
    await expectCode(tokenCaller(handle.db, unknown).skills.catalogue(), "UNAUTHORIZED");
    await expectCode(tokenCaller(handle.db, "").skills.catalogue(), "UNAUTHORIZED");
    await expectCode(tokenCaller(handle.db, "password").skills.catalogue(), "UNAUTHORIZED");
  });

  it("another user's token asking for this user's project gets NOT_FOUND", async () => {
    const owner = await createUser(handle.db);
    const project = await createProject(handle.db, claimsFor(owner));
    const other = await userWithToken("write");
    await expectCode(other.viaToken.projects.byId({ id: project.id }), "NOT_FOUND");
    await expectCode(other.viaToken.projects.delete({ id: project.id }), "NOT_FOUND");
    expect((await callerFor(handle.db, claimsFor(owner)).projects.byId({ id: project.id })).id).toBe(
      project.id,
    );
  });

  it("token management refuses every token, write scope included", async () => {
    const { user, tokenId, viaToken } = await userWithToken("write");
    const message = "this can only be done from a signed-in browser, not with a token";
    await expectCode(viaToken.apiTokens.list(), "FORBIDDEN", message);
    await expectCode(viaToken.apiTokens.create({ name: "minted", scope: "write" }), "FORBIDDEN", message);
    await expectCode(viaToken.apiTokens.revoke({ id: tokenId }), "FORBIDDEN", message);
    const rows = await handle.db.select().from(apiTokens).where(eq(apiTokens.userId, user.id));
    expect(rows.map((row) => [row.name, row.revokedAt])).toEqual([["write script", null]]);
  });
});

describe("last use, sessions and deletion", () => {
  it("records the last use at most once a minute", async () => {
    const { token, tokenId, viaToken } = await userWithToken("read");
    const lastUsed = async () =>
      (await handle.db.select().from(apiTokens).where(eq(apiTokens.id, tokenId)))[0]?.lastUsedAt ?? null;
    await viaToken.skills.catalogue();
    const first = await lastUsed();
    expect(first).toBeInstanceOf(Date);
    await viaToken.skills.catalogue();
    expect(await lastUsed()).toEqual(first);
    const later = new Date((first?.getTime() ?? 0) + 61_000);
    await actorForToken(handle.db, token, later);
    expect(await lastUsed()).toEqual(later);
  });

  // Issue 11 turned this around: a token minted by a stolen session must not survive the owner's remedy.
  it("signing out everywhere ends sessions and tokens alike", async () => {
    const { user, api, viaToken } = await userWithToken("read");
    await signOutEverywhere(handle.db, actorOf(user));
    await expectCode(api.skills.catalogue(), "UNAUTHORIZED");
    await expectCode(viaToken.skills.catalogue(), "UNAUTHORIZED");
  });

  it("deleting the user deletes their tokens, and the token stops working", async () => {
    const { user, viaToken } = await userWithToken("write");
    await handle.db.delete(users).where(eq(users.id, user.id));
    expect(await countOwned(handle.db, apiTokens, user.id)).toBe(0);
    await expectCode(viaToken.skills.catalogue(), "UNAUTHORIZED");
  });
});
