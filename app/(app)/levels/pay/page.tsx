import type { Metadata } from "next";
import { PayView } from "@/components/salaries/pay-view";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Pay" };

export default async function PayPage() {
  await requireActor();
  const queryClient = getQueryClient();
  const [ladders] = await Promise.all([
    queryClient.fetchQuery(trpc.salaries.ladders.queryOptions()),
    queryClient.prefetchQuery(trpc.salaries.compensation.get.queryOptions()),
  ]);
  const first = ladders[0];
  if (first) {
    await Promise.all([
      queryClient.prefetchQuery(trpc.salaries.bands.queryOptions({ ladderId: first.id })),
      queryClient.prefetchQuery(
        trpc.salaries.marketPosition.queryOptions({
          ladderId: first.id,
          levelId: null,
          targetLevelId: null,
          region: null,
        }),
      ),
    ]);
  }
  return (
    <HydrateClient>
      <PayView />
    </HydrateClient>
  );
}
