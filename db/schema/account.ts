import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { SIGN_IN_METHODS } from "@/lib/account/sessions";

// Column names follow Auth.js's Drizzle adapter so OAuth sign-in can create and link users.
export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text(),
    email: text().notNull(),
    emailVerified: timestamp({ withTimezone: true, mode: "date", precision: 3 }),
    image: text(),
    passwordHash: text(),
    /** TOTP key, AES-GCM encrypted with a key derived from AUTH_SECRET; set once two-step sign-in is on. */
    mfaSecret: text(),
    /** The key being set up, until its first code proves the app has it. */
    mfaPendingSecret: text(),
    /** The last TOTP time step accepted, so a code works once. */
    mfaLastStep: integer(),
    timeZone: text().notNull().default("UTC"),
    isDemo: boolean().notNull().default(false),
    /** Runs the instance: the Admin page and its procedures; the first account of an empty instance gets it. */
    isAdmin: boolean().notNull().default(false),
    /** Set by an admin: sign-in, sessions and tokens are refused until it is cleared. */
    disabledAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }),
    /** Moves with the sessions' last seen (at most every few minutes), and stays when they are signed out. */
    lastSeenAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }),
    createdAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_key").on(sql`lower(${t.email})`)],
);

export const accounts = pgTable(
  "accounts",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text().$type<"oauth" | "oidc" | "email" | "webauthn">().notNull(),
    provider: text().notNull(),
    providerAccountId: text().notNull(),
    refresh_token: text(),
    access_token: text(),
    expires_at: integer(),
    token_type: text(),
    scope: text(),
    id_token: text(),
    session_state: text(),
  },
  (t) => [
    primaryKey({ columns: [t.provider, t.providerAccountId] }),
    index("accounts_user_id_idx").on(t.userId),
  ],
);

const moment = () => timestamp({ withTimezone: true, mode: "date", precision: 3 });

/** One row per signed-in browser: the cookie carries only its id, so deleting the row signs that browser out. */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    method: text({ enum: SIGN_IN_METHODS }).notNull(),
    userAgent: text(),
    address: text(),
    createdAt: moment().notNull().defaultNow(),
    lastSeenAt: moment().notNull().defaultNow(),
    /** Idle expiry: moves forward as the session is used. */
    expiresAt: moment().notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId, t.lastSeenAt)],
);

/** Single-use codes for when the authenticator app is lost: only their SHA-256 is kept. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text().notNull(),
    usedAt: moment(),
  },
  (t) => [
    index("recovery_codes_user_idx").on(t.userId),
    uniqueIndex("recovery_codes_hash_key").on(t.codeHash),
  ],
);

/**
 * A sign-up waiting for its emailed link. No user row exists until the link is opened, so nobody can hold an
 * address they cannot read, and the answer to the form is the same whether the address has an account or not.
 */
export const signUpRequests = pgTable(
  "sign_up_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text(),
    passwordHash: text().notNull(),
    tokenHash: text().notNull(),
    createdAt: moment().notNull().defaultNow(),
    expiresAt: moment().notNull(),
  },
  (t) => [
    uniqueIndex("sign_up_requests_token_key").on(t.tokenHash),
    index("sign_up_requests_email_idx").on(t.email),
  ],
);

/** A WebAuthn credential (passkey) of a user; the id is the credential id, base64url. */
export const passkeys = pgTable(
  "passkeys",
  {
    id: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text().notNull(),
    /** COSE public key, base64url. */
    publicKey: text().notNull(),
    /** The authenticator's signature counter: an unsigned 32-bit number, past integer's range. */
    counter: bigint({ mode: "number" }).notNull().default(0),
    transports: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    deviceType: text({ enum: ["singleDevice", "multiDevice"] }).notNull(),
    backedUp: boolean().notNull(),
    createdAt: moment().notNull().defaultNow(),
    lastUsedAt: moment(),
  },
  (t) => [index("passkeys_user_idx").on(t.userId)],
);

/** A WebAuthn challenge waiting for its answer: single use, shared by every instance, gone within minutes. */
export const passkeyChallenges = pgTable("passkey_challenges", {
  id: uuid().primaryKey().defaultRandom(),
  challenge: text().notNull(),
  /** Set for registration (the signed-in user adding a passkey); null for a sign-in, whose user is not known yet. */
  userId: uuid().references(() => users.id, { onDelete: "cascade" }),
  expiresAt: moment().notNull(),
});

export type User = typeof users.$inferSelect;
