import "server-only";
import type { SignInMethod } from "@/lib/account/sessions";
import { randomBytes } from "node:crypto";
import { encodeBase32LowerCaseNoPadding, encodeBase32UpperCaseNoPadding } from "@oslojs/encoding";
import { createTOTPKeyURI, verifyHOTP } from "@oslojs/otp";
import { and, count, eq, isNull } from "drizzle-orm";
import QRCode from "qrcode";
import type { Db } from "@/db/client";
import { recoveryCodes, users } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { seal, unseal } from "@/server/auth/sealed";
import { hashSecretToken } from "@/server/secret-token";
import { forgive, recordFailure, refuseIfSpent } from "@/server/limits/limiter";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import {
  formatRecoveryCode,
  isTotpCode,
  MFA_CODE_REQUIRED,
  MFA_CODE_WRONG,
  normalizeCode,
  RECOVERY_CODE_COUNT,
  TOTP_DIGITS,
  TOTP_PERIOD_SECONDS,
} from "@/lib/account/mfa";
import type { MfaCodeInput } from "@/lib/account/inputs";

const PURPOSE = "totp";
const stepAt = (now: Date) => Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);

export interface MfaStatus {
  enabled: boolean;
  recoveryCodesLeft: number;
}

export async function mfaStatus(db: Db, actor: Actor): Promise<MfaStatus> {
  const [user] = await db.select({ secret: users.mfaSecret }).from(users).where(eq(users.id, actor.userId));
  if (!user) throw new NotFound("user");
  const [left] = await db
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, actor.userId), isNull(recoveryCodes.usedAt)));
  return { enabled: user.secret !== null, recoveryCodesLeft: Number(left?.n ?? 0) };
}

/** A new key for the authenticator app, kept aside until a code from it proves it was scanned. */
export async function startMfaEnrolment(db: Db, actor: Actor) {
  const key = new Uint8Array(randomBytes(20));
  const [user] = await db
    .update(users)
    .set({ mfaPendingSecret: seal(PURPOSE, key) })
    .where(and(eq(users.id, actor.userId), isNull(users.mfaSecret)))
    .returning({ email: users.email });
  if (!user) throw new Conflict("two-step sign-in is already on; turn it off first to set up a new app");
  const uri = createTOTPKeyURI("Trajectory", user.email, key, TOTP_PERIOD_SECONDS, TOTP_DIGITS);
  return {
    key: encodeBase32UpperCaseNoPadding(key),
    uri,
    qrCode: await QRCode.toDataURL(uri, { margin: 1 }),
  };
}

/** The TOTP step this code belongs to (now, or one step either side for clock drift), or null. */
function matchingStep(key: Uint8Array, code: string, now: Date): number | null {
  if (!isTotpCode(code)) return null;
  const current = stepAt(now);
  for (const step of [current, current - 1, current + 1]) {
    if (verifyHOTP(key, BigInt(step), TOTP_DIGITS, code)) return step;
  }
  return null;
}

/** Turns two-step sign-in on with the first code of the new app; returns the recovery codes, shown once. */
export async function confirmMfaEnrolment(
  db: Db,
  actor: Actor,
  input: MfaCodeInput,
  now = new Date(),
): Promise<{ recoveryCodes: string[] }> {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({ pending: users.mfaPendingSecret })
      .from(users)
      .where(eq(users.id, actor.userId))
      .for("update");
    if (!user) throw new NotFound("user");
    if (!user.pending) throw new Invalid("code", "start the set-up again: no new app is waiting for a code");
    const step = matchingStep(unseal(PURPOSE, user.pending), normalizeCode(input.code), now);
    if (step === null) throw new Invalid("code", MFA_CODE_WRONG);
    await tx
      .update(users)
      .set({ mfaSecret: user.pending, mfaPendingSecret: null, mfaLastStep: step, updatedAt: now })
      .where(eq(users.id, actor.userId));
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () =>
      encodeBase32LowerCaseNoPadding(randomBytes(10)).slice(0, 10),
    );
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, actor.userId));
    await tx
      .insert(recoveryCodes)
      .values(codes.map((code) => ({ userId: actor.userId, codeHash: hashSecretToken(code) })));
    return { recoveryCodes: codes.map(formatRecoveryCode) };
  });
}

