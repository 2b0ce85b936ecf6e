import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { adminPaging } from "@/lib/admin/paging";
import { AuditLog } from "./_components/audit-log";
import { InstanceFigures } from "./_components/instance-figures";
import { Invitations } from "./_components/invitations";
import { UserTable } from "./_components/user-table";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  const actor = await requireActor();
  // Not "forbidden": to anyone but an admin there is no such page.
  if (!actor.isAdmin) notFound();
  const queryClient = getQueryClient();
  const [profile, overview] = await Promise.all([
    queryClient.fetchQuery(trpc.account.profile.queryOptions()),
    queryClient.fetchQuery(trpc.admin.overview.queryOptions()),
    queryClient.prefetchInfiniteQuery(trpc.admin.users.infiniteQueryOptions({}, adminPaging)),
    queryClient.prefetchInfiniteQuery(trpc.admin.auditLog.infiniteQueryOptions({}, adminPaging)),
    queryClient.prefetchQuery(trpc.admin.invitations.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <div className="grid gap-6">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold">Admin</h1>
          <p className="text-sm text-muted-foreground">
            The accounts of this instance. Disabling one signs it out everywhere and revokes its API tokens at
            once.
          </p>
        </div>
        <InstanceFigures />
        <UserTable timeZone={profile.timeZone} selfId={actor.userId} />
        <Invitations timeZone={profile.timeZone} signUpMode={overview.signUpMode} />
        <AuditLog timeZone={profile.timeZone} />
      </div>
    </HydrateClient>
  );
}
