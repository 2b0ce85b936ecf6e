import type { Metadata } from "next";
import { Card, CardDescription } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { AuthForm } from "../_components/auth-form";
import { returnNotice, safeCallbackUrl } from "../_components/form-state";
import { OAuthButtons } from "../_components/oauth-buttons";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
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
