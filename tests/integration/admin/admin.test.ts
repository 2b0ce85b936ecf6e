import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { users } from "@/db/schema";
import { actorForSession } from "@/server/account/sessions";
import { actorForToken } from "@/server/api-tokens/tokens";
import { signInRefusal } from "@/server/auth/sign-in-policy";
import { restOperations } from "@/server/rest/operations";
import { appRouter } from "@/server/trpc/root";
import { createTestDb } from "@/tests/helpers/db";
import {
  callerFor,
  claimsFor,
  createApiToken,
  createCalendarFeed,
  createUser,
  enrolMfa,
} from "@/tests/helpers/factories";
import { feedForToken } from "@/server/calendar/feeds";
import { expectCode } from "@/tests/helpers/integration-extra";

let handle: DbHandle;
let admin: Awaited<ReturnType<typeof createUser>>;
let member: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  handle = await createTestDb();
  admin = await createUser(handle.db, { name: "Ada Admin" });
  member = await createUser(handle.db, { name: "Max Member" });
});
afterAll(async () => {
  await handle.close();
});

const asAdmin = () => callerFor(handle.db, claimsFor(admin));
const adminPaths = Object.keys(appRouter._def.procedures).filter((path) => path.startsWith("admin."));

type AnyCall = (input: unknown) => Promise<unknown>;
const procedureOf = (caller: object, path: string): AnyCall =>
  path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as AnyCall;

describe("who runs the instance", () => {
  it("is the first account; the second is a member", async () => {
    const rows = await handle.db
      .select({ id: users.id, isAdmin: users.isAdmin })
      .from(users)
      .where(eq(users.isAdmin, true));
    expect(rows).toEqual([{ id: admin.id, isAdmin: true }]);
  });

  it("every admin procedure is NOT_FOUND for a member, before its input is read", async () => {
    expect(adminPaths.length).toBeGreaterThanOrEqual(8);
    for (const path of adminPaths) {
      await expect(procedureOf(callerFor(handle.db, claimsFor(member)), path)({})).rejects.toSatisfy(
        (error: unknown) => error instanceof TRPCError && error.code === "NOT_FOUND",
        path,
      );
    }
  });

  it("every admin procedure is NOT_FOUND with the admin's own API token, and none is in the REST API", async () => {
    const { token } = await createApiToken(handle.db, admin, { name: "CLI", scope: "write" });
    for (const path of adminPaths) {
      const caller = callerFor(handle.db, null, { bearerToken: token });
      await expect(procedureOf(caller, path)({})).rejects.toSatisfy(
        (error: unknown) => error instanceof TRPCError && error.code === "NOT_FOUND",
        path,
      );
    }
    expect(restOperations().filter((operation) => operation.path.startsWith("/admin"))).toEqual([]);
  });
});

describe("the Admin page's data", () => {
  it("lists users with created, last seen, MFA and disabled, filtered by email or name", async () => {
    await enrolMfa(handle.db, member);
    const page = await asAdmin().admin.users({});
    const row = page.items.find((item) => item.id === member.id);
    expect(row).toMatchObject({ email: member.email, mfa: true, isAdmin: false, disabledAt: null });
    expect(row?.lastSeenAt).toBeInstanceOf(Date);
    expect(row?.createdAt).toBeInstanceOf(Date);
    const found = await asAdmin().admin.users({ query: "max mem" });
    expect(found.items.map((item) => item.id)).toEqual([member.id]);
    // LIKE wildcards typed by the admin match only themselves.
    expect((await asAdmin().admin.users({ query: "%" })).items).toEqual([]);
  });

  it("shows the instance's figures", async () => {
    const { figures, signUpMode } = await asAdmin().admin.overview();
    expect(signUpMode).toBe("open");
    expect(figures.users).toBeGreaterThanOrEqual(2);
    expect(figures.activeIn30Days).toBeGreaterThanOrEqual(2);
    expect(figures.admins).toBe(1);
    expect(figures.databaseBytes).toBeGreaterThan(1_000_000);
  });
});

describe("disabling a user", () => {
  it("ends their sessions and tokens at once, refuses their sign-in, and is in the audit log", async () => {
    const victim = await createUser(handle.db, { name: "Dee Disabled" });
    const { token } = await createApiToken(handle.db, victim, { name: "CLI", scope: "write" });
    const feedToken =
      (await createCalendarFeed(handle.db, victim)).url
        .split("/")
        .pop()
        ?.replace(/\.ics$/, "") ?? "";
    expect(await feedForToken(handle.db, feedToken, "http://localhost")).not.toBeNull();
    await asAdmin().admin.disableUser({ userId: victim.id });
    expect(await feedForToken(handle.db, feedToken, "http://localhost")).toBeNull();

    expect(await actorForSession(handle.db, claimsFor(victim))).toBeNull();
    expect(await actorForToken(handle.db, token)).toBeNull();
    await expectCode(callerFor(handle.db, claimsFor(victim)).account.profile(), "UNAUTHORIZED");
    const password = {
      user: { id: victim.id },
      account: { type: "credentials" as const, provider: "credentials", providerAccountId: victim.id },
    };
    expect(await signInRefusal(handle.db, password)).toBe("AccountDisabled");
    const github = {
      user: { email: victim.email.toUpperCase() },
      account: { type: "oauth" as const, provider: "github", providerAccountId: "gh-1" },
    };
    expect(await signInRefusal(handle.db, github)).toBe("AccountDisabled");

    const listed = await asAdmin().admin.users({ query: victim.email });
    expect(listed.items[0]?.disabledAt).toBeInstanceOf(Date);

    await asAdmin().admin.enableUser({ userId: victim.id });
    expect(await signInRefusal(handle.db, password)).toBeNull();
    // The old session stays ended: re-enabling lets them sign in again, it does not revive what was cut.
    expect(await actorForSession(handle.db, claimsFor(victim))).toBeNull();

    const log = await asAdmin().admin.auditLog({});
    expect(
      log.items
        .slice(0, 2)
        .map(({ action, actorEmail, targetEmail }) => ({ action, actorEmail, targetEmail })),
    ).toEqual([
      { action: "user.enabled", actorEmail: admin.email, targetEmail: victim.email },
      { action: "user.disabled", actorEmail: admin.email, targetEmail: victim.email },
    ]);
  });

  it("refuses the admin's own account, and an unknown one is NOT_FOUND", async () => {
    await expectCode(
      asAdmin().admin.disableUser({ userId: admin.id }),
      "BAD_REQUEST",
      "you cannot disable your own account; ask another admin",
    );
    await expectCode(asAdmin().admin.disableUser({ userId: crypto.randomUUID() }), "NOT_FOUND");
    await expectCode(asAdmin().admin.enableUser({ userId: crypto.randomUUID() }), "NOT_FOUND");
  });

  it("a repeated disable writes no second audit entry", async () => {
    const target = await createUser(handle.db);
    await asAdmin().admin.disableUser({ userId: target.id });
    await asAdmin().admin.disableUser({ userId: target.id });
    const log = await asAdmin().admin.auditLog({});
    expect(log.items.filter((item) => item.targetEmail === target.email)).toHaveLength(1);
  });
});
