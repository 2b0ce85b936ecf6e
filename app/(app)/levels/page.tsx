import type { Metadata } from "next";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { GapsView } from "./_components/gaps-view";

export const metadata: Metadata = { title: "Gap analysis · Levels" };

export default async function LevelsPage() {
  await requireActor();
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.goals.get.queryOptions()),
    queryClient.prefetchQuery(trpc.goals.gapAnalysis.queryOptions({})),
  ]);
  return (
    <HydrateClient>
      <GapsView />
    </HydrateClient>
  );
}
