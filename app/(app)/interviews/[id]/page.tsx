import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { idField } from "@/server/validators/common";
import { ApplicationDetail } from "./_components/application-detail";

export const metadata: Metadata = { title: "Application" };

export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  await requireActor();
  const { id } = await params;
  if (!idField.safeParse(id).success) notFound();
  const queryClient = getQueryClient();
  const found = await queryClient.fetchQuery(trpc.interviews.byId.queryOptions({ id })).then(
    () => true,
    (error: unknown) => {
      // Someone else's application looks exactly like a missing one.
      if (error instanceof TRPCError && error.code === "NOT_FOUND") return false;
      throw error;
    },
  );
  if (!found) notFound();
  await Promise.all([
    queryClient.prefetchQuery(trpc.account.profile.queryOptions()),
    queryClient.prefetchQuery(trpc.skills.catalogue.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <ApplicationDetail id={id} />
    </HydrateClient>
  );
}
