import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { PasswordForm } from "./_components/password-form";
import { ProfileForm } from "./_components/profile-form";
import { signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

const notices: Record<string, string> = {
  "password-changed": "Your password was changed. Every other device has been signed out.",
};

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  await requireActor();
  const profile = await getQueryClient().fetchQuery(trpc.account.profile.queryOptions());
  const notice = notices[(await searchParams).notice ?? ""];
  return (
    <HydrateClient>
      <div className="grid max-w-2xl gap-6">
        <h1 className="text-2xl font-semibold">Settings</h1>
        <FormMessage notice={notice} />
        <Card className="grid gap-4">
          <CardTitle>Profile</CardTitle>
          <ProfileForm />
        </Card>
        {profile.hasPassword && (
          <Card className="grid gap-4">
            <CardTitle>Change password</CardTitle>
            <CardDescription>Changing it signs you out on every other device.</CardDescription>
            <PasswordForm />
          </Card>
        )}
        <Card className="grid gap-4">
          <CardTitle>Sessions</CardTitle>
          <CardDescription>
            Signed in somewhere you no longer use? This ends every session, including this one.
          </CardDescription>
          <form action={signOutEverywhereAction}>
            <Button type="submit" variant="destructive">
              Sign out of all devices
            </Button>
          </form>
        </Card>
      </div>
    </HydrateClient>
  );
}
