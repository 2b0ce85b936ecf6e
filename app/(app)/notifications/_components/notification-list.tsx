"use client";

import {
  useMutation,
  useQueryClient,
  useSuspenseInfiniteQuery,
  useSuspenseQuery,
} from "@tanstack/react-query";
import Link from "next/link";
import { formatDateTime } from "@/lib/dates";
import { notificationHref, notificationWords } from "@/lib/notifications/words";
import { cursorPaging, MENTORING_PAGE_SIZE } from "@/lib/paging/pages";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";

/** Comments, review requests and accepted invitations, newest first; opening one marks it read. */
export function NotificationList({ readerId }: { readerId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: profile } = useSuspenseQuery(trpc.account.profile.queryOptions());
  const list = useSuspenseInfiniteQuery(
    trpc.notifications.list.infiniteQueryOptions({ limit: MENTORING_PAGE_SIZE }, cursorPaging),
  );
  const markRead = useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.notifications.list.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.notifications.unreadCount.queryKey() }),
        ]),
    }),
  );
  const items = list.data.pages.flatMap((page) => page.items);
  const unread = items.filter((item) => item.readAt === null).length;

  return (
    <div className="grid max-w-3xl gap-6">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold">Notifications</h1>
          <p className="text-sm text-muted-foreground">
            New comments, review requests and accepted invitations from your mentoring.
          </p>
        </div>
        <Button
          variant="outline"
          disabled={unread === 0 || markRead.isPending}
          onClick={() => markRead.mutate({})}
        >
          Mark all as read
        </Button>
      </div>
      <FormMessage error={markRead.error?.message} />
      <Card className="grid gap-4">
        {items.length === 0 ? (
          <EmptyState title="No notifications yet">
            When a mentor comments, someone asks for your review or accepts your invitation, it shows here.
          </EmptyState>
        ) : (
          <ul className="grid divide-y divide-border" aria-label="Notifications">
            {items.map((item) => {
              const isUnread = item.readAt === null;
              return (
                <li key={item.id} className="flex flex-wrap items-baseline justify-between gap-2 py-3">
                  <Link
                    href={notificationHref(item, readerId)}
                    className={cn("underline-offset-4 hover:underline", isUnread && "font-semibold")}
                    onClick={() => {
                      if (isUnread) markRead.mutate({ ids: [item.id] });
                    }}
                  >
                    {isUnread && <span className="sr-only">Unread: </span>}
                    {notificationWords(item)}
                  </Link>
                  <span className="text-xs text-muted-foreground">
                    {formatDateTime(new Date(item.createdAt), profile.timeZone)}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        {list.hasNextPage && (
          <Button
            variant="outline"
            className="justify-self-start"
            disabled={list.isFetchingNextPage}
            onClick={() => list.fetchNextPage()}
          >
            {list.isFetchingNextPage ? "Loading…" : "Load more"}
          </Button>
        )}
      </Card>
    </div>
  );
}
