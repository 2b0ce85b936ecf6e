import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { SessionList } from "./_components/session-list";

export const metadata: Metadata = { title: "Security · Settings" };

export default async function SecuritySettingsPage() {
  await requireActor();
  const queryClient = getQueryClient();
  const [profile] = await Promise.all([
    queryClient.fetchQuery(trpc.account.profile.queryOptions()),
    queryClient.prefetchQuery(trpc.account.sessions.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <div className="grid max-w-3xl gap-6">
        <div className="grid gap-1">
          <Link href="/settings" className="text-sm text-muted-foreground hover:underline">
            ← Settings
          </Link>
          <h1 className="text-2xl font-semibold">Security</h1>
          <p className="text-sm text-muted-foreground">
            Every browser where you are signed in. Sign out any you do not recognise: it is refused from its
            next click.
          </p>
        </div>
        <SessionList timeZone={profile.timeZone} />
      </div>
    </HydrateClient>
  );
}
