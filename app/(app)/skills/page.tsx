import type { Metadata } from "next";
import { SkillsView } from "@/components/skills/skills-view";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Skills" };

export default async function SkillsPage() {
  await requireActor();
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.account.profile.queryOptions()),
    queryClient.prefetchQuery(trpc.skills.catalogue.queryOptions()),
    queryClient.prefetchQuery(trpc.skills.current.queryOptions({})),
  ]);
  return (
    <HydrateClient>
      <SkillsView />
    </HydrateClient>
  );
}
