"use client";

import { useSuspenseInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { StatusBadge } from "@/components/interviews/badges";
import { offerText } from "@/components/interviews/offer-summary";
import { useMenteeHref, useViewing } from "@/components/mentoring/viewing";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/lib/dates";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

const LIST_PAGE_SIZE = 20;

/** Every application, newest first, a page at a time. */
export function ApplicationList() {
  const trpc = useTRPC();
  const { menteeId, readOnly } = useViewing();
  const hrefOf = useMenteeHref();
  const query = useSuspenseInfiniteQuery(
    trpc.interviews.list.infiniteQueryOptions(
      { limit: LIST_PAGE_SIZE, menteeId },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const rows = query.data.pages.flatMap((page) => page.items);
  if (rows.length === 0) {
    return (
      <EmptyState title="No applications yet">
        {readOnly
          ? "Your mentee has not recorded an application yet."
          : "Add your first application with “Add application” above."}
      </EmptyState>
    );
  }
  return (
    <div className="grid gap-3">
      <Table className="w-full text-left text-sm">
        <caption className="sr-only">Applications, newest first</caption>
        <TableHeader className="border-b border-border">
          <TableRow>
            <TableHead scope="col" className="py-2 pr-4">
              Company
            </TableHead>
            <TableHead scope="col" className="py-2 pr-4">
              Role
            </TableHead>
            <TableHead scope="col" className="py-2 pr-4">
              Status
            </TableHead>
            <TableHead scope="col" className="py-2 pr-4">
              Applied on
            </TableHead>
            <TableHead scope="col" className="py-2 pr-4">
              Channel
            </TableHead>
            <TableHead scope="col" className="py-2">
              Offer
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} className="border-b border-border">
              <TableHead scope="row" className="py-2 pr-4 font-medium">
                <Link href={hrefOf(`/interviews/${row.id}`)} className="underline-offset-2 hover:underline">
                  {row.company}
                </Link>
              </TableHead>
              <TableCell className="py-2 pr-4">{row.role}</TableCell>
              <TableCell className="py-2 pr-4">
                <StatusBadge status={row.status} />
              </TableCell>
              <TableCell className="py-2 pr-4">{formatDate(row.appliedOn)}</TableCell>
              <TableCell className="py-2 pr-4">{row.channel ?? "—"}</TableCell>
              <TableCell className="py-2">{offerText(row) ?? "—"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {query.hasNextPage && (
        <Button
          variant="outline"
          className="justify-self-start"
          disabled={query.isFetchingNextPage}
          onClick={() => query.fetchNextPage()}
        >
          {query.isFetchingNextPage ? "Loading…" : "Load more"}
        </Button>
      )}
    </div>
  );
}
