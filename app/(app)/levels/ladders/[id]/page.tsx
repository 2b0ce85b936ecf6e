import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LadderMatrix } from "@/components/ladders/ladder-matrix";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { idField } from "@/lib/validation";

export const metadata: Metadata = { title: "Ladder" };

export default async function LadderPage({ params }: { params: Promise<{ id: string }> }) {
  await requireActor();
  const { id } = await params;
  if (!idField.safeParse(id).success) notFound();
  const found = await getQueryClient()
    .fetchQuery(trpc.ladders.byId.queryOptions({ id }))
    .then(
      () => true,
      (error: unknown) => {
        // Someone else's ladder looks exactly like a missing one.
        if (error instanceof TRPCError && error.code === "NOT_FOUND") return false;
        throw error;
      },
    );
  if (!found) notFound();
  return (
    <HydrateClient>
      <LadderMatrix id={id} />
    </HydrateClient>
  );
}
