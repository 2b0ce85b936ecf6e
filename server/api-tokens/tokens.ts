import "server-only";
import { hashSecretToken, newSecretToken } from "@/server/secret-token";
import { and, count, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { apiTokens, users } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import {
  LAST_USED_GRANULARITY_MS,
  TOKEN_MARKER,
  looksLikeToken,
  MAX_ACTIVE_TOKENS,
  prefixOf,
  shouldRecordUse,
  type TokenScope,
} from "@/lib/api-tokens/rules";
import { Conflict, NotFound } from "@/lib/errors";
import { requireSecondFactor } from "@/server/account/mfa";
import type { CreateTokenInput, RevokeTokenInput } from "@/lib/api-tokens/inputs";

export interface TokenSummary {
  id: string;
  name: string;
  prefix: string;
  scope: TokenScope;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** The caller's tokens, newest first; revoked ones stay listed so a user sees what was cut off. */
export async function listTokens(db: Db, actor: Actor): Promise<TokenSummary[]> {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      scope: apiTokens.scope,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, actor.userId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
}

const activeOf = (userId: string) => and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt));

/** A new token; the secret is returned here once and only its hash is kept. */
export async function createToken(
  db: Db,
  actor: Actor,
  input: CreateTokenInput,
  from: { address: string } = { address: "unknown" },
): Promise<{ id: string; token: string; prefix: string }> {
  await requireSecondFactor(db, actor.userId, input.code, from);
  const token = newSecretToken(TOKEN_MARKER);
  return db.transaction(async (tx) => {
    // Serialises concurrent creations by one user, so the limit and the name check hold.
    const [owner] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.id, actor.userId))
      .for("update");
    if (!owner) throw new NotFound("account");
    const [active] = await tx.select({ n: count() }).from(apiTokens).where(activeOf(actor.userId));
    if ((active?.n ?? 0) >= MAX_ACTIVE_TOKENS) {
      throw new Conflict(`you have ${MAX_ACTIVE_TOKENS} active tokens; revoke one first`);
    }
    const [sameName] = await tx
      .select({ id: apiTokens.id })
      .from(apiTokens)
      .where(and(activeOf(actor.userId), eq(sql`lower(${apiTokens.name})`, input.name.toLowerCase())));
    if (sameName) throw new Conflict("an active token already has this name", "name");
    const [created] = await tx
      .insert(apiTokens)
      .values({
        userId: actor.userId,
        name: input.name,
        tokenHash: hashSecretToken(token),
        prefix: prefixOf(token),
        scope: input.scope,
      })
      .returning({ id: apiTokens.id, prefix: apiTokens.prefix });
    if (!created) throw new Error("insert returned no row");
    return { id: created.id, token, prefix: created.prefix };
  });
}

/** Revoking twice keeps the first time; another user's token is not found. */
export async function revokeToken(
  db: Db,
  actor: Actor,
  input: RevokeTokenInput,
): Promise<{ id: string; revokedAt: Date }> {
  const [revoked] = await db
    .update(apiTokens)
    .set({ revokedAt: sql`coalesce(${apiTokens.revokedAt}, now())` })
    .where(and(eq(apiTokens.id, input.id), eq(apiTokens.userId, actor.userId)))
    .returning({ id: apiTokens.id, revokedAt: apiTokens.revokedAt });
  if (!revoked?.revokedAt) throw new NotFound("token");
  return { id: revoked.id, revokedAt: revoked.revokedAt };
}

export interface TokenGrant {
  actor: Actor;
  scope: TokenScope;
  tokenId: string;
}

/** Who a bearer token acts for, or null when it is malformed, unknown, revoked or its user is gone. */
export async function actorForToken(db: Db, token: string, now = new Date()): Promise<TokenGrant | null> {
  if (!looksLikeToken(token)) return null;
  const [row] = await db
    .select({
      tokenId: apiTokens.id,
      scope: apiTokens.scope,
      lastUsedAt: apiTokens.lastUsedAt,
      userId: users.id,
      email: users.email,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    // A disabled user's tokens are revoked when disabled; the check holds even for one minted in the same instant.
    .where(
      and(
        eq(apiTokens.tokenHash, hashSecretToken(token)),
        isNull(apiTokens.revokedAt),
        isNull(users.disabledAt),
      ),
    );
  if (!row) return null;
  if (shouldRecordUse(row.lastUsedAt, now)) await recordUse(db, row.tokenId, now);
  return { actor: { userId: row.userId, email: row.email }, scope: row.scope, tokenId: row.tokenId };
}

/** Conditional, so concurrent first uses in the same minute write once. */
async function recordUse(db: Db, tokenId: string, now: Date): Promise<void> {
  const staleBefore = new Date(now.getTime() - LAST_USED_GRANULARITY_MS);
  await db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(
      and(eq(apiTokens.id, tokenId), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, staleBefore))),
    );
}

/** Cuts off every active token of a user: part of signing out everywhere and of a password change. */
export async function revokeEveryToken(db: DbOrTx, userId: string): Promise<number> {
  const revoked = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(activeOf(userId))
    .returning({ id: apiTokens.id });
  return revoked.length;
}
