import type { Metadata } from "next";
import { SubpageHeader } from "../_components/subpage-header";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { MfaCard } from "./_components/mfa-card";
import { SessionList } from "./_components/session-list";

export const metadata: Metadata = { title: "Security · Settings" };

export default async function SecuritySettingsPage() {
  await requireActor();
  const queryClient = getQueryClient();
  const [profile] = await Promise.all([
    queryClient.fetchQuery(trpc.account.profile.queryOptions()),
    queryClient.prefetchQuery(trpc.account.sessions.queryOptions()),
    queryClient.prefetchQuery(trpc.account.mfa.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <div className="grid max-w-3xl gap-6">
        <SubpageHeader title="Security">
          Every browser where you are signed in. Sign out any you do not recognise: it is refused from its
          next click.
        </SubpageHeader>
        <MfaCard />
        <SessionList timeZone={profile.timeZone} />
      </div>
    </HydrateClient>
  );
}
