import "server-only";
import { generateRegistrationOptions, verifyRegistrationResponse } from "@simplewebauthn/server";
import { isoBase64URL } from "@simplewebauthn/server/helpers";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { passkeys, users } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import type { FinishRegistrationInput, StartRegistrationInput } from "@/lib/passkeys/inputs";
import { requireSecondFactor } from "@/server/account/mfa";
import { knownTransports, MAX_PASSKEYS } from "@/lib/passkeys/rules";
import { consumeChallenge, saveChallenge } from "./challenges";
import { toSummary, type PasskeySummary } from "./passkeys";
import type { RelyingParty } from "./relying-party";
import { userHandleOf } from "./user-handle";

const REQUEST_GONE = "this passkey request expired or was already used; add the passkey again";

/** Options for the browser's "create a passkey" dialog; the user's own passkeys are excluded, so a device holds one. */
export async function startPasskeyRegistration(
  db: Db,
  actor: Actor,
  rp: RelyingParty,
  input: StartRegistrationInput = {},
  from: { address: string } = { address: "unknown" },
  now = new Date(),
) {
  await requireSecondFactor(db, actor.userId, input.code, from);
  const [user] = await db
    .select({ email: users.email, name: users.name })
    .from(users)
    .where(eq(users.id, actor.userId));
  if (!user) throw new NotFound("user");
  const existing = await db
    .select({ id: passkeys.id, transports: passkeys.transports })
    .from(passkeys)
    .where(eq(passkeys.userId, actor.userId));
  if (existing.length >= MAX_PASSKEYS)
    throw new Conflict(`you have ${MAX_PASSKEYS} passkeys, the most an account can have; remove one first`);
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: user.email,
    userDisplayName: user.name || user.email,
    userID: userHandleOf(actor.userId),
    attestationType: "none",
    excludeCredentials: existing.map(({ id, transports }) => ({
      id,
      transports: knownTransports(transports),
    })),
    // Discoverable, so signing in needs no email first.
    // Verification required, as at sign-in: a key that cannot verify would be added and never sign in.
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
  });
  const challengeId = await saveChallenge(db, options.challenge, actor.userId, now);
  return { challengeId, options };
}

/** Checks the browser's answer against the actor's own challenge and keeps the new passkey under its name. */
export async function finishPasskeyRegistration(
  db: Db,
  actor: Actor,
  input: FinishRegistrationInput,
  rp: RelyingParty,
  now = new Date(),
): Promise<PasskeySummary> {
  const challenge = await consumeChallenge(db, input.challengeId, actor.userId, now);
  if (!challenge) throw new Invalid("response", REQUEST_GONE);
  let verification: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    verification = await verifyRegistrationResponse({
      response: input.response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: true,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Invalid("response", `the passkey could not be verified: ${reason}`);
  }
  if (!verification.verified) throw new Invalid("response", "the passkey could not be verified");
  const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo;
  const [row] = await db
    .insert(passkeys)
    .values({
      id: credential.id,
      userId: actor.userId,
      name: input.name,
      publicKey: isoBase64URL.fromBuffer(credential.publicKey),
      counter: credential.counter,
      transports: input.response.response.transports,
      deviceType: credentialDeviceType,
      backedUp: credentialBackedUp,
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new Conflict("this passkey is already registered", "response");
  return toSummary(row);
}
