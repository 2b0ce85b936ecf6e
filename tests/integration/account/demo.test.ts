import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { users } from "@/db/schema";
import { actorForSession, startSession } from "@/server/account/sessions";
import { verifyCredentials } from "@/server/account/account";
import { DEMO_EMAIL, ensureDemoAccount } from "@/server/account/demo";
import { createTestDb } from "@/tests/helpers/db";
import { createUser } from "@/tests/helpers/factories";
import { countUsers } from "@/tests/helpers/integration-extra";
import { signInInput } from "@/lib/account/action-inputs";

let handle: DbHandle;
let tmpDir: string;
beforeAll(async () => {
  handle = await createTestDb();
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "trajectory-demo-"));
});
afterAll(async () => {
  await handle.close();
  fs.rmSync(tmpDir, { recursive: true, force: true });
});

/** The credentials of a result that must not have been skipped. */
async function ensure(dataDir: string) {
  const result = await ensureDemoAccount(handle.db, dataDir);
  if (!("password" in result)) throw new Error(`demo account skipped: ${result.skipped}`);
  return result;
}

const signIn = (password: string) =>
  verifyCredentials(handle.db, signInInput.parse({ email: DEMO_EMAIL, password }));

describe("ensureDemoAccount", () => {
  it("creates the account once, keeps its password in a 0600 file, and re-keys when that is lost", async () => {
    const dataDir = path.join(tmpDir, "data");
    const file = path.join(dataDir, "demo-password");
    expect(await countUsers(handle.db, DEMO_EMAIL)).toBe(0);

    const first = await ensure(dataDir);
    expect(first).toMatchObject({ email: DEMO_EMAIL, created: true, seeded: true });
    expect(first.password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    expect(fs.readFileSync(file, "utf8").trim()).toBe(first.password);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const user = await signIn(first.password);
    expect(user).toMatchObject({ email: DEMO_EMAIL });
    const [row] = await handle.db.select().from(users).where(eq(users.email, DEMO_EMAIL));
    expect(row?.isDemo).toBe(true);

    const second = await ensure(dataDir);
    expect(second).toEqual({ email: DEMO_EMAIL, password: first.password, created: false, seeded: false });
    expect(await countUsers(handle.db, DEMO_EMAIL)).toBe(1);
    expect(await signIn(first.password)).toMatchObject({ id: user?.id });

    fs.rmSync(file);
    const third = await ensure(dataDir);
    expect(third.created).toBe(false);
    expect(third.password).not.toBe(first.password);
    expect(fs.readFileSync(file, "utf8").trim()).toBe(third.password);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(await countUsers(handle.db, DEMO_EMAIL)).toBe(1);
    expect(await signIn(third.password)).toMatchObject({ id: user?.id });
    expect(await signIn(first.password)).toBeNull();
  });

  it("tightens a pre-existing password file to 0600 and ends sessions of a re-keyed account", async () => {
    const dataDir = path.join(tmpDir, "loose");
    fs.mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, "demo-password");
    fs.writeFileSync(file, "", { mode: 0o644 });
    const [demo] = await handle.db.select().from(users).where(eq(users.email, DEMO_EMAIL));
    if (!demo) throw new Error("the demo account exists from the tests above");
    const sessionId = await startSession(handle.db, { userId: demo.id, method: "password" });
    expect(await actorForSession(handle.db, { userId: demo.id, sessionId })).not.toBeNull();
    await ensure(dataDir);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(await actorForSession(handle.db, { userId: demo.id, sessionId })).toBeNull();
  });

  it("never takes over a real account that signed up with the demo address", async () => {
    const other = await createTestDb();
    try {
      const dataDir = path.join(tmpDir, "taken");
      const real = await createUser(other.db, {
        email: "Demo@Trajectory.local",
        password: "my own long passphrase",
      });
      const result = await ensureDemoAccount(other.db, dataDir);
      expect(result).toEqual({ email: DEMO_EMAIL, skipped: "email taken by a real account" });
      expect(fs.existsSync(path.join(dataDir, "demo-password"))).toBe(false);
      const stillMine = await verifyCredentials(
        other.db,
        signInInput.parse({ email: DEMO_EMAIL, password: "my own long passphrase" }),
      );
      expect(stillMine?.id).toBe(real.id);
    } finally {
      await other.close();
    }
  });
});
