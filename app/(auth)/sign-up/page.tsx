import type { Metadata } from "next";
import { Card, CardDescription } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { AuthForm } from "../_components/auth-form";
import { returnNotice, safeCallbackUrl } from "../_components/form-state";
import { OAuthButtons } from "../_components/oauth-buttons";
import Link from "next/link";
import { getDb } from "@/server/db";
import { signUpRefusal } from "@/server/admin/sign-up-policy";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  const refusal = await signUpRefusal(await getDb(), "");
  if (refusal)
    return (
      <Card className="grid gap-4">
        <h1 className="text-2xl font-semibold">Create your account</h1>
        <FormMessage notice={refusal} />
        <p className="text-sm text-muted-foreground">
          Already have an account?{" "}
          <Link className="underline" href="/sign-in">
            Sign in
          </Link>
        </p>
      </Card>
    );
  return (
    <Card className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold">Create your account</h1>
        <CardDescription>Track your skills, projects and interviews month after month.</CardDescription>
      </div>
      <FormMessage notice={returnNotice(callbackUrl)} />
      <OAuthButtons callbackUrl={callbackUrl} />
      <AuthForm mode="sign-up" callbackUrl={callbackUrl} />
    </Card>
  );
}
