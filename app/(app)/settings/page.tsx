import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { requireActor } from "@/server/auth/session";
import { DEMO_NOT_DELETABLE, deletionConfirmationField } from "@/lib/account/rules";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { DeleteAccountForm } from "./_components/delete-account-form";
import { PasswordForm } from "./_components/password-form";
import { ProfileForm } from "./_components/profile-form";
import { ownValue } from "@/lib/own-value";
import { signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

const dataPages = [
  { href: "/settings/data", label: "Export and import your data" },
  { href: "/settings/api-tokens", label: "API tokens" },
  { href: "/settings/calendar", label: "Calendar feed" },
] as const;

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

const notices: Record<string, string> = {
  "password-changed":
    "Your password was changed. Every other device has been signed out and your API tokens revoked.",
};

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  await requireActor();
  const profile = await getQueryClient().fetchQuery(trpc.account.profile.queryOptions());
  const notice = ownValue(notices, (await searchParams).notice);
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
            <CardDescription>
              Changing it signs you out on every other device and revokes your API tokens.
            </CardDescription>
            <PasswordForm askCode={profile.mfaEnabled} />
          </Card>
        )}
        <Card className="grid gap-4">
          <CardTitle>Your data</CardTitle>
          <nav aria-label="Your data">
            <ul className="grid gap-2">
              {dataPages.map((page) => (
                <li key={page.href}>
                  <Link href={page.href} className="underline underline-offset-4">
                    {page.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </Card>
        <Card className="grid gap-4">
          <CardTitle>Sessions</CardTitle>
          <CardDescription>
            Signed in somewhere you no longer use? This ends every session, including this one, and revokes
            every API token.{" "}
            <Link href="/settings/security" className="underline underline-offset-4">
              See where you are signed in
            </Link>
          </CardDescription>
          <form action={signOutEverywhereAction}>
            <Button type="submit" variant="destructive">
              Sign out of all devices
            </Button>
          </form>
        </Card>
        <Card className="grid gap-4 border-destructive" aria-labelledby="danger-zone">
          <CardTitle id="danger-zone">Danger zone</CardTitle>
          {profile.isDemo ? (
            <CardDescription>{sentence(DEMO_NOT_DELETABLE)}</CardDescription>
          ) : (
            <>
              <CardDescription>
                Deleting your account erases everything in it at once, ends your mentorships on both sides and
                signs you out everywhere. It cannot be undone.
              </CardDescription>
              <DeleteAccountForm
                confirmWith={deletionConfirmationField(profile.hasPassword)}
                askCode={profile.mfaEnabled}
              />
            </>
          )}
        </Card>
      </div>
    </HydrateClient>
  );
}
