import "server-only";
import { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Db } from "@/db/client";
import { requestOriginOf } from "@/server/http/request-guard";
import { verifyPostedPasskeyAnswer } from "@/server/passkeys/sign-in";
import type { PasskeySignInRefusal } from "@/lib/passkeys/rules";

/** The refusal travels as the error's code, so the sign-in page can say what went wrong. */
class PasskeyRefused extends CredentialsSignin {
  constructor(refusal: PasskeySignInRefusal) {
    super();
    this.code = `passkey-${refusal}`;
  }
}

/**
 * Sign-in with a passkey: the browser's answer to a challenge from /api/passkeys/sign-in-options. No two-step
 * code is asked: the passkey is something held and, with user verification required, something known or been.
 */
export function passkeyProvider(db: Db) {
  return Credentials({
    id: "passkey",
    name: "Passkey",
    credentials: { challengeId: {}, response: {} },
    async authorize(posted, request) {
      const outcome = await verifyPostedPasskeyAnswer(db, posted, requestOriginOf(request));
      if ("refusal" in outcome) throw new PasskeyRefused(outcome.refusal);
      return outcome.user;
    },
  });
}
