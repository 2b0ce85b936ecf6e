import type { Metadata } from "next";
import { found } from "@/server/trpc/found";
import { menteeIdFrom } from "@/server/mentoring/mentee-param";
import { ViewingBanner } from "@/components/mentoring/viewing-banner";
import { ViewingProvider } from "@/components/mentoring/viewing";
import { PROJECTS_PAGE_SIZE, projectsPaging } from "@/lib/projects/paging";
import { ProjectsView } from "@/components/projects/projects-view";
import { NotShared } from "@/components/skills/not-shared";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Projects" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The user's projects, or with `?mentee=` a mentee's, read-only. */
export default async function ProjectsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireActor();
  const menteeId = await menteeIdFrom(searchParams);
  const queryClient = getQueryClient();
  const list = queryClient.fetchInfiniteQuery(
    trpc.projects.list.infiniteQueryOptions({ limit: PROJECTS_PAGE_SIZE, menteeId }, projectsPaging),
  );
  const [shared] = await Promise.all([
    found(list),
    queryClient.prefetchQuery(trpc.account.profile.queryOptions()),
    // Only the project form picks skills, and a mentor has no form.
    menteeId ? null : queryClient.prefetchQuery(trpc.skills.catalogue.queryOptions()),
  ]);
  if (menteeId && !shared) return <NotShared menteeId={menteeId} section="projects" />;
  return (
    <HydrateClient>
      <ViewingProvider menteeId={menteeId}>
        <div className="grid gap-6">
          {menteeId && <ViewingBanner menteeId={menteeId} />}
          <ProjectsView />
        </div>
      </ViewingProvider>
    </HydrateClient>
  );
}
