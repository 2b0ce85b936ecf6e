import "server-only";
import Bowser from "bowser";
import { and, desc, eq, gt, isNull, lt, ne } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { sessions, users } from "@/db/schema";
import type { Actor, SessionClaims } from "@/server/auth/actor";
import { revokeEveryToken } from "@/server/api-tokens/tokens";
import {
  LAST_SEEN_GRANULARITY_MS,
  SESSION_IDLE_MS,
  shouldTouchSession,
  type SignInMethod,
} from "@/lib/account/sessions";
import { NotFound } from "@/lib/errors";
import type { EndOtherSessionsInput, EndSessionInput } from "@/lib/account/inputs";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_USER_AGENT = 512;

export interface SessionStart {
  userId: string;
  method: SignInMethod;
  userAgent?: string | null;
  address?: string | null;
}

/** A new signed-in browser; its id is all the cookie carries. Expired rows of the same user go at the same time. */
export async function startSession(db: Db, start: SessionStart, now = new Date()): Promise<string> {
  await db.delete(sessions).where(and(eq(sessions.userId, start.userId), lt(sessions.expiresAt, now)));
  const [row] = await db
    .insert(sessions)
    .values({
      userId: start.userId,
      method: start.method,
      userAgent: start.userAgent?.slice(0, MAX_USER_AGENT) || null,
      address: start.address || null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
    })
    .returning({ id: sessions.id });
  if (!row) throw new Error("insert returned no row");
  await db.update(users).set({ lastSeenAt: now }).where(eq(users.id, start.userId));
  return row.id;
}

/** The actor of a live session, or null once it was signed out, expired or its user is gone: one indexed lookup. */
export async function actorForSession(
  db: Db,
  claims: SessionClaims,
  now = new Date(),
): Promise<Actor | null> {
  if (!UUID.test(claims.sessionId) || !UUID.test(claims.userId)) return null;
  const [row] = await db
    .select({ userId: users.id, email: users.email, isAdmin: users.isAdmin, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, claims.sessionId),
        eq(sessions.userId, claims.userId),
        gt(sessions.expiresAt, now),
        isNull(users.disabledAt),
      ),
    );
  if (!row) return null;
  if (shouldTouchSession(row.lastSeenAt, now)) await touch(db, claims.sessionId, row.userId, now);
  return { userId: row.userId, email: row.email, isAdmin: row.isAdmin, sessionId: claims.sessionId };
}

/** Conditional, so concurrent requests of one session write once per interval; the user's last seen follows. */
async function touch(db: Db, sessionId: string, userId: string, now: Date): Promise<void> {
  const touched = await db
    .update(sessions)
    .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_IDLE_MS) })
    .where(
      and(
        eq(sessions.id, sessionId),
        lt(sessions.lastSeenAt, new Date(now.getTime() - LAST_SEEN_GRANULARITY_MS + 1)),
      ),
    )
    .returning({ id: sessions.id });
  if (touched.length > 0) await db.update(users).set({ lastSeenAt: now }).where(eq(users.id, userId));
}

export interface SessionSummary {
  id: string;
  method: SignInMethod;
  device: string;
  address: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  current: boolean;
}

/** "Firefox 133 on macOS": what a person recognises of a user agent. */
export function deviceOf(userAgent: string | null): string {
  if (!userAgent) return "Unknown device";
  const { browser, os } = Bowser.parse(userAgent);
  const name = [browser.name, browser.version?.split(".")[0]].filter(Boolean).join(" ");
  if (!name) return userAgent.slice(0, 80);
  return os.name ? `${name} on ${os.name}` : name;
}

/** The actor's live sessions, most recently used first; the one making the request is marked. */
export async function listSessions(db: Db, actor: Actor, now = new Date()): Promise<SessionSummary[]> {
  const rows = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, actor.userId), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.lastSeenAt), desc(sessions.id));
  return rows.map((row) => ({
    id: row.id,
    method: row.method,
    device: deviceOf(row.userAgent),
    address: row.address,
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    current: row.id === actor.sessionId,
  }));
}

/** Signs one of the actor's sessions out; someone else's, or one already gone, is not found. */
export async function endSession(db: Db, actor: Actor, input: EndSessionInput): Promise<void> {
  const ended = await db
    .delete(sessions)
    .where(and(eq(sessions.id, input.id), eq(sessions.userId, actor.userId)))
    .returning({ id: sessions.id });
  if (ended.length === 0) throw new NotFound("session");
}

/** Every session but this one; API tokens too unless the user chose to keep them. */
export async function endOtherSessions(
  db: Db,
  actor: Actor,
  input: EndOtherSessionsInput,
): Promise<{ sessions: number; tokens: number }> {
  return db.transaction(async (tx) => {
    const others = actor.sessionId
      ? and(eq(sessions.userId, actor.userId), ne(sessions.id, actor.sessionId))
      : eq(sessions.userId, actor.userId);
    const ended = await tx.delete(sessions).where(others).returning({ id: sessions.id });
    const tokens = input.revokeTokens ? await revokeEveryToken(tx, actor.userId) : 0;
    return { sessions: ended.length, tokens };
  });
}

/** The remedy after a theft: every session and every API token of the user ends. */
export async function endEverySession(db: DbOrTx, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
  await revokeEveryToken(db, userId);
}

/** Sign-out: the row goes, so the cookie is refused even if it was copied. */
export async function endSessionById(db: Db, sessionId: string): Promise<void> {
  if (UUID.test(sessionId)) await db.delete(sessions).where(eq(sessions.id, sessionId));
}
