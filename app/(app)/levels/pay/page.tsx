import type { Metadata } from "next";
import { found } from "@/server/trpc/found";
import { menteeIdFrom } from "@/server/mentoring/mentee-param";
import { ViewingBanner } from "@/components/mentoring/viewing-banner";
import { ViewingProvider } from "@/components/mentoring/viewing";
import { PayView } from "@/components/salaries/pay-view";
import { NotShared } from "@/components/skills/not-shared";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Pay" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The user's pay, or with `?mentee=` a mentee's, read-only and only under the compensation scope. */
export default async function PayPage({ searchParams }: { searchParams: SearchParams }) {
  await requireActor();
  const menteeId = await menteeIdFrom(searchParams);
  const queryClient = getQueryClient();
  const laddersQuery = trpc.salaries.ladders.queryOptions({ menteeId });
  const [shared] = await Promise.all([
    found(queryClient.fetchQuery(laddersQuery)),
    queryClient.prefetchQuery(trpc.salaries.compensation.get.queryOptions({ menteeId })),
  ]);
  if (menteeId && !shared) return <NotShared menteeId={menteeId} section="pay" />;
  const first = queryClient.getQueryData(laddersQuery.queryKey)?.[0];
  if (first) {
    await Promise.all([
      queryClient.prefetchQuery(trpc.salaries.bands.queryOptions({ ladderId: first.id, menteeId })),
      queryClient.prefetchQuery(
        trpc.salaries.marketPosition.queryOptions({
          ladderId: first.id,
          levelId: null,
          targetLevelId: null,
          region: null,
          menteeId,
        }),
      ),
    ]);
  }
  return (
    <HydrateClient>
      <ViewingProvider menteeId={menteeId}>
        <div className="grid gap-6">
          {menteeId && <ViewingBanner menteeId={menteeId} />}
          <PayView />
        </div>
      </ViewingProvider>
    </HydrateClient>
  );
}
