import { TRPCError } from "@trpc/server";
import { eq, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { expect } from "vitest";
import type { Db } from "../../db/client";
import { users } from "../../db/schema";
import type { Actor } from "@/server/auth/actor";
import { fieldErrorsOf } from "@/server/trpc/errors";

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

export function actorOf(user: { id: string; email: string; sessionId?: string }): Actor {
  return { userId: user.id, email: user.email, sessionId: user.sessionId };
}

/** The tRPC error a call fails with, checked for its code (and message, when given). */
export async function expectCode(promise: Promise<unknown>, code: TRPCError["code"], message?: string) {
  const error = await errorOf(promise);
  expect(error).toBeInstanceOf(TRPCError);
  expect(error).toMatchObject({ code, ...(message ? { message } : {}) });
  return error as TRPCError;
}

/** The fields a BAD_REQUEST names. */
export const fieldsOf = (error: TRPCError) => Object.keys(fieldErrorsOf(error.cause) ?? {});

/** Rows of a user-owned table for one user, soft-deleted ones included: "nothing written" checks. */
export async function countOwned(
  db: Db,
  table: PgTable & { userId: PgColumn },
  userId: string,
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(table)
    .where(eq(table.userId, userId));
  return Number(row?.n ?? 0);
}
