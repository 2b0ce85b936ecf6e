import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { users } from "../../db/schema";
import type { Actor } from "../../server/actor";

/** The error a promise rejects with; fails the test if it resolves instead. */
export async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail, but it succeeded");
}

/** How many users rows there are, or how many have this email (compared lower-cased). */
export async function countUsers(db: Db, email?: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(email === undefined ? undefined : eq(sql`lower(${users.email})`, email.toLowerCase()));
  return Number(row?.n ?? 0);
}

export function actorOf(user: { id: string; email: string }): Actor {
  return { userId: user.id, email: user.email };
}
