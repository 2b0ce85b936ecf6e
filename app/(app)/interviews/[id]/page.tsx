import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { found } from "@/server/trpc/found";
import { menteeIdFrom } from "@/server/mentoring/mentee-param";
import { ViewingBanner } from "@/components/mentoring/viewing-banner";
import { ViewingProvider } from "@/components/mentoring/viewing";
import { NotShared } from "@/components/skills/not-shared";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { idField } from "@/lib/validation";
import { ApplicationDetail } from "./_components/application-detail";

export const metadata: Metadata = { title: "Application" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ApplicationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  await requireActor();
  const { id } = await params;
  const menteeId = await menteeIdFrom(searchParams);
  if (!idField.safeParse(id).success) notFound();
  const queryClient = getQueryClient();
  // Someone else's application looks exactly like a missing one.
  const exists = await found(queryClient.fetchQuery(trpc.interviews.byId.queryOptions({ id, menteeId })));
  if (!exists && menteeId) return <NotShared menteeId={menteeId} section="interviews" />;
  if (!exists) notFound();
  await Promise.all([
    queryClient.prefetchQuery(trpc.account.profile.queryOptions()),
    // Only the round form picks competencies, and a mentor has no form.
    menteeId ? null : queryClient.prefetchQuery(trpc.skills.catalogue.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <ViewingProvider menteeId={menteeId}>
        <div className="grid gap-6">
          {menteeId && <ViewingBanner menteeId={menteeId} />}
          <ApplicationDetail id={id} />
        </div>
      </ViewingProvider>
    </HydrateClient>
  );
}
