import type { Metadata } from "next";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { MentoringView } from "./_components/mentoring-view";

export const metadata: Metadata = { title: "Mentoring" };

export default async function MentoringPage() {
  await requireActor();
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.account.profile.queryOptions()),
    queryClient.prefetchQuery(trpc.mentoring.mentors.queryOptions()),
    queryClient.prefetchQuery(trpc.mentoring.mentees.queryOptions()),
    queryClient.prefetchQuery(trpc.mentoring.invitations.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <MentoringView />
    </HydrateClient>
  );
}
