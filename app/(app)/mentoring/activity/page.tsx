import type { Metadata } from "next";
import Link from "next/link";
import { cursorPaging, MENTORING_PAGE_SIZE } from "@/lib/paging/pages";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { AuditLog } from "./_components/audit-log";

export const metadata: Metadata = { title: "Mentoring activity" };

export default async function MentoringActivityPage() {
  await requireActor();
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.account.profile.queryOptions()),
    queryClient.prefetchInfiniteQuery(
      trpc.mentoring.auditLog.infiniteQueryOptions({ limit: MENTORING_PAGE_SIZE }, cursorPaging),
    ),
  ]);
  return (
    <HydrateClient>
      <div className="grid gap-6">
        <Link href="/mentoring" className="text-sm text-muted-foreground underline-offset-4 hover:underline">
          ← Mentoring
        </Link>
        <AuditLog />
      </div>
    </HydrateClient>
  );
}
