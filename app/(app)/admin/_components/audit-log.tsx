"use client";

import { useSuspenseInfiniteQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { formatDateTime } from "@/lib/dates";
import { ADMIN_ACTIONS, type AdminAction } from "@/lib/admin/actions";
import { adminPaging } from "@/lib/admin/paging";

const DELETED = "a deleted account";

/** Every admin action, newest first: who did what to whom. */
export function AuditLog({ timeZone }: { timeZone: string }) {
  const trpc = useTRPC();
  const log = useSuspenseInfiniteQuery(trpc.admin.auditLog.infiniteQueryOptions({}, adminPaging));
  const events = log.data.pages.flatMap((page) => page.items);
  return (
    <Card className="grid gap-4" aria-labelledby="audit-title">
      <CardTitle id="audit-title">Admin audit log</CardTitle>
      {events.length === 0 ? (
        <p className="text-sm text-muted-foreground">No admin action yet.</p>
      ) : (
        <ol aria-label="Admin actions" className="grid gap-2 text-sm">
          {events.map((event) => {
            const label = ADMIN_ACTIONS[event.action as AdminAction] ?? event.action;
            const target =
              event.targetEmail ?? (typeof event.detail.email === "string" ? event.detail.email : DELETED);
            return (
              <li key={event.id} className="flex flex-wrap gap-x-2">
                <time className="text-muted-foreground" dateTime={event.createdAt.toISOString()}>
                  {formatDateTime(event.createdAt, timeZone)}
                </time>
                <span>
                  {event.actorEmail ?? DELETED}: {label} {target}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {log.hasNextPage && (
        <Button variant="outline" onClick={() => void log.fetchNextPage()} disabled={log.isFetchingNextPage}>
          Load more
        </Button>
      )}
    </Card>
  );
}
