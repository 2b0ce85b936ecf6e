import type { Metadata } from "next";
import { ImportForm } from "@/components/ladders/import-form";
import { LadderList } from "@/components/ladders/ladder-list";
import { LADDERS_PAGE_SIZE, laddersPaging } from "@/components/ladders/types";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Ladders" };

export default async function LaddersPage() {
  await requireActor();
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchInfiniteQuery(
      trpc.ladders.list.infiniteQueryOptions({ limit: LADDERS_PAGE_SIZE }, laddersPaging),
    ),
    queryClient.prefetchQuery(trpc.account.profile.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <div className="grid gap-6">
        <LadderList />
        <ImportForm />
      </div>
    </HydrateClient>
  );
}
