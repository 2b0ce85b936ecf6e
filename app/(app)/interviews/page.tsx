import type { Metadata } from "next";
import { found } from "@/server/trpc/found";
import { menteeIdFrom } from "@/server/mentoring/mentee-param";
import { ViewingBanner } from "@/components/mentoring/viewing-banner";
import { ViewingProvider } from "@/components/mentoring/viewing";
import { NotShared } from "@/components/skills/not-shared";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { InterviewsOverview } from "./_components/interviews-overview";

export const metadata: Metadata = { title: "Interviews" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The user's applications, or with `?mentee=` a mentee's, read-only. */
export default async function InterviewsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireActor();
  const menteeId = await menteeIdFrom(searchParams);
  const queryClient = getQueryClient();
  const view = { menteeId };
  const [shared] = await Promise.all([
    found(queryClient.fetchQuery(trpc.interviews.board.queryOptions(view))),
    queryClient.prefetchQuery(trpc.account.profile.queryOptions()),
    queryClient.prefetchQuery(trpc.interviews.agenda.queryOptions(view)),
    queryClient.prefetchQuery(trpc.interviews.analytics.queryOptions(view)),
  ]);
  if (menteeId && !shared) return <NotShared menteeId={menteeId} section="interviews" />;
  return (
    <HydrateClient>
      <ViewingProvider menteeId={menteeId}>
        <div className="grid gap-6">
          {menteeId && <ViewingBanner menteeId={menteeId} />}
          <InterviewsOverview />
        </div>
      </ViewingProvider>
    </HydrateClient>
  );
}
