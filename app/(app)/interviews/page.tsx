import type { Metadata } from "next";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { InterviewsOverview } from "./_components/interviews-overview";

export const metadata: Metadata = { title: "Interviews" };

export default async function InterviewsPage() {
  await requireActor();
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.account.profile.queryOptions()),
    queryClient.prefetchQuery(trpc.interviews.board.queryOptions()),
    queryClient.prefetchQuery(trpc.interviews.agenda.queryOptions()),
    queryClient.prefetchQuery(trpc.interviews.analytics.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <InterviewsOverview />
    </HydrateClient>
  );
}
