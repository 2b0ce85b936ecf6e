import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, ownerId } from "./columns";

export const tokenScope = pgEnum("token_scope", ["read", "write"]);

const stamp = () => timestamp({ withTimezone: true, mode: "date", precision: 3 });

/** Personal access tokens for the REST API: shown once, only the SHA-256 is kept. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: ownerId(),
    name: text().notNull(),
    tokenHash: text().notNull(),
    /** The first characters, so a user can tell their tokens apart. */
    prefix: text().notNull(),
    scope: tokenScope().notNull(),
    createdAt: createdAt(),
    lastUsedAt: stamp(),
    revokedAt: stamp(),
  },
  (t) => [
    uniqueIndex("api_tokens_token_hash_key").on(t.tokenHash),
    index("api_tokens_user_idx").on(t.userId, t.createdAt),
  ],
);
