"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/server/auth";
import { isPasskeySignInRefusal, PASSKEY_SIGN_IN_REFUSALS } from "@/lib/passkeys/rules";
import { safeCallbackUrl } from "./_components/form-state";

export interface PasskeyAnswer {
  challengeId: string;
  /** The browser's answer, as JSON. */
  response: string;
  callbackUrl?: string;
}

/** Signs in with a passkey's answer; success redirects to where the visitor was going, a refusal says why. */
export async function passkeySignInAction(answer: PasskeyAnswer): Promise<{ formError?: string }> {
  try {
    await signIn("passkey", {
      challengeId: String(answer.challengeId),
      response: String(answer.response),
      redirectTo: safeCallbackUrl(answer.callbackUrl),
    });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = ((error as AuthError & { code?: string }).code ?? "").replace(/^passkey-/, "");
      return { formError: PASSKEY_SIGN_IN_REFUSALS[isPasskeySignInRefusal(code) ? code : "invalid"] };
    }
    throw error;
  }
  return {};
}
