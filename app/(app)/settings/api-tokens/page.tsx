import type { Metadata } from "next";
import { SubpageHeader } from "../_components/subpage-header";
import { requireActor } from "@/server/auth/session";
import { appUrlOf, env } from "@/server/env";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { ApiDocs } from "./_components/api-docs";
import { TokenManager } from "./_components/token-manager";

export const metadata: Metadata = { title: "API · Settings" };

export default async function ApiSettingsPage() {
  await requireActor();
  const queryClient = getQueryClient();
  const [profile] = await Promise.all([
    queryClient.fetchQuery(trpc.account.profile.queryOptions()),
    queryClient.prefetchQuery(trpc.apiTokens.list.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <div className="grid max-w-3xl gap-6">
        <SubpageHeader title="API">
          Everything you can do in Trajectory is also a REST endpoint, for scripts, spreadsheets and your own
          tools. A personal access token acts as you: it sees what you see and nothing more.
        </SubpageHeader>
        <TokenManager timeZone={profile.timeZone} askCode={profile.mfaEnabled} />
        <ApiDocs appUrl={appUrlOf(env())} />
      </div>
    </HydrateClient>
  );
}
