import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { users } from "@/db/schema";
import commonPasswords from "@/server/account/common-passwords.json";
import { Conflict, Invalid } from "@/lib/errors";
import { signUp, verifyCredentials } from "@/server/account/account";
import { createTestDb } from "@/tests/helpers/db";
import { callerFor, claimsFor, createUser, TEST_PASSWORD } from "@/tests/helpers/factories";
import { countUsers, errorOf } from "@/tests/helpers/integration-extra";
import { signInInput, signUpInput } from "@/lib/account/action-inputs";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const ARGON2_PREFIX = "$argon2id$v=19$m=19456,t=2,p=1$";
const signIn = (email: string, password: string) =>
  verifyCredentials(handle.db, signInInput.parse({ email, password }));

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

describe("signUp", () => {
  it("stores the normalized email, the name and an argon2id hash", async () => {
    const input = signUpInput.parse({ email: "  Ada@Example.COM ", name: " Ada ", password: TEST_PASSWORD });
    const created = await signUp(handle.db, input);
    expect(created).toMatchObject({ email: "ada@example.com", name: "Ada" });

    const rows = await handle.db.select().from(users).where(eq(users.id, created.id));
    expect(rows).toHaveLength(1);
    const row = rows[0];
    expect(row?.email).toBe("ada@example.com");
    expect(row?.name).toBe("Ada");
    expect(row?.passwordHash?.startsWith(ARGON2_PREFIX)).toBe(true);
    expect(row?.passwordHash).not.toContain(TEST_PASSWORD);
  });

  it("refuses a case or space variant of an existing email and writes nothing", async () => {
    await createUser(handle.db, { email: "grace@example.com" });
    const before = await countUsers(handle.db);
    const input = signUpInput.parse({ email: " GRACE@example.Com  ", password: "another fine passphrase" });

    const error = await errorOf(signUp(handle.db, input));
    expect(error).toBeInstanceOf(Conflict);
    expect((error as Conflict).field).toBe("email");
    expect(await countUsers(handle.db)).toBe(before);
    expect(await countUsers(handle.db, "grace@example.com")).toBe(1);
  });

  it("refuses a common password and writes nothing", async () => {
    expect(commonPasswords).toContain("password123");
    const before = await countUsers(handle.db);
    for (const password of ["password123", "PassWord123"]) {
      const input = signUpInput.parse({ email: "common@example.com", password });
      const error = await errorOf(signUp(handle.db, input));
      expect(error).toBeInstanceOf(Invalid);
      expect((error as Invalid).field).toBe("password");
    }
    expect(await countUsers(handle.db)).toBe(before);
    expect(await countUsers(handle.db, "common@example.com")).toBe(0);
  });
});

describe("verifyCredentials", () => {
  it("returns the user for the right password, whatever the email's case", async () => {
    const user = await createUser(handle.db, { email: "turing@example.com", name: "Alan" });
    for (const email of ["turing@example.com", "TURING@Example.com", "  Turing@EXAMPLE.COM "]) {
      expect(await signIn(email, TEST_PASSWORD)).toEqual({
        id: user.id,
        email: "turing@example.com",
        name: "Alan",
      });
    }
  });

  it("returns null for a wrong password", async () => {
    await createUser(handle.db, { email: "hopper@example.com" });
    expect(await signIn("hopper@example.com", `${TEST_PASSWORD}!`)).toBeNull();
    expect(await signIn("hopper@example.com", TEST_PASSWORD.toUpperCase())).toBeNull();
    expect(await signIn("hopper@example.com", "")).toBeNull();
  });

  it("returns null for an unknown email", async () => {
    expect(await signIn("nobody@example.com", TEST_PASSWORD)).toBeNull();
  });
});
