import type { Metadata } from "next";
import { menteeIdFrom } from "@/server/mentoring/mentee-param";
import { ViewingBanner } from "@/components/mentoring/viewing-banner";
import { ViewingProvider } from "@/components/mentoring/viewing";
import { NotShared } from "@/components/skills/not-shared";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { GapsView } from "./_components/gaps-view";

export const metadata: Metadata = { title: "Gap analysis · Levels" };

interface LevelsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function LevelsPage({ searchParams }: LevelsPageProps) {
  await requireActor();
  const menteeId = await menteeIdFrom(searchParams);
  const queryClient = getQueryClient();
  const analysis = queryClient.prefetchQuery(
    trpc.goals.gapAnalysis.queryOptions({ menteeId, ratingSource: "self" }),
  );
  if (menteeId) {
    // Fetched for a mentee: when gaps are not shared (any more), the page shows no data at all.
    const shared = await queryClient
      .fetchQuery(trpc.goals.get.queryOptions({ menteeId }))
      .then(() => true)
      .catch(() => false);
    if (!shared) return <NotShared menteeId={menteeId} section="gap analysis" />;
  } else {
    await queryClient.prefetchQuery(trpc.goals.get.queryOptions({}));
  }
  await analysis;
  return (
    <HydrateClient>
      <ViewingProvider menteeId={menteeId}>
        <div className="grid gap-6">
          {menteeId && <ViewingBanner menteeId={menteeId} />}
          <GapsView />
        </div>
      </ViewingProvider>
    </HydrateClient>
  );
}
