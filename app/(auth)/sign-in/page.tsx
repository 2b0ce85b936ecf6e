import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { AuthForm } from "../_components/auth-form";
import { SecondStepForm } from "../_components/second-step-form";
import { returnNotice, safeCallbackUrl } from "../_components/form-state";
import { OAuthButtons } from "../_components/oauth-buttons";
import { signInErrorMessage } from "@/lib/account/sign-in-errors";
import { ownValue } from "@/lib/own-value";
import { PasskeySignIn } from "../_components/passkey-sign-in";

export const metadata: Metadata = { title: "Sign in" };

const notices: Record<string, string> = {
  "signed-out-everywhere": "You have been signed out of every device.",
  "account-deleted": "Your account and all its data have been deleted.",
  "account-created": "Your account is ready. Sign in to start.",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; notice?: string; error?: string; ticket?: string }>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  // A provider sign-in of an account with two-step sign-in on comes back here for its code.
  if (params.ticket)
    return (
      <Card className="grid gap-6">
        <h1 className="text-2xl font-semibold">Sign in</h1>
        <SecondStepForm
          ticket={params.ticket}
          callbackUrl={callbackUrl}
          firstStep="You signed in with your provider."
        />
      </Card>
    );
  return (
    <Card className="grid gap-6">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      <FormMessage
        error={signInErrorMessage(params.error)}
        notice={ownValue(notices, params.notice) ?? returnNotice(callbackUrl)}
      />
      <OAuthButtons callbackUrl={callbackUrl} />
      <AuthForm mode="sign-in" callbackUrl={callbackUrl} />
      <PasskeySignIn callbackUrl={callbackUrl} />
    </Card>
  );
}
