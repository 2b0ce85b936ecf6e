export const TOKEN_SCOPES = ["read", "write"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** Recognisable in logs and by secret scanners; the rest is 32 random bytes in base64url. */
export const TOKEN_MARKER = "trj_";
/** How many leading characters are kept in the clear so a user can tell tokens apart. */
const PREFIX_LENGTH = 8;
/** Active tokens per account: enough for a few tools, few enough to review at a glance. */
export const MAX_ACTIVE_TOKENS = 20;
/** last_used_at is written at most this often, so a busy script is not a write per request. */
export const LAST_USED_GRANULARITY_MS = 60_000;

export function prefixOf(token: string): string {
  return token.slice(0, PREFIX_LENGTH);
}

const TOKEN_SHAPE = new RegExp(`^${TOKEN_MARKER}[A-Za-z0-9_-]{43}$`);

export function looksLikeToken(value: string): boolean {
  return TOKEN_SHAPE.test(value);
}

/**
 * The credential of an `Authorization: Bearer …` header: null when there is no such header,
 * "" when there is one but it does not carry a usable value (so it is refused, not ignored).
 */
export function bearerTokenOf(header: string | null | undefined): string | null {
  if (header === null || header === undefined) return null;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header.trim());
  return match?.[1] ?? "";
}

/** Whether a use at `now` should record itself, given the last recorded use. */
export function shouldRecordUse(lastUsedAt: Date | null, now: Date): boolean {
  return lastUsedAt === null || now.getTime() - lastUsedAt.getTime() >= LAST_USED_GRANULARITY_MS;
}

export type CallKind = "query" | "mutation" | "subscription";

/** A read token may call queries only; a write token anything a browser session may call. */
export function scopeAllows(scope: TokenScope, kind: CallKind): boolean {
  return scope === "write" || kind === "query";
}
