import type { Metadata } from "next";
import { cursorPaging, MENTORING_PAGE_SIZE } from "@/lib/paging/pages";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { NotificationList } from "./_components/notification-list";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const actor = await requireActor();
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.account.profile.queryOptions()),
    queryClient.prefetchInfiniteQuery(
      trpc.notifications.list.infiniteQueryOptions({ limit: MENTORING_PAGE_SIZE }, cursorPaging),
    ),
  ]);
  return (
    <HydrateClient>
      <NotificationList readerId={actor.userId} />
    </HydrateClient>
  );
}
