import type { Metadata } from "next";
import { headers } from "next/headers";
import { SubpageHeader } from "../_components/subpage-header";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { deviceOf } from "@/server/account/sessions";
import { PASSKEY_NAME_MAX } from "@/lib/passkeys/rules";
import { MfaCard } from "./_components/mfa-card";
import { PasskeyCard } from "./_components/passkey-card";
import { SessionList } from "./_components/session-list";

export const metadata: Metadata = { title: "Security · Settings" };

export default async function SecuritySettingsPage() {
  await requireActor();
  const queryClient = getQueryClient();
  const [profile] = await Promise.all([
    queryClient.fetchQuery(trpc.account.profile.queryOptions()),
    queryClient.prefetchQuery(trpc.account.sessions.queryOptions()),
    queryClient.prefetchQuery(trpc.account.mfa.queryOptions()),
    queryClient.prefetchQuery(trpc.passkeys.list.queryOptions()),
  ]);
  // A new passkey's name starts as this browser's, as the sessions list names it.
  const deviceName = deviceOf((await headers()).get("user-agent")).slice(0, PASSKEY_NAME_MAX);
  return (
    <HydrateClient>
      <div className="grid max-w-3xl gap-6">
        <SubpageHeader title="Security">
          Every browser where you are signed in. Sign out any you do not recognise: it is refused from its
          next click.
        </SubpageHeader>
        <MfaCard />
        <PasskeyCard timeZone={profile.timeZone} defaultName={deviceName} />
        <SessionList timeZone={profile.timeZone} />
      </div>
    </HydrateClient>
  );
}
