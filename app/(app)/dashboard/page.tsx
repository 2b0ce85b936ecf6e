import type { Metadata } from "next";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { DashboardView } from "./_components/dashboard-view";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  await requireActor();
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.account.profile.queryOptions()),
    queryClient.prefetchQuery(trpc.dashboard.summary.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <DashboardView />
    </HydrateClient>
  );
}
