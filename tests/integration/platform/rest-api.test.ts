import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { apiTokens, skills } from "@/db/schema";
import { MAX_BODY_BYTES } from "@/server/http/request-guard";
import { READ_ONLY_TOKEN_MESSAGE } from "@/server/trpc/init";
import { handleRestRequest } from "@/server/rest/handler";
import { LIMITS } from "@/lib/limits";
import { createTestDb } from "@/tests/helpers/db";
import {
  builtinSkillId,
  claimsFor,
  createApiToken,
  createMentorship,
  createProject,
  createUser,
  newCaller,
} from "@/tests/helpers/factories";
import { countOwned } from "@/tests/helpers/integration-extra";
import { auditRows } from "@/tests/helpers/mentoring";

let handle: DbHandle;
beforeAll(async () => {
  // As under scripts/server.mjs, which stamps the client address header on every request.
  (globalThis as Record<symbol, unknown>)[Symbol.for("trajectory.clientAddressStamped")] = true;
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const BASE = "http://localhost:3000/api/v1";

interface Call {
  token?: string;
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** The client address scripts/server.mjs would have stamped; each test gets its own by default. */
  address?: string;
}

let addresses = 0;
const freshAddress = () => `198.51.100.${(addresses += 1) % 250}`;
const address = freshAddress();

/** The route handler itself, as Next.js would call it behind scripts/server.mjs. */
async function call(
  path: string,
  { token, method = "GET", body, headers = {}, address: from = address }: Call = {},
) {
  const request = new Request(`${BASE}${path}`, {
    method,
    headers: {
      "x-trajectory-client-address": from,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const response = await handleRestRequest(request, { db: handle.db });
  return { status: response.status, headers: response.headers, json: (await response.json()) as unknown };
}

async function userWithToken(scope: "read" | "write") {
  const { user, api } = await newCaller(handle.db);
  const created = await createApiToken(handle.db, user, { name: "script", scope });
  return { user, api, token: created.token, tokenId: created.id };
}

describe("reads and writes", () => {
  it("the account export answers at /data/export and, for scripts written before the rename, /portability/export", async () => {
    const { api, token } = await userWithToken("read");
    const current = await call("/data/export", { token });
    const old = await call("/portability/export", { token });
    expect(current.status).toBe(200);
    expect(old.status).toBe(200);
    const { exportedAt: _at, ...document } = JSON.parse(JSON.stringify(await api.data.export())) as Record<
      string,
      unknown
    >;
    expect(old.json).toMatchObject(document);
  });

  it("a read token GETs skills.current, the same data the app shows, dates as ISO strings", async () => {
    const { api, token } = await userWithToken("read");
    const response = await call("/skills/current", { token });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.json).toEqual(JSON.parse(JSON.stringify(await api.skills.current())));
  });

  it("a read token cannot POST a mutation: 403 and nothing written", async () => {
    const { user, token } = await userWithToken("read");
    const before = await countOwned(handle.db, skills, user.id);
    const response = await call("/skills/addSkill", {
      token,
      method: "POST",
      body: { name: "Kafka", kind: "tool" },
    });
    expect(response.status).toBe(403);
    expect(response.json).toEqual({ error: { code: "FORBIDDEN", message: READ_ONLY_TOKEN_MESSAGE } });
    expect(await countOwned(handle.db, skills, user.id)).toBe(before);
  });

  it("a write token POSTs a mutation; a duplicate is 409 and bad input 400 naming the field", async () => {
    const { user, token } = await userWithToken("write");
    const created = await call("/skills/addSkill", {
      token,
      method: "POST",
      body: { name: "Kafka", kind: "tool" },
    });
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({ name: "Kafka" });
    const again = await call("/skills/addSkill", {
      token,
      method: "POST",
      body: { name: "Kafka", kind: "tool" },
    });
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({
      error: { code: "CONFLICT", fieldErrors: { name: [expect.any(String)] } },
    });
    const bad = await call("/skills/addSkill", { token, method: "POST", body: { name: "", kind: "gadget" } });
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({
      error: { code: "BAD_REQUEST", fieldErrors: { name: expect.any(Array), kind: expect.any(Array) } },
    });
    expect(await countOwned(handle.db, skills, user.id)).toBe(1);
  });

  it("query parameters are typed by the input schema: numbers, and lists as repeated parameters", async () => {
    const { user, token } = await userWithToken("read");
    await createProject(handle.db, claimsFor(user), { title: "One" });
    await createProject(handle.db, claimsFor(user), { title: "Two" });
    const page = await call("/projects/list?limit=1", { token });
    expect(page.status).toBe(200);
    expect((page.json as { items: unknown[] }).items).toHaveLength(1);
    const tooMany = await call("/projects/list?limit=1000", { token });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json).toMatchObject({ error: { fieldErrors: { limit: expect.any(Array) } } });
    const a = await builtinSkillId(handle.db, "apis");
    const b = await builtinSkillId(handle.db, "database-design");
    const growth = await call(`/skills/growth?skillIds=${a}&skillIds=${b}`, { token });
    expect(growth.status).toBe(200);
    const missing = await call("/skills/history", { token });
    expect(missing.status).toBe(400);
    expect(missing.json).toMatchObject({ error: { fieldErrors: { skillId: expect.any(Array) } } });
  });
});

describe("who may call", () => {
  it("a revoked token gets 401 on the next call", async () => {
    const { api, token, tokenId } = await userWithToken("write");
    expect((await call("/skills/catalogue", { token })).status).toBe(200);
    await api.apiTokens.revoke({ id: tokenId });
    const refused = await call("/skills/catalogue", { token });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("www-authenticate")).toContain("Bearer");
    expect(refused.json).toMatchObject({ error: { code: "UNAUTHORIZED" } });
  });

  it("no Authorization header is 401 even with a cookie: cookies are never read here", async () => {
    expect((await call("/skills/catalogue")).status).toBe(401);
    const withCookie = await call("/skills/catalogue", {
      headers: { cookie: "authjs.session-token=anything" },
    });
    expect(withCookie.status).toBe(401);
    expect((await call("/skills/catalogue", { headers: { authorization: "Basic abc" } })).status).toBe(401);
  });

  it("user B's token asking for user A's project is 404", async () => {
    const owner = await createUser(handle.db);
    const project = await createProject(handle.db, claimsFor(owner));
    const b = await userWithToken("write");
    const read = await call(`/projects/byId?id=${project.id}`, { token: b.token });
    expect(read.status).toBe(404);
    expect(read.json).toEqual({ error: { code: "NOT_FOUND", message: "project not found" } });
    expect(
      (await call("/projects/delete", { token: b.token, method: "POST", body: { id: project.id } })).status,
    ).toBe(404);
  });

  it("a mentor's token reads within the mentorship's scopes, and the read lands in the mentee's audit log", async () => {
    const mentee = await createUser(handle.db);
    const project = await createProject(handle.db, claimsFor(mentee));
    const mentor = await userWithToken("read");
    const path = `/projects/byId?id=${project.id}&menteeId=${mentee.id}`;
    expect((await call(path, { token: mentor.token })).status).toBe(404);
    await createMentorship(handle.db, mentee, mentor.user, { scopes: ["projects"] });
    const read = await call(path, { token: mentor.token });
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({ id: project.id });
    expect(await auditRows(handle.db, mentee.id, "read projects.byId")).toHaveLength(1);
  });

  it("token management refuses bearer auth: 403, no token minted", async () => {
    const { user, token, tokenId } = await userWithToken("write");
    expect((await call("/apiTokens/list", { token })).status).toBe(403);
    const minted = await call("/apiTokens/create", {
      token,
      method: "POST",
      body: { name: "more", scope: "write" },
    });
    expect(minted.status).toBe(403);
    expect((await call("/apiTokens/revoke", { token, method: "POST", body: { id: tokenId } })).status).toBe(
      403,
    );
    expect(await countOwned(handle.db, apiTokens, user.id)).toBe(1);
    const [row] = await handle.db.select().from(apiTokens).where(eq(apiTokens.id, tokenId));
    expect(row?.revokedAt).toBeNull();
  });

  it("past 300 requests a minute one token gets 429 with Retry-After; another token does not", async () => {
    const { token } = await userWithToken("read");
    const other = await userWithToken("read");
    const from = freshAddress();
    for (let n = 0; n < LIMITS.apiRequestsPerToken.points; n++) {
      expect((await call("/skills/catalogue", { token, address: from })).status).toBe(200);
    }
    const refused = await call("/skills/catalogue", { token, address: from });
    expect(refused.status).toBe(429);
    expect(refused.json).toMatchObject({
      error: { message: expect.stringMatching(/^too many requests with this token; try again in \d+ s$/) },
    });
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect((await call("/skills/catalogue", { token: other.token, address: from })).status).toBe(200);
  });

  it("counts made-up tokens against their address before looking at them", async () => {
    const { token } = await userWithToken("read");
    const from = freshAddress();
    for (let n = 0; n < LIMITS.apiRequestsPerAddress.points; n++) {
      const random = `trj_${crypto.randomBytes(32).toString("base64url")}`;
      expect((await call("/skills/catalogue", { token: random, address: from })).status).toBe(401);
    }
    const refused = await call("/skills/catalogue", { token, address: from });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    // Another address is not affected.
    expect((await call("/skills/catalogue", { token })).status).toBe(200);
  });
});

describe("HTTP details", () => {
  it("unknown paths are 404 and wrong methods 405 naming the right one", async () => {
    const { token } = await userWithToken("write");
    const unknown = await call("/skills/nothing", { token });
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ error: { message: expect.stringContaining("/api/openapi.json") } });
    const wrong = await call("/skills/addSkill", { token });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("POST");
    expect((await call("/skills/current", { token, method: "POST", body: {} })).status).toBe(405);
  });

  it("refuses bodies that are not JSON, not valid JSON, or too large", async () => {
    const { user, token } = await userWithToken("write");
    const form = await call("/skills/addSkill", {
      token,
      method: "POST",
      body: "name=Kafka&kind=tool",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(form.status).toBe(415);
    const broken = await call("/skills/addSkill", { token, method: "POST", body: "{ not json" });
    expect(broken.status).toBe(400);
    expect(broken.json).toMatchObject({ error: { message: "the request body is not valid JSON" } });
    const huge = await call("/skills/addSkill", {
      token,
      method: "POST",
      body: { name: "x".repeat(MAX_BODY_BYTES), kind: "tool" },
    });
    expect(huge.status).toBe(413);
    // Without a Content-Length the limit still holds: the body is counted as it streams in.
    const chunk = new TextEncoder().encode(" ".repeat(1024 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let n = 0; n <= MAX_BODY_BYTES / chunk.byteLength; n += 1) controller.enqueue(chunk);
        controller.close();
      },
    });
    const streamed = new Request(`${BASE}/skills/addSkill`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(streamed.headers.get("content-length")).toBeNull();
    expect((await handleRestRequest(streamed, { db: handle.db })).status).toBe(413);
    expect(await countOwned(handle.db, skills, user.id)).toBe(0);
  });
});
