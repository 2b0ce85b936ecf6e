import type { Metadata } from "next";
import { menteeIdFrom } from "@/server/mentoring/mentee-param";
import { ViewingBanner } from "@/components/mentoring/viewing-banner";
import { ViewingProvider } from "@/components/mentoring/viewing";
import { NotShared } from "@/components/skills/not-shared";
import { SkillsView } from "@/components/skills/skills-view";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Skills" };

interface SkillsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SkillsPage({ searchParams }: SkillsPageProps) {
  await requireActor();
  const menteeId = await menteeIdFrom(searchParams);
  const queryClient = getQueryClient();
  const prefetched = Promise.all([
    queryClient.prefetchQuery(trpc.account.profile.queryOptions()),
    queryClient.prefetchQuery(trpc.skills.catalogue.queryOptions({ menteeId })),
  ]);
  if (menteeId) {
    // Fetched for a mentee: when the section is not shared (any more), the page shows no data at all.
    const shared = await queryClient
      .fetchQuery(trpc.skills.current.queryOptions({ menteeId }))
      .then(() => true)
      .catch(() => false);
    if (!shared) return <NotShared menteeId={menteeId} section="skills" />;
  } else {
    await queryClient.prefetchQuery(trpc.skills.current.queryOptions({}));
  }
  await prefetched;
  return (
    <HydrateClient>
      <ViewingProvider menteeId={menteeId}>
        <div className="grid gap-6">
          {menteeId && <ViewingBanner menteeId={menteeId} />}
          <SkillsView />
        </div>
      </ViewingProvider>
    </HydrateClient>
  );
}
