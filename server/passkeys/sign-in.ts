import "server-only";
import { generateAuthenticationOptions, verifyAuthenticationResponse } from "@simplewebauthn/server";
import { isoBase64URL } from "@simplewebauthn/server/helpers";
import { and, eq, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { passkeys, users } from "@/db/schema";
import type { SessionUser } from "@/server/account/account";
import { passkeySignInInput, type PasskeySignInInput } from "@/lib/passkeys/inputs";
import { knownTransports, type PasskeySignInRefusal } from "@/lib/passkeys/rules";
import { consumeChallenge, saveChallenge } from "./challenges";
import { relyingPartyOf, type RelyingParty } from "./relying-party";
import { userIdOfHandle } from "./user-handle";

/** Options for the browser's "choose a passkey" dialog: any passkey of this site, since nobody is known yet. */
export async function startPasskeySignIn(db: Db, rp: RelyingParty, now = new Date()) {
  // Verification required: a passkey sign-in skips the two-step code, so it must be two factors itself.
  const options = await generateAuthenticationOptions({ rpID: rp.id, userVerification: "required" });
  const challengeId = await saveChallenge(db, options.challenge, null, now);
  return { challengeId, options };
}

export type PasskeySignIn = { user: SessionUser } | { refusal: PasskeySignInRefusal };

/**
 * The user a passkey's answer proves, or why not: the sign-in challenge is spent whatever the outcome, the
 * signature must verify with the stored key, and the counter must move forward (a cloned key's would lag).
 */
export async function verifyPasskeySignIn(
  db: Db,
  input: PasskeySignInInput,
  rp: RelyingParty,
  now = new Date(),
): Promise<PasskeySignIn> {
  const challenge = await consumeChallenge(db, input.challengeId, null, now);
  if (!challenge) return { refusal: "expired" };
  const [found] = await db
    .select({ passkey: passkeys, user: { id: users.id, email: users.email, name: users.name } })
    .from(passkeys)
    .innerJoin(users, eq(users.id, passkeys.userId))
    .where(eq(passkeys.id, input.response.id));
  if (!found) return { refusal: "unknown" };
  const { passkey, user } = found;
  // The account the authenticator says the passkey is for must be the one it is registered to (WebAuthn §7.2).
  const handle = input.response.response.userHandle;
  if (handle !== undefined && userIdOfHandle(handle) !== user.id) return { refusal: "invalid" };
  let verification: Awaited<ReturnType<typeof verifyAuthenticationResponse>>;
  try {
    verification = await verifyAuthenticationResponse({
      response: input.response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      credential: {
        id: passkey.id,
        publicKey: isoBase64URL.toBuffer(passkey.publicKey),
        counter: passkey.counter,
        transports: knownTransports(passkey.transports),
      },
      requireUserVerification: true,
    });
  } catch {
    return { refusal: "invalid" };
  }
  if (!verification.verified) return { refusal: "invalid" };
  const { newCounter, credentialBackedUp } = verification.authenticationInfo;
  // Conditional, so two answers verified against the same stored counter cannot both move it.
  const moved = await db
    .update(passkeys)
    .set({ counter: newCounter, backedUp: credentialBackedUp, lastUsedAt: now })
    .where(
      and(
        eq(passkeys.id, passkey.id),
        newCounter === 0 ? eq(passkeys.counter, 0) : lt(passkeys.counter, newCounter),
      ),
    )
    .returning({ id: passkeys.id });
  if (moved.length === 0) return { refusal: "invalid" };
  return { user };
}

function parsedAnswer(posted: Partial<Record<string, unknown>>): PasskeySignInInput | null {
  try {
    const response: unknown = JSON.parse(typeof posted.response === "string" ? posted.response : "");
    return passkeySignInInput.safeParse({ challengeId: posted.challengeId, response }).data ?? null;
  } catch {
    return null;
  }
}

/** What the sign-in page posts to Auth.js (the challenge's id, the answer as JSON), checked for the page's origin. */
export async function verifyPostedPasskeyAnswer(
  db: Db,
  posted: Partial<Record<string, unknown>>,
  requestOrigin: string,
  now = new Date(),
): Promise<PasskeySignIn> {
  const answer = parsedAnswer(posted);
  if (!answer) return { refusal: "invalid" };
  return verifyPasskeySignIn(db, answer, relyingPartyOf(requestOrigin), now);
}
