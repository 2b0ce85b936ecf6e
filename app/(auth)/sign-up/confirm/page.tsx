import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardDescription } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { confirmSignUpAction } from "../../actions";
import { safeCallbackUrl } from "../../_components/form-state";

export const metadata: Metadata = { title: "Finish creating your account" };

export default async function ConfirmSignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string; callbackUrl?: string; expired?: string }>;
}) {
  const params = await searchParams;
  const expired = params.expired !== undefined || !params.token;
  return (
    <Card className="grid gap-4">
      <h1 className="text-2xl font-semibold">Finish creating your account</h1>
      {expired ? (
        <>
          <FormMessage error="This link has expired or was already used." />
          <CardDescription>
            <Link href="/sign-up" className="underline underline-offset-4">
              Sign up again
            </Link>{" "}
            for a new link, or{" "}
            <Link href="/sign-in" className="underline underline-offset-4">
              sign in
            </Link>{" "}
            if you already finished.
          </CardDescription>
        </>
      ) : (
        <form action={confirmSignUpAction} className="grid gap-3">
          <CardDescription>
            One click and your account is ready; you are signed in on this browser.
          </CardDescription>
          <input type="hidden" name="token" value={params.token} />
          <input type="hidden" name="callbackUrl" value={safeCallbackUrl(params.callbackUrl)} />
          <Button type="submit" className="justify-self-start">
            Create my account
          </Button>
        </form>
      )}
    </Card>
  );
}