/**
 * Whether this code, from the app or a recovery code, proves the second factor now. Each works once: an app code's
 * time step must be newer than the last accepted, a recovery code is spent. Wrong codes count toward a limit.
 */
export async function checkSecondFactor(
  db: Db,
  userId: string,
  raw: string,
  from: { address: string },
  now = new Date(),
): Promise<boolean> {
  const limitKey = `${userId}|${from.address}`;
  await refuseIfSpent(db, "mfaCodesPerAccountAndAddress", limitKey);
  const code = normalizeCode(raw);
  const accepted = await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ secret: users.mfaSecret, lastStep: users.mfaLastStep })
      .from(users)
      .where(eq(users.id, userId))
      .for("update");
    if (!user?.secret) return false;
    const step = matchingStep(unseal(PURPOSE, user.secret), code, now);
    if (step !== null) {
      if (user.lastStep !== null && step <= user.lastStep) return false;
      await tx.update(users).set({ mfaLastStep: step }).where(eq(users.id, userId));
      return true;
    }
    const spent = await tx
      .update(recoveryCodes)
      .set({ usedAt: now })
      .where(
        and(
          eq(recoveryCodes.userId, userId),
          eq(recoveryCodes.codeHash, hashSecretToken(code)),
          isNull(recoveryCodes.usedAt),
        ),
      )
      .returning({ id: recoveryCodes.id });
    return spent.length > 0;
  });
  if (accepted) await forgive(db, "mfaCodesPerAccountAndAddress", limitKey);
  else await recordFailure(db, "mfaCodesPerAccountAndAddress", limitKey);
  return accepted;
}

/** For sensitive changes: passes when two-step sign-in is off or `code` proves it now; else Invalid on "code". */
export async function requireSecondFactor(
  db: Db,
  userId: string,
  code: string | undefined,
  from: { address: string },
): Promise<void> {
  if (!(await hasMfa(db, userId))) return;
  if (!code) throw new Invalid("code", MFA_CODE_REQUIRED);
  if (!(await checkSecondFactor(db, userId, code, from))) throw new Invalid("code", MFA_CODE_WRONG);
}

/** Whether the user must give a second factor to sign in. */
export async function hasMfa(db: Db, userId: string): Promise<boolean> {
  const [user] = await db.select({ secret: users.mfaSecret }).from(users).where(eq(users.id, userId));
  return Boolean(user?.secret);
}

/** Turns two-step sign-in off; a current code is required, so a stolen session alone cannot. */
export async function disableMfa(
  db: Db,
  actor: Actor,
  input: MfaCodeInput,
  from: { address: string } = { address: "unknown" },
): Promise<void> {
  if (!(await hasMfa(db, actor.userId))) throw new Conflict("two-step sign-in is already off");
  if (!(await checkSecondFactor(db, actor.userId, input.code, from)))
    throw new Invalid("code", MFA_CODE_WRONG);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ mfaSecret: null, mfaPendingSecret: null, mfaLastStep: null, updatedAt: new Date() })
      .where(eq(users.id, actor.userId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, actor.userId));
  });
}

const TICKET_PURPOSE = "sign-in-ticket";
const TICKET_LIFETIME_MS = 5 * 60_000;

/** Proof that the first step (a password or a provider) was right, for the second: sealed, good for five minutes. */
export function signInTicket(userId: string, now = new Date(), method: SignInMethod = "password"): string {
  const payload = JSON.stringify({ userId, method, expiresAt: now.getTime() + TICKET_LIFETIME_MS });
  return seal(TICKET_PURPOSE, new TextEncoder().encode(payload));
}

/** Who a ticket was made for and how they took the first step; null when forged, from another AUTH_SECRET or expired. */
export function ticketOf(ticket: string, now = new Date()): { userId: string; method: SignInMethod } | null {
  try {
    const { userId, method, expiresAt } = JSON.parse(
      new TextDecoder().decode(unseal(TICKET_PURPOSE, ticket)),
    ) as { userId: string; method?: SignInMethod; expiresAt: number };
    return expiresAt > now.getTime() ? { userId, method: method ?? "password" } : null;
  } catch {
    return null;
  }
}

export const userOfTicket = (ticket: string, now = new Date()): string | null =>
  ticketOf(ticket, now)?.userId ?? null;
