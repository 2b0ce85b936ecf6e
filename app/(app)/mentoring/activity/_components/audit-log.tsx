"use client";

import { useSuspenseInfiniteQuery, useSuspenseQuery } from "@tanstack/react-query";
import { formatDateTime } from "@/lib/dates";
import { auditActionWords, auditDetailWords } from "@/lib/mentoring/audit-words";
import { cursorPaging, MENTORING_PAGE_SIZE } from "@/lib/paging/pages";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

/** The mentee's own log: every mentor read of their data and every change to a mentorship. */
export function AuditLog() {
  const trpc = useTRPC();
  const { data: profile } = useSuspenseQuery(trpc.account.profile.queryOptions());
  const log = useSuspenseInfiniteQuery(
    trpc.mentoring.auditLog.infiniteQueryOptions({ limit: MENTORING_PAGE_SIZE }, cursorPaging),
  );
  const items = log.data.pages.flatMap((page) => page.items);

  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold">Mentoring activity</h1>
        <p className="text-sm text-muted-foreground">
          Who read or changed what of yours, when, and the request it came from. Nobody can edit this log.
        </p>
      </div>
      <Card className="grid gap-4">
        <CardTitle>Log</CardTitle>
        <CardDescription>Newest first, in your time zone ({profile.timeZone}).</CardDescription>
        {items.length === 0 ? (
          <EmptyState title="Nothing recorded yet">
            When you invite a mentor and they read one of your sections, it is listed here.
          </EmptyState>
        ) : (
          <Table className="w-full text-left text-sm">
            <caption className="sr-only">Mentoring activity, newest first</caption>
            <TableHeader className="text-muted-foreground">
              <TableRow>
                <TableHead scope="col" className="py-2 pr-4 font-medium">
                  When
                </TableHead>
                <TableHead scope="col" className="py-2 pr-4 font-medium">
                  Who
                </TableHead>
                <TableHead scope="col" className="py-2 pr-4 font-medium">
                  What
                </TableHead>
                <TableHead scope="col" className="py-2 font-medium">
                  Request id
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody className="divide-y divide-border">
              {items.map((item) => (
                <TableRow key={item.id}>
                  <TableCell className="py-2 pr-4 whitespace-nowrap">
                    {formatDateTime(new Date(item.createdAt), profile.timeZone)}
                  </TableCell>
                  <TableCell className="py-2 pr-4 whitespace-nowrap">
                    {item.actorName ?? "A deleted account"}
                  </TableCell>
                  <TableCell className="py-2 pr-4">
                    {auditActionWords(item.action)}
                    {auditDetailWords(item.detail) && (
                      <span className="block text-xs text-muted-foreground">
                        {auditDetailWords(item.detail)}
                      </span>
                    )}
                  </TableCell>
                  <TableCell className="py-2 font-mono text-xs break-all">{item.requestId}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {log.hasNextPage && (
          <Button
            variant="outline"
            className="justify-self-start"
            disabled={log.isFetchingNextPage}
            onClick={() => log.fetchNextPage()}
          >
            {log.isFetchingNextPage ? "Loading…" : "Load more"}
          </Button>
        )}
        {log.isFetchNextPageError && (
          <p role="alert" className="text-sm text-destructive">
            {log.error?.message}
          </p>
        )}
      </Card>
    </div>
  );
}
