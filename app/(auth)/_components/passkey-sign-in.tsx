"use client";

import { type PublicKeyCredentialRequestOptionsJSON, startAuthentication } from "@simplewebauthn/browser";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { ceremonyProblem } from "@/lib/passkeys/rules";
import { passkeySignInAction } from "../passkey-action";

interface SignInOptions {
  challengeId: string;
  options: PublicKeyCredentialRequestOptionsJSON;
}

const UNREACHABLE = "Trajectory could not be reached; check your connection and try again";

/** The browser's passkey dialog's answer to a fresh challenge, or what to tell the person instead. */
async function askForPasskey(): Promise<{ challengeId: string; response: string } | { problem: string }> {
  let started: SignInOptions;
  try {
    const reply = await fetch("/api/passkeys/sign-in-options", { method: "POST" });
    const body = (await reply.json()) as SignInOptions & { error?: { message?: string } };
    if (!reply.ok) return { problem: body.error?.message ?? UNREACHABLE };
    started = body;
  } catch {
    return { problem: UNREACHABLE };
  }
  try {
    const response = await startAuthentication({ optionsJSON: started.options });
    return { challengeId: started.challengeId, response: JSON.stringify(response) };
  } catch (error) {
    return { problem: ceremonyProblem(error instanceof Error ? error.name : "", "sign-in") };
  }
}

/** "Sign in with a passkey": no email needed, the passkey names its account; no two-step code either. */
export function PasskeySignIn({ callbackUrl }: { callbackUrl?: string }) {
  const [problem, setProblem] = useState<string>();
  const [asking, setAsking] = useState(false);
  const [signingIn, startSignIn] = useTransition();
  const signInWithPasskey = async () => {
    setProblem(undefined);
    setAsking(true);
    const answer = await askForPasskey();
    setAsking(false);
    if ("problem" in answer) return setProblem(answer.problem);
    // In a transition, so the action's redirect on success navigates instead of surfacing as an error.
    startSignIn(async () => {
      const refused = await passkeySignInAction({ ...answer, callbackUrl });
      if (refused.formError) setProblem(refused.formError);
    });
  };
  return (
    <div className="grid gap-2" role="group" aria-label="Passkey sign-in">
      <p className="text-center text-xs text-muted-foreground">or</p>
      <FormMessage error={problem} />
      <Button
        type="button"
        variant="outline"
        disabled={asking || signingIn}
        onClick={() => void signInWithPasskey()}
      >
        Sign in with a passkey
      </Button>
    </div>
  );
}
