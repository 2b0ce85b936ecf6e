import type { Metadata } from "next";
import { PROJECTS_PAGE_SIZE, projectsPaging } from "@/components/projects/constants";
import { ProjectsView } from "@/components/projects/projects-view";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Projects" };

export default async function ProjectsPage() {
  await requireActor();
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchInfiniteQuery(
      trpc.projects.list.infiniteQueryOptions({ limit: PROJECTS_PAGE_SIZE }, projectsPaging),
    ),
    queryClient.prefetchQuery(trpc.skills.catalogue.queryOptions()),
    queryClient.prefetchQuery(trpc.account.profile.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <ProjectsView />
    </HydrateClient>
  );
}
