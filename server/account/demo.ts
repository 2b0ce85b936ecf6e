import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword } from "@/server/auth/password";
import { endEverySession } from "./sessions";
import { seedDemoHistory } from "@/db/seed/insert-history";
import { today } from "@/lib/dates";

export const DEMO_EMAIL = "demo@trajectory.local";

export type DemoCredentials =
  | { email: string; password: string; created: boolean; seeded: boolean }
  | { email: string; skipped: "email taken by a real account" };

/** A readable random password: four groups of five from an unambiguous alphabet. */
export function generateDemoPassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 5 }, () => alphabet[crypto.randomInt(alphabet.length)]).join(""),
  );
  return groups.join("-");
}

/**
 * Makes sure the demo account exists. Its generated password is kept beside the data (mode 0600)
 * so every start can print it; the account is re-keyed if that file is lost.
 */
export async function ensureDemoAccount(db: Db, dataDir: string): Promise<DemoCredentials> {
  const file = path.join(dataDir, "demo-password");
  const [existing] = await db
    .select({ id: users.id, isDemo: users.isDemo })
    .from(users)
    .where(eq(sql`lower(${users.email})`, DEMO_EMAIL));
  // Someone signed up with this address: theirs, never to be re-keyed.
  if (existing && !existing.isDemo) return { email: DEMO_EMAIL, skipped: "email taken by a real account" };
  const saved = fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : "";
  if (existing && saved) {
    // Data dirs from before the history existed get it on their next start.
    const seeded = await seedDemoHistory(db, existing.id, today());
    return { email: DEMO_EMAIL, password: saved, created: false, seeded };
  }

  const password = generateDemoPassword();
  const passwordHash = await hashPassword(password);
  let userId = existing?.id;
  if (userId) {
    // A re-key ends sessions opened with the lost password.
    await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
    await endEverySession(db, userId);
  } else {
    const [created] = await db
      .insert(users)
      .values({ email: DEMO_EMAIL, name: "Demo Engineer", passwordHash, isDemo: true })
      .returning({ id: users.id });
    userId = created?.id;
  }
  if (!userId) throw new Error("the demo account could not be created");
  const seeded = await seedDemoHistory(db, userId, today());
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return { email: DEMO_EMAIL, password, created: !existing, seeded };
}
